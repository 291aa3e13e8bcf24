import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import { en } from '../src/content/index.js';
import '../src/ice-heat-timer/index.js';
import type { IceHeatTimer } from '../src/ice-heat-timer/index.js';
import { pageStorage, useStorage } from './helpers/isolated-storage.js';
import { countdown, part, tapOn } from './helpers/timer.js';

/*
 * The saved timer: it survives a reload, two tabs agree, and storage that is missing, blocked,
 * full, corrupt or from a newer version leaves a timer that works in memory, with one warning.
 */


const KEY = 'back-spasm-widgets:ice-heat-timer';
const NOW = new Date(2026, 10, 20, 9, 0, 0).getTime();
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const text = en.timer;

let clock: sinon.SinonFakeTimers;
let warnings: string[];
let warnStub: sinon.SinonStub;

/**
 * The text a visitor sees, read two frames later, once the browser has laid out what the widget
 * rendered (innerText reads the layout).
 */
async function shownText(el: IceHeatTimer): Promise<string> {
  for (let frame = 0; frame < 2; frame += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
  return (el.shadowRoot!.querySelector('[part="base"]') as HTMLElement).innerText.replace(/\s+/g, ' ');
}

async function press(el: IceHeatTimer, name: string): Promise<void> {
  const button = part(el, name) as HTMLButtonElement | null;
  expect(button, `button ${name}`).to.exist;
  await tapOn(button!);
  await el.updateComplete;
}

const make = () => fixture<IceHeatTimer>(html`<ice-heat-timer></ice-heat-timer>`);

/** Closes the page (the element goes away) and opens it again after `closedFor` milliseconds. */
async function reload(el: IceHeatTimer, closedFor: number): Promise<IceHeatTimer> {
  el.remove();
  clock.setSystemTime(Date.now() + closedFor);
  return make();
}

function saved(): { v: number; data: Record<string, unknown> } {
  return JSON.parse(pageStorage.getItem(KEY)!) as { v: number; data: Record<string, unknown> };
}

/** Another tab with the same page writes the timer. */
async function otherTabWrites(el: IceHeatTimer, newValue: string | null, key: string | null = KEY): Promise<void> {
  window.dispatchEvent(new StorageEvent('storage', { key, newValue, oldValue: pageStorage.getItem(KEY) }));
  await el.updateComplete;
}

function envelope(data: unknown, v = 1): string {
  return JSON.stringify({ v, data });
}

const storageWarnings = () => warnings.filter((message) => message.includes('Saved data for ice-heat-timer'));

/*
 * The chime finds no Web Audio here (its sound is tested in ice-heat-timer-clock.test.ts, with a
 * recording stand-in). WebKitGTK on a virtual display with no sound device stops answering after
 * about a dozen audio contexts in one page, and every session started here would make one.
 */
const realAudioContext = window.AudioContext;

beforeEach(() => {
  (window as { AudioContext: unknown }).AudioContext = undefined;
  pageStorage.clear();
  clock = sinon.useFakeTimers({ now: NOW, toFake: ['Date', 'performance', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  warnings = [];
  warnStub = sinon.stub(console, 'warn').callsFake((...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  });
});

afterEach(async () => {
  clock.restore();
  await resetMouse();
  window.AudioContext = realAudioContext;
  warnStub.restore();
  useStorage(() => pageStorage);
  pageStorage.clear();
});

describe('<ice-heat-timer>: a reload', () => {
  it('keeps a running session, with the time that passed while the page was closed', async () => {
    const first = await make();
    await press(first, 'primary-button');
    clock.tick(5 * MINUTE);
    const el = await reload(first, 2 * MINUTE);
    expect(el.status).to.equal('running');
    expect(countdown(el)).to.equal('08:00');
    expect(part(el, 'primary-button')!.textContent.trim()).to.equal(text.ui.pause);
    const done = sinon.spy();
    el.addEventListener('timer-complete', done);
    clock.tick(8 * MINUTE);
    expect(done.calledOnce).to.equal(true);
    expect(warnings).to.deep.equal([]);
  });

  it('has its state at once when asked before its first turn: status, time left, Pause', async () => {
    const first = await make();
    await press(first, 'primary-button');
    clock.tick(5 * MINUTE);
    first.remove();
    const el = document.createElement('ice-heat-timer');
    document.body.append(el);
    try {
      // The same task that connected it: the connection completes when a getter asks.
      expect(el.hasUpdated).to.equal(false);
      expect(el.status).to.equal('running');
      expect(el.remainingMs).to.equal(10 * MINUTE);
      expect(el.start(), 'no second session while one runs').to.equal(false);
      await el.updateComplete;
      expect(countdown(el)).to.equal('10:00');
      expect(part(el, 'primary-button')!.textContent.trim()).to.equal(text.ui.pause);
      expect(warnings).to.deep.equal([]);
    } finally {
      el.remove();
    }
  });

  it('keeps a paused session paused, with the same time left', async () => {
    const first = await make();
    await press(first, 'primary-button');
    clock.tick(4 * MINUTE);
    await press(first, 'primary-button');
    const el = await reload(first, 3 * HOUR);
    expect(el.status).to.equal('paused');
    expect(countdown(el)).to.equal('11:00');
    await press(el, 'primary-button');
    expect(el.status).to.equal('running');
    clock.tick(MINUTE);
    await el.updateComplete;
    expect(countdown(el)).to.equal('10:00');
  });

  it('shows a session that ran out while the page was closed as done and counted, without chime or event', async () => {
    const AudioContextSpy = sinon.spy();
    const original = window.AudioContext;
    (window as { AudioContext: unknown }).AudioContext = AudioContextSpy;
    const done = sinon.spy();
    document.addEventListener('timer-complete', done);
    try {
      const first = await make();
      await press(first, 'primary-button');
      // Start prepares the audio (browsers allow it only on a click); the reload must not play it.
      AudioContextSpy.resetHistory();
      const el = await reload(first, 45 * MINUTE);
      expect(el.status).to.equal('done');
      expect(countdown(el)).to.equal('00:00');
      expect(part(el, 'done-message')).to.exist;
      expect(await shownText(el)).to.contain('Sessions done today: 1');
      expect(el.nextSessionAt).to.equal(NOW + 15 * MINUTE + 2 * HOUR);
      expect(done.called).to.equal(false);
      expect(AudioContextSpy.called).to.equal(false);
      expect(saved().data.session).to.deep.include({ status: 'done', endedAt: NOW + 15 * MINUTE });
    } finally {
      document.removeEventListener('timer-complete', done);
      window.AudioContext = original;
    }
  });

  it('stores the session under a namespaced, versioned key, and never when the spasm started', async () => {
    const el = await make();
    await tapOn(el.shadowRoot!.querySelector('[data-name="started"] button[data-value="yesterday"]')!);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-name="started"] button[data-value="yesterday"]')!.getAttribute('aria-pressed')).to.equal('true');
    await press(el, 'primary-button');
    const stored = saved();
    expect(stored.v).to.equal(1);
    expect(Object.keys(stored.data).sort()).to.deep.equal(['completed', 'notify', 'session']);
    expect(stored.data.session).to.deep.equal({ status: 'running', phase: 'ice', durationMs: 15 * MINUTE, deadline: NOW + 15 * MINUTE });
    expect(pageStorage.getItem(KEY)).to.not.contain(String(NOW - 24 * HOUR));
    expect(pageStorage.length).to.equal(1);
  });
});

describe('<ice-heat-timer>: two tabs agree', () => {
  const running = (deadline: number) => ({
    session: { status: 'running', phase: 'heat', durationMs: 20 * MINUTE, deadline },
    completed: [],
    notify: false,
  });

  it('follows a session started, paused, reset or cleared in another tab', async () => {
    const el = await make();
    await otherTabWrites(el, envelope(running(NOW + 12 * MINUTE)));
    expect(el.status).to.equal('running');
    expect(el.phase).to.equal('heat');
    expect(countdown(el)).to.equal('12:00');
    clock.tick(2 * MINUTE);
    await el.updateComplete;
    expect(countdown(el)).to.equal('10:00');

    await otherTabWrites(
      el,
      envelope({ session: { status: 'paused', phase: 'heat', durationMs: 20 * MINUTE, remainingMs: 9 * MINUTE }, completed: [], notify: false }),
    );
    expect(el.status).to.equal('paused');
    expect(countdown(el)).to.equal('09:00');

    await otherTabWrites(el, envelope({ session: { status: 'idle' }, completed: [], notify: false }));
    expect(el.status).to.equal('idle');

    await otherTabWrites(el, envelope(running(Date.now() + 5 * MINUTE)));
    expect(el.status).to.equal('running');
    await otherTabWrites(el, null);
    expect(el.status).to.equal('idle');
    expect(warnings).to.deep.equal([]);
  });

  it('completes a session started in another tab at its deadline', async () => {
    const el = await make();
    const done = sinon.spy();
    el.addEventListener('timer-complete', done);
    await otherTabWrites(el, envelope(running(NOW + 3 * MINUTE)));
    clock.tick(3 * MINUTE);
    expect(el.status).to.equal('done');
    expect(done.calledOnce).to.equal(true);
  });

  it('shows a session the other tab finished as done, without signalling it a second time', async () => {
    const el = await make();
    await otherTabWrites(el, envelope(running(NOW + 3 * MINUTE)));
    const done = sinon.spy();
    el.addEventListener('timer-complete', done);
    const finished = {
      session: { status: 'done', phase: 'heat', durationMs: 20 * MINUTE, endedAt: NOW + 3 * MINUTE },
      completed: [NOW + 3 * MINUTE],
      notify: false,
    };
    // The other tab wrote "done" to storage; its event reaches this tab a moment later.
    pageStorage.setItem(KEY, envelope(finished));
    clock.tick(3 * MINUTE);
    expect(done.called).to.equal(false);
    await otherTabWrites(el, envelope(finished));
    expect(el.status).to.equal('done');
    expect(await shownText(el)).to.contain('Sessions done today: 1');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Heat session finished');
    expect(done.called).to.equal(false);
  });

  it('ignores other keys, and keeps its state when another tab writes something unreadable', async () => {
    const el = await make();
    await press(el, 'primary-button');
    await otherTabWrites(el, envelope({ session: { status: 'idle' }, completed: [], notify: false }), 'some-other-key');
    expect(el.status).to.equal('running');
    await otherTabWrites(el, '{"v":1,"data":{"session":', KEY);
    expect(el.status).to.equal('running');
    expect(storageWarnings()).to.have.length(1);
    expect(storageWarnings()[0]).to.contain('corrupt');
    clock.tick(15 * MINUTE);
    expect(el.status).to.equal('done');
  });
});

describe('<ice-heat-timer>: storage that cannot be used', () => {
  async function worksInMemory(el: IceHeatTimer): Promise<void> {
    const done = sinon.spy();
    el.addEventListener('timer-complete', done);
    await press(el, 'primary-button');
    expect(el.status).to.equal('running');
    clock.tick(5 * MINUTE);
    await press(el, 'primary-button');
    expect(el.status).to.equal('paused');
    await press(el, 'primary-button');
    clock.tick(10 * MINUTE);
    await el.updateComplete;
    expect(el.status).to.equal('done');
    expect(done.calledOnce).to.equal(true);
    expect(await shownText(el)).to.contain('Sessions done today: 1');
  }

  it('works in memory when reading localStorage throws, and warns once', async () => {
    useStorage(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const el = await make();
    expect(countdown(el)).to.equal('15:00');
    await worksInMemory(el);
    expect(storageWarnings()).to.have.length(1);
    expect(storageWarnings()[0]).to.contain('storage is unavailable').and.contain('memory');
  });

  it('works in memory when localStorage is full (QuotaExceededError), and warns once', async () => {
    const setItem = sinon.stub(pageStorage, 'setItem').throws(new DOMException('Quota exceeded', 'QuotaExceededError'));
    try {
      const el = await make();
      await worksInMemory(el);
      expect(setItem.called).to.equal(true);
      expect(storageWarnings()).to.have.length(1);
      expect(storageWarnings()[0]).to.contain('full');
    } finally {
      setItem.restore();
    }
  });

  it('works in memory over corrupt saved data, warns once, and does not overwrite it', async () => {
    pageStorage.setItem(KEY, '{not json');
    const el = await make();
    expect(el.status).to.equal('idle');
    await worksInMemory(el);
    expect(storageWarnings()).to.have.length(1);
    expect(storageWarnings()[0]).to.contain('corrupt');
    expect(pageStorage.getItem(KEY)).to.equal('{not json');
  });

  it('works in memory over data from a newer version, warns once, and leaves it alone', async () => {
    const newer = envelope({ anything: 'from the future' }, 2);
    pageStorage.setItem(KEY, newer);
    const el = await make();
    expect(el.status).to.equal('idle');
    await worksInMemory(el);
    expect(storageWarnings()).to.have.length(1);
    expect(storageWarnings()[0]).to.contain('newer version');
    expect(pageStorage.getItem(KEY)).to.equal(newer);
  });

  it('works in memory over saved data that is well-formed JSON but not a timer', async () => {
    pageStorage.setItem(KEY, envelope({ session: { status: 'running', phase: 'ice', durationMs: 99 * HOUR, deadline: NOW } }));
    const el = await make();
    expect(el.status).to.equal('idle');
    await worksInMemory(el);
    expect(storageWarnings()).to.have.length(1);
    expect(storageWarnings()[0]).to.contain('not valid');
  });
});
