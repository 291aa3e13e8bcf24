// CLINICAL.md "Wording": every English question and hint at Flesch-Kincaid grade 6 or below, every
// result text at 7 or below. `node scripts/reading-level.mjs` lists every text with its grade.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checker } from '../../dist/content/en/checker.js';
import { checkerTexts, counts, grade } from '../../scripts/reading-level.mjs';

test('the grade formula reads plain and hard sentences as such', () => {
  assert.ok(grade('Do you have a high temperature?') <= 6);
  assert.ok(grade('Have you experienced unexplained progressive neurological deterioration?') > 12);
  assert.deepEqual(counts('Call {emergency} now. Do not drive yourself.'), { sentence: 2, word: 7, syllable: 8 });
});

test('the check covers every question, hint, statement and result text of the checker', () => {
  const paths = new Set(checkerTexts(checker).map((entry) => entry.path));
  for (const [id, question] of Object.entries(checker.questions)) {
    for (const key of ['text', 'yes', 'unsure', ...(question.hint ? ['hint'] : [])]) {
      assert.ok(paths.has(`questions.${id}.${key}`), `questions.${id}.${key} is checked`);
    }
  }
  for (const id of Object.keys(checker.combinations)) assert.ok(paths.has(`combinations.${id}`));
  for (const id of Object.keys(checker.levels)) assert.ok(paths.has(`levels.${id}`));
  for (const id of Object.keys(checker.advice)) assert.ok(paths.has(`advice.${id}`));
  assert.ok(paths.has('disclaimer') && paths.has('selfCare[0]') && paths.has('comeBackIf[0]'));
});

for (const { path, text, limit } of checkerTexts(checker)) {
  test(`English ${path} reads at grade ${limit} or below`, () => {
    const value = grade(text);
    assert.ok(value <= limit, `${path} is at Flesch-Kincaid grade ${value} (limit ${limit}): "${text}"`);
  });
}
