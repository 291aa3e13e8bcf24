// The example apps: the README's React and Vue code is theirs, and they build from the packed
// package. Building them here (into .examples/) also prepares the browser test
// tests/examples.test.ts, which `npm test` runs after these Node tests.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { APPS, buildExamples, outDirOf } from '../../scripts/build-examples.mjs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** The text of a README section ("### React 19") up to the next heading. */
function section(readme, heading) {
  const start = readme.indexOf(`\n${heading}\n`);
  assert.ok(start >= 0, `README has "${heading}"`);
  const rest = readme.slice(start + heading.length + 2);
  const end = rest.search(/^#{1,3} /m);
  return end < 0 ? rest : rest.slice(0, end);
}

const codeBlocks = (text) => [...text.matchAll(/^```\w*\n([\s\S]*?)^```$/gm)].map(([, code]) => code);
const inlineCode = (text) => [...text.replace(/^```[\s\S]*?^```$/gm, '').matchAll(/`([^`\n]+)`/g)].map(([, code]) => code);

const sources = {
  react: { heading: '### React 19', app: 'examples/react/src/App.tsx', config: 'examples/react/vite.config.ts' },
  vue: { heading: '### Vue 3', app: 'examples/vue/src/App.vue', config: 'examples/vue/vite.config.ts' },
};

for (const [app, { heading, app: appFile, config }] of Object.entries(sources)) {
  test(`the README's ${heading.slice(4)} code is the code of examples/${app}`, () => {
    const text = section(read('README.md'), heading);
    const blocks = codeBlocks(text);
    assert.ok(blocks.length > 0, `"${heading}" has a code block`);
    const source = read(appFile);
    for (const block of blocks) assert.ok(source.includes(block), `this block of "${heading}" is in ${appFile}:\n${block}`);
    // Inline code that is a line of the app's Vite config (Vue's isCustomElement) is that line.
    const configSource = read(config);
    for (const code of inlineCode(text).filter((code) => /^\w+\(\{/.test(code))) {
      assert.ok(configSource.includes(code), `"${heading}" shows \`${code}\`, which is in ${config}`);
    }
  });
}

const pkg = JSON.parse(read('package.json'));

test('the example apps type-check and build from the packed package, through its "exports"', async () => {
  // Each app is type-checked with the framework types the package exports (./react, ./vue).
  const results = await buildExamples(APPS, { quiet: true, typecheck: true });
  for (const app of APPS) {
    const { outDir, modules, typechecked } = results[app];
    assert.equal(typechecked, Boolean(pkg.exports[`./${app}`]), `examples/${app} is type-checked when the package exports ./${app}`);
    assert.equal(outDir, outDirOf(app));
    assert.ok(existsSync(`${outDir}/index.html`), `.examples/${app}/index.html`);
    // Only files of the unpacked tarball, none of this repository's own files.
    assert.ok(modules.includes('dist/index.js'), `examples/${app} bundles the package's dist/index.js: ${modules.join(', ')}`);
    assert.deepEqual(modules.filter((path) => !path.startsWith('dist/')), [], `examples/${app} bundles only the package's dist/`);
    for (const tag of ['red-flag-checker', 'ice-heat-timer', 'prevention-checklist']) {
      assert.ok(modules.includes(`dist/${tag}/define.js`), `examples/${app} defines <${tag}>`);
    }
  }
});
