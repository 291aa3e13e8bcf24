// `npm test`: build, check the published entry points in Node, then run every browser test in
// Chromium, Firefox and WebKit, one engine after another.
//   BROWSERS=chromium npm test          one engine (a comma list also works: BROWSERS=firefox,webkit)
//   COVERAGE=0 npm test                 skip the coverage report of the Chromium run (on by default
//                                       for the whole suite, off with extra arguments unless COVERAGE=1)
//   npm test -- --files tests/define.test.ts   extra arguments go to each web-test-runner run; with
//                                       --files, only those browser files run (no Node tests)
//   SKIP_BUILD=1 npm test               reuse dist/ and cdn/ from the last build
//   WORDPRESS=0 npm test                leave out the WordPress plugin's tests (they run last, when
//                                       Debian's wordpress, php-cli and mariadb-server are installed;
//                                       `npm run test:wordpress` runs them alone)
// A browser that crashes part-way is started again for the files it had not completed (resume.mjs).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENGINES, ensureEngines, parseBrowserList } from './browsers.mjs';
import { afterRun, newRunState, withoutFiles } from './resume.mjs';
import { startWebKitDriver } from './webkit-driver.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const engines = parseBrowserList(process.env.BROWSERS);
const extraArgs = process.argv.slice(2);
// Coverage (with its thresholds) is measured when the whole suite runs in Chromium; COVERAGE=1
// forces it for a subset of files, COVERAGE=0 turns it off.
const coverageSetting = String(process.env.COVERAGE ?? '').toLowerCase();
const coverage = coverageSetting ? !['0', 'false', 'no'].includes(coverageSetting) : extraArgs.length === 0;
const paths = ensureEngines(engines);

const runSync = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

// Ctrl-C or a CI timeout: pass the signal on to the running test runner, let it close its
// browsers, then stop the WebKit servers (finally blocks below) and exit.
let interrupted = null;
let current = null;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = signal;
    console.error(`\n${signal}: stopping the test run.`);
    if (current) {
      current.kill('SIGINT');
      setTimeout(() => current?.kill('SIGKILL'), 15000).unref();
    }
  });
}

function runWtr(engine, env) {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [`${root}node_modules/@web/test-runner/dist/bin.js`, '--config', 'web-test-runner.config.mjs', ...env.args],
      { cwd: root, stdio: 'inherit', env: { ...process.env, ...env.vars } },
    );
    current = child;
    child.on('error', (error) => {
      console.error(error);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      current = null;
      if (signal) console.error(`\nweb-test-runner ended on ${signal}.`);
      resolve(signal ? 1 : code ?? 1);
    });
  });
}

const readReport = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null; // the runner stopped before its first test file completed
  }
};

/** One web-test-runner run of one engine; `files` (when given) replaces the files to run. */
async function runOnce(engine, resultsFile, { files, withCoverage }) {
  const label = ENGINES[engine].label;
  const vars = { BROWSERS: engine, WTR_RESULTS_FILE: resultsFile };
  const args = files ? [...withoutFiles(extraArgs), '--files', ...files] : [...extraArgs];
  if (withCoverage) args.unshift('--coverage');
  let webkit = null;
  try {
    if (engine === 'webkit') {
      webkit = await startWebKitDriver(paths.webkit);
      Object.assign(vars, { DISPLAY: webkit.display, WEBKIT_WEBDRIVER_PORT: String(webkit.port) });
    }
    const code = await runWtr(engine, { vars, args });
    const report = readReport(resultsFile);
    if (!report?.finished && !interrupted) {
      const log = webkit?.log();
      if (log) console.error(`\nWebKitWebDriver's last output:\n${log.split('\n').slice(-15).join('\n')}`);
    }
    return { code, report };
  } catch (error) {
    console.error(`${label}: ${error.message}`);
    return { code: 1, report: null };
  } finally {
    await webkit?.stop();
  }
}

async function runEngine(engine) {
  const label = ENGINES[engine].label;
  console.log(`\n=== ${label} ===`);
  const state = newRunState();
  for (let attempt = 0; ; attempt++) {
    const resultsFile = join(work, `${engine}-${attempt}.json`);
    const run = await runOnce(engine, resultsFile, { files: state.files, withCoverage: engine === 'chromium' && coverage && attempt === 0 });
    const next = interrupted ? 'stopped' : afterRun(state, run.report, run.code);
    if (next !== 'resume') {
      const code = next === 'finished' ? run.code : run.code || 1;
      return { code, results: state.done.size > 0 ? [...state.done.values()] : null, stops: state.stops, coverage: state.coverage };
    }
    const stop = state.stops.at(-1);
    console.log(
      `\n${label} stopped part-way (exit ${run.code}) with ${stop.left} of ${stop.of} test files not completed, ` +
        `from ${stop.running}; running those in a new browser.`,
    );
  }
}

/**
 * The WordPress plugin's end-to-end tests (tests/wordpress/), in a private WordPress from Debian's
 * packages, when they are installed; else a line saying why they did not run.
 */
const WORDPRESS_PACKAGES = 'wordpress php-cli php-mysql php-xml php-mbstring php-intl mariadb-server';
function runWordPress() {
  const needed = ['/usr/share/wordpress/wp-settings.php', '/usr/bin/php', '/usr/sbin/mariadbd'];
  const missing = needed.filter((path) => !existsSync(path));
  if (missing.length > 0) {
    return { ran: false, note: `not run: ${missing.join(', ')} missing (apt-get install ${WORDPRESS_PACKAGES}; .ci/run installs them)` };
  }
  console.log('\n=== WordPress plugin ===');
  try {
    runSync(process.execPath, ['scripts/wordpress-zip.mjs']);
    runSync(process.execPath, ['tests/wordpress/run.mjs']);
    return { ran: true, ok: true };
  } catch {
    failed = true;
    return { ran: true, ok: false };
  }
}
let wordpress = null;

const work = mkdtempSync(join(tmpdir(), 'bsw-test-'));
const summary = [];
let failed = false;
try {
  if (process.env.SKIP_BUILD !== '1') runSync(process.execPath, ['scripts/build.mjs']);
  if (!extraArgs.includes('--files')) runSync(process.execPath, ['--test', 'tests/node/']);
  for (const engine of engines) {
    if (interrupted) break;
    const started = Date.now();
    const run = await runEngine(engine);
    const bad = !run.results || run.results.some((result) => result.failed > 0 || result.errors > 0);
    if (run.code !== 0 || bad) failed = true;
    summary.push({ engine, ...run, seconds: (Date.now() - started) / 1000 });
  }
  if (!interrupted && !extraArgs.includes('--files') && process.env.WORDPRESS !== '0') wordpress = runWordPress();
} catch (error) {
  // a failed build or Node test has printed its own message
  failed = true;
  if (typeof error.status !== 'number') console.error(error);
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (summary.length > 0) {
  console.log('\nBrowser tests');
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const { engine, code, results, stops, coverage: measured, seconds } of summary) {
    const label = ENGINES[engine].label;
    const finalStop = stops.find((stop) => stop.final);
    if (!results || finalStop) {
      const where = finalStop?.running ? `, ${finalStop.left} of ${finalStop.of} test files not completed, from ${finalStop.running}` : '';
      console.log(`  ${label}: did not finish (exit ${code}${where}), ${seconds.toFixed(0)} s`);
      total.failed += 1;
      if (!results) continue;
    }
    const counts = { passed: 0, failed: 0, skipped: 0, errors: 0 };
    for (const result of results) for (const key of Object.keys(counts)) counts[key] += result[key];
    for (const key of Object.keys(total)) total[key] += counts[key];
    // A file that fails to load, or a failing hook, counts as one failure.
    const withErrors = results.filter((result) => result.errors > 0).length;
    total.failed += withErrors;
    const notes = [`${results.length} files`, `${seconds.toFixed(0)} s`];
    if (withErrors) notes.push(`${withErrors} files with errors outside tests`);
    if (measured) notes.push(`src/ coverage: ${measured.lines}% lines, ${measured.branches}% branches`);
    else if (coverage && engine === 'chromium' && stops.length > 0) notes.push('coverage not measured: the run was resumed');
    const resumes = stops.filter((stop) => !stop.final);
    if (resumes.length > 0) {
      notes.push(
        `the browser stopped ${resumes.length === 1 ? 'once' : `${resumes.length} times`}, in ` +
          `${resumes.map((stop) => stop.running).join(', ')}; the files it had not completed ran again in a new one`,
      );
    }
    console.log(`  ${label}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped (${notes.join(', ')})`);
    for (const { file, failures } of results) {
      for (const { test, error } of failures) {
        console.log(`    ✗ ${file}: ${test}\n        ${String(error ?? '').split('\n')[0].slice(0, 200)}`);
      }
    }
  }
  console.log(`Total: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
}
if (wordpress) {
  console.log(`WordPress plugin: ${wordpress.ran ? (wordpress.ok ? 'passed (its own count is above)' : 'FAILED (see above)') : wordpress.note}`);
}
process.exitCode = interrupted ? 130 : failed ? 1 : 0;
