// A web-test-runner reporter that writes the results of one run to a JSON file, file by file, so
// that scripts/test.mjs can print one summary for all engines. The file is written again each time
// a test file completes, with `finished: false` until the run ends: when a browser crash stops the
// runner part-way (it then exits without reporting), the file still says which test files
// completed, and scripts/test.mjs can run the others in a new browser.
import { writeFileSync } from 'node:fs';

function count(suite, totals, path = []) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else {
      totals.failed += 1;
      totals.failures.push({ test: [...path, test.name].join(' > '), error: test.error?.message });
    }
  }
  for (const child of suite?.suites ?? []) count(child, totals, [...path, child.name]);
}

const relative = (path) => path.replace(`${process.cwd()}/`, '');

/** One entry per test file: its counts, and the errors outside any test (a failed load or hook). */
function resultOf(session) {
  const result = { file: relative(session.testFile), passed: 0, failed: 0, skipped: 0, errors: 0, failures: [] };
  count(session.testResults, result);
  for (const error of session.errors ?? []) {
    result.errors += 1;
    result.failures.push({ test: '(outside a test)', error: error.message });
  }
  return result;
}

export function resultsReporter(file) {
  let startTime = Date.now();
  let testFiles = [];
  const done = new Map();
  const write = (extra) =>
    writeFileSync(
      file,
      JSON.stringify({ testFiles, results: [...done.values()], seconds: (Date.now() - startTime) / 1000, ...extra }),
    );
  return {
    start({ startTime: start, testFiles: files }) {
      startTime = start ?? startTime;
      testFiles = (files ?? []).map(relative);
    },
    reportTestFileResults({ sessionsForTestFile }) {
      for (const session of sessionsForTestFile) done.set(session.testFile, resultOf(session));
      write({ finished: false });
    },
    stop({ sessions, testCoverage }) {
      for (const session of sessions) done.set(session.testFile, resultOf(session));
      const coverage = testCoverage
        ? Object.fromEntries(
            ['lines', 'statements', 'branches', 'functions'].map((type) => [type, testCoverage.summary[type]?.pct]),
          )
        : undefined;
      write({ finished: true, coverage, coveragePassed: testCoverage?.passed });
    },
  };
}
