// Builds dist/ (unbundled ES modules with .d.ts, for bundlers and Node), cdn/ (minified bundles a
// site loads with one script tag: the module files share one chunk, listed in cdn/imports.json;
// every file's sha384 is in cdn/integrity.json), and custom-elements.json (the elements' API, from
// their JSDoc).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minifyDistTemplates } from './minify-templates.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => `${root}node_modules/.bin/${name}`;

// Each step says what it does as it starts, and again every 4 s while it runs, so a long build is
// never silent; a failing step's own errors are printed, then the build stops.
const started = Date.now();
const seconds = (from) => `${Math.round((Date.now() - from) / 1000)} s`;
async function step(what, work) {
  const from = Date.now();
  console.log(`build: ${what}…`);
  const ticker = setInterval(() => console.log(`build: still ${what} (${seconds(from)})`), 4000);
  try {
    await work();
  } finally {
    clearInterval(ticker);
  }
}
const run = (cmd, args) =>
  new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${cmd.split('/').pop()} ${args.join(' ')} failed (${signal ?? `exit ${code}`}).`)),
    );
  });

try {
  rmSync(`${root}dist`, { recursive: true, force: true });
  rmSync(`${root}cdn`, { recursive: true, force: true });
  await step('compiling TypeScript to dist/', () => run(bin('tsc'), ['-p', 'tsconfig.json']));
  // dist/ gets the templates cdn/ gets (the same edits; its source maps follow them).
  await step('squeezing the templates in dist/', async () => minifyDistTemplates(`${root}dist`));
  await step('bundling cdn/', () => run(bin('rollup'), ['-c', 'rollup.config.mjs', '--silent']));
  await step('writing custom-elements.json', () => run(bin('cem'), ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']));
  // Framework and editor types (React, Preact, Vue, Svelte, VS Code, JetBrains), from the manifest.
  await step('writing the framework and editor types', () => run(process.execPath, [`${root}scripts/framework-types.mjs`]));
} catch (error) {
  console.error(`build: ${error.message}`);
  process.exit(1);
}
// The optional stylesheet that reserves each widget's space before the script runs.
copyFileSync(`${root}src/embed.css`, `${root}cdn/back-spasm-widgets.css`);

/** Subresource Integrity hashes, for `<script integrity="...">` when the files are served from a CDN. */
const integrity = {};
const walk = (dir, prefix = '') => {
  for (const entry of readdirSync(`${root}${dir}`, { withFileTypes: true })) {
    const name = `${prefix}${entry.name}`;
    if (entry.isDirectory()) walk(`${dir}/${entry.name}`, `${name}/`);
    else if (/\.(js|css)$/.test(name)) {
      const digest = createHash('sha384').update(readFileSync(`${root}${dir}/${entry.name}`)).digest('base64');
      integrity[name] = `sha384-${digest}`;
    }
  }
};
walk('cdn');
writeFileSync(`${root}cdn/integrity.json`, `${JSON.stringify(integrity, null, 2)}\n`);

/**
 * What each module file of cdn/ imports, directly or not (the shared chunk; for the all-in-one
 * file, the three one-widget files too), in cdn/imports.json. A snippet preloads these with
 * `<link rel="modulepreload" integrity="...">`, so the browser fetches them at once, in parallel,
 * and checks their hashes too (an import has no integrity attribute of its own).
 */
const imports = {};
const staticImports = (file) =>
  [...readFileSync(`${root}cdn/${file}`, 'utf8').matchAll(/(?:\bfrom|\bimport)\s*["'](\.\/[^"']+\.js)["']/g)].map(
    (match) => match[1].slice(2),
  );
for (const file of Object.keys(integrity)) {
  if (!file.endsWith('.js') || file.includes('/') || file.endsWith('.classic.js')) continue;
  const found = [];
  const stack = staticImports(file);
  while (stack.length > 0) {
    const next = stack.shift();
    if (found.includes(next)) continue;
    if (!(next in integrity)) throw new Error(`cdn/${file} imports ./${next}, which the build did not write.`);
    found.push(next);
    stack.push(...staticImports(next));
  }
  if (found.length > 0 && !/^shared-/.test(file)) imports[file] = found;
}
writeFileSync(`${root}cdn/imports.json`, `${JSON.stringify(imports, null, 2)}\n`);
console.log(`build: done in ${seconds(started)} (dist/, cdn/, custom-elements.json)`);
