// The README's API tables come from custom-elements.json, which the build makes from the code.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { pinSnippets, renderReadme } from '../../scripts/docs.mjs';

test('README API tables match custom-elements.json (run `npm run docs` to update)', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  for (const tag of ['red-flag-checker', 'ice-heat-timer', 'prevention-checklist']) {
    assert.ok(readme.includes(`<!-- api:${tag} -->`), `README has the ${tag} tables`);
  }
  assert.equal(readme, renderReadme(readme));
});

test("the README's snippets name this version and carry its files' integrity values", () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const integrity = JSON.parse(readFileSync(new URL('../../cdn/integrity.json', import.meta.url), 'utf8'));
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const tags = readme.match(/<(?:script|link)\b[^>]*\/cdn\/[^>]*>/g) ?? [];
  assert.ok(tags.length >= 3, 'snippets that load cdn/ files');
  for (const tag of tags) {
    const file = /\/cdn\/([\w./-]+\.(?:js|css))"/.exec(tag)[1];
    assert.match(tag, new RegExp(`integrity="${integrity[file].replace(/[+/]/g, '\\$&')}"`), `${file} carries its integrity value`);
  }
  for (const [, version] of readme.matchAll(/back-spasm-widgets@(\d+\.\d+\.\d+[\w.-]*)/g)) assert.equal(version, pkg.version);
  // Pinning rewrites old versions and old values, and leaves other tags alone.
  const old = '<script src="https://cdn.jsdelivr.net/npm/back-spasm-widgets@0.0.9/cdn/ice-heat-timer.js" integrity="sha384-old"></script> <script src="/app.js"></script> back-spasm-widgets@0.0.9';
  assert.equal(
    pinSnippets(old, '1.2.3', { 'ice-heat-timer.js': 'sha384-new' }),
    '<script src="https://cdn.jsdelivr.net/npm/back-spasm-widgets@1.2.3/cdn/ice-heat-timer.js" integrity="sha384-new"></script> <script src="/app.js"></script> back-spasm-widgets@1.2.3',
  );
});

test("the README's module snippets give every file their script imports in an import map and a preload line, each with its integrity value", () => {
  const imports = JSON.parse(readFileSync(new URL('../../cdn/imports.json', import.meta.url), 'utf8'));
  const integrity = JSON.parse(readFileSync(new URL('../../cdn/integrity.json', import.meta.url), 'utf8'));
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const blocks = [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((match) => match[1]);
  let modules = 0;
  for (const block of blocks) {
    for (const [tag] of block.matchAll(/<script\b[^>]*type="module"[^>]*>/g)) {
      const file = /\/cdn\/([\w./-]+\.js)"/.exec(tag)?.[1];
      if (!file) continue;
      modules += 1;
      const before = block.slice(0, block.indexOf(tag));
      const preloaded = [...before.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g)].map((match) => /\/cdn\/([\w./-]+\.js)"/.exec(match[0])?.[1]);
      assert.deepEqual(preloaded.sort(), [...(imports[file] ?? [])].sort(), `${file}: the snippet preloads what it imports`);
      const map = /<script type="importmap">([\s\S]*?)<\/script>/.exec(before)?.[1];
      const mapped = map ? Object.entries(JSON.parse(map).integrity) : [];
      assert.deepEqual(
        mapped.map(([url]) => /\/cdn\/([\w./-]+\.js)$/.exec(url)?.[1]).sort(),
        [...(imports[file] ?? [])].sort(),
        `${file}: the snippet's import map gives the integrity of what it imports`,
      );
      for (const [url, value] of mapped) assert.equal(value, integrity[/\/cdn\/([\w./-]+\.js)$/.exec(url)[1]], url);
    }
  }
  assert.ok(blocks.some((block) => block.includes('type="importmap"')), 'a one-widget snippet with its import map');
  assert.ok(modules >= 1, 'a module snippet');
  // Pinning names the current shared chunk.
  assert.equal(
    pinSnippets('<link rel="modulepreload" href="https://x.example/cdn/shared-OLD1.js" integrity="sha384-old">', '1.2.3', { 'shared-New2.js': 'sha384-new' }),
    '<link rel="modulepreload" href="https://x.example/cdn/shared-New2.js" integrity="sha384-new">',
  );
  assert.equal(
    pinSnippets('{ "integrity": { "https://x.example/cdn/shared-OLD1.js": "sha384-old" } }', '1.2.3', { 'shared-New2.js': 'sha384-new' }),
    '{ "integrity": { "https://x.example/cdn/shared-New2.js": "sha384-new" } }',
  );
});

test('package.json points to the manifest and exports every entry point', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.equal(pkg.customElements, 'custom-elements.json');
  for (const entry of ['.', './red-flag-checker', './ice-heat-timer', './prevention-checklist', './triage', './content', './locales/es', './locales/fr']) {
    assert.ok(pkg.exports[entry], `exports ${entry}`);
  }
});
