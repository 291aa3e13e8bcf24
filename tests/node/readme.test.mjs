// The README's API tables come from custom-elements.json, which the build makes from the code.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { renderReadme } from '../../scripts/docs.mjs';

test('README API tables match custom-elements.json (run `npm run docs` to update)', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  for (const tag of ['red-flag-checker', 'ice-heat-timer', 'prevention-checklist']) {
    assert.ok(readme.includes(`<!-- api:${tag} -->`), `README has the ${tag} tables`);
  }
  assert.equal(readme, renderReadme(readme));
});

test('package.json points to the manifest and exports every entry point', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.equal(pkg.customElements, 'custom-elements.json');
  for (const entry of ['.', './red-flag-checker', './ice-heat-timer', './prevention-checklist', './triage', './content', './locales/es', './locales/fr']) {
    assert.ok(pkg.exports[entry], `exports ${entry}`);
  }
});
