// `node bench/theme-switch.mjs --compare DIR`: what switching the theme costs on a page of 30
// widgets (10 of each), beside another build's cdn/ directory measured in the same run. Headless
// Chromium on the bench's phone profile (390 x 844 CSS px, device scale factor 2, touch, CPU slowed
// 4x through CDP). Each round loads the page of each build in turn (the order alternates), waits
// for every widget's first render, then switches the theme a number of times, three ways:
//   - attribute: `theme="dark"` / `theme="light"` set on all 30 tags, as a site's theme toggle does;
//   - class: a class on <html> whose rule sets --bsw-* colours on the tags (a site's own dark mode);
//   - scheme: the device's colour scheme (prefers-color-scheme, emulated through CDP).
// One switch is timed from the change to the end of the next frame the browser renders after it
// (a requestAnimationFrame, then a new task): the widgets' work, style, layout and paint.
//
// It prints, per way and build, the median and 95th percentile of a switch and the total of all
// the switches measured, and checks that each way's first switch turned the widgets dark.
//
// Options: --rounds N (default 5), --switches N (per way and round, default 40), --skip-build
// (measure the cdn/ already built), --compare DIR (the other build's cdn/), --css RULES (added to
// the page's own stylesheet, for both builds). Chromium: CHROME_PATH, else /usr/bin/chromium.
// Nothing leaves 127.0.0.1. `npm run bench:theme -- --compare DIR` runs it.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('..', import.meta.url));

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
const rounds = option('rounds', 5);
const switches = option('switches', 40);
const compareIndex = process.argv.indexOf('--compare');
const compareDir = compareIndex === -1 ? null : resolve(process.argv[compareIndex + 1] ?? '');
if (compareDir && !existsSync(join(compareDir, 'back-spasm-widgets.js'))) {
  console.error(`--compare needs a built cdn/ directory; ${compareDir} has no back-spasm-widgets.js.`);
  process.exit(2);
}
// --css RULES: extra rules for the page's own stylesheet (to try what a site's CSS changes).
const extraCss = process.argv.includes('--css') ? (process.argv[process.argv.indexOf('--css') + 1] ?? '') : '';
const phone = { width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const cpuSlowdown = 4;
const widgetCount = 30;
const ways = ['attribute', 'class', 'scheme'];

if (!process.argv.includes('--skip-build')) {
  const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(1);
}
// A copy of this build, so a build started meanwhile in the same folder does not change it.
const tmp = mkdtempSync(join(tmpdir(), 'bsw-theme-'));
cpSync(join(root, 'cdn'), join(tmp, 'cdn'), { recursive: true });
const builds = { this: join(tmp, 'cdn'), ...(compareDir ? { compared: compareDir } : {}) };

const tags = ['red-flag-checker', 'ice-heat-timer', 'prevention-checklist'];
const pageHtml = (dir) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Theme switch</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/${dir}/back-spasm-widgets.css">
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0 16px; }
  html.dark { background: #111; color: #eee; }
  html.dark :is(${tags.join(', ')}) { --bsw-surface: #1d2126; --bsw-text: #eef1f4; --bsw-border: #9aa5b1; --bsw-accent: #8ab4f8; }
  ${extraCss}
</style>
</head><body>
<h1>Back spasm help</h1>
${Array.from({ length: widgetCount }, (_, index) => `<${tags[index % 3]}></${tags[index % 3]}>`).join('\n')}
<script type="module" src="/${dir}/back-spasm-widgets.js"></script>
</body></html>`;

const types = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json' };
const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
  const [, dir, file] = /^\/([a-z]+)\/(.*)$/.exec(path) ?? [];
  const headers = { 'cache-control': 'no-store' };
  if (path.endsWith('.html') && builds[path.slice(1, -5)]) {
    response.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' });
    response.end(pageHtml(path.slice(1, -5)));
    return;
  }
  const base = builds[dir];
  const full = base ? normalize(join(base, file)) : null;
  if (full && full.startsWith(base) && existsSync(full)) {
    response.writeHead(200, { ...headers, 'content-type': `${types[extname(full)] ?? 'text/plain'}; charset=utf-8` });
    response.end(readFileSync(full));
    return;
  }
  response.writeHead(404, headers);
  response.end();
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium'].find((path) => path && existsSync(path));
const userDataDir = mkdtempSync(join(tmpdir(), 'bsw-theme-profile-'));
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
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ],
});
const chromiumVersion = await browser.version();

/** In the page: one switch, from the change to the end of the next frame rendered after it. */
function afterFrame() {
  return new Promise((done) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now());
      channel.port2.postMessage(null);
    }),
  );
}

async function measure(dir) {
  const context = await browser.createBrowserContext();
  const errors = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setViewport(phone);
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'light' }] });
    await page.goto(`${origin}/${dir}.html`, { waitUntil: 'load' });
    await page.waitForFunction(
      (count) => {
        const widgets = [...document.querySelectorAll('red-flag-checker, ice-heat-timer, prevention-checklist')];
        return widgets.length === count && widgets.every((widget) => widget.shadowRoot?.querySelector('.card') && !widget.hasAttribute('data-bsw-pending'));
      },
      { polling: 100, timeout: 60_000 },
      widgetCount,
    );
    await page.evaluate(() => Promise.all([...document.querySelectorAll('red-flag-checker, ice-heat-timer, prevention-checklist')].map((widget) => widget.updateComplete)));
    await page.evaluate(`window.afterFrame = ${afterFrame.toString()}`);
    await page.evaluate('afterFrame().then(afterFrame)');
    const figures = {};
    const card = () => getComputedStyle(document.querySelector('red-flag-checker').shadowRoot.querySelector('.card')).backgroundColor;
    const light = await page.evaluate(card);
    const unchanged = [];
    for (const way of ways) {
      // Each way starts from the page as loaded: no theme attribute, no class, the device light.
      await page.evaluate(() => {
        for (const widget of document.querySelectorAll('red-flag-checker, ice-heat-timer, prevention-checklist')) widget.removeAttribute('theme');
        document.documentElement.classList.remove('dark');
        return afterFrame().then(afterFrame);
      });
      const times = [];
      for (let index = 0; index < switches; index += 1) {
        const dark = index % 2 === 0;
        if (way === 'scheme') {
          const before = await page.evaluate(() => afterFrame().then(() => performance.now()));
          await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' }] });
          const after = await page.evaluate(() => afterFrame());
          // From just after the frame before the change to the end of the frame after it; the frame
          // before's own time is measured alike when nothing changed and taken off (see idle below).
          times.push(after - before);
        } else {
          times.push(
            await page.evaluate(
              async ({ way, dark }) => {
                await afterFrame();
                const start = performance.now();
                const widgets = document.querySelectorAll('red-flag-checker, ice-heat-timer, prevention-checklist');
                if (way === 'attribute') for (const widget of widgets) widget.setAttribute('theme', dark ? 'dark' : 'light');
                else document.documentElement.classList.toggle('dark', dark);
                await Promise.all([...widgets].map((widget) => widget.updateComplete));
                return (await afterFrame()) - start;
              },
              { way, dark },
            ),
          );
        }
        if (index === 0 && (await page.evaluate(card)) === light) unchanged.push(way);
      }
      figures[way] = times;
    }
    // A frame with no change, timed as the scheme switch is: what that way's figure holds besides the switch.
    const idle = [];
    for (let index = 0; index < 10; index += 1) {
      const before = await page.evaluate(() => afterFrame().then(() => performance.now()));
      idle.push((await page.evaluate(() => afterFrame())) - before);
    }
    const idleMedian = median(idle);
    figures.scheme = figures.scheme.map((time) => Math.max(0, time - idleMedian));
    for (const way of unchanged) errors.push(`a switch to dark (${way}) left the checker's card ${light}`);
    return { figures, errors };
  } finally {
    await context.close();
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];

const started = performance.now();
const loadAtStart = loadavg()[0];
const samples = Object.fromEntries(Object.keys(builds).map((name) => [name, Object.fromEntries(ways.map((way) => [way, []]))]));
const errors = new Set();
try {
  for (let round = 0; round < rounds; round += 1) {
    const order = round % 2 ? Object.keys(builds).reverse() : Object.keys(builds);
    for (const name of order) {
      const result = await measure(name);
      for (const way of ways) samples[name][way].push(...result.figures[way]);
      for (const error of result.errors) errors.add(`${name}: ${error}`);
    }
    process.stderr.write(`round ${round + 1}/${rounds} done\n`);
  }
} finally {
  await browser.close();
  server.close();
  rmSync(tmp, { recursive: true, force: true });
  rmSync(userDataDir, { recursive: true, force: true });
}

const sum = (values) => values.reduce((total, value) => total + value, 0);
const cell = (values) => `${median(values).toFixed(1)} / ${quantile(values, 0.95).toFixed(1)} / ${(sum(values) / 1000).toFixed(1)} s`;
console.log(
  `Theme switch on ${widgetCount} widgets: ${rounds} rounds x ${switches} switches per way, builds alternating; ` +
    `phone profile, CPU ${cpuSlowdown}x slower; Chromium ${chromiumVersion}; ` +
    `${cpus().length} x ${cpus()[0]?.model ?? 'CPU'}; load average ${loadAtStart.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end; ` +
    `${((performance.now() - started) / 1000).toFixed(0)} s.\n`,
);
const header = ['Way', ...Object.keys(builds).map((name) => `${name === 'this' ? 'This build' : compareDir}: median / p95 ms, total of ${rounds * switches}`)];
const rows = [header, ...ways.map((way) => [way, ...Object.keys(builds).map((name) => cell(samples[name][way]))])];
const widths = header.map((_, column) => Math.max(...rows.map((row) => row[column].length)));
for (const row of rows) console.log(row.map((text, column) => text.padEnd(widths[column])).join(' | '));
if (extraCss) console.log(`\nThe page's own stylesheet also held: ${extraCss}`);
if (errors.size) console.log(`\nErrors:\n${[...errors].join('\n')}`);
