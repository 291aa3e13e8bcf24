// `npm test`: build, check the published entry points in Node, then run every browser test in
// Chromium, Firefox and WebKit, one engine after another.
//   BROWSERS=chromium npm test          one engine (a comma list also works: BROWSERS=firefox,webkit)
//   COVERAGE=0 npm test                 skip the coverage report of the Chromium run (on by default
//                                       for the whole suite, off with extra arguments unless COVERAGE=1)
//   npm test -- --files tests/define.test.ts   extra arguments go to each web-test-runner run
//   SKIP_BUILD=1 npm test               reuse dist/ and cdn/ from the last build
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENGINES, ensureEngines, parseBrowserList } from './browsers.mjs';
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
      [`${root}node_modules/@web/test-runner/dist/bin.js`, '--config', 'web-test-runner.config.mjs', ...env.args, ...extraArgs],
      { cwd: root, stdio: 'inherit', env: { ...process.env, ...env.vars } },
    );
    current = child;
    child.on('error', (error) => {
      console.error(error);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      current = null;
      resolve(signal ? 1 : code ?? 1);
    });
  });
}

async function runEngine(engine, resultsFile) {
  const label = ENGINES[engine].label;
  const vars = { BROWSERS: engine, WTR_RESULTS_FILE: resultsFile };
  const args = [];
  if (engine === 'chromium' && coverage) args.push('--coverage');
  let webkit = null;
  try {
    if (engine === 'webkit') {
      webkit = await startWebKitDriver(paths.webkit);
      Object.assign(vars, { DISPLAY: webkit.display, WEBKIT_WEBDRIVER_PORT: String(webkit.port) });
    }
    console.log(`\n=== ${label} ===`);
    return await runWtr(engine, { vars, args });
  } catch (error) {
    console.error(`${label}: ${error.message}`);
    return 1;
  } finally {
    await webkit?.stop();
  }
}

const work = mkdtempSync(join(tmpdir(), 'bsw-test-'));
const summary = [];
let failed = false;
try {
  if (process.env.SKIP_BUILD !== '1') runSync(process.execPath, ['scripts/build.mjs']);
  runSync(process.execPath, ['--test', 'tests/node/']);
  for (const engine of engines) {
    if (interrupted) break;
    const resultsFile = join(work, `${engine}.json`);
    const started = Date.now();
    const code = await runEngine(engine, resultsFile);
    let results = null;
    try {
      results = JSON.parse(readFileSync(resultsFile, 'utf8'));
    } catch {
      // the run stopped before reporting
    }
    if (code !== 0 || !results || results.failed > 0 || results.fileErrors > 0) failed = true;
    summary.push({ engine, code, results, seconds: (Date.now() - started) / 1000 });
  }
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
  for (const { engine, code, results, seconds } of summary) {
    const label = ENGINES[engine].label;
    if (!results) {
      console.log(`  ${label}: did not finish (exit ${code}), ${seconds.toFixed(0)} s`);
      total.failed += 1;
      continue;
    }
    for (const key of Object.keys(total)) total[key] += results[key];
    // A file that fails to load, or a failing hook, counts as one failure.
    total.failed += results.fileErrors;
    const notes = [`${results.files} files`, `${seconds.toFixed(0)} s`];
    if (results.fileErrors) notes.push(`${results.fileErrors} files with errors outside tests`);
    if (results.coverage) notes.push(`src/ coverage: ${results.coverage.lines}% lines, ${results.coverage.branches}% branches`);
    console.log(`  ${label}: ${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped (${notes.join(', ')})`);
    for (const { file, test, error } of results.failures) {
      console.log(`    ✗ ${file}: ${test}\n        ${String(error ?? '').split('\n')[0].slice(0, 200)}`);
    }
  }
  console.log(`Total: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
}
process.exitCode = interrupted ? 130 : failed ? 1 : 0;
