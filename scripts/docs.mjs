// Writes each element's API tables (attributes, events, CSS parts, custom properties) into
// README.md from custom-elements.json, between <!-- api:TAG --> and <!-- /api:TAG --> markers, and
// pins the README's snippets to this version's files and their integrity values (pinSnippets).
// `node scripts/docs.mjs --check` fails instead of writing when the README is out of date, so the
// tables cannot drift from the code (the Node tests run it after every build).
// It also writes the clinical review sheet, docs/clinical-policy.md, from the built content module
// (scripts/clinical-sheet.mjs; tests/node/clinical-policy.test.mjs checks it).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
const readmePath = `${root}README.md`;

const cell = (text) => (text ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const table = (title, head, rows) =>
  rows.length === 0
    ? ''
    : [`**${title}**`, '', `| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`), ''].join('\n');

export function apiTables(tag) {
  const declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === tag);
  if (!declaration) throw new Error(`custom-elements.json has no <${tag}>`);
  const attributes = (declaration.attributes ?? []).map((a) => [`\`${a.name}\``, a.description]);
  const events = (declaration.events ?? []).map((e) => [`\`${e.name}\``, e.description]);
  const parts = (declaration.cssParts ?? []).map((p) => [`\`${p.name}\``, p.description]);
  const properties = (declaration.cssProperties ?? []).map((p) => [`\`${p.name}\``, p.description]);
  return [
    `<!-- Generated from custom-elements.json by scripts/docs.mjs: edit the element's JSDoc, not this table. -->`,
    '',
    table('Attributes', ['Attribute', 'Description'], attributes),
    table('Events', ['Event', 'Description'], events),
    table('CSS parts', ['Part', 'Description'], parts),
    table('CSS custom properties', ['Property', 'Description'], properties),
  ]
    .filter(Boolean)
    .join('\n')
    .trim();
}

/**
 * The README's snippets load this version's files: every `back-spasm-widgets@X.Y.Z` names the
 * package's version, and every <script> or <link> tag that loads a file of cdn/ carries that file's
 * integrity value from cdn/integrity.json (a self-hosted copy of cdn/ has the same values), as
 * does every entry of an import map's `integrity`, and the shared chunk is named as this build
 * names it.
 */
export function pinSnippets(text, version, integrity) {
  let pinned = text.replace(/back-spasm-widgets@\d+\.\d+\.\d+(?:-[\w.]+)?(?![\w.-])/g, `back-spasm-widgets@${version}`);
  // The shared chunk's name carries a hash of its content: the snippets name this build's.
  const shared = Object.keys(integrity).filter((file) => /^shared-[\w-]+\.js$/.test(file));
  if (shared.length === 1) pinned = pinned.replace(/\/cdn\/shared-[\w-]+\.js"/g, `/cdn/${shared[0]}"`);
  // An import map's entries: "…/cdn/<file>": "sha384-…".
  pinned = pinned.replace(/("[^"\s]*\/cdn\/([\w./-]+\.js)"\s*:\s*")sha384-[^"]*"/g, (entry, key, file) =>
    integrity[file] ? `${key}${integrity[file]}"` : entry,
  );
  return pinned.replace(/<(?:script|link)\b[^>]*>/g, (tag) => {
    const file = /\/cdn\/([\w./-]+\.(?:js|css))"/.exec(tag)?.[1];
    const value = file ? integrity[file] : undefined;
    if (!value) return tag;
    return tag.replace(/integrity="[^"]*"/, `integrity="${value}"`);
  });
}

export function renderReadme(text) {
  const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
  const integrity = JSON.parse(readFileSync(`${root}cdn/integrity.json`, 'utf8'));
  const tables = text.replace(/(<!-- api:([a-z-]+) -->)[\s\S]*?(<!-- \/api:\2 -->)/g, (_, open, tag, close) => `${open}\n${apiTables(tag)}\n${close}`);
  return pinSnippets(tables, pkg.version, integrity);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const current = readFileSync(readmePath, 'utf8');
  const next = renderReadme(current);
  const sheetPath = `${root}docs/clinical-policy.md`;
  const { clinicalMarkdown } = await import('./clinical-sheet.mjs');
  const sheet = clinicalMarkdown(await import('../dist/content/index.js'));
  let currentSheet = null;
  try {
    currentSheet = readFileSync(sheetPath, 'utf8');
  } catch {
    // not written yet
  }
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error('README.md API tables or snippets are out of date: run `npm run docs`.');
      process.exit(1);
    }
    if (sheet !== currentSheet) {
      console.error('docs/clinical-policy.md is out of date: run `npm run docs`.');
      process.exit(1);
    }
  } else {
    if (next !== current) {
      writeFileSync(readmePath, next);
      console.log('README.md API tables and snippets updated.');
    }
    if (sheet !== currentSheet) {
      mkdirSync(`${root}docs`, { recursive: true });
      writeFileSync(sheetPath, sheet);
      console.log('docs/clinical-policy.md updated.');
    }
  }
}
