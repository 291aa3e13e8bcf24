import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/ice-heat-timer/index.js';
import type { IceHeatTimer, TimerCompleteDetail } from '../src/ice-heat-timer/index.js';
import { formatCountdown } from '../src/therapy/index.js';
import './helpers/isolated-storage.js';
import { countdown, part, tapOn } from './helpers/timer.js';

/*
 * The device's clock changed while the page is open, or was wrong when something was stored.
 * sinon's clock drives Date, performance.now() and the timers: tick() moves them all, as real time
 * does; setSystemTime() moves only the wall clock, as changing the device's clock does
 * (performance.now() is not affected, in Chromium and Firefox alike). The page stays visible
 * throughout, so a wall clock that jumps is a change, never a sleep. Buttons are pressed with a
 * real mouse click.
 */

const KEY = 'back-spasm-widgets:ice-heat-timer';
const NOW = new Date(2026, 10, 20, 9, 0, 0).getTime();
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

let clock: sinon.SinonFakeTimers;

function install(now: number): void {
  clock = sinon.useFakeTimers({ now, toFake: ['Date', 'performance', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
}

async function press(el: IceHeatTimer, name: string): Promise<void> {
  const button = part(el, name);
  expect(button, `button ${name}`).to.exist;
  await tapOn(button!);
  await el.updateComplete;
}

const make = (template = html`<ice-heat-timer></ice-heat-timer>`) => fixture<IceHeatTimer>(template);

/** Completions, each with the time on performance.now() when it came. */
function completions(el: EventTarget): { detail: TimerCompleteDetail; at: number }[] {
  const seen: { detail: TimerCompleteDetail; at: number }[] = [];
  el.addEventListener('timer-complete', (event) =>
    seen.push({ detail: (event as CustomEvent<TimerCompleteDetail>).detail, at: performance.now() }),
  );
  return seen;
}

function saved(): { session: Record<string, unknown>; completed: number[] } {
  return (JSON.parse(localStorage.getItem(KEY)!) as { data: { session: Record<string, unknown>; completed: number[] } }).data;
}

function store(data: unknown): void {
  localStorage.setItem(KEY, JSON.stringify({ v: 1, data }));
}

/** The text a visitor sees, two frames after a render, once it is laid out. */
async function shownText(el: IceHeatTimer, name = 'base'): Promise<string> {
  for (let frame = 0; frame < 2; frame += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
  return part(el, name)!.innerText.replace(/\s+/g, ' ');
}

// No Web Audio here: WebKitGTK with no sound device stops answering after a dozen audio contexts.
const realAudioContext = window.AudioContext;

beforeEach(() => {
  (window as { AudioContext: unknown }).AudioContext = undefined;
  localStorage.removeItem(KEY);
});

afterEach(async () => {
  clock.restore();
  await resetMouse();
  window.AudioContext = realAudioContext;
  localStorage.removeItem(KEY);
});

describe('<ice-heat-timer>: the device clock changed during a session', () => {
  beforeEach(() => install(NOW));

  for (const [first, second] of [
    [-HOUR, HOUR],
    [HOUR, -HOUR],
  ] as const) {
    const name = (offset: number) => (offset < 0 ? 'back' : 'forward');
    it(`runs a 20-minute session exactly 20 minutes with the clock set ${name(first)} an hour at minute 5 and ${name(second)} at minute 12, and its countdown never jumps`, async () => {
      const el = await make(html`<ice-heat-timer duration="20"></ice-heat-timer>`);
      const done = completions(el);
      await press(el, 'primary-button');
      expect(el.status).to.equal('running');
      const start = performance.now();
      const shown: string[] = [];
      for (let elapsed = 1; elapsed <= 20 * 60; elapsed += 1) {
        if (elapsed === 5 * 60 + 1) clock.setSystemTime(Date.now() + first);
        if (elapsed === 12 * 60 + 1) clock.setSystemTime(Date.now() + second);
        clock.tick(SECOND);
        await el.updateComplete;
        shown.push(countdown(el));
        if (elapsed < 20 * 60) expect(done, `no end after ${elapsed} s`).to.have.length(0);
      }
      // One second less every second, from 19:59 to 00:00.
      expect(shown).to.deep.equal(Array.from({ length: 20 * 60 }, (_, index) => formatCountdown((20 * 60 - 1 - index) * SECOND)));
      expect(el.status).to.equal('done');
      expect(done).to.have.length(1);
      expect(done[0]!.at - start).to.equal(20 * MINUTE);
      // Ended now, on the device's clock as it reads now.
      expect(done[0]!.detail).to.deep.equal({ phase: 'ice', durationMinutes: 20, endedAt: Date.now() });
      expect(saved().session).to.deep.include({ status: 'done', endedAt: Date.now() });
      expect(saved().completed).to.deep.equal([Date.now()]);
    });
  }

  it('ends a 5-minute session after 5 minutes with the clock set back an hour', async () => {
    const el = await make(html`<ice-heat-timer duration="5"></ice-heat-timer>`);
    const done = completions(el);
    await press(el, 'primary-button');
    const start = performance.now();
    clock.tick(2 * MINUTE);
    clock.setSystemTime(Date.now() - HOUR);
    clock.tick(SECOND);
    await el.updateComplete;
    expect(countdown(el)).to.equal('02:59');
    clock.tick(3 * MINUTE - SECOND - 1);
    await el.updateComplete;
    expect(el.status).to.equal('running');
    expect(countdown(el)).to.equal('00:01');
    clock.tick(1);
    await el.updateComplete;
    expect(el.status).to.equal('done');
    expect(done).to.have.length(1);
    expect(done[0]!.at - start).to.equal(5 * MINUTE);
  });

  it('never lets a clock set back make a 20-minute session longer, nor a clock set forward end it early', async () => {
    for (const offset of [-HOUR, -3 * DAY, HOUR, 365 * DAY]) {
      const el = await make(html`<ice-heat-timer duration="20"></ice-heat-timer>`);
      const done = completions(el);
      await press(el, 'primary-button');
      const start = performance.now();
      clock.tick(MINUTE);
      clock.setSystemTime(Date.now() + offset);
      clock.tick(19 * MINUTE - 1);
      expect(done, `${offset}: not yet`).to.have.length(0);
      clock.tick(1);
      expect(done, `${offset}: ended`).to.have.length(1);
      expect(done[0]!.at - start).to.equal(20 * MINUTE);
      await press(el, 'reset-button');
      el.remove();
      localStorage.removeItem(KEY);
    }
  });

  for (const offset of [-HOUR, HOUR]) {
    it(`stores the deadline on the changed clock (set ${offset < 0 ? 'back' : 'forward'} an hour), so a reload still ends at the right moment`, async () => {
      const first = await make(html`<ice-heat-timer duration="20"></ice-heat-timer>`);
      await press(first, 'primary-button');
      const start = performance.now();
      clock.tick(5 * MINUTE);
      clock.setSystemTime(Date.now() + offset);
      clock.tick(SECOND);
      // The refresh saw the change and wrote the deadline again: now plus the real time left.
      expect(saved().session).to.deep.include({ status: 'running', deadline: Date.now() + 15 * MINUTE - SECOND });
      first.remove();
      const el = await make();
      const done = completions(el);
      expect(el.status).to.equal('running');
      expect(countdown(el)).to.equal('14:59');
      clock.tick(15 * MINUTE - SECOND - 1);
      expect(done).to.have.length(0);
      clock.tick(1);
      expect(done).to.have.length(1);
      expect(done[0]!.at - start).to.equal(20 * MINUTE);
    });
  }

  it('keeps the time left of a paused session through a clock change, and then runs it out in real time', async () => {
    const el = await make(html`<ice-heat-timer duration="20"></ice-heat-timer>`);
    const done = completions(el);
    await press(el, 'primary-button');
    clock.tick(5 * MINUTE);
    await press(el, 'primary-button');
    expect(el.status).to.equal('paused');
    clock.setSystemTime(Date.now() - HOUR);
    clock.tick(MINUTE);
    await el.updateComplete;
    expect(countdown(el)).to.equal('15:00');
    await press(el, 'primary-button');
    expect(el.status).to.equal('running');
    const resumed = performance.now();
    clock.tick(3 * MINUTE);
    clock.setSystemTime(Date.now() + 2 * HOUR);
    clock.tick(12 * MINUTE - 1);
    expect(done).to.have.length(0);
    clock.tick(1);
    expect(done).to.have.length(1);
    expect(done[0]!.at - resumed).to.equal(15 * MINUTE);
  });

  it('keeps two timers on a page in step through a clock change, and signals the end once', async () => {
    const firstTimer = await make(html`<ice-heat-timer duration="10"></ice-heat-timer>`);
    const secondTimer = document.createElement('ice-heat-timer');
    firstTimer.after(secondTimer);
    await secondTimer.updateComplete;
    const done = completions(document);
    await press(firstTimer, 'primary-button');
    await secondTimer.updateComplete;
    expect(secondTimer.status).to.equal('running');
    for (let elapsed = 1; elapsed <= 10 * 60; elapsed += 1) {
      if (elapsed === 2 * 60 + 1) clock.setSystemTime(Date.now() - HOUR);
      if (elapsed === 7 * 60 + 1) clock.setSystemTime(Date.now() + 5 * HOUR);
      clock.tick(SECOND);
      await firstTimer.updateComplete;
      await secondTimer.updateComplete;
      const expected = formatCountdown((10 * 60 - elapsed) * SECOND);
      expect(countdown(firstTimer), `first after ${elapsed} s`).to.equal(expected);
      expect(countdown(secondTimer), `second after ${elapsed} s`).to.equal(expected);
      if (elapsed < 10 * 60) expect(done).to.have.length(0);
    }
    expect(done).to.have.length(1);
    expect(firstTimer.status).to.equal('done');
    expect(secondTimer.status).to.equal('done');
    secondTimer.remove();
  });

  it('counts the rest after a session in real time, across a clock change', async () => {
    const el = await make(html`<ice-heat-timer duration="5"></ice-heat-timer>`);
    await press(el, 'primary-button');
    clock.tick(5 * MINUTE);
    await el.updateComplete;
    expect(el.status).to.equal('done');
    const ended = performance.now();
    clock.setSystemTime(Date.now() - HOUR);
    // Between sessions the clock looks at least once a minute.
    clock.tick(MINUTE);
    await el.updateComplete;
    expect(el.nextSessionAt).to.equal(Date.now() + 2 * HOUR - MINUTE);
    expect(saved().completed).to.deep.equal([Date.now() - MINUTE]);
    expect(await shownText(el)).to.contain('Sessions done today: 1');
    clock.tick(2 * HOUR - MINUTE - SECOND);
    expect(el.start()).to.equal(false);
    clock.tick(SECOND);
    await el.updateComplete;
    expect(performance.now() - ended).to.equal(2 * HOUR);
    expect(part(el, 'primary-button')!.getAttribute('aria-disabled')).to.equal('false');
    await press(el, 'primary-button');
    expect(el.status).to.equal('running');
  });
});

describe('<ice-heat-timer>: times stored while the clock was wrong', () => {
  beforeEach(() => install(NOW));

  it('does not keep a visitor waiting for a session that ended while the clock was a year ahead: rest counts from now', async () => {
    const ahead = NOW + 365 * DAY;
    store({ session: { status: 'done', phase: 'ice', durationMs: 15 * MINUTE, endedAt: ahead }, completed: [ahead], notify: false });
    const el = await make();
    expect(el.status).to.equal('done');
    expect(el.nextSessionAt).to.equal(NOW + 2 * HOUR);
    // Read back as ending now, and saved so.
    expect(saved().completed).to.deep.equal([NOW]);
    expect(saved().session).to.deep.include({ status: 'done', endedAt: NOW });
    const rest = el.shadowRoot!.getElementById('rest')!.textContent;
    expect(rest).to.contain('11:00').and.not.contain('2027').and.not.contain('2026');
    expect(await shownText(el)).to.contain('Sessions done today: 1');
    clock.tick(2 * HOUR - SECOND);
    expect(el.start()).to.equal(false);
    clock.tick(SECOND);
    await el.updateComplete;
    await press(el, 'primary-button');
    expect(el.status).to.equal('running');
  });

  it('holds a running session stored while the clock was ahead to its length', async () => {
    store({ session: { status: 'running', phase: 'heat', durationMs: 15 * MINUTE, deadline: NOW + 365 * DAY }, completed: [], notify: false });
    const el = await make();
    const done = completions(el);
    expect(countdown(el)).to.equal('15:00');
    clock.tick(15 * MINUTE - 1);
    expect(done).to.have.length(0);
    clock.tick(1);
    expect(done).to.have.length(1);
    expect(done[0]!.detail.endedAt).to.equal(NOW + 15 * MINUTE);
  });

  it('counts sessions that ended while the clock was ahead as ended now, each of them', async () => {
    store({ session: { status: 'idle' }, completed: [NOW - 3 * HOUR, NOW + DAY, NOW + 2 * DAY], notify: false });
    const el = await make();
    expect(saved().completed).to.deep.equal([NOW - 3 * HOUR, NOW, NOW]);
    expect(el.nextSessionAt).to.equal(NOW + 2 * HOUR);
    expect(await shownText(el)).to.contain('Sessions done today: 3');
  });

  it('leaves stored times that are not in the future as they are', async () => {
    const record = { session: { status: 'done', phase: 'ice', durationMs: 15 * MINUTE, endedAt: NOW - HOUR }, completed: [NOW - HOUR], notify: false };
    store(record);
    const el = await make();
    expect(el.nextSessionAt).to.equal(NOW + HOUR);
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal({ v: 1, data: record });
  });
});

describe('<ice-heat-timer>: dates in messages', () => {
  /** The date and time in "Switch to heat from {time}." */
  const heatFrom = (el: IceHeatTimer) => /Switch to heat from (.*?)\./.exec(part(el, 'phase')!.textContent.replace(/\s+/g, ' '))?.[1];

  it('gives the year of a date in another year, in the rest message and when heat takes over', async () => {
    const lateOnNewYearsEve = new Date(2026, 11, 31, 23, 10).getTime();
    install(lateOnNewYearsEve);
    const ended = new Date(2026, 11, 31, 23, 0).getTime();
    store({ session: { status: 'done', phase: 'ice', durationMs: 15 * MINUTE, endedAt: ended }, completed: [ended], notify: false });
    const el = await make(html`<ice-heat-timer started="2026-12-30T10:00"></ice-heat-timer>`);
    // The rest ends at 01:00 on 1 January 2027.
    expect(el.nextSessionAt).to.equal(new Date(2027, 0, 1, 1, 0).getTime());
    expect(el.shadowRoot!.getElementById('rest')!.textContent).to.contain('2027').and.contain('Jan');
    // Heat takes over at 10:00 on 1 January 2027.
    expect(heatFrom(el)).to.contain('2027').and.contain('Jan');
  });

  it('gives no year for a date in the current year', async () => {
    install(NOW);
    const el = await make(html`<ice-heat-timer started="2026-11-19T08:30"></ice-heat-timer>`);
    // Heat takes over at 08:30 on 21 November 2026.
    expect(heatFrom(el)).to.contain('Nov').and.contain('21').and.not.contain('2026');
  });
});
