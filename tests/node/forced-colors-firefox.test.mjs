// Forced colours in Firefox. Firefox turns them on only from a preference read when it starts
// (browser.display.document_color_use = 2, "override the page's colours always"), so the browser
// test run, which starts one Firefox for every file, cannot; this test starts a Firefox of its own
// with that preference, loads the built all-in-one file from 127.0.0.1, and checks with real clicks
// what the Chromium tests check under emulation (tests/*-a11y.test.ts): the timer's ring, the
// checklist's progress bar and the open and closed disclosure markers keep their system colours.
// The functions given to tab.evaluate run in the page, where these are defined.
/* global document, getComputedStyle, matchMedia */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findEngine } from '../../scripts/browsers.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Forced colours</title>
<link rel="icon" href="data:,"></head><body>
<ice-heat-timer></ice-heat-timer><prevention-checklist categories="posture"></prevention-checklist>
<script type="module" src="/back-spasm-widgets.js"></script></body></html>`;

let server;
let browser;
let tab;
before(async () => {
  const firefox = findEngine('firefox');
  assert.ok(firefox, 'Firefox is installed (`node scripts/browsers.mjs firefox` installs it)');
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html' }).end(page);
    } else if (path === '/back-spasm-widgets.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(`${root}cdn/back-spasm-widgets.js`));
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefox.browser,
    headless: true,
    extraPrefsFirefox: { 'browser.display.document_color_use': 2, 'app.update.enabled': false, 'toolkit.telemetry.enabled': false },
  });
  tab = await browser.newPage();
  await tab.goto(`http://127.0.0.1:${server.address().port}/`);
  await tab.waitForFunction(() =>
    ['ice-heat-timer', 'prevention-checklist'].every((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part="base"]')),
  );
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** The colour a system colour name has in the forced colours on now. */
const systemColour = (name) =>
  tab.evaluate((name) => {
    const probe = document.createElement('span');
    probe.style.cssText = `color: ${name}; forced-color-adjust: none`;
    document.body.append(probe);
    const value = getComputedStyle(probe).color;
    probe.remove();
    return value;
  }, name);

test('Firefox with its forced-colours preference: the page is in forced colours', async () => {
  assert.equal(await tab.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
});

test("Firefox in forced colours: the checklist's progress bar shows its fill on a Canvas track with a CanvasText border", async () => {
  await tab.click('prevention-checklist >>> input[type="checkbox"]');
  await tab.waitForFunction(() => document.querySelector('prevention-checklist').shadowRoot.querySelector('progress').value === 1);
  const style = await tab.evaluate(() => {
    const computed = getComputedStyle(document.querySelector('prevention-checklist').shadowRoot.querySelector('progress'));
    return { adjust: computed.forcedColorAdjust, border: computed.borderTopColor, track: computed.backgroundColor };
  });
  assert.equal(style.adjust, 'none', 'the bar keeps its own colours, or its fill is dropped');
  assert.equal(style.border, await systemColour('CanvasText'));
  assert.equal(style.track, await systemColour('Canvas'));
});

test('Firefox in forced colours: a disclosure marker is a CanvasText triangle that turns when opened', async () => {
  await tab.click('prevention-checklist >>> .why-toggle');
  await tab.waitForFunction(() => document.querySelector('prevention-checklist').shadowRoot.querySelector('.why-toggle').getAttribute('aria-expanded') === 'true');
  const markers = () =>
    tab.evaluate(() =>
      [...document.querySelector('prevention-checklist').shadowRoot.querySelectorAll('.why-toggle')].slice(0, 2).map((button) => {
        const style = getComputedStyle(button, '::before');
        return { top: style.borderTopColor, bottom: style.borderBottomColor, left: style.borderLeftColor, transform: style.transform };
      }),
    );
  const text = await systemColour('CanvasText');
  const [open, closed] = await markers();
  for (const marker of [open, closed]) {
    assert.equal(marker.top, 'rgba(0, 0, 0, 0)');
    assert.equal(marker.bottom, 'rgba(0, 0, 0, 0)');
    assert.equal(marker.left, text);
  }
  assert.equal(closed.transform, 'none');
  // Open, it points down: a quarter turn, once its short turn has run.
  await tab.waitForFunction(() => {
    const style = getComputedStyle(document.querySelector('prevention-checklist').shadowRoot.querySelector('.why-toggle'), '::before');
    const [a, b] = (/^matrix\(([^)]*)\)$/.exec(style.transform)?.[1] ?? '').split(',').map(Number);
    return Math.abs(a) < 1e-6 && Math.abs(b - 1) < 1e-6;
  });
});

test("Firefox in forced colours: the timer's ring keeps its own colours, a GrayText track under a Highlight arc", async () => {
  const ring = await tab.evaluate(() => {
    const shadow = document.querySelector('ice-heat-timer').shadowRoot;
    return [...shadow.querySelectorAll('svg circle')].map((circle) => {
      const style = getComputedStyle(circle);
      return { adjust: style.forcedColorAdjust, stroke: style.stroke };
    });
  });
  assert.ok(ring.length >= 2, 'the ring has a track and an arc');
  assert.ok(ring.every((circle) => circle.adjust === 'none'), JSON.stringify(ring));
  const strokes = ring.map((circle) => circle.stroke);
  assert.ok(strokes.includes(await systemColour('GrayText')), `a GrayText track: ${strokes}`);
  assert.ok(strokes.includes(await systemColour('Highlight')), `a Highlight arc: ${strokes}`);
});
