// How `npm test` carries on when a browser crashes part-way: the results reporter's file after each
// test file, and what scripts/resume.mjs decides from it.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { MAX_RESUMES, afterRun, newRunState, withoutFiles } from '../../scripts/resume.mjs';
import { resultsReporter } from '../../scripts/results-reporter.mjs';

const cwd = process.cwd();
const session = (file, { passed = 1, errors = [] } = {}) => ({
  testFile: `${cwd}/${file}`,
  testResults: { tests: Array.from({ length: passed }, (_, i) => ({ name: `t${i}`, passed: true })), suites: [] },
  errors,
});
const result = (file, errors = 0) => ({ file, passed: 1, failed: 0, skipped: 0, errors, failures: [] });
const files = ['tests/a.test.ts', 'tests/b.test.ts', 'tests/c.test.ts', 'tests/d.test.ts'];
const stoppedAt = (done, extra = {}) => ({ finished: false, testFiles: files, results: done, ...extra });

describe('the results reporter', () => {
  test('writes what completed after each file, and the whole run when it ends', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bsw-reporter-'));
    try {
      const file = join(dir, 'results.json');
      const reporter = resultsReporter(file);
      reporter.start({ startTime: Date.now(), testFiles: files.map((f) => `${cwd}/${f}`) });
      reporter.reportTestFileResults({ sessionsForTestFile: [session(files[0], { passed: 3 })] });
      let report = JSON.parse(readFileSync(file, 'utf8'));
      assert.equal(report.finished, false);
      assert.deepEqual(report.testFiles, files);
      assert.deepEqual(report.results, [{ ...result(files[0]), passed: 3 }]);

      reporter.reportTestFileResults({ sessionsForTestFile: [session(files[1], { errors: [{ message: 'browser disconnected' }] })] });
      report = JSON.parse(readFileSync(file, 'utf8'));
      assert.deepEqual(report.results.at(-1).failures, [{ test: '(outside a test)', error: 'browser disconnected' }]);
      assert.equal(report.results.at(-1).errors, 1);

      reporter.stop({ sessions: files.map((f) => session(f)) });
      report = JSON.parse(readFileSync(file, 'utf8'));
      assert.equal(report.finished, true);
      assert.deepEqual(report.results.map((r) => [r.file, r.errors]), files.map((f) => [f, 0]));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('after a run', () => {
  test('a finished run is finished, even after a stop', () => {
    const state = newRunState();
    assert.equal(afterRun(state, stoppedAt([result(files[0])]), 1), 'resume');
    assert.equal(afterRun(state, { finished: true, testFiles: files.slice(1), results: files.slice(1).map((f) => result(f)) }, 0), 'finished');
    assert.deepEqual([...state.done.keys()], files);
    assert.equal(state.stops.length, 1);
    assert.equal(state.stops[0].final, undefined);
  });

  test('a stop runs the files not completed again, with the one that lost its browser', () => {
    const state = newRunState();
    const next = afterRun(state, stoppedAt([result(files[0]), result(files[1], 1)]), 1);
    assert.equal(next, 'resume');
    assert.deepEqual(state.files, files.slice(1));
    assert.deepEqual(state.stops, [{ code: 1, left: 3, of: 4, running: files[1] }]);
  });

  test('a file that stops the browser twice in a row fails the run', () => {
    const state = newRunState();
    assert.equal(afterRun(state, stoppedAt([result(files[0])]), 1), 'resume');
    assert.equal(afterRun(state, null, 1), 'stopped');
    assert.equal(state.stops.at(-1).final, true);
    assert.equal(state.stops.at(-1).running, files[1]);
  });

  test(`a stop after ${MAX_RESUMES} new starts fails the run`, () => {
    const state = newRunState();
    const many = Array.from({ length: 10 }, (_, i) => `tests/${i}.test.ts`);
    const outcomes = [];
    for (let i = 0; i <= MAX_RESUMES; i++) {
      outcomes.push(afterRun(state, { finished: false, testFiles: many, results: [result(many[i])] }, 1));
    }
    assert.deepEqual(outcomes, [...Array(MAX_RESUMES).fill('resume'), 'stopped']);
    assert.equal(state.stops.at(-1).left, 10 - MAX_RESUMES - 1);
  });

  test('a run that stops before any file completed, or with none left, has nothing to resume', () => {
    assert.equal(afterRun(newRunState(), null, 1), 'stopped');
    const state = newRunState();
    assert.equal(afterRun(state, stoppedAt(files.map((f) => result(f))), 1), 'stopped');
    assert.equal(state.stops[0].left, 0);
  });

  test('a failing test is kept, never run again', () => {
    const state = newRunState();
    const failing = { ...result(files[0]), failed: 1, passed: 0 };
    afterRun(state, stoppedAt([failing]), 1);
    assert.equal(state.done.get(files[0]), failing);
    assert.ok(!state.files.includes(files[0]));
  });
});

test('the next run keeps the extra arguments but not the files they named', () => {
  assert.deepEqual(withoutFiles(['--files', 'tests/a.test.ts', 'tests/b.test.ts', '--coverage']), ['--coverage']);
  assert.deepEqual(withoutFiles(['--files=tests/a.test.ts', '--watch']), ['--watch']);
  assert.deepEqual(withoutFiles(['--group', 'x']), ['--group', 'x']);
});
