// The clinical review sheet (docs/clinical-policy.md) comes from the built policy and English
// wording, and the clinical risk log (docs/clinical-safety.md) names only tests that exist, by
// titles that are in them.
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
  const net = text.safetyNet;
  const netItems = [net.callEmergency, net.emergencyDepartment, net.doctorToday, net.book].flatMap((list) => list.items);
  for (const item of [...text.selfCare, ...netItems, net.labour]) assert.ok(sheet.includes(item.text), item.text);
  for (const { id, list } of content.questionPolicy) {
    if (list) for (const item of text.questions[id].items) assert.ok(sheet.includes(item), `item of ${id}: ${item}`);
  }
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

/**
 * Every test title the log quotes, with the file it names: `tests/<path>` ("<title>"; "<title>").
 * A title is read up to its closing straight quote, so a title with quotes of its own is quoted in
 * part. A parenthesis after a path that opens with a quote but is not a list of quoted titles is a
 * malformed citation.
 */
function citedTitles(log) {
  const cited = [];
  const malformed = [];
  for (const match of log.matchAll(/`?(tests\/[\w./-]+\.(?:ts|mjs))`?[ \t]*(?:\n[ \t]*)?\((?=")/g)) {
    const path = match[1];
    let at = match.index + match[0].length;
    for (;;) {
      const title = /^"([^"]*)"/.exec(log.slice(at));
      if (!title) {
        malformed.push(`${path} (${log.slice(at, at + 60).split('\n')[0]}`);
        break;
      }
      cited.push({ path, title: title[1].replace(/\s+/g, ' ').trim() });
      at += title[0].length;
      const next = /^(?:\)|[,;]\s+(?="))/.exec(log.slice(at));
      if (!next) {
        malformed.push(`${path} ("${title[1]}"${log.slice(at, at + 40).split('\n')[0]}`);
        break;
      }
      at += next[0].length;
      if (next[0] === ')') break;
    }
  }
  return { cited, malformed };
}

/** A piece of a title, or a title as the test report shows it, found in a test file's source. */
function titleInSource(title, source) {
  const flat = (text) => text.replace(/\\(['"`\\])/g, '$1').replace(/\s+/g, ' ');
  const text = flat(source);
  if (text.includes(title)) return true;
  // A title written as a template (`two taps ${apartMs} ms apart …`), given with its values filled
  // in ("two taps 60 ms apart"): from the start of the title, each ${…} stands for some text without
  // quotes, and the quote ends at least 8 characters into the literal text after the last one it fills.
  const escape = (part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const [, template] of source.matchAll(/\b(?:it|test|describe)(?:\.\w+)?\(\s*`((?:[^`\\]|\\.)*)`/g)) {
    const parts = flat(template).split(/\$\{(?:[^{}]|\{[^{}]*\})*\}/);
    for (let last = 1; last < parts.length; last++) {
      const end = parts[last];
      const least = Math.min(8, end.length);
      const ends = [];
      for (let length = end.length; length >= least; length--) ends.push(escape(end.slice(0, length)));
      const body = parts.slice(0, last).map(escape).join('[^"]+?');
      if (new RegExp(`^${body}[^"]+?(?:${ends.join('|')})$`).test(title)) return true;
    }
  }
  return false;
}

test('docs/clinical-safety.md quotes only test titles that are in the files it names', () => {
  const log = read('docs/clinical-safety.md');
  const { cited, malformed } = citedTitles(log);
  assert.deepEqual(malformed, [], 'every citation is `tests/<path>` ("<title>"; "<title>")');
  assert.ok(cited.length >= 40, `quotes at least 40 test titles (found ${cited.length})`);
  const missing = cited.filter(({ path, title }) => !existsSync(`${root}${path}`) || !titleInSource(title, read(path)));
  assert.deepEqual(
    missing.map(({ path, title }) => `${path} ("${title}")`),
    [],
    'docs/clinical-safety.md quotes test titles that are not in the files it names',
  );
  // Every test file the log names is cited by at least one of its titles somewhere.
  const paths = new Set(log.match(/tests\/[\w./-]+\.test\.(?:ts|mjs)/g) ?? []);
  const untitled = [...paths].filter((path) => !cited.some((entry) => entry.path === path));
  assert.deepEqual(untitled, [], 'test files the log names without quoting one of their titles');
});

test('the title check of docs/clinical-safety.md catches a title that is not in its file', () => {
  const source = [
    "describe('the age', () => {",
    "  it('refuses \"4 5\" and reads Arabic-Indic digits', () => {});",
    '  for (const apartMs of [60, 150]) {',
    '    it(`two taps ${apartMs} ms apart on "No" answer only the question they began on`, () => {});',
    '  }',
    "  it('a click from the page\\'s own script', () => {});",
    '});',
  ].join('\n');
  for (const title of ['the age', 'reads Arabic-Indic digits', 'two taps 60 ms apart', 'two taps 150 ms apart on', "the page's own script"]) {
    assert.ok(titleInSource(title, source), `finds "${title}"`);
  }
  for (const title of ['the ages', 'reads Arabic digits', 'two taps 60 ms', 'three taps 60 ms apart', 'two taps 60 ms apart on "Yes"', 'anything']) {
    assert.ok(!titleInSource(title, source), `does not find "${title}"`);
  }
  const log = [
    '`tests/a.test.ts` ("one", "two; three"; "four") and tests/b.test.mjs ("five").',
    '`tests/c.test.ts` ("six" and more words), tests/d.test.ts (prose, no title).',
  ].join('\n');
  const { cited, malformed } = citedTitles(log);
  assert.deepEqual(
    cited.map(({ path, title }) => `${path}: ${title}`),
    ['tests/a.test.ts: one', 'tests/a.test.ts: two; three', 'tests/a.test.ts: four', 'tests/b.test.mjs: five', 'tests/c.test.ts: six'],
  );
  assert.equal(malformed.length, 1, 'a quoted title followed by prose is malformed');
});
