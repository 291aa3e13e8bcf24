import { expect, waitUntil } from '@open-wc/testing';

/*
 * Subresource Integrity against a compromised host: the test server's /tampered/<name>/<file>
 * serves cdn/<file> unchanged, except the file named (`shared`: the shared chunk), to which it adds
 * a line. The snippets are pasted as the docs (docs/embedding.md, "Integrity") write them, and each
 * engine is expected to refuse a changed file wherever the docs' table says it does.
 */

interface PageWindow extends Window {
  tampered?: number;
}

type Engine = 'chromium' | 'firefox' | 'webkit';
const engine: Engine = navigator.userAgent.includes('Firefox/') ? 'firefox' : navigator.userAgent.includes('Chrome/') ? 'chromium' : 'webkit';

let integrity: Record<string, string>;
let imports: Record<string, string[]>;
before(async () => {
  integrity = (await (await fetch('/cdn/integrity.json')).json()) as Record<string, string>;
  imports = (await (await fetch('/cdn/imports.json')).json()) as Record<string, string[]>;
});

interface Outcome {
  /** The script tag's load or error event. */
  script: 'load' | 'error';
  /** Whether any changed code ran. */
  ranTampered: boolean;
  /** Whether the widget's element was defined. */
  defined: boolean;
}

/**
 * A page that pastes `file` from /tampered/<changed>/ with its integrity value: with an import map
 * giving the shared chunk's integrity (`importMap`), and the shared chunk preloaded (`preload`).
 */
async function paste(file: string, changed: string, { importMap = false, preload = false } = {}): Promise<Outcome> {
  const base = `/tampered/${changed}/`;
  const sri = (name: string) => ` integrity="${integrity[name]}" crossorigin="anonymous"`;
  const shared = imports[file] ?? [];
  const lines: string[] = [];
  if (importMap && shared.length > 0) {
    const map = { integrity: Object.fromEntries(shared.map((name) => [`${base}${name}`, integrity[name]])) };
    lines.push(`<script type="importmap">${JSON.stringify(map)}</script>`);
  }
  if (preload) lines.push(...shared.map((name) => `<link rel="modulepreload" href="${base}${name}"${sri(name)}>`));
  lines.push(`<script type="module" src="${base}${file}"${sri(file)}></script>`);
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  // The page notes its module script's outcome (a module script's events fire after the page's
  // load event may have), and the first widget element's definition.
  const tag = file === 'back-spasm-widgets.js' ? 'red-flag-checker' : file.replace(/\.js$/, '');
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script>window.outcome = null;
document.addEventListener('load', (event) => { if (event.target.type === 'module') window.outcome = 'load'; }, true);
document.addEventListener('error', (event) => { if (event.target.type === 'module') window.outcome = 'error'; }, true);</script>
${lines.join('\n')}</head><body><${tag}><p>Fallback</p></${tag}></body></html>`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow & { outcome: 'load' | 'error' | null };
  await waitUntil(() => win.outcome !== null, `the ${file} script loads or fails`, { timeout: 20_000 });
  // Let a refused preload's second, unchecked fetch (if the engine makes one) run its code.
  if (win.outcome === 'load') await waitUntil(() => win.customElements.get(tag), `${tag} defined`, { timeout: 20_000 });
  const outcome: Outcome = { script: win.outcome, ranTampered: (win.tampered ?? 0) > 0, defined: Boolean(win.customElements.get(tag)) };
  frame.remove();
  return outcome;
}

const REFUSED: Outcome = { script: 'error', ranTampered: false, defined: false };
const RAN: Outcome = { script: 'load', ranTampered: false, defined: true };

describe('integrity', () => {
  it('serves the files unchanged when nothing is tampered with, so every snippet runs', async () => {
    expect(await paste('back-spasm-widgets.js', 'none')).to.deep.equal(RAN);
    expect(await paste('red-flag-checker.js', 'none', { importMap: true, preload: true })).to.deep.equal(RAN);
  });

  it('the all-in-one file is self-contained: its one integrity value covers everything it runs', async () => {
    expect(imports['back-spasm-widgets.js'], 'what the all-in-one file imports').to.equal(undefined);
    const text = await (await fetch('/cdn/back-spasm-widgets.js')).text();
    expect(/(?:\bfrom|\bimport)\s*\(?\s*["']\.{0,2}\//.test(text), 'the file imports another').to.equal(false);
    expect(await paste('back-spasm-widgets.js', 'back-spasm-widgets.js')).to.deep.equal(REFUSED);
  });

  it('a one-widget file that was changed is refused', async () => {
    expect(await paste('ice-heat-timer.js', 'ice-heat-timer.js', { importMap: true, preload: true })).to.deep.equal(REFUSED);
  });

  it('a changed shared chunk is refused when the import map gives its integrity', async () => {
    expect(await paste('red-flag-checker.js', 'shared', { importMap: true, preload: true })).to.deep.equal(REFUSED);
    expect(await paste('prevention-checklist.js', 'shared', { importMap: true })).to.deep.equal(REFUSED);
  });

  it('a changed shared chunk with only a preload line runs in WebKit, as the docs say: why the snippets carry the import map', async () => {
    const outcome = await paste('red-flag-checker.js', 'shared', { preload: true });
    expect(outcome).to.deep.equal(engine === 'webkit' ? { script: 'load', ranTampered: true, defined: true } : REFUSED);
  });
});
