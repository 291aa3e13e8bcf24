// The clinical review sheet (docs/clinical-policy.md) comes from the built policy and English
// wording, and the clinical risk log (docs/clinical-safety.md) names only tests that exist.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import * as content from '../../dist/content/index.js';
import { triage } from '../../dist/triage/index.js';
import { clinicalMarkdown, clinicalModel, combinationRules } from '../../scripts/clinical-sheet.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path) => readFileSync(`${root}${path}`, 'utf8');

test('docs/clinical-policy.md is the sheet the shipped policy gives (run `npm run docs` to update)', () => {
  assert.ok(existsSync(`${root}docs/clinical-policy.md`), 'docs/clinical-policy.md is missing: run `npm run docs`');
  const sheet = read('docs/clinical-policy.md');
  const expected = clinicalMarkdown(content);
  if (sheet !== expected) {
    const [have, want] = [sheet.split('\n'), expected.split('\n')];
    const differs = want.findIndex((text, index) => text !== have[index]);
    const line = differs === -1 ? want.length : differs;
    assert.fail(
      `docs/clinical-policy.md differs from the shipped policy and wording (first at line ${line + 1}): run \`npm run docs\`.\n` +
        `  file:      ${have[line] ?? '(end of file)'}\n  generated: ${want[line] ?? '(end of file)'}`,
    );
  }
});

test('the sheet names the policy version, every question id and every combination id', () => {
  const sheet = read('docs/clinical-policy.md');
  assert.ok(sheet.includes(`policy ${content.policyVersion}`), `names policy version ${content.policyVersion}`);
  for (const { id } of content.questionPolicy) assert.ok(sheet.includes(`\`${id}\``), `names question ${id}`);
  for (const { id } of content.combinationPolicy) assert.ok(sheet.includes(`\`${id}\``), `names combination ${id}`);
  for (const id of content.levelOrder) assert.ok(sheet.includes(`\`${id}\``), `names level ${id}`);
});

test('the sheet shows the English wording and every source a statement cites', () => {
  const sheet = read('docs/clinical-policy.md');
  const text = content.en.checker;
  for (const { id, sources } of content.questionPolicy) {
    assert.ok(sheet.includes(text.questions[id].text), `question ${id}`);
    if (text.questions[id].hint) assert.ok(sheet.includes(text.questions[id].hint), `hint of ${id}`);
    for (const key of sources) assert.ok(sheet.includes(content.sources[key].title), `title of ${key}`);
  }
  for (const item of [...text.selfCare, ...text.comeBackIf]) assert.ok(sheet.includes(item.text), item.text);
  for (const { label } of text.context.durations) assert.ok(sheet.includes(`| ${label} |`), `duration ${label}`);
});

test('every combination of the policy has a plain-words rule, and every rule a combination', () => {
  assert.deepEqual(Object.keys(combinationRules).sort(), content.combinationPolicy.map((c) => c.id).sort());
  const extra = { ...content, combinationPolicy: [...content.combinationPolicy, { id: 'new-combination', level: 'urgent', sources: [] }] };
  assert.throws(() => clinicalModel(extra), /new-combination/);
  const fewer = { ...content, combinationPolicy: content.combinationPolicy.slice(1) };
  assert.throws(() => clinicalModel(fewer), new RegExp(content.combinationPolicy[0].id));
});

test('the counting rules the sheet states hold in the triage engine', () => {
  const sheet = read('docs/clinical-policy.md');
  assert.match(sheet, /"Not sure" counts as "Yes"/);
  assert.match(sheet, /missing "getting better" \(`improving`\) answer counts as "Not sure"/);
  assert.match(sheet, /stops asking/);
  for (const { id } of content.questionPolicy) {
    const yes = triage({ answers: { [id]: 'yes' }, age: 35, durationDays: 0, improving: 'yes' });
    const unsure = triage({ answers: { [id]: 'unsure' }, age: 35, durationDays: 0, improving: 'yes' });
    assert.equal(unsure.level, yes.level, `"unsure" to ${id} gives the level of "yes"`);
  }
  for (const durationDays of content.en.checker.context.durations.map((d) => d.days)) {
    assert.deepEqual(triage({ age: 35, durationDays }), triage({ age: 35, durationDays, improving: 'unsure' }), `missing "improving" at ${durationDays} days`);
  }
});

test('docs/clinical-safety.md names the current policy version and only test files that exist', () => {
  const log = read('docs/clinical-safety.md');
  assert.ok(log.includes(`policy version ${content.policyVersion}`), `names policy version ${content.policyVersion}`);
  const paths = [...new Set(log.match(/tests\/[\w./-]+\.(?:ts|mjs)/g) ?? [])];
  assert.ok(paths.length >= 10, `names at least 10 test files (found ${paths.length})`);
  const missing = paths.filter((path) => !existsSync(`${root}${path}`));
  assert.deepEqual(missing, [], `docs/clinical-safety.md names test files that do not exist: ${missing.join(', ')}`);
});
