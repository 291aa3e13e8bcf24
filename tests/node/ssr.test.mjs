// Server rendering (Next.js, Astro, Nuxt): @lit-labs/ssr renders every widget's first screen into
// a declarative shadow root, and every entry point imports in plain Node.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));

test('every entry point in package.json "exports" imports in plain Node, with no DOM shim', () => {
  // The JavaScript ones: a stylesheet or package.json is not a module to import.
  const target = (value) => (typeof value === 'string' ? value : value.default ?? value.import ?? '');
  const entries = Object.entries(pkg.exports)
    .filter(([, value]) => /\.m?js$/.test(target(value)))
    .map(([key]) => `${pkg.name}${key.slice(1)}`);
  assert.ok(entries.length >= 8);
  const script = `for (const entry of ${JSON.stringify(entries)}) await import(entry);
if (typeof document !== 'undefined' || typeof HTMLElement !== 'undefined') throw new Error('a DOM global appeared');`;
  // A child process, so this file's DOM shim (below) is not in it.
  execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
});

// As @lit-labs/ssr's docs say: the DOM shim first, then the elements.
await import('@lit-labs/ssr/lib/install-global-dom-shim.js');
const { render } = await import('@lit-labs/ssr');
const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
const { html } = await import('lit');
await import('../../dist/index.js');
await import('../../dist/locales/es.js');
const { en } = await import('../../dist/content/en.js');
const { es } = await import('../../dist/content/es.js');

const warnings = [];
const rendered = async (template) => {
  const warn = console.warn;
  const error = console.error;
  console.warn = (...args) => warnings.push(args.join(' '));
  console.error = (...args) => warnings.push(args.join(' '));
  try {
    return await collectResult(render(template));
  } finally {
    console.warn = warn;
    console.error = error;
  }
};
/** The shadow root's markup as text, entities decoded, so content strings can be looked for. */
const text = (markup) =>
  markup
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Checks the element's declarative shadow root, with its styles, and returns its markup. */
function shadowRoot(markup, tag) {
  const match = new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">([\\s\\S]*)</template></${tag}>`).exec(markup);
  assert.ok(match, `<${tag}> renders a declarative shadow root: ${markup.slice(0, 200)}`);
  assert.match(match[1], /^<style>[\s\S]*:host[\s\S]*--bsw-accent[\s\S]*<\/style>/, 'with its styles first');
  return text(match[1]);
}

test('<red-flag-checker> renders its first screen on the server: the emergency line and the age', async () => {
  const root = shadowRoot(await rendered(html`<red-flag-checker clinic-name="X" region="GB"></red-flag-checker>`), 'red-flag-checker');
  assert.ok(root.includes(en.checker.heading ?? 'Check your back spasm'));
  assert.match(root, /<a [^>]*href="tel:999"/);
  assert.ok(root.includes(en.checker.context.ageLabel));
  assert.match(root, /<input [^>]*id="age"/);
});

test('<ice-heat-timer> renders all of it on the server: face, Start, questions, safety, sources', async () => {
  const root = shadowRoot(await rendered(html`<ice-heat-timer></ice-heat-timer>`), 'ice-heat-timer');
  assert.ok(root.includes(en.timer.heading));
  assert.match(root, new RegExp(`<button[^>]*part="primary-button"[^>]*>\\s*${en.timer.ui.start}\\s*</button`));
  assert.match(root, /15:00/);
  // A browser shows its first screen first and the rest after that paints; the server has no paint.
  assert.match(root, /part="choices"/);
  assert.ok(root.includes(en.timer.ui.safetyHeading));
  assert.ok(root.includes(en.timer.privacy));
  assert.match(root, /part="sources"[\s\S]*<li/, 'with the sources listed');
  assert.doesNotMatch(root, /class="card[^"]*filling/);
});

test('<prevention-checklist> renders its habits and progress on the server', async () => {
  const root = shadowRoot(await rendered(html`<prevention-checklist></prevention-checklist>`), 'prevention-checklist');
  assert.ok(root.includes(en.checklist.heading));
  const labels = Object.values(en.checklist.items).map((item) => item.label);
  assert.ok(labels.length > 5);
  for (const label of labels) assert.ok(root.includes(label), `habit "${label}" is rendered`);
  assert.match(root, /<progress id="progress" max="\d+" value="0">/);
});

test('lang="es" on the element renders Spanish on the server, with the pack imported', async () => {
  const checker = shadowRoot(await rendered(html`<red-flag-checker lang="es"></red-flag-checker>`), 'red-flag-checker');
  assert.ok(checker.includes(es.checker.context.ageLabel));
  const timer = shadowRoot(await rendered(html`<ice-heat-timer lang="es"></ice-heat-timer>`), 'ice-heat-timer');
  assert.ok(timer.includes(es.timer.heading));
  assert.match(timer, new RegExp(`>\\s*${es.timer.ui.start}\\s*</button`));
  const checklist = shadowRoot(await rendered(html`<prevention-checklist lang="es"></prevention-checklist>`), 'prevention-checklist');
  assert.ok(checklist.includes(es.checklist.heading));
  assert.ok(checklist.includes(es.checklist.items['sit-supported'].label));
});

test('server rendering logs no warning or error', () => {
  assert.deepEqual(warnings, []);
});
