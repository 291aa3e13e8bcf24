// A web-test-runner reporter that writes the counts of one run to a JSON file, so that
// scripts/test.mjs can print one summary for all engines.
import { writeFileSync } from 'node:fs';

function count(suite, totals, file, path = []) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else {
      totals.failed += 1;
      totals.failures.push({ file, test: [...path, test.name].join(' > '), error: test.error?.message });
    }
  }
  for (const child of suite?.suites ?? []) count(child, totals, file, [...path, child.name]);
}

export function resultsReporter(file) {
  let startTime = Date.now();
  return {
    start({ startTime: start }) {
      startTime = start ?? startTime;
    },
    stop({ sessions, testCoverage }) {
      const totals = { files: 0, passed: 0, failed: 0, skipped: 0, fileErrors: 0, failures: [] };
      for (const session of sessions) {
        const file = session.testFile.replace(`${process.cwd()}/`, '');
        totals.files += 1;
        count(session.testResults, totals, file);
        // A file that failed to load, or a hook that failed, has an error outside any test.
        if ((session.errors?.length ?? 0) > 0) {
          totals.fileErrors += 1;
          for (const error of session.errors) totals.failures.push({ file, test: '(outside a test)', error: error.message });
        }
      }
      const coverage = testCoverage
        ? Object.fromEntries(
            ['lines', 'statements', 'branches', 'functions'].map((type) => [type, testCoverage.summary[type]?.pct]),
          )
        : undefined;
      writeFileSync(
        file,
        JSON.stringify({ ...totals, seconds: (Date.now() - startTime) / 1000, coverage, coveragePassed: testCoverage?.passed }),
      );
    },
  };
}
