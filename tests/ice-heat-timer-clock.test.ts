import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import { en } from '../src/content/index.js';
import '../src/ice-heat-timer/index.js';
import type { IceHeatTimer, TimerCompleteDetail } from '../src/ice-heat-timer/index.js';
import './helpers/isolated-storage.js';
import { countdown, part, tapOn } from './helpers/timer.js';

/*
 * True time and completion: the clock jumps as it does when a tab is hidden or a laptop sleeps,
 * and the chime, vibration, notification and wake lock are replaced by recorders. sinon's clock
 * drives Date, performance.now() and the timers: tick() moves them all, setSystemTime() moves only
 * the wall clock, as a sleep does where performance.now() stands still (Linux, macOS, phones), and
 * passWithoutTimers() moves both clocks with no timer firing (a frozen or throttled page whose
 * monotonic clock keeps counting, as on Windows). Changes of the device's clock are tested in
 * ice-heat-timer-clock-change.test.ts. Buttons are pressed with a real mouse click. The test runner's own commands (such as that click) arm a
 * timeout on the page's clock, so the tests that count the widget's timers start and pause it
 * through its start() and pause() methods instead.
 */


const KEY = 'back-spasm-widgets:ice-heat-timer';
const NOW = new Date(2026, 10, 20, 9, 0, 0).getTime();
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const text = en.timer;

let clock: sinon.SinonFakeTimers;
let visibility: DocumentVisibilityState = 'visible';
/** Time that passed on both clocks while no timer could fire. */
let frozenFor = 0;

/** Time passes on the wall clock and on performance.now() while no timer fires. */
function passWithoutTimers(ms: number): void {
  clock.setSystemTime(Date.now() + ms);
  frozenFor += ms;
}

function statusRegion(el: IceHeatTimer): string {
  return el.shadowRoot!.querySelector('[role="status"]')!.textContent;
}

async function press(el: IceHeatTimer, name: string): Promise<void> {
  const button = part(el, name) as HTMLButtonElement | null;
  expect(button, `button ${name}`).to.exist;
  await tapOn(button!);
  await el.updateComplete;
}

/** The page becomes hidden or visible, as when the visitor switches tabs or locks the phone. */
function setVisibility(state: DocumentVisibilityState): void {
  visibility = state;
  document.dispatchEvent(new Event('visibilitychange'));
}

/** Lets resolved promises (wake lock, permission) run. */
async function flush(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
}

async function runningTimer(template = html`<ice-heat-timer></ice-heat-timer>`): Promise<IceHeatTimer> {
  const el = await fixture<IceHeatTimer>(template);
  await press(el, 'primary-button');
  expect(el.status).to.equal('running');
  return el;
}

function completions(el: IceHeatTimer): TimerCompleteDetail[] {
  const seen: TimerCompleteDetail[] = [];
  el.addEventListener('timer-complete', (event) => seen.push(event.detail));
  return seen;
}

class FakeAudioContext {
  static made: FakeAudioContext[] = [];
  static startState: AudioContextState = 'running';
  state: AudioContextState = FakeAudioContext.startState;
  currentTime = 0;
  destination = {};
  oscillators: { frequency: number[]; started: number; stopped: number }[] = [];
  resumed = 0;
  closed = false;
  constructor() {
    FakeAudioContext.made.push(this);
  }
  createOscillator() {
    const oscillator = { frequency: [] as number[], started: 0, stopped: 0 };
    this.oscillators.push(oscillator);
    return {
      type: 'sine',
      frequency: { setValueAtTime: (value: number) => oscillator.frequency.push(value) },
      connect: () => undefined,
      start: () => (oscillator.started += 1),
      stop: () => (oscillator.stopped += 1),
    };
  }
  createGain() {
    return { gain: { setValueAtTime: () => undefined, exponentialRampToValueAtTime: () => undefined }, connect: () => undefined };
  }
  resume() {
    this.resumed += 1;
    // A browser that refuses to start audio without a gesture rejects.
    return this.state === 'suspended' ? Promise.reject(new Error('not allowed')) : Promise.resolve();
  }
  close() {
    this.closed = true;
    return Promise.resolve();
  }
}

class FakeNotification {
  static permission: NotificationPermission = 'default';
  static answer: NotificationPermission = 'granted';
  static shown: { title: string; body?: string }[] = [];
  // eslint-disable-next-line @typescript-eslint/require-await -- a fake of an API that returns a promise
  static requestPermission = sinon.spy(async () => {
    FakeNotification.permission = FakeNotification.answer;
    return FakeNotification.answer;
  });
  constructor(title: string, options?: NotificationOptions) {
    FakeNotification.shown.push({ title, body: options?.body });
  }
}

interface FakeSentinel {
  released: boolean;
  release: sinon.SinonSpy;
  addEventListener: () => void;
}
const sentinels: FakeSentinel[] = [];
// eslint-disable-next-line @typescript-eslint/require-await -- a fake of an API that returns a promise
const wakeLockRequest = sinon.spy(async (type: string) => {
  expect(type).to.equal('screen');
  const sentinel: FakeSentinel = {
    released: false,
    // eslint-disable-next-line @typescript-eslint/require-await -- a fake of an API that returns a promise
    release: sinon.spy(async () => {
      sentinel.released = true;
    }),
    addEventListener: () => undefined,
  };
  sentinels.push(sentinel);
  return sentinel;
});
const held = () => sentinels.filter((sentinel) => !sentinel.released).length;

const originals = {
  AudioContext: window.AudioContext,
  Notification: window.Notification,
};
let vibrate: sinon.SinonStub;
/** Gives the page a vibrate() of our own (or none), shadowing the browser's where it has one. */
function setVibrate(value: sinon.SinonStub | undefined): void {
  Object.defineProperty(navigator, 'vibrate', { configurable: true, writable: true, value });
}

beforeEach(() => {
  localStorage.removeItem(KEY);
  clock = sinon.useFakeTimers({ now: NOW, toFake: ['Date', 'performance', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  frozenFor = 0;
  const monotonic = performance.now.bind(performance);
  performance.now = () => monotonic() + frozenFor;
  visibility = 'visible';
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
  FakeAudioContext.made = [];
  FakeAudioContext.startState = 'running';
  (window as { AudioContext: unknown }).AudioContext = FakeAudioContext;
  FakeNotification.permission = 'default';
  FakeNotification.answer = 'granted';
  FakeNotification.shown = [];
  FakeNotification.requestPermission.resetHistory();
  (window as { Notification: unknown }).Notification = FakeNotification;
  sentinels.length = 0;
  wakeLockRequest.resetHistory();
  Object.defineProperty(navigator, 'wakeLock', { configurable: true, value: { request: wakeLockRequest } });
  vibrate = sinon.stub().returns(true);
  setVibrate(vibrate);
});

afterEach(async () => {
  clock.restore();
  await resetMouse();
  delete (document as { visibilityState?: unknown }).visibilityState;
  window.AudioContext = originals.AudioContext;
  window.Notification = originals.Notification;
  delete (navigator as { wakeLock?: unknown }).wakeLock;
  delete (navigator as { vibrate?: unknown }).vibrate;
  localStorage.removeItem(KEY);
});

describe('<ice-heat-timer>: time is the deadline minus now', () => {
  it('completes from one timeout at the deadline, not a millisecond before', async () => {
    const el = await fixture<IceHeatTimer>(html`<ice-heat-timer></ice-heat-timer>`);
    expect(el.start()).to.equal(true);
    await el.updateComplete;
    const done = completions(el);
    // One completion timeout and one display refresh, nothing else.
    expect(clock.countTimers()).to.equal(2);
    clock.tick(15 * MINUTE - 1);
    await el.updateComplete;
    expect(el.status).to.equal('running');
    expect(countdown(el)).to.equal('00:01');
    expect(done).to.have.length(0);
    clock.tick(1);
    await el.updateComplete;
    expect(el.status).to.equal('done');
    expect(done).to.deep.equal([{ phase: 'ice', durationMinutes: 15, endedAt: NOW + 15 * MINUTE }]);
    expect(countdown(el)).to.equal('00:00');
  });

  it('shows the right time after the laptop slept, at the next paint, without counting ticks', async () => {
    const el = await runningTimer();
    clock.tick(2 * SECOND);
    await el.updateComplete;
    expect(countdown(el)).to.equal('14:58');
    // Ten minutes pass with no timer firing at all (sleep, or a frozen background tab).
    clock.setSystemTime(Date.now() + 10 * MINUTE);
    setVisibility('visible');
    await el.updateComplete;
    expect(countdown(el)).to.equal('04:58');
    expect(el.remainingMs).to.equal(4 * MINUTE + 58 * SECOND);
  });

  it('corrects itself within a second by the display refresh alone', async () => {
    const el = await runningTimer();
    // A frozen tab: ten minutes pass on both clocks while no timer fires.
    passWithoutTimers(10 * MINUTE + 300);
    clock.tick(SECOND);
    await el.updateComplete;
    // 15:00 - 10:00 - 1.3 s = 4:58.7, shown rounded up.
    expect(countdown(el)).to.equal('04:59');
  });

  it('completes at once when the page becomes visible after sleeping past the deadline', async () => {
    const el = await runningTimer();
    const done = completions(el);
    setVisibility('hidden');
    clock.setSystemTime(Date.now() + 40 * MINUTE);
    expect(done).to.have.length(0);
    setVisibility('visible');
    await el.updateComplete;
    expect(el.status).to.equal('done');
    expect(done).to.have.length(1);
    expect(done[0]!.endedAt).to.equal(NOW + 15 * MINUTE);
    expect(countdown(el)).to.equal('00:00');
    expect(statusRegion(el)).to.contain('Ice session finished');
  });

  it('never shows a negative time when the clock passes the deadline before the timeout fires', async () => {
    const el = await runningTimer();
    const done = completions(el);
    passWithoutTimers(16 * MINUTE);
    el.requestUpdate();
    await el.updateComplete;
    expect(countdown(el)).to.equal('00:00');
    expect(el.remainingMs).to.equal(0);
    // The refresh sees the deadline has passed and brings the completion timeout forward to now
    // (sinon runs a zero-delay timeout set during a tick one millisecond later).
    clock.tick(SECOND + 1);
    await el.updateComplete;
    expect(el.status).to.equal('done');
    expect(done).to.have.length(1);
    expect(countdown(el)).to.equal('00:00');
  });

  it('holds a session to its length when the clock is set back', async () => {
    const el = await runningTimer();
    clock.tick(5 * MINUTE);
    clock.setSystemTime(Date.now() - 3 * 60 * MINUTE);
    setVisibility('visible');
    await el.updateComplete;
    // Five minutes of the fifteen have gone, whatever the clock says now.
    expect(countdown(el)).to.equal('10:00');
    const done = completions(el);
    clock.tick(10 * MINUTE - 1);
    expect(done).to.have.length(0);
    clock.tick(1);
    expect(done).to.have.length(1);
    expect(done[0]!.endedAt).to.equal(Date.now());
  });

  it('keeps a paused session paused through sleep', async () => {
    const el = await runningTimer();
    // Past the test runner's own timeout of the click that started it.
    clock.tick(3 * MINUTE);
    el.pause();
    await el.updateComplete;
    clock.setSystemTime(Date.now() + 5 * 60 * MINUTE);
    setVisibility('visible');
    await el.updateComplete;
    expect(el.status).to.equal('paused');
    expect(countdown(el)).to.equal('12:00');
    expect(clock.countTimers()).to.be.at.most(1);
  });
});

describe('<ice-heat-timer>: when a session ends', () => {
  it('chimes with oscillators, vibrates, announces politely and fires timer-complete', async () => {
    const el = await runningTimer();
    const done = completions(el);
    expect(FakeAudioContext.made).to.have.length(1);
    clock.tick(15 * MINUTE);
    await el.updateComplete;
    const audio = FakeAudioContext.made[0]!;
    expect(audio.oscillators.length).to.be.at.least(2);
    expect(audio.oscillators.every((o) => o.started === 1 && o.stopped === 1)).to.equal(true);
    expect(vibrate.calledOnce).to.equal(true);
    expect(done).to.have.length(1);
    expect(statusRegion(el)).to.contain('Ice session finished');
    expect(part(el, 'done-message')!.textContent).to.contain(text.ui.doneMessage);
  });

  it('still completes when there is no Web Audio at all', async () => {
    delete (window as { AudioContext?: unknown }).AudioContext;
    const el = await runningTimer();
    const done = completions(el);
    clock.tick(15 * MINUTE);
    expect(done).to.have.length(1);
    expect(vibrate.calledOnce).to.equal(true);
  });

  it('still completes when audio is suspended and refuses to resume', async () => {
    FakeAudioContext.startState = 'suspended';
    const el = await runningTimer();
    const done = completions(el);
    clock.tick(15 * MINUTE);
    await flush();
    expect(done).to.have.length(1);
    expect(FakeAudioContext.made[0]!.resumed).to.be.at.least(1);
  });

  it('still completes where the device cannot vibrate', async () => {
    setVibrate(undefined);
    const el = await runningTimer();
    const done = completions(el);
    clock.tick(15 * MINUTE);
    expect(done).to.have.length(1);
  });

  it('shows no system notification unless the visitor asked, even with permission already granted', async () => {
    FakeNotification.permission = 'granted';
    const el = await runningTimer();
    clock.tick(15 * MINUTE);
    expect(el.status).to.equal('done');
    expect(FakeNotification.shown).to.have.length(0);
    expect(FakeNotification.requestPermission.called).to.equal(false);
  });

  it('asks for permission from the click on "Notify me", then notifies at the end', async () => {
    const el = await fixture<IceHeatTimer>(html`<ice-heat-timer></ice-heat-timer>`);
    expect(FakeNotification.requestPermission.called).to.equal(false);
    const button = part(el, 'notify-button') as HTMLButtonElement;
    expect(button.textContent.trim()).to.equal(text.ui.notifyButton);
    await tapOn(button);
    // Asked from the click itself, as browsers require.
    expect(FakeNotification.requestPermission.calledOnce).to.equal(true);
    await flush();
    await el.updateComplete;
    expect(part(el, 'notify')!.textContent).to.contain(text.ui.notifyOn);
    await press(el, 'primary-button');
    clock.tick(15 * MINUTE);
    expect(FakeNotification.shown).to.deep.equal([{ title: text.notification.title, body: text.notification.body }]);
  });

  it('stops notifying when the visitor turns notifications off again', async () => {
    const el = await fixture<IceHeatTimer>(html`<ice-heat-timer></ice-heat-timer>`);
    await tapOn(part(el, 'notify-button')!);
    await flush();
    await el.updateComplete;
    const stop = part(el, 'notify-button') as HTMLButtonElement;
    expect(stop.textContent.trim()).to.equal(text.ui.notifyStop);
    await tapOn(stop);
    await flush();
    await el.updateComplete;
    expect(part(el, 'notify-button')!.textContent.trim()).to.equal(text.ui.notifyButton);
    await press(el, 'primary-button');
    clock.tick(15 * MINUTE);
    expect(el.status).to.equal('done');
    expect(FakeNotification.shown).to.have.length(0);
  });

  it('says so when the visitor refuses notifications, and shows none', async () => {
    FakeNotification.answer = 'denied';
    const el = await fixture<IceHeatTimer>(html`<ice-heat-timer></ice-heat-timer>`);
    await tapOn(part(el, 'notify-button')!);
    await flush();
    await el.updateComplete;
    expect(part(el, 'notify-button')).to.equal(null);
    expect(part(el, 'notify')!.textContent).to.contain(text.ui.notifyDenied);
    await press(el, 'primary-button');
    clock.tick(15 * MINUTE);
    expect(FakeNotification.shown).to.have.length(0);
  });

  it('offers "Notify me when it ends" before and during a session, and not once it has ended', async () => {
    const el = await fixture<IceHeatTimer>(html`<ice-heat-timer duration="5"></ice-heat-timer>`);
    expect(part(el, 'notify-button')!.textContent.trim()).to.equal(text.ui.notifyButton);
    await press(el, 'primary-button');
    expect(part(el, 'notify-button')!.textContent.trim()).to.equal(text.ui.notifyButton);
    clock.tick(5 * MINUTE);
    await el.updateComplete;
    expect(el.status).to.equal('done');
    expect(part(el, 'notify')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="base"]')!.textContent).to.not.contain(text.ui.notifyButton);
    // Nor while the skin rests after Reset: no session can start, so none can end.
    await press(el, 'reset-button');
    expect(part(el, 'notify')).to.equal(null);
    // Once the rest is over, the next session can start: the button is back.
    clock.tick(2 * 60 * MINUTE);
    await el.updateComplete;
    expect(part(el, 'notify-button')!.textContent.trim()).to.equal(text.ui.notifyButton);
  });

  it('no longer says a notification will come once the session has ended', async () => {
    const el = await fixture<IceHeatTimer>(html`<ice-heat-timer duration="5"></ice-heat-timer>`);
    await tapOn(part(el, 'notify-button')!);
    await flush();
    await el.updateComplete;
    expect(part(el, 'notify')!.textContent).to.contain(text.ui.notifyOn);
    await press(el, 'primary-button');
    clock.tick(5 * MINUTE);
    await el.updateComplete;
    expect(FakeNotification.shown).to.have.length(1);
    expect(part(el, 'notify')).to.equal(null);
  });

  it('offers no notification button where notifications do not exist', async () => {
    delete (window as { Notification?: unknown }).Notification;
    const el = await fixture<IceHeatTimer>(html`<ice-heat-timer></ice-heat-timer>`);
    expect(part(el, 'notify')).to.equal(null);
  });

  it('signals one session once, even with two timers on the page', async () => {
    const first = await fixture<IceHeatTimer>(html`<ice-heat-timer></ice-heat-timer>`);
    const second = document.createElement('ice-heat-timer');
    first.after(second);
    await second.updateComplete;
    const done: Event[] = [];
    const listener = (event: Event) => done.push(event);
    document.addEventListener('timer-complete', listener);
    await press(first, 'primary-button');
    await second.updateComplete;
    expect(second.status).to.equal('running');
    clock.tick(15 * MINUTE);
    document.removeEventListener('timer-complete', listener);
    expect(done).to.have.length(1);
    expect(first.status).to.equal('done');
    expect(second.status).to.equal('done');
  });
});

describe('<ice-heat-timer>: screen wake lock', () => {
  it('holds the screen on only while running and visible', async () => {
    const el = await fixture<IceHeatTimer>(html`<ice-heat-timer></ice-heat-timer>`);
    await flush();
    expect(wakeLockRequest.called).to.equal(false);

    await press(el, 'primary-button');
    await flush();
    expect(wakeLockRequest.callCount).to.equal(1);
    expect(held()).to.equal(1);

    await press(el, 'primary-button'); // pause
    await flush();
    expect(held()).to.equal(0);

    await press(el, 'primary-button'); // resume
    await flush();
    expect(held()).to.equal(1);

    setVisibility('hidden');
    await flush();
    expect(held()).to.equal(0);

    setVisibility('visible');
    await flush();
    expect(held()).to.equal(1);

    clock.tick(15 * MINUTE);
    await flush();
    expect(el.status).to.equal('done');
    expect(held()).to.equal(0);
  });

  it('lets the lock go when the timer leaves the page, and when reset', async () => {
    const el = await runningTimer();
    await flush();
    expect(held()).to.equal(1);
    await press(el, 'reset-button');
    await flush();
    expect(held()).to.equal(0);
    await press(el, 'primary-button');
    await flush();
    expect(held()).to.equal(1);
    el.remove();
    await flush();
    expect(held()).to.equal(0);
  });

  it('does not ask for a lock while the page is hidden, and lets go of a late one', async () => {
    const el = await fixture<IceHeatTimer>(html`<ice-heat-timer></ice-heat-timer>`);
    setVisibility('hidden');
    el.start();
    await flush();
    expect(wakeLockRequest.called).to.equal(false);
    setVisibility('visible');
    // Paused before the request resolves: the lock it brings is let go at once.
    el.pause();
    await flush();
    expect(wakeLockRequest.callCount).to.equal(1);
    expect(held()).to.equal(0);
  });

  it('works without the Wake Lock API, or when the lock is refused', async () => {
    delete (navigator as { wakeLock?: unknown }).wakeLock;
    const el = await runningTimer();
    Object.defineProperty(navigator, 'wakeLock', {
      configurable: true,
      value: { request: () => Promise.reject(new DOMException('low battery', 'NotAllowedError')) },
    });
    await press(el, 'primary-button');
    await press(el, 'primary-button');
    await flush();
    const done = completions(el);
    clock.tick(15 * MINUTE);
    expect(done).to.have.length(1);
  });
});
