// `npm run bench`: what a phone pays for the widgets, every figure beside a baseline measured in the
// same run. It builds the library, then, in headless Chromium on a phone profile (390 x 844 CSS px,
// device scale factor 2, touch, CPU slowed 4x through CDP Emulation.setCPUThrottlingRate), loads in
// alternating rounds a page with each widget alone, with all three (one bundle), with the three
// one-widget bundles, with 50 widgets, with a Lit hello-world element (the baseline) and with a
// popular component library's button and checkbox (the peer: Shoelace). It measures Total Blocking
// Time, long tasks, First Contentful Paint, each widget's first paint, layout shift and the Event
// Timing of real taps; and the bytes (gzip and brotli) of every cdn/ file beside its floor. It prints
// one table with meets / misses per target and writes bench/results.json. It measures and judges;
// it fails only when the build or a measurement fails.
//
// Options: --rounds N (measured rounds, default 15), --quick (5 rounds, no warm-up round),
// --skip-build (measure the cdn/ already built), --compare DIR (also load, in the same rounds, the
// widget pages from another build's cdn/ directory, and print the two builds side by side).
// Chromium: CHROME_PATH, else /usr/bin/chromium.
// Nothing leaves 127.0.0.1.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { rollup } from 'rollup';
import { cdnBundle } from '../scripts/bundle-options.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cdnDir = join(root, 'cdn');
const baselineSource = join(root, 'bench/baseline/hello-world.js');
const peerSource = join(root, 'bench/peer/shoelace.js');
const peerTheme = join(root, 'node_modules/@shoelace-style/shoelace/dist/themes/light.css');
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

const quick = process.argv.includes('--quick');
const rounds = option('rounds', quick ? 5 : 15);
const warmupRounds = quick ? 0 : 1;
const skipBuild = process.argv.includes('--skip-build');

/** `--compare DIR`: another build's cdn/ directory, measured in the same rounds as this one. */
function compareOption() {
  const index = process.argv.indexOf('--compare');
  if (index === -1) return null;
  const value = process.argv[index + 1];
  const dir = value && !value.startsWith('--') ? resolve(value) : null;
  const needed = ['imports.json', 'back-spasm-widgets.css', 'back-spasm-widgets.js', 'red-flag-checker.js', 'ice-heat-timer.js', 'prevention-checklist.js'];
  const missing = dir ? needed.filter((name) => !existsSync(join(dir, name))) : needed;
  if (missing.length) {
    console.error(`--compare needs a built cdn/ directory (a copy of another build's cdn/); ${dir ?? 'none given'} lacks ${missing.join(', ')}.`);
    process.exit(2);
  }
  return dir;
}
const compareDir = compareOption();
const manyWidgets = 50;
const cpuSlowdown = 4;
const phone = { width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
// After the last widget has painted (and the load event), the page is watched this much longer for
// long tasks and layout shifts.
const settleMs = 1000;
// A page whose widgets have not all painted by then is measured as it is (and reported).
const paintTimeoutMs = 15_000;
const pageTimeoutMs = 60_000;
const overallTimeoutMs = 20 * 60_000;

const KB = 1024;
const targets = {
  longTaskMs: 50,
  tbtMs: 0,
  paintRatio: 1.5,
  tapMs: 50,
  oneFloorRatio: 1.6,
  allFloorRatio: 2.0,
  litCopies: 1,
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
        // Best effort: one failing step must not keep the others from running.
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
// Build, bundles and bytes

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
  const built = await rollup({ ...inputOptions, onwarn: () => {} });
  try {
    await built.write(output);
  } finally {
    await built.close();
  }
  return output.file;
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

/** The modules a cdn/ bundle was made of, from its source map, as absolute paths. */
function bundledModules(file) {
  const mapFile = `${file}.map`;
  if (!existsSync(mapFile)) return [];
  const map = JSON.parse(readFileSync(mapFile, 'utf8'));
  return (map.sources ?? []).map((source) => resolve(dirname(file), map.sourceRoot ?? '', source));
}

// The content a widget must carry whatever its code: the words of a language, the triage policy,
// the sources it cites and the emergency numbers.
const contentModule = /[\\/]dist[\\/]content[\\/](?:[a-z]{2}(?:[\\/][^\\/]+)?|policy|sources|emergency-numbers)\.js$/;
const litModule = /[\\/]node_modules[\\/]lit-html[\\/]lit-html\.js$/;

/**
 * A bundle's floor: what it cannot do without, bundled alike. Lit (the hello-world element), if the
 * bundle carries Lit, plus the content modules it carries, kept whole.
 */
async function floorOf(name, modules, format, originalSourcesDir) {
  const content = modules.filter((module) => contentModule.test(module));
  const hasLit = modules.some((module) => litModule.test(module));
  const lines = [];
  // Everything imported is referenced, so none of it is shaken out as free of side effects.
  if (hasLit) lines.push(`import { HelloWorld } from ${JSON.stringify(baselineSource)};`);
  content.forEach((module, index) => lines.push(`import * as m${index} from ${JSON.stringify(module)};`));
  lines.push(`globalThis.__floor = [${[...(hasLit ? ['HelloWorld'] : []), ...content.map((_, index) => `m${index}`)].join(', ')}];`);
  const entry = join(tmp, 'floors', `${name.replace(/[\\/]/g, '-')}.entry.js`);
  mkdirSync(dirname(entry), { recursive: true });
  writeFileSync(entry, `${lines.join('\n')}\n`);
  const file = await bundle(name.replace(/[\\/]/g, '-'), entry, join(tmp, 'floors'), format);
  return {
    parts: [...(hasLit ? ['Lit (hello world)'] : []), ...content.map((module) => relative(originalSourcesDir, module))],
    sizes: sizes(file),
  };
}

// ---------------------------------------------------------------------------------------------
// A static server on 127.0.0.1 for the bundles and the generated pages

const pages = new Map();
const assets = new Map();

function startServer() {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    // Never cached: every round loads, parses and compiles the bundles like a first visit.
    const headers = { 'cache-control': 'no-store' };
    const page = pages.get(path);
    const asset = assets.get(path);
    if (page !== undefined) {
      response.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' });
      response.end(page);
    } else if (asset !== undefined) {
      const type = asset.endsWith('.css') ? 'text/css' : 'text/javascript';
      response.writeHead(200, { ...headers, 'content-type': `${type}; charset=utf-8` });
      response.end(readFileSync(asset));
    } else {
      response.writeHead(404, headers);
      response.end();
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      cleanups.push(
        () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      );
      resolvePromise(`http://127.0.0.1:${server.address().port}`);
    });
  });
}

// A page as a site would embed the widgets: some article text, the elements, a paragraph after them,
// and the bundles as module scripts at the end of the body.
const words =
  'A back spasm usually settles within a few days. Keep moving gently, use ice or heat, and know the signs that need a doctor.';
function pageHtml({ body, scripts, styles = [], preloads = [] }) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Back spasm help</title>
<link rel="icon" href="data:,">
${styles.map((href) => `<link rel="stylesheet" href="${href}">`).join('\n')}
<style>body { font: 16px/1.5 system-ui, sans-serif; margin: 0 16px; }</style>
</head><body>
<h1>Back spasm help</h1>
<p>${words}</p>
${body}
<p>${words}</p>
${preloads.map((href) => `<link rel="modulepreload" href="${href}">`).join('\n')}
${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n')}
</body></html>`;
}

// ---------------------------------------------------------------------------------------------
// In-page observers, installed before any of the page's own scripts run

/**
 * Collects long tasks, paints, layout shifts and Event Timing entries, buffered from the start of
 * the page, and each tracked element's first paint: when its shadow root first gets content (a node
 * other than a style sheet, seen by a MutationObserver in the same task), followed by a double
 * requestAnimationFrame, whose second callback's frame time comes after the frame that painted it.
 */
function instrument(trackedTags) {
  const bench = { longTasks: [], fcp: null, shifts: [], events: [], widgets: [], errors: [] };
  window.__bench = bench;
  const observe = (options, callback) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(callback)).observe(options);
    } catch (error) {
      bench.errors.push(`${options.type}: ${error}`);
    }
  };
  observe({ type: 'longtask', buffered: true }, (entry) =>
    bench.longTasks.push({ start: entry.startTime, duration: entry.duration }),
  );
  observe({ type: 'paint', buffered: true }, (entry) => {
    if (entry.name === 'first-contentful-paint') bench.fcp = entry.startTime;
  });
  observe({ type: 'layout-shift', buffered: true }, (entry) => {
    if (!entry.hadRecentInput) bench.shifts.push({ start: entry.startTime, value: entry.value });
  });
  observe({ type: 'event', durationThreshold: 16, buffered: true }, (entry) =>
    bench.events.push({
      name: entry.name,
      start: entry.startTime,
      duration: entry.duration,
      interactionId: entry.interactionId ?? 0,
    }),
  );
  const tracked = new Set(trackedTags);
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const shadow = attachShadow.call(this, init);
    if (!tracked.has(this.localName)) return shadow;
    const record = { tag: this.localName, attached: performance.now(), content: null, painted: null };
    bench.widgets.push(record);
    const hasContent = () =>
      [...shadow.childNodes].some((node) =>
        node.nodeType === 1 ? node.localName !== 'style' && node.localName !== 'link' : node.nodeType === 3 && node.data.trim() !== '',
      );
    const observer = new MutationObserver(() => {
      if (record.content !== null || !hasContent()) return;
      record.content = performance.now();
      observer.disconnect();
      requestAnimationFrame(() => requestAnimationFrame((frameTime) => (record.painted = frameTime)));
    });
    observer.observe(shadow, { childList: true });
    return shadow;
  };
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
    await Promise.race([browser.close(), new Promise((done) => setTimeout(done, 5000))]);
    // Only this browser's own process, and only if closing did not end it.
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  return browser;
}

const consoleMessages = new Map();
const foreignRequests = new Set();
const sleep = (delay) => new Promise((done) => setTimeout(done, delay));

/** Opens a page on the phone profile in a fresh incognito context (empty storage, no cache). */
async function withPhonePage(browser, subject, use) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(pageTimeoutMs);
    await page.setViewport(phone);
    await page.setCacheEnabled(false);
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
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

/** The centre of the element `find` returns (run in the page), scrolled into view first. */
async function centreOf(page, find, arg) {
  const handle = await page.evaluateHandle(find, arg);
  const element = handle.asElement();
  if (!element) {
    await handle.dispose();
    return null;
  }
  const box = await element.evaluate((node) => {
    node.scrollIntoView({ block: 'center', inline: 'center' });
    const rect = node.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0 ? { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 } : null;
  });
  await element.dispose();
  return box;
}

const twoFrames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));

/**
 * Taps the element's centre on the touch screen and returns the longest Event Timing entry of that
 * interaction: the time from the touch to the next paint after its handlers ran. Below the 16 ms
 * threshold the browser reports nothing; that counts as 16 ms (an upper bound).
 */
async function tap(page, find, arg, check) {
  const box = await centreOf(page, find, arg);
  if (!box) return { ms: null, done: false, missing: true };
  await page.evaluate(twoFrames);
  const before = await page.evaluate(() => performance.now());
  await page.touchscreen.tap(box.x, box.y);
  return eventTiming(page, before, check, arg);
}

/** The longest Event Timing entry of the interaction that started after `before`, and whether `check` holds. */
async function eventTiming(page, before, check, arg) {
  // Event Timing entries are queued after the paint that follows the handlers.
  await page.evaluate(twoFrames);
  await sleep(150);
  await page.evaluate(twoFrames);
  const entries = await page.evaluate(
    (since) => window.__bench.events.filter((entry) => entry.start >= since - 1),
    before,
  );
  const interaction = entries.filter((entry) => entry.interactionId > 0);
  const measured = interaction.length ? interaction : entries;
  const longest = measured.length ? Math.max(...measured.map((entry) => entry.duration)) : null;
  const done = check ? await page.evaluate(check, arg) : true;
  return { ms: longest ?? 16, belowThreshold: longest === null, done, entries: measured };
}

// Finders, run in the page.
function inShadow({ tag, selector, text }) {
  const host = document.querySelector(tag);
  const shadow = host?.shadowRoot;
  if (!shadow) return null;
  // The first selector (of a list, in order of preference) that matches.
  for (const one of [selector ?? []].flat()) {
    const found = shadow.querySelector(one);
    if (found) return found;
  }
  if (text) return [...shadow.querySelectorAll('button')].find((button) => button.textContent.trim() === text) ?? null;
  return null;
}

/** The taps each page is measured with, in order; each returns its figure under `name`. */
const tapScripts = {
  checker: async (page) => {
    const figures = {};
    const tag = 'red-flag-checker';
    figures['checker: first answer'] = await tap(
      page,
      inShadow,
      { tag, selector: '[data-name="chest-pain"] button[data-value="no"]' },
      ({ tag }) => !document.querySelector(tag).shadowRoot.querySelector('[data-name="chest-pain"]'),
    );
    // Answering moves on to the next question: its "No" is the checker's Next. The age question
    // has a number field and Continue. The last answer brings the result.
    let next = null;
    for (let step = 0; step < 60; step += 1) {
      const screen = await page.evaluate(({ tag }) => {
        const shadow = document.querySelector(tag).shadowRoot;
        if (shadow.querySelector('[data-name="age"] input')) return 'age';
        const fieldset = shadow.querySelector('fieldset[data-name]');
        return fieldset ? fieldset.dataset.name : null;
      }, { tag });
      if (screen === null) break;
      if (screen === 'age') {
        const box = await centreOf(page, inShadow, { tag, selector: '[data-name="age"] input' });
        if (!box) break;
        await page.touchscreen.tap(box.x, box.y);
        await page.keyboard.type('40');
        const continued = await tap(
          page,
          inShadow,
          { tag, selector: '[data-name="age"] button[type="submit"]' },
          ({ tag }) => !document.querySelector(tag).shadowRoot.querySelector('[data-name="age"]'),
        );
        figures['checker: Continue'] ??= continued;
        if (!continued.done) break;
        continue;
      }
      // "No" where the question has it; the first choice where it has others (how long it has lasted).
      const arg = {
        tag,
        screen,
        selector: [`[data-name="${screen}"] button[data-value="no"]`, `[data-name="${screen}"] button[data-value]`],
      };
      const gone = ({ tag, screen }) => !document.querySelector(tag).shadowRoot.querySelector(`[data-name="${screen}"]`);
      if (next === null) {
        next = await tap(page, inShadow, arg, gone);
        figures['checker: next answer'] = next;
        if (!next.done) break;
        continue;
      }
      // The questions between are answered without measuring, as fast as the page moves on; the
      // answer that brings the result is measured once it has.
      const box = await centreOf(page, inShadow, arg);
      if (!box) break;
      const before = await page.evaluate(() => performance.now());
      await page.touchscreen.tap(box.x, box.y);
      try {
        await page.waitForFunction(gone, { polling: 'raf', timeout: 5000 }, arg);
      } catch {
        break;
      }
      const result = ({ tag }) => Boolean(document.querySelector(tag).shadowRoot.querySelector('#result-title'));
      if (await page.evaluate(result, arg)) {
        figures['checker: answer that brings the result'] = await eventTiming(page, before, result, arg);
        break;
      }
    }
    return figures;
  },
  timer: async (page) => ({
    'timer: Start': await tap(
      page,
      inShadow,
      { tag: 'ice-heat-timer', selector: '[part~="start"]', text: 'Start' },
      ({ tag }) => {
        const button = document.querySelector(tag).shadowRoot.querySelector('[part~="primary-button"]');
        return Boolean(button) && button.textContent.trim() !== 'Start';
      },
    ),
  }),
  checklist: async (page) => ({
    'checklist: first tick': await tap(
      page,
      inShadow,
      { tag: 'prevention-checklist', selector: 'input[type="checkbox"]' },
      ({ tag }) => document.querySelector(tag).shadowRoot.querySelector('input[type="checkbox"]').checked,
    ),
  }),
  peer: async (page) => ({
    'peer: checkbox': await tap(
      page,
      inShadow,
      { tag: 'sl-checkbox', selector: '[part~="control"]' },
      ({ tag }) => document.querySelector(tag).checked === true,
    ),
  }),
};

/** One visit of one page: load, wait for every widget's paint and a settling second, then taps. */
async function visit(browser, origin, subject) {
  return withPhonePage(browser, subject.name, async (page) => {
    await page.evaluateOnNewDocument(instrument, subject.tracked);
    await page.goto(`${origin}${subject.path}`, { waitUntil: 'load' });
    const expected = subject.expected;
    const deadline = Date.now() + paintTimeoutMs;
    while (Date.now() < deadline) {
      const painted = await page.evaluate(() => window.__bench.widgets.filter((widget) => widget.painted !== null).length);
      if (painted >= expected) break;
      await sleep(50);
    }
    await sleep(settleMs);
    const load = await page.evaluate(() => {
      const bench = window.__bench;
      return {
        end: performance.now(),
        longTasks: [...bench.longTasks],
        fcp: bench.fcp,
        cls: bench.shifts.reduce((sum, shift) => sum + shift.value, 0),
        widgets: bench.widgets.map((widget) => ({ ...widget })),
        litVersions: Array.isArray(globalThis.litHtmlVersions) ? [...globalThis.litHtmlVersions] : [],
        errors: bench.errors,
      };
    });
    // The span measured: from the navigation's start to the end of the settling second.
    const tasks = load.longTasks.filter((task) => task.start < load.end);
    const sample = {
      tbtMs: tasks.reduce((sum, task) => sum + Math.max(0, task.duration - targets.longTaskMs), 0),
      longTaskCount: tasks.length,
      longestTaskMs: tasks.length ? Math.max(...tasks.map((task) => task.duration)) : 0,
      longTasks: tasks,
      fcpMs: load.fcp,
      cls: load.cls,
      paintedAll: load.widgets.length >= expected && load.widgets.every((widget) => widget.painted !== null),
      paintByTag: {},
      litCopies: load.litVersions.length,
      errors: load.errors,
    };
    for (const tag of subject.tracked) {
      const times = load.widgets.filter((widget) => widget.tag === tag).map((widget) => widget.painted);
      sample.paintByTag[tag] = times.length && times.every((time) => time !== null) ? Math.max(...times) : null;
    }
    const known = Object.values(sample.paintByTag).filter((time) => time !== null);
    sample.paintLastMs = known.length === subject.tracked.length ? Math.max(...known) : null;
    sample.taps = {};
    for (const script of subject.taps) Object.assign(sample.taps, await tapScripts[script](page));
    return sample;
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
  return { median, min: sorted[0], max: sorted.at(-1), n: list.length, samples: list };
}

const kb = (bytes) => (bytes / KB).toFixed(1);
const fixed = (digits) => (value) => value.toFixed(digits);
const spread = (figure, format = fixed(0)) =>
  figure ? `${format(figure.median)} (${format(figure.min)}–${format(figure.max)})` : 'n/a';
const verdict = (ok) => (ok === null ? 'n/a' : ok ? 'meets' : 'misses');

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
  const started = performance.now();
  if (!skipBuild) build();
  const loadAtStart = loadavg()[0];

  // Every cdn/ file a site may load, copied so the whole run measures the same bytes.
  const snapshot = join(tmp, 'cdn');
  const cdnFiles = [];
  const walk = (dir, prefix = '') => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}${entry.name}/`);
      else if (/\.(?:js|css)$/.test(entry.name)) cdnFiles.push(`${prefix}${entry.name}`);
    }
  };
  walk(cdnDir);
  cdnFiles.sort();
  for (const name of cdnFiles) {
    mkdirSync(dirname(join(snapshot, name)), { recursive: true });
    copyFileSync(join(cdnDir, name), join(snapshot, name));
    if (existsSync(join(cdnDir, `${name}.map`))) copyFileSync(join(cdnDir, `${name}.map`), join(snapshot, `${name}.map`));
  }
  for (const name of ['red-flag-checker.js', 'ice-heat-timer.js', 'prevention-checklist.js', 'back-spasm-widgets.js']) {
    if (!cdnFiles.includes(name)) throw new Error(`cdn/${name} is missing.`);
  }

  // The other build, copied too, when there is one to compare with.
  let compareImports = {};
  if (compareDir) {
    const copy = join(tmp, 'compare');
    const walkCompare = (dir, prefix = '') => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walkCompare(join(dir, entry.name), `${prefix}${entry.name}/`);
        else if (/\.(?:js|css|json)$/.test(entry.name)) {
          mkdirSync(dirname(join(copy, prefix, entry.name)), { recursive: true });
          copyFileSync(join(dir, entry.name), join(copy, prefix, entry.name));
          assets.set(`/compare/${prefix}${entry.name}`, join(copy, prefix, entry.name));
        }
      }
    };
    walkCompare(compareDir);
    compareImports = JSON.parse(readFileSync(join(copy, 'imports.json'), 'utf8'));
  }

  const baselineFile = await bundle('hello-world', baselineSource, join(tmp, 'baseline'));
  const peerFile = await bundle('shoelace-peer', peerSource, join(tmp, 'peer'));

  // Bytes of every file, with its floor.
  const files = [];
  for (const name of cdnFiles) {
    const file = join(snapshot, name);
    const entry = { name: `cdn/${name}`, sizes: sizes(file), floor: null, litInside: false };
    if (name.endsWith('.js')) {
      // Read from cdn/, where the map's relative paths point.
      const modules = bundledModules(join(cdnDir, name));
      entry.litInside = modules.some((module) => litModule.test(module));
      entry.modules = modules.map((module) => relative(root, module));
      const format = name.includes('.classic.') ? 'iife' : 'es';
      if (modules.length) entry.floor = await floorOf(name, modules, format, root);
    }
    files.push(entry);
  }
  // What a page with a module file loads: the file and what it imports (cdn/imports.json), each
  // compressed on its own as it is served; its floor is that of all their modules together.
  const imports = existsSync(join(cdnDir, 'imports.json')) ? JSON.parse(readFileSync(join(cdnDir, 'imports.json'), 'utf8')) : {};
  const loads = [];
  for (const [name, imported] of Object.entries(imports)) {
    const parts = [name, ...imported].map((part) => files.find((file) => file.name === `cdn/${part}`));
    if (parts.some((part) => !part)) throw new Error(`cdn/imports.json names a file that is not in cdn/ (${name}).`);
    const sum = (key) => parts.reduce((total, part) => total + part.sizes[key], 0);
    const modules = [...new Set(parts.flatMap((part) => part.modules ?? []))].map((module) => join(root, module));
    loads.push({
      name: `cdn/${name} + ${imported.length === 1 ? imported[0] : `${imported.length} files it imports`}`,
      file: `cdn/${name}`,
      parts: parts.map((part) => part.name),
      sizes: { minified: sum('minified'), gzip: sum('gzip'), brotli: sum('brotli') },
      litInside: parts.some((part) => part.litInside),
      floor: await floorOf(`${name}.load`, modules, 'es', root),
    });
  }
  const baselineBytes = { name: 'hello-world (Lit, bundled alike)', sizes: sizes(baselineFile), litInside: true };
  const peerBytes = { name: 'peer: Shoelace button + checkbox (bundled alike)', sizes: sizes(peerFile), litInside: true };

  // The pages.
  assets.set('/baseline/hello-world.js', baselineFile);
  assets.set('/peer/shoelace.js', peerFile);
  assets.set('/peer/light.css', peerTheme);
  for (const name of cdnFiles) assets.set(`/cdn/${name}`, join(snapshot, name));
  const css = '/cdn/back-spasm-widgets.css';
  const widget = { checker: 'red-flag-checker', timer: 'ice-heat-timer', checklist: 'prevention-checklist' };
  const many = Array.from({ length: manyWidgets }, (_, index) => Object.values(widget)[index % 3]);
  const subjects = [
    { key: 'hello', name: 'hello-world (baseline)', tags: ['hello-world'], scripts: ['/baseline/hello-world.js'], taps: [] },
    {
      key: 'peer',
      name: 'peer: Shoelace button + checkbox',
      tags: ['sl-button', 'sl-checkbox'],
      body: '<sl-button variant="primary">Start</sl-button>\n<sl-checkbox>I walked today</sl-checkbox>',
      scripts: ['/peer/shoelace.js'],
      styles: ['/peer/light.css'],
      taps: ['peer'],
    },
    { key: 'checker', name: 'red-flag-checker alone', tags: [widget.checker], scripts: ['/cdn/red-flag-checker.js'], taps: ['checker'] },
    { key: 'timer', name: 'ice-heat-timer alone', tags: [widget.timer], scripts: ['/cdn/ice-heat-timer.js'], taps: ['timer'] },
    {
      key: 'checklist',
      name: 'prevention-checklist alone',
      tags: [widget.checklist],
      scripts: ['/cdn/prevention-checklist.js'],
      taps: ['checklist'],
    },
    { key: 'all', name: 'all three (back-spasm-widgets.js)', tags: Object.values(widget), scripts: ['/cdn/back-spasm-widgets.js'], taps: [] },
    {
      key: 'three',
      name: 'all three (the three one-widget bundles)',
      tags: Object.values(widget),
      scripts: ['/cdn/red-flag-checker.js', '/cdn/ice-heat-timer.js', '/cdn/prevention-checklist.js'],
      taps: [],
    },
    {
      key: 'many',
      name: `${manyWidgets} widgets (back-spasm-widgets.js)`,
      tags: Object.values(widget),
      list: many,
      scripts: ['/cdn/back-spasm-widgets.js'],
      taps: [],
    },
  ];
  // The same widget pages from the other build, as pages of their own in every round.
  const compared = ['checker', 'timer', 'checklist', 'all', 'many'];
  if (compareDir) {
    for (const key of compared) {
      const page = subjects.find((subject) => subject.key === key);
      subjects.push({
        ...page,
        key: `${key}-compare`,
        name: `${page.name} [compare]`,
        scripts: page.scripts.map((src) => src.replace(/^\/cdn\//, '/compare/')),
        styles: ['/compare/back-spasm-widgets.css'],
      });
    }
  }
  for (const subject of subjects) {
    const list = subject.list ?? subject.tags;
    subject.tracked = subject.tags;
    subject.expected = list.length;
    subject.path = `/${subject.key}.html`;
    const body = subject.body ?? list.map((tag) => `<${tag}></${tag}>`).join('\n');
    const styles = subject.styles ?? (subject.key === 'hello' ? [] : [css]);
    // As the snippets paste them: what the scripts import, preloaded (cdn/imports.json).
    const preloads = [
      ...new Set(
        subject.scripts.flatMap((src) => {
          const [, dir, name] = /^\/(cdn|compare)\/(.+)$/.exec(src) ?? [];
          return dir ? ((dir === 'cdn' ? imports : compareImports)[name] ?? []).map((file) => `/${dir}/${file}`) : [];
        }),
      ),
    ];
    pages.set(subject.path, pageHtml({ body, scripts: subject.scripts, styles, preloads }));
    subject.samples = [];
  }

  const origin = await startServer();
  const browser = await launchBrowser();
  const chromiumVersion = await browser.version();

  for (let round = 0; round < warmupRounds + rounds; round += 1) {
    // The order rotates each round, so no page always runs first (on a colder browser) or last.
    const order = subjects.map((_, index) => subjects[(index + round) % subjects.length]);
    for (const subject of order) {
      const visitStart = performance.now();
      const sample = await visit(browser, origin, subject);
      if (process.env.BENCH_VERBOSE) process.stderr.write(`  ${subject.key}: ${((performance.now() - visitStart) / 1000).toFixed(1)} s\n`);
      if (round >= warmupRounds) subject.samples.push({ round: round - warmupRounds, ...sample });
    }
    process.stderr.write(`round ${round + 1 - warmupRounds}/${rounds}${round < warmupRounds ? ' (warm-up)' : ''} done\n`);
  }
  await cleanUp();

  // Figures per page; ratios are per round against the same round's hello-world.
  const bySubject = Object.fromEntries(subjects.map((subject) => [subject.key, subject]));
  const helloByRound = new Map(bySubject.hello.samples.map((sample) => [sample.round, sample]));
  for (const subject of subjects) {
    const samples = subject.samples;
    subject.figures = {
      tbtMs: stats(samples.map((sample) => sample.tbtMs)),
      longTaskCount: stats(samples.map((sample) => sample.longTaskCount)),
      longTasksTotal: samples.reduce((sum, sample) => sum + sample.longTaskCount, 0),
      longestTaskMs: samples.length ? Math.max(...samples.map((sample) => sample.longestTaskMs)) : null,
      fcpMs: stats(samples.map((sample) => sample.fcpMs)),
      cls: stats(samples.map((sample) => sample.cls)),
      paintLastMs: stats(samples.map((sample) => sample.paintLastMs)),
      paintByTag: Object.fromEntries(subject.tracked.map((tag) => [tag, stats(samples.map((sample) => sample.paintByTag[tag]))])),
      paintRatioByTag: Object.fromEntries(
        subject.tracked.map((tag) => [
          tag,
          stats(samples.map((sample) => sample.paintByTag[tag] / helloByRound.get(sample.round)?.paintLastMs)),
        ]),
      ),
      roundsNotAllPainted: samples.filter((sample) => !sample.paintedAll).length,
      litCopies: stats(samples.map((sample) => sample.litCopies)),
      taps: {},
    };
    const tapNames = [...new Set(samples.flatMap((sample) => Object.keys(sample.taps)))];
    for (const name of tapNames) {
      const taps = samples.map((sample) => sample.taps[name]).filter(Boolean);
      subject.figures.taps[name] = {
        ...stats(taps.map((entry) => entry.ms)),
        belowThreshold: taps.filter((entry) => entry.belowThreshold).length,
        notDone: taps.filter((entry) => !entry.done).length,
        measured: taps.length,
      };
    }
  }

  // The table: one row per figure, beside its same-run baseline, with its target and verdict.
  const rows = [['Subject', 'Figure', 'Median (min–max)', 'Baseline, same run', 'Target', 'Verdict']];
  const hello = bySubject.hello.figures;
  const peer = bySubject.peer.figures;
  const beside = (pick, format = fixed(0)) => `hello-world ${spread(pick(hello), format)}; peer ${spread(pick(peer), format)}`;
  const judged = [];
  const judge = (subject, figure, measured, baselineCell, target, ok) => {
    rows.push([subject, figure, measured, baselineCell, target, target === '' ? 'info' : verdict(ok)]);
    if (target !== '') judged.push({ subject, figure, measured, target, verdict: verdict(ok) });
  };
  const widgetPages = ['checker', 'timer', 'checklist', 'all', 'three', 'many'];
  for (const key of widgetPages) {
    const subject = bySubject[key];
    const f = subject.figures;
    const noLong = f.longTasksTotal === 0;
    judge(
      subject.name,
      'TBT ms',
      spread(f.tbtMs),
      beside((figures) => figures.tbtMs),
      ['three', 'many'].includes(key) ? '' : '0',
      f.tbtMs ? f.tbtMs.median <= targets.tbtMs : null,
    );
    judge(
      subject.name,
      'tasks over 50 ms per round; longest',
      `${spread(f.longTaskCount)}; ${f.longestTaskMs ? f.longestTaskMs.toFixed(0) : 0} ms`,
      `hello-world ${spread(hello.longTaskCount)}, longest ${(hello.longestTaskMs ?? 0).toFixed(0)}; peer ${spread(peer.longTaskCount)}, longest ${(peer.longestTaskMs ?? 0).toFixed(0)}`,
      'none in any round',
      noLong,
    );
    judge(subject.name, 'FCP ms', spread(f.fcpMs), beside((figures) => figures.fcpMs), '', null);
    for (const tag of subject.tracked) {
      const ratio = f.paintRatioByTag[tag];
      judge(
        subject.name,
        key === 'many' ? `${tag}: all painted, ms` : `${tag} painted, ms`,
        `${spread(f.paintByTag[tag])} = ${spread(ratio, fixed(2))} x hello-world`,
        beside((figures) => figures.paintLastMs),
        key === 'many' ? '' : `<= ${targets.paintRatio} x hello-world`,
        ratio ? ratio.median <= targets.paintRatio : null,
      );
    }
    judge(subject.name, 'CLS', spread(f.cls, fixed(3)), beside((figures) => figures.cls, fixed(3)), '', null);
  }
  const peerTap = peer.taps['peer: checkbox'];
  for (const key of ['checker', 'timer', 'checklist']) {
    for (const [name, figure] of Object.entries(bySubject[key].figures.taps)) {
      const notes = [
        figure.belowThreshold ? `${figure.belowThreshold} under 16` : '',
        figure.notDone ? `${figure.notDone} without effect` : '',
      ].filter(Boolean);
      judge(
        bySubject[key].name,
        `tap, Event Timing ms: ${name.replace(/^[a-z]+: /, '')}`,
        `${spread(figure.median === undefined ? null : figure)}${notes.length ? ` (${notes.join(', ')})` : ''}`,
        `peer checkbox ${spread(peerTap?.median === undefined ? null : peerTap)}`,
        `<= ${targets.tapMs} median`,
        figure.median === undefined ? null : figure.median <= targets.tapMs,
      );
    }
  }
  const threeLit = bySubject.three.figures.litCopies;
  const threeFiles = [
    ...new Set(['red-flag-checker.js', 'ice-heat-timer.js', 'prevention-checklist.js'].flatMap((name) => [name, ...(imports[name] ?? [])])),
  ];
  const litFiles = threeFiles.filter((name) => files.find((file) => file.name === `cdn/${name}`)?.litInside).length;
  judge(
    bySubject.three.name,
    'copies of Lit evaluated (litHtmlVersions); files carrying Lit',
    `${spread(threeLit)}; ${litFiles} of the ${threeFiles.length} files loaded`,
    `all-in-one ${spread(bySubject.all.figures.litCopies)}`,
    '1',
    threeLit ? threeLit.median <= targets.litCopies && litFiles <= targets.litCopies : null,
  );
  const oneWidget = ['cdn/red-flag-checker.js', 'cdn/ice-heat-timer.js', 'cdn/prevention-checklist.js'];
  const allInOne = ['cdn/back-spasm-widgets.js', 'cdn/back-spasm-widgets.classic.js'];
  const loaded = new Set(loads.map((load) => load.file));
  for (const file of [...files, ...loads]) {
    // A module file that imports others is judged with them, as a page loads it.
    const judgedHere = file.parts ? true : !loaded.has(file.name);
    const limit = !judgedHere
      ? null
      : oneWidget.includes(file.file ?? file.name)
        ? targets.oneFloorRatio
        : allInOne.includes(file.file ?? file.name)
          ? targets.allFloorRatio
          : null;
    const ratio = file.floor ? { gzip: file.sizes.gzip / file.floor.sizes.gzip, brotli: file.sizes.brotli / file.floor.sizes.brotli } : null;
    file.floorRatio = ratio;
    judge(
      file.name,
      'bytes: brotli / gzip KB',
      `${kb(file.sizes.brotli)} / ${kb(file.sizes.gzip)}${ratio ? ` = ${ratio.brotli.toFixed(2)} / ${ratio.gzip.toFixed(2)} x floor` : ''}`,
      file.floor ? `floor ${kb(file.floor.sizes.brotli)} / ${kb(file.floor.sizes.gzip)}` : 'no floor',
      limit ? `<= ${limit.toFixed(1)} x floor (both)` : '',
      ratio && limit ? ratio.gzip <= limit && ratio.brotli <= limit : null,
    );
  }
  rows.push([
    baselineBytes.name,
    'bytes: brotli / gzip KB',
    `${kb(baselineBytes.sizes.brotli)} / ${kb(baselineBytes.sizes.gzip)}`,
    `peer ${kb(peerBytes.sizes.brotli)} / ${kb(peerBytes.sizes.gzip)}`,
    '',
    'info',
  ]);

  const runtimeS = (performance.now() - started) / 1000;
  const met = judged.filter((entry) => entry.verdict === 'meets').length;
  const printed = [
    `back-spasm-widgets benchmark, ${startedAt.toISOString().slice(0, 10)}: ${rounds} rounds (+${warmupRounds} warm-up), ` +
      `phone profile ${phone.width}x${phone.height} @${phone.deviceScaleFactor}x, touch, CPU ${cpuSlowdown}x slower; ` +
      `Chromium ${chromiumVersion}; ${cpus().length} x ${cpus()[0]?.model ?? 'CPU'}; load average ${loadAtStart.toFixed(1)} at start, ` +
      `${loadavg()[0].toFixed(1)} at end; ${runtimeS.toFixed(0)} s.`,
    '',
    table(rows),
    '',
    `Targets met: ${met} of ${judged.length}.`,
    '- TBT: sum over the long tasks (PerformanceObserver "longtask", buffered) from the navigation to 1 s after the last widget painted and the load event, of their time over 50 ms.',
    "- Painted: when the element's shadow root first got content (MutationObserver), then a double requestAnimationFrame: the second frame's time, after the frame that painted it. The ratio is per round, against the hello-world page's paint in the same round.",
    '- Taps: page.touchscreen.tap at the control\'s centre; the longest Event Timing entry (type "event", durationThreshold 16) of the interaction; none reported counts as 16 ms.',
    '- Floor: Lit (the hello-world element) and the content modules the bundle carries (English words, triage policy, sources, emergency numbers), bundled alike; KB = 1024 bytes, gzip level 9, brotli quality 11.',
    `- Network: ${foreignRequests.size === 0 ? 'no request left 127.0.0.1' : `requests to other hosts: ${[...foreignRequests].join(', ')}`}.`,
  ];
  const unpainted = subjects.filter((subject) => subject.figures.roundsNotAllPainted > 0);
  if (unpainted.length) {
    printed.push(
      `- Not every widget painted within ${paintTimeoutMs / 1000} s in: ${unpainted.map((subject) => `${subject.name} (${subject.figures.roundsNotAllPainted} rounds)`).join(', ')}.`,
    );
  }
  if (consoleMessages.size > 0) {
    printed.push('- Console warnings and errors:');
    for (const [message, count] of consoleMessages) printed.push(`    ${count} x ${message}`);
  } else {
    printed.push('- Console: no warning or error.');
  }
  console.log(printed.join('\n'));

  // This build beside the other one, page by page, from the same rounds.
  const compareRows = [['Page', 'Figure', 'This build', `Compared: ${compareDir ?? ''}`]];
  if (compareDir) {
    const median = (figure, format = fixed(0)) => (figure ? format(figure.median) : 'n/a');
    for (const key of compared) {
      const now = bySubject[key];
      const then = bySubject[`${key}-compare`];
      const pair = (figure, pick, format) => compareRows.push([now.name, figure, median(pick(now.figures), format), median(pick(then.figures), format)]);
      pair('TBT ms', (f) => f.tbtMs);
      pair('tasks over 50 ms per round', (f) => f.longTaskCount);
      compareRows.push([now.name, 'longest task ms', (now.figures.longestTaskMs ?? 0).toFixed(0), (then.figures.longestTaskMs ?? 0).toFixed(0)]);
      for (const tag of now.tracked) pair(`${tag} painted, x hello-world`, (f) => f.paintRatioByTag[tag], fixed(2));
      for (const name of Object.keys(now.figures.taps)) pair(`tap ms: ${name.replace(/^[a-z]+: /, '')}`, (f) => f.taps[name]);
    }
    console.log(`\nThis build beside ${compareDir}, same rounds (medians):\n\n${table(compareRows)}`);
  }

  const results = {
    date: startedAt.toISOString(),
    runtimeSeconds: runtimeS,
    environment: {
      node: process.version,
      chromium: chromiumVersion,
      cpu: cpus()[0]?.model ?? null,
      cores: cpus().length,
      loadAverage1m: { start: loadAtStart, end: loadavg()[0] },
    },
    settings: { rounds, warmupRounds, phone, cpuSlowdown, settleMs, manyWidgets, kilobyte: KB },
    targets,
    verdicts: judged,
    foreignRequests: [...foreignRequests],
    console: Object.fromEntries(consoleMessages),
    pages: subjects.map((subject) => ({
      key: subject.key,
      name: subject.name,
      scripts: subject.scripts,
      elements: subject.list ?? subject.tags,
      figures: subject.figures,
      samples: subject.samples,
    })),
    bytes: [...files, ...loads, baselineBytes, peerBytes],
    table: rows,
    compare: compareDir ? { dir: compareDir, table: compareRows } : null,
  };
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWritten: ${relative(root, resultsFile)}`);
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
