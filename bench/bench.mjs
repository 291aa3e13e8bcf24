// `npm run bench`: builds the library, then measures every cdn/*.js bundle beside a "hello world"
// Lit element bundled the same way: transfer sizes (minified, gzip, brotli) and, in headless
// Chromium, the time to render 50 instances, the heap each instance costs and long tasks.
// It measures and reports against the targets; it fails only when the build or a measurement fails.
//
// Options: --runs N (measured runs, default 7), --instances N (default 50), --skip-build (measure
// the cdn/ already built). Chromium: CHROME_PATH, else /usr/bin/chromium. Nothing leaves 127.0.0.1.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { rollup } from 'rollup';
import { cdnBundle } from '../scripts/bundle-options.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cdnDir = join(root, 'cdn');
const baselineSource = join(root, 'bench/baseline/hello-world.js');
const resultsFile = join(root, 'bench/results.json');

// ---------------------------------------------------------------------------------------------
// Settings and targets

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  if (index === -1) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name} needs a whole number of at least 1.`);
    process.exit(2);
  }
  return value;
}

const runs = option('runs', 7);
const instances = option('instances', 50);
const warmupRuns = 1;
const skipBuild = process.argv.includes('--skip-build');
const pageTimeoutMs = 30_000;
// A whole run stays bounded even if the browser hangs: everything is torn down and the script fails.
const overallTimeoutMs = 15 * 60_000;

const KB = 1024;
const targets = {
  allGzipBytes: 20 * KB,
  oneGzipBytes: 13 * KB,
  litFloorGzipBytes: 6.3 * KB,
  renderRatio: 3,
  longTaskMs: 50,
};

// ---------------------------------------------------------------------------------------------
// Clean-up: the browser, the server and the temporary folders go whatever happens.

const cleanups = [];
let cleaningUp;
function cleanUp() {
  cleaningUp ??= (async () => {
    for (const step of cleanups.reverse()) {
      try {
        await step();
      } catch {
        // Clean-up is best effort: one failing step must not keep the others from running.
      }
    }
  })();
  return cleaningUp;
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => cleanUp().then(() => process.exit(130)));
}
const watchdog = setTimeout(() => {
  console.error(`The benchmark did not finish within ${overallTimeoutMs / 60_000} minutes; stopping.`);
  cleanUp().then(() => process.exit(1));
}, overallTimeoutMs);

const tmp = mkdtempSync(join(tmpdir(), 'bsw-bench-'));
cleanups.push(() => rmSync(tmp, { recursive: true, force: true }));

// ---------------------------------------------------------------------------------------------
// Build and bundle

function build() {
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    throw new Error(`npm run build failed (exit ${result.status ?? result.signal}); nothing measured.`);
  }
}

async function bundle(name, input, outDir, format = 'es') {
  const { output, ...inputOptions } = cdnBundle(name, input, { outDir, format });
  const built = await rollup(inputOptions);
  try {
    await built.write(output);
  } finally {
    await built.close();
  }
  return output.file;
}

/**
 * Proves the baseline is bundled like cdn/: rebuilds one cdn entry of rollup.config.mjs with the
 * shared options and compares the bytes.
 */
async function checkSameBundling(snapshot) {
  const configs = (await import(pathToFileURL(join(root, 'rollup.config.mjs')).href)).default;
  const list = Array.isArray(configs) ? configs : [configs];
  const sized = list
    .filter((config) => typeof config.input === 'string' && config.output?.file)
    .map((config) => ({ config, bytes: safeSize(join(snapshot, basename(config.output.file))) }))
    .filter((entry) => entry.bytes > 0)
    .sort((a, b) => a.bytes - b.bytes);
  if (sized.length === 0) return { same: false, detail: 'no single-input entry found in rollup.config.mjs' };
  const { config } = sized[0];
  const name = basename(config.output.file, '.js');
  const file = await bundle(name, join(root, config.input), join(tmp, 'check'), config.output.format);
  const same = readFileSync(file).equals(readFileSync(join(snapshot, basename(config.output.file))));
  return {
    same,
    file: config.output.file,
    detail: same ? 'byte-identical' : 'bytes differ (or dist/ changed since cdn/ was built)',
  };
}

/** A bundle that parses as a classic script (an IIFE, no import or export) is loaded as one. */
function isClassicScript(file) {
  try {
    new Script(readFileSync(file, 'utf8'), { filename: file });
    return true;
  } catch {
    return false;
  }
}

function safeSize(file) {
  try {
    return readFileSync(file).length;
  } catch {
    return 0;
  }
}

function sizes(file) {
  const bytes = readFileSync(file);
  return {
    minified: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [zlibConstants.BROTLI_PARAM_QUALITY]: zlibConstants.BROTLI_MAX_QUALITY,
        [zlibConstants.BROTLI_PARAM_MODE]: zlibConstants.BROTLI_MODE_TEXT,
        [zlibConstants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

// ---------------------------------------------------------------------------------------------
// A static server on 127.0.0.1 for the bundles and the generated pages

const pages = new Map();
const scripts = new Map();

function startServer() {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const page = pages.get(path);
    const script = scripts.get(path);
    // Never cached: every run loads, parses and compiles the bundle like a first visit.
    const headers = { 'cache-control': 'no-store' };
    if (page !== undefined) {
      response.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' });
      response.end(page);
    } else if (script !== undefined) {
      response.writeHead(200, { ...headers, 'content-type': 'text/javascript; charset=utf-8' });
      response.end(readFileSync(script));
    } else {
      response.writeHead(404, headers);
      response.end();
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      cleanups.push(
        () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      );
      resolve(`http://127.0.0.1:${server.address().port}`);
    });
  });
}

// The head of every page: collects long tasks from the very start of the page.
const head = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>bench</title>
<link rel="icon" href="data:,">
<script>
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (error) {
    window.__longTaskError = String(error);
  }
  let finish;
  window.__done = new Promise((resolve) => (finish = resolve));
  window.__finish = finish;
</script>
<script>
  // Resolves when every element has finished updating (Lit may chain an update) and a frame has
  // been painted after that.
  window.__settle = async (elements) => {
    for (let round = 0; round < 20; round += 1) {
      const done = await Promise.all(elements.map((element) => element.updateComplete ?? true));
      if (done.every(Boolean)) break;
    }
    await new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = resolve;
        channel.port2.postMessage(0);
      }),
    );
    return elements.filter((element) => element.shadowRoot && element.shadowRoot.childNodes.length > 0).length;
  };
  // Runs a bundle the way a site would: an ES module by import, a classic bundle by a script element.
  window.__load = (url, classic) =>
    classic
      ? new Promise((resolve, reject) => {
          const script = document.createElement('script');
          script.src = url;
          script.onload = resolve;
          script.onerror = () => reject(new Error('Could not load ' + url));
          document.head.append(script);
        })
      : import(url);
</script>
</head><body>
`;

/** A page with `count` instances of each tag, timing the bundle from its import to the paint. */
function timingPage(bundleUrl, classic, tags, count) {
  const elements = tags.map((tag) => `<${tag}></${tag}>\n`.repeat(count)).join('');
  return `${head}${elements}<script type="module">
  // The time stamps mark the same moments in the browser's trace, for the main-thread CPU time.
  console.timeStamp('bench-start');
  const t0 = performance.now();
  try {
    await window.__load(${JSON.stringify(bundleUrl)}, ${classic});
    const loaded = performance.now();
    const elements = [...document.querySelectorAll(${JSON.stringify(tags.join(','))})];
    const rendered = await window.__settle(elements);
    const painted = performance.now();
    console.timeStamp('bench-end');
    window.__finish({ t0, loaded, painted, count: elements.length, rendered });
  } catch (error) {
    window.__finish({ error: String(error && error.stack ? error.stack : error) });
  }
</script>
</body></html>`;
}

/** A page that only loads the bundle; the heap test adds instances from Puppeteer. */
function loadPage(bundleUrl, classic) {
  return `${head}<div id="host"></div><script type="module">
  try {
    await window.__load(${JSON.stringify(bundleUrl)}, ${classic});
    window.__finish({});
  } catch (error) {
    window.__finish({ error: String(error && error.stack ? error.stack : error) });
  }
</script>
</body></html>`;
}

// ---------------------------------------------------------------------------------------------
// The browser

async function launchBrowser() {
  const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium'].find((path) => path && existsSync(path));
  if (!executablePath) throw new Error("No Chromium found: set CHROME_PATH or install Debian's chromium package.");
  const userDataDir = mkdtempSync(join(tmpdir(), 'bsw-bench-profile-'));
  cleanups.push(() => rmSync(userDataDir, { recursive: true, force: true }));
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    userDataDir,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      // Any host other than 127.0.0.1 fails to resolve: the benchmark cannot reach the network.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  cleanups.push(async () => {
    const child = browser.process();
    await Promise.race([browser.close(), new Promise((resolve) => setTimeout(resolve, 5000))]);
    // Only this browser's own process, and only if closing did not end it.
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  return browser;
}

const consoleMessages = new Map();
const foreignRequests = new Set();

/** Opens a page in a fresh incognito context (empty storage, cold caches) and runs `use` on it. */
async function withPage(browser, subject, use) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(pageTimeoutMs);
    await page.setViewport({ width: 412, height: 915 });
    await page.setCacheEnabled(false);
    page.on('console', (message) => {
      if (message.type() === 'warn' || message.type() === 'error') {
        const key = `${subject}: console.${message.type()}: ${message.text()}`;
        consoleMessages.set(key, (consoleMessages.get(key) ?? 0) + 1);
      }
    });
    page.on('pageerror', (error) => {
      const key = `${subject}: uncaught: ${error.message}`;
      consoleMessages.set(key, (consoleMessages.get(key) ?? 0) + 1);
    });
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.hostname !== '127.0.0.1') foreignRequests.add(request.url());
    });
    return await use(page);
  } finally {
    await context.close();
  }
}

async function openAndWait(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  const result = await page.evaluate(() => window.__done);
  if (result.error) throw new Error(`${url}: ${result.error}`);
  return result;
}

/** The tags a bundle registers, found by watching customElements.define while it loads. */
async function discoverTags(browser, origin, subject) {
  return withPage(browser, subject.name, async (page) => {
    await page.evaluateOnNewDocument(() => {
      window.__defined = [];
      const define = CustomElementRegistry.prototype.define;
      CustomElementRegistry.prototype.define = function (name, ...rest) {
        window.__defined.push(name);
        return define.call(this, name, ...rest);
      };
    });
    await openAndWait(page, `${origin}${subject.loadPage}`);
    return page.evaluate(() => window.__defined);
  });
}

/**
 * Main-thread CPU time between the page's two time stamps, from a trace: the thread time of every
 * task, counted in proportion where a task straddles a stamp. Unlike wall time it barely grows
 * when other programs compete for the CPU. Also the tasks that used over 50 ms of CPU.
 */
function mainThreadCpu(traceEvents) {
  const stamps = traceEvents.filter((event) => event.name === 'TimeStamp');
  const start = stamps.find((event) => event.args?.data?.message === 'bench-start');
  const end = stamps.find((event) => event.args?.data?.message === 'bench-end');
  if (!start || !end) return null;
  const tasks = traceEvents
    .filter(
      (event) =>
        event.name === 'RunTask' &&
        event.ph === 'X' &&
        event.pid === start.pid &&
        event.tid === start.tid &&
        typeof event.tdur === 'number' &&
        event.dur > 0,
    )
    .sort((a, b) => a.ts - b.ts);
  let cpuUs = 0;
  let coveredUntil = -Infinity;
  const longCpuTasksMs = [];
  for (const task of tasks) {
    const taskEnd = task.ts + task.dur;
    // Nested tasks (a task run inside another) are already in the outer task's time.
    if (task.ts < coveredUntil) continue;
    coveredUntil = taskEnd;
    const overlap = Math.min(taskEnd, end.ts) - Math.max(task.ts, start.ts);
    if (overlap <= 0) continue;
    cpuUs += task.tdur * (overlap / task.dur);
    if (task.tdur > targets.longTaskMs * 1000) longCpuTasksMs.push(task.tdur / 1000);
  }
  return { cpuMs: cpuUs / 1000, longCpuTasksMs };
}

async function measureRender(browser, origin, subject) {
  return withPage(browser, subject.name, async (page) => {
    await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    let result;
    let trace;
    try {
      result = await openAndWait(page, `${origin}${subject.timingPage}`);
    } finally {
      trace = await page.tracing.stop();
    }
    const cpu = mainThreadCpu(JSON.parse(Buffer.from(trace).toString('utf8')).traceEvents ?? []);
    if (!cpu) throw new Error(`${subject.name}: the trace holds no time stamps of the page.`);
    const expected = subject.tags.length * instances;
    if (result.count !== expected || result.rendered !== expected) {
      throw new Error(`${subject.name}: ${result.rendered} of ${expected} elements rendered (found ${result.count}).`);
    }
    // Long-task entries arrive after the task ends; give the observer a moment to receive them.
    await new Promise((resolve) => setTimeout(resolve, 150));
    const longTasks = await page.evaluate(() => window.__longTasks);
    const longTaskError = await page.evaluate(() => window.__longTaskError ?? null);
    if (longTaskError) throw new Error(`Long tasks cannot be observed: ${longTaskError}`);
    return { renderMs: result.painted - result.t0, loadMs: result.loaded - result.t0, longTasks, ...cpu };
  });
}

async function measureHeap(browser, origin, subject) {
  return withPage(browser, subject.name, async (page) => {
    await openAndWait(page, `${origin}${subject.loadPage}`);
    const cdp = await page.createCDPSession();
    const heap = async () => {
      // Two full collections: the first may only schedule finalizers whose memory the second frees.
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      return cdp.send('Runtime.getHeapUsage');
    };
    const add = (count) =>
      page.evaluate(
        async (tags, count) => {
          const host = document.getElementById('host');
          const made = [];
          for (const tag of tags) {
            for (let i = 0; i < count; i += 1) made.push(host.appendChild(document.createElement(tag)));
          }
          return window.__settle(made);
        },
        subject.tags,
        count,
      );
    // One instance of each first, so styles and template caches shared by all instances are counted
    // in the "without" figure and not charged to the instances.
    await add(1);
    const without = await heap();
    const rendered = await add(instances);
    if (rendered !== subject.tags.length * instances) throw new Error(`${subject.name}: not every instance rendered.`);
    const withInstances = await heap();
    await page.evaluate(() => {
      const host = document.getElementById('host');
      while (host.children.length > 1) host.lastElementChild.remove();
    });
    const afterRemoval = await heap();
    const made = subject.tags.length * instances;
    const per = (after, before, key) =>
      typeof after[key] === 'number' && typeof before[key] === 'number' ? (after[key] - before[key]) / made : null;
    await cdp.detach();
    return {
      jsPerInstance: per(withInstances, without, 'usedSize'),
      domPerInstance: per(withInstances, without, 'embedderHeapUsedSize'),
      jsRetainedPerInstance: per(afterRemoval, without, 'usedSize'),
      domRetainedPerInstance: per(afterRemoval, without, 'embedderHeapUsedSize'),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Figures

function stats(values) {
  const list = values.filter((value) => typeof value === 'number' && Number.isFinite(value));
  if (list.length === 0) return null;
  const sorted = [...list].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1), samples: list };
}

const kb = (bytes) => (bytes / KB).toFixed(1);
const ms = (value) => value.toFixed(1);
const verdict = (ok) => (ok ? 'meets' : 'misses');

function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  return [line(rows[0]), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.slice(1).map(line)].join(
    '\n',
  );
}

// ---------------------------------------------------------------------------------------------
// Main

async function main() {
  const startedAt = new Date();
  if (!skipBuild) build();

  const loadAtStart = loadavg()[0];
  const files = readdirSync(cdnDir)
    .filter((name) => name.endsWith('.js'))
    .sort();
  if (files.length === 0) throw new Error('cdn/ holds no .js file.');
  // Measures a copy, so every figure of the run is of the same bytes even if cdn/ is rebuilt meanwhile.
  const snapshot = join(tmp, 'cdn');
  mkdirSync(snapshot);
  for (const name of files) copyFileSync(join(cdnDir, name), join(snapshot, name));

  const baselineFile = await bundle('hello-world', baselineSource, join(tmp, 'baseline'));
  const sameBundling = await checkSameBundling(snapshot);

  const subjects = [
    { name: 'hello-world (baseline)', key: 'baseline', file: baselineFile, url: '/baseline/hello-world.js' },
    ...files.map((name) => ({ name: `cdn/${name}`, key: name, file: join(snapshot, name), url: `/cdn/${name}` })),
  ];
  for (const [index, subject] of subjects.entries()) {
    subject.sizes = sizes(subject.file);
    subject.classic = isClassicScript(subject.file);
    scripts.set(subject.url, subject.file);
    subject.loadPage = `/load-${index}.html`;
    pages.set(subject.loadPage, loadPage(subject.url, subject.classic));
  }

  const origin = await startServer();
  const browser = await launchBrowser();
  const chromiumVersion = await browser.version();

  for (const [index, subject] of subjects.entries()) {
    subject.tags = [...new Set(await discoverTags(browser, origin, subject))];
    subject.timingPage = `/render-${index}.html`;
    pages.set(subject.timingPage, timingPage(subject.url, subject.classic, subject.tags, instances));
    subject.samples = [];
  }
  const baseline = subjects[0];
  if (baseline.tags.length !== 1) throw new Error('The baseline should define exactly one element.');
  const measured = subjects.filter((subject) => subject.tags.length > 0);

  for (let run = 0; run < warmupRuns + runs; run += 1) {
    // The order rotates each run, so no bundle always runs first (on a colder browser) or last.
    const order = measured.map((_, i) => measured[(i + run) % measured.length]);
    for (const subject of order) {
      const render = await measureRender(browser, origin, subject);
      const heap = await measureHeap(browser, origin, subject);
      if (run >= warmupRuns) subject.samples.push({ run: run - warmupRuns, ...render, ...heap });
    }
  }

  // Figures per subject.
  const baselineByRun = new Map(baseline.samples.map((sample) => [sample.run, sample]));
  const allTags = new Set(subjects.slice(1).flatMap((subject) => subject.tags));
  for (const subject of subjects) {
    const samples = subject.samples;
    subject.render = stats(samples.map((sample) => sample.renderMs));
    subject.load = stats(samples.map((sample) => sample.loadMs));
    // Each run's element time over the baseline's time in the same run: both saw the same machine load.
    subject.cpu = stats(samples.map((sample) => sample.cpuMs));
    subject.ratio =
      subject === baseline
        ? null
        : stats(samples.map((sample) => sample.renderMs / baselineByRun.get(sample.run).renderMs));
    subject.cpuRatio =
      subject === baseline ? null : stats(samples.map((sample) => sample.cpuMs / baselineByRun.get(sample.run).cpuMs));
    subject.heap = {
      jsPerInstance: stats(samples.map((sample) => sample.jsPerInstance)),
      domPerInstance: stats(samples.map((sample) => sample.domPerInstance)),
      jsRetainedPerInstance: stats(samples.map((sample) => sample.jsRetainedPerInstance)),
      domRetainedPerInstance: stats(samples.map((sample) => sample.domRetainedPerInstance)),
    };
    const longTasks = samples.flatMap((sample) => sample.longTasks);
    subject.longTasks = {
      count: longTasks.length,
      longestMs: longTasks.length ? Math.max(...longTasks.map((task) => task.duration)) : null,
      runsWithLongTasks: samples.filter((sample) => sample.longTasks.length > 0).length,
    };
    const longCpu = samples.flatMap((sample) => sample.longCpuTasksMs);
    subject.longCpuTasks = { count: longCpu.length, longestMs: longCpu.length ? Math.max(...longCpu) : null };

    subject.targets = [];
    if (subject === baseline) continue;
    const single = subject.tags.length === 1;
    const all = subject.tags.length > 1 && [...allTags].every((tag) => subject.tags.includes(tag));
    if (single || all) {
      const limit = single ? targets.oneGzipBytes : targets.allGzipBytes;
      subject.targets.push({
        name: single ? 'one element, gzip' : 'all elements together, gzip',
        limit: `<= ${kb(limit)} KB`,
        value: `${kb(subject.sizes.gzip)} KB`,
        verdict: verdict(subject.sizes.gzip <= limit),
      });
    }
    if (single && subject.ratio) {
      subject.targets.push({
        name: 'render time vs baseline',
        limit: `<= ${targets.renderRatio}x`,
        value: `${subject.ratio.median.toFixed(2)}x`,
        verdict: verdict(subject.ratio.median <= targets.renderRatio),
      });
    }
    subject.targets.push({
      name: `no long task over ${targets.longTaskMs} ms`,
      limit: '0',
      value: String(subject.longTasks.count),
      verdict: verdict(subject.longTasks.count === 0),
    });
  }

  // The table.
  const find = (subject, name) => subject.targets.find((target) => target.name.startsWith(name));
  const rows = [
    [
      'Bundle',
      'Elements',
      'Min KB',
      'Gzip KB',
      'Brotli KB',
      'Gzip target',
      `Render ${instances}/el ms: median (min-max)`,
      'CPU ms',
      'x baseline (CPU)',
      'Render target',
      'JS heap/inst KB',
      'DOM heap/inst KB',
      'Long tasks >50ms',
      'CPU tasks >50ms',
      'Long-task target',
    ],
  ];
  for (const subject of subjects) {
    const gzipTarget = find(subject, 'one element') ?? find(subject, 'all elements');
    const renderTarget = find(subject, 'render time');
    const longTarget = find(subject, 'no long task');
    const heapCell = (figure) => (figure ? kb(figure.median) : 'n/a');
    rows.push([
      subject.name,
      subject.tags.length > 1 && [...allTags].every((tag) => subject.tags.includes(tag))
        ? `all ${subject.tags.length}`
        : subject.tags.join(' ') || 'none',
      kb(subject.sizes.minified),
      kb(subject.sizes.gzip),
      kb(subject.sizes.brotli),
      subject === baseline
        ? `(Lit floor ~${kb(targets.litFloorGzipBytes)})`
        : gzipTarget
          ? `${gzipTarget.limit}: ${gzipTarget.verdict}`
          : 'none',
      subject.render ? `${ms(subject.render.median)} (${ms(subject.render.min)}-${ms(subject.render.max)})` : 'n/a',
      subject.cpu ? ms(subject.cpu.median) : 'n/a',
      subject === baseline
        ? '1.00 (1.00)'
        : subject.ratio
          ? `${subject.ratio.median.toFixed(2)} (${subject.cpuRatio.median.toFixed(2)})`
          : 'n/a',
      renderTarget
        ? `${renderTarget.limit}: ${renderTarget.verdict}`
        : subject.tags.length > 1
          ? `info (${subject.tags.length * instances} el.)`
          : 'none',
      heapCell(subject.heap.jsPerInstance),
      heapCell(subject.heap.domPerInstance),
      subject.render
        ? `${subject.longTasks.count}${subject.longTasks.count ? ` (longest ${subject.longTasks.longestMs.toFixed(0)})` : ''}`
        : 'n/a',
      subject.render
        ? `${subject.longCpuTasks.count}${subject.longCpuTasks.count ? ` (longest ${subject.longCpuTasks.longestMs.toFixed(0)})` : ''}`
        : 'n/a',
      longTarget && subject !== baseline ? `none: ${longTarget.verdict}` : subject === baseline ? '' : 'none',
    ]);
  }

  const printed = [
    `Benchmark of back-spasm-widgets: ${runs} measured runs (+${warmupRuns} warm-up), ${instances} instances per element, ` +
      `Chromium ${chromiumVersion}, ${cpus().length} x ${cpus()[0]?.model ?? 'CPU'}, ` +
      `load average ${loadAtStart.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end (render times grow with load; the ratio less so)`,
    '',
    table(rows),
    '',
    'KB = 1024 bytes. What each figure is:',
    `- Min KB: bytes of the bundle as shipped in cdn/ (Rollup, node-resolve with the 'production' condition, terser; scripts/bundle-options.mjs).`,
    '- Gzip KB: the same bytes compressed with gzip level 9 (node zlib), roughly what a server sends with gzip.',
    '- Brotli KB: the same bytes compressed with brotli at quality 11 in text mode (node zlib).',
    `- Gzip target: at most ${kb(targets.oneGzipBytes)} KB for a one-element bundle and ${kb(targets.allGzipBytes)} KB for the bundle with every element; Lit itself costs about ${kb(targets.litFloorGzipBytes)} KB.`,
    `- Render ms: wall time in headless Chromium from just before the page loads the bundle (from 127.0.0.1, never cached) until all ${instances} elements of each tag have resolved updateComplete, have content in their shadow root and a frame is painted; median (min-max) of ${runs} runs, each in a fresh incognito context, traced.`,
    '- CPU ms: main-thread CPU time over the same span, from the browser trace (thread time of its tasks); median. It grows far less than wall time when the machine is busy.',
    '- x baseline (CPU): median over the runs of (element time / hello-world time in the same run), wall time then CPU time; the target (at most 3) is judged on the wall-time ratio.',
    `- JS heap/inst KB: V8 used heap (CDP Runtime.getHeapUsage after two forced GCs) with ${instances} more instances minus before them, divided by ${instances}; median of the runs.`,
    '- DOM heap/inst KB: the same for Blink\'s own heap of DOM nodes and style objects (embedderHeapUsedSize).',
    `- Long tasks >50ms: PerformanceObserver('longtask') entries from the page's start to the painted frame, summed over the ${runs} runs (longest in ms); the target is none.`,
    '- CPU tasks >50ms: the tasks of that span that used over 50 ms of main-thread CPU (from the trace), summed over the runs: long tasks that a busy machine does not explain.',
    `- Baseline bundled like cdn/: ${sameBundling.same ? 'yes' : 'NO'} (${sameBundling.file ?? 'rollup.config.mjs'} rebuilt with scripts/bundle-options.mjs: ${sameBundling.detail}).`,
    `- Network: ${foreignRequests.size === 0 ? 'no request left 127.0.0.1' : `requests to other hosts: ${[...foreignRequests].join(', ')}`}.`,
  ];
  if (consoleMessages.size > 0) {
    printed.push('- Console warnings and errors during the runs:');
    for (const [message, count] of consoleMessages) printed.push(`    ${count} x ${message}`);
  } else {
    printed.push('- Console: no warning or error.');
  }
  console.log(printed.join('\n'));

  const results = {
    date: startedAt.toISOString(),
    environment: {
      node: process.version,
      chromium: chromiumVersion,
      cpu: cpus()[0]?.model ?? null,
      cores: cpus().length,
      loadAverage1m: { start: loadAtStart, end: loadavg()[0] },
    },
    settings: { runs, warmupRuns, instances, kilobyte: KB, viewport: { width: 412, height: 915 } },
    targets,
    sameBundling,
    foreignRequests: [...foreignRequests],
    console: Object.fromEntries(consoleMessages),
    bundles: subjects.map((subject) => ({
      name: subject.name,
      baseline: subject === baseline,
      loadedAs: subject.classic ? 'classic script' : 'module',
      tags: subject.tags,
      sizes: subject.sizes,
      renderMs: subject.render,
      mainThreadCpuMs: subject.cpu,
      cpuRatioToBaseline: subject.cpuRatio,
      longCpuTasks: subject.longCpuTasks,
      importMs: subject.load,
      ratioToBaseline: subject.ratio,
      heapBytes: subject.heap,
      longTasks: { ...subject.longTasks, entries: subject.samples.map((sample) => sample.longTasks) },
      targets: subject.targets,
    })),
  };
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWritten: ${resultsFile.slice(root.length)}`);
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
} finally {
  clearTimeout(watchdog);
  await cleanUp();
}
