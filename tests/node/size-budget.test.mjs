// Bytes cannot creep: every cdn/ file, compressed with brotli and with gzip, stays within the
// budget size-budget.json keeps for it (scripts/size-budget.mjs).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { BUDGET_FILE, MARGIN, budgetKey, check, measure } from '../../scripts/size-budget.mjs';

const budgets = JSON.parse(readFileSync(BUDGET_FILE, 'utf8'));
const sizes = measure();

test('every cdn/ file is within its brotli and gzip budget, and every budget names a file', () => {
  assert.ok(sizes.length >= 10, 'the scripts and the stylesheet of cdn/');
  assert.deepEqual(check(sizes, budgets), []);
});

test('a file that grows by 1 KB, or has no budget, fails the check; a hashed chunk is keyed without its hash', () => {
  // Budgets set now, as `--set` writes them: each file's size plus the margin of 0.5 KB.
  assert.equal(MARGIN, 512);
  const setNow = Object.fromEntries(sizes.map(({ key, brotli, gzip }) => [key, { brotli: brotli + MARGIN, gzip: gzip + MARGIN }]));
  assert.deepEqual(check(sizes, setNow), []);
  const grown = sizes.map((size) => (size.key === 'back-spasm-widgets.js' ? { ...size, brotli: size.brotli + 1024, gzip: size.gzip + 1024 } : size));
  const problems = check(grown, setNow);
  assert.equal(problems.length, 2, problems.join('\n'));
  assert.match(problems[0], /cdn\/back-spasm-widgets\.js is \d+ B with brotli, over its budget of \d+ B by 512 B/);
  assert.match(problems[1], /with gzip, over its budget/);
  assert.match(check([...sizes, { file: 'new.js', key: 'new.js', brotli: 1, gzip: 1 }], setNow).join('\n'), /cdn\/new\.js has no budget/);
  assert.match(check(sizes.slice(1), setNow).join('\n'), /has a budget for .*, which cdn\/ no longer has/);
  assert.equal(budgetKey('shared-Cd_zi19R.js'), 'shared.js');
  assert.equal(budgetKey('locales/es.js'), 'locales/es.js');
});
