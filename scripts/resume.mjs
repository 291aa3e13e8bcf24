// What scripts/test.mjs does after each web-test-runner run of one engine. A browser that crashes
// or hangs (WebKit's "session deleted because of page crash or hang") stops the runner part-way: it
// exits without its final report. The test files it had not completed then run again in a new
// browser (for WebKit, with a new WebKitWebDriver and display), and the summary says so.
// - Only a run that stops counts: a failing test is never run again.
// - A file that failed with an error outside its tests when the browser went away runs again too,
//   since that error may be the crash itself.
// - A file that stops the browser twice in a row, or a fourth stop, fails the run: a page that
//   really crashes a browser is still caught.
export const MAX_RESUMES = 3;

/** The state of one engine's runs: results by file, the stops so far, the files of the next run. */
export const newRunState = () => ({ done: new Map(), stops: [], files: null, coverage: null });

/**
 * Takes the report of one run (scripts/results-reporter.mjs; null when the runner stopped before
 * any file completed) and its exit code. Returns 'finished', 'resume' (run `state.files` next) or
 * 'stopped' (the engine did not finish; the last stop is marked final when files were left).
 */
export function afterRun(state, report, code) {
  for (const result of report?.results ?? []) {
    if (report.finished || result.errors === 0) state.done.set(result.file, result);
  }
  if (report?.finished) {
    state.coverage = report.coverage;
    return 'finished';
  }
  if (!report && !state.files) return 'stopped';
  const files = state.files ?? report.testFiles;
  const left = files.filter((file) => !state.done.has(file));
  const of = state.stops[0]?.of ?? files.length;
  const again = state.stops.at(-1)?.running === left[0];
  state.stops.push({ code, left: left.length, of, running: left[0] });
  if (left.length === 0 || again || state.stops.length > MAX_RESUMES) {
    state.stops.at(-1).final = true;
    return 'stopped';
  }
  state.files = left;
  return 'resume';
}

/** The extra arguments without the test files they name (`--files a b` or `--files=a`). */
export function withoutFiles(args) {
  const kept = [];
  let inFiles = false;
  for (const arg of args) {
    if (arg === '--files') inFiles = true;
    else if (arg.startsWith('--files=')) inFiles = false;
    else if (arg.startsWith('-') || !inFiles) {
      inFiles = false;
      kept.push(arg);
    }
  }
  return kept;
}
