// The framework types as published: `npm pack`, the tarball installed in a scratch project, then a
// strict React 19 TSX file (tsc) and a Vue SFC (vue-tsc, strictTemplates) that use every element
// must type-check, with their @ts-expect-error / @vue-expect-error lines (an unknown theme, a
// wrong event detail field) rejected. The generated .d.ts files also compile on their own under
// --strict. Run after the build (scripts/test.mjs).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { installPacked, pack } from '../../scripts/pack.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = (name) => join(root, 'node_modules/.bin', name);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

describe('framework types of the packed package', () => {
  let work;
  let installed;

  before(() => {
    work = mkdtempSync(join(tmpdir(), 'bsw-types-'));
    const { tarball } = pack(work);
    installed = installPacked(work, tarball);
    cpSync(join(root, 'tests/types'), join(work, 'fixtures'), { recursive: true });
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  const check = (name, project) => {
    const result = spawnSync(bin(name), ['-p', project], { cwd: work, encoding: 'utf8' });
    return { code: result.status, output: `${result.stdout}\n${result.stderr}`.trim() };
  };

  test('ships and exports the framework and editor types', () => {
    for (const file of ['dist/types/react.d.ts', 'dist/types/preact.d.ts', 'dist/types/vue.d.ts', 'dist/types/svelte.d.ts', 'vscode.html-custom-data.json', 'web-types.json']) {
      assert.ok(existsSync(join(installed, file)), `the package has ${file}`);
    }
    assert.deepEqual(pkg.exports['./react'], { types: './dist/types/react.d.ts' });
    assert.deepEqual(pkg.exports['./preact'], { types: './dist/types/preact.d.ts' });
    assert.deepEqual(pkg.exports['./vue'], { types: './dist/types/vue.d.ts' });
    assert.deepEqual(pkg.exports['./svelte'], { types: './dist/types/svelte.d.ts' });
    assert.equal(pkg['web-types'], './web-types.json');
    const webTypes = JSON.parse(readFileSync(join(installed, 'web-types.json'), 'utf8'));
    const tags = webTypes.contributions.html.elements.map((element) => element.name).sort();
    assert.deepEqual(tags, ['ice-heat-timer', 'prevention-checklist', 'red-flag-checker']);
    const vscode = JSON.parse(readFileSync(join(installed, 'vscode.html-custom-data.json'), 'utf8'));
    assert.deepEqual(vscode.tags.map((tag) => tag.name).sort(), tags);
  });

  test('the manifest names the published modules and no internal class', () => {
    const manifest = JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8'));
    const text = JSON.stringify(manifest);
    assert.doesNotMatch(text, /src\/|\.ts"|BswElement|PENDING|bswVersion/);
    for (const module of manifest.modules) assert.ok(existsSync(join(installed, module.path)), `the package has ${module.path}`);
    const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.customElement);
    assert.equal(elements.length, 3);
    for (const element of elements) {
      const theme = element.attributes.find((attribute) => attribute.name === 'theme');
      assert.equal(theme?.type?.text, "'auto' | 'light' | 'dark'", `${element.tagName} takes a theme`);
      for (const event of element.events) assert.match(event.type.text, /^CustomEvent<[A-Z]\w+Detail>$/, `${event.name} has its detail type`);
    }
  });

  test('the generated .d.ts files compile under --strict', () => {
    const project = join(work, 'fixtures/tsconfig.generated.json');
    writeFileSync(
      project,
      JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, skipLibCheck: false, module: 'ESNext', moduleResolution: 'bundler', target: 'ES2022', lib: ['ES2022', 'DOM'], types: [] },
        // Svelte is not a dependency here: its file is compiled without svelte/elements.
        files: ['react.d.ts', 'vue.d.ts', 'svelte.d.ts'].map((file) => join(installed, 'dist/types', file)),
      }),
    );
    const { code, output } = check('tsc', project);
    assert.equal(code, 0, output);
  });

  test('a strict React 19 TSX file type-checks, and wrong values are rejected', () => {
    const { code, output } = check('tsc', join(work, 'fixtures/react/tsconfig.json'));
    assert.equal(code, 0, output);
  });

  test('a Vue SFC type-checks with strictTemplates, and wrong values are rejected', () => {
    const { code, output } = check('vue-tsc', join(work, 'fixtures/vue/tsconfig.json'));
    assert.equal(code, 0, output);
  });
});
