// The published entry points, imported by package name in Node with no DOM.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

test('back-spasm-widgets/triage runs in Node without a DOM', async () => {
  const { triage, questions, combinations, levels, policyVersion } = await import('back-spasm-widgets/triage');
  assert.equal(triage({ answers: { 'saddle-numbness': 'yes' } }).level, 'emergency-department');
  assert.equal(policyVersion, '3.0');
  assert.equal(questions.length, 34);
  assert.equal(combinations.length, 12);
  assert.deepEqual(questions.find((question) => question.id === 'labour-signs')?.followUpOf, 'pregnant');
  assert.deepEqual(questions.find((question) => question.id === 'both-legs')?.followUpOf, 'leg-symptoms');
  assert.deepEqual(levels, ['call-emergency', 'emergency-department', 'urgent', 'appointment', 'self-care']);
});

test('back-spasm-widgets/content runs in Node without a DOM', async () => {
  const content = await import('back-spasm-widgets/content');
  assert.equal(content.en.lang, 'en');
  assert.equal(content.questionPolicy.length, 34);
  assert.equal(content.policyVersion, '3.0');
});

test('the VERSION constant matches package.json', async () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const { VERSION } = await import('../../dist/internal/version.js');
  assert.equal(VERSION, pkg.version);
});
