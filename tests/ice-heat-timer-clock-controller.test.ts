import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { html, LitElement, type ReactiveController, type ReactiveControllerHost } from 'lit';
import sinon from 'sinon';
import { CLOCK_CHANGE_MS, IDLE_LOOK_MS, SessionClock, type SessionClockHost } from '../src/ice-heat-timer/clock.js';
import { formatCountdown } from '../src/therapy/index.js';

/*
 * The timer's clock on its own, with a stand-in host and document. sinon's clock drives Date,
 * performance.now() and the timers: tick() moves them all; setSystemTime() moves only the wall
 * clock, as changing the device's clock does (and as a sleep does where performance.now() stands
 * still).
 */

const NOW = new Date(2026, 10, 20, 9, 0, 0).getTime();
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

let clock: sinon.SinonFakeTimers;
/** Every clock a test connected, disconnected after it, so none hears the next test's events. */
const connected: SessionClock[] = [];

class FakeHost implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  updates = 0;
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates += 1;
  }
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
}

/** A document of its own: its visibility is set by the test, and its events reach only the clock. */
class FakeDocument extends EventTarget {
  visibilityState: DocumentVisibilityState = 'visible';
  show(state: DocumentVisibilityState): void {
    this.visibilityState = state;
    this.dispatchEvent(new Event('visibilitychange'));
  }
}

/** An element with one session: what the clock asks of the timer, and what it was told. */
class FakeTimer implements SessionClockHost {
  deadlineAt: number | null = null;
  next: number | null = null;
  readonly settled: number[] = [];
  readonly changes: number[] = [];
  /** Completions, at the monotonic time they happened. */
  readonly completed: number[] = [];
  sessionClock!: SessionClock;
  deadline(): number | null {
    return this.deadlineAt;
  }
  nextChange(): number | null {
    return this.next;
  }
  settle(): void {
    this.settled.push(performance.now());
    if (this.deadlineAt !== null && this.sessionClock.now() >= this.deadlineAt) {
      this.deadlineAt = null;
      this.completed.push(performance.now());
    }
    this.sessionClock.sync();
  }
  clockChanged(offset: number): void {
    this.changes.push(offset);
    if (this.deadlineAt !== null) this.deadlineAt += offset;
    this.sessionClock.sync();
  }
}

const wakeLock = { held: false, hold: () => (wakeLock.held = true), release: () => (wakeLock.held = false) };

function setUp(): { host: FakeHost; timer: FakeTimer; doc: FakeDocument; sessionClock: SessionClock } {
  const host = new FakeHost();
  const timer = new FakeTimer();
  const doc = new FakeDocument();
  const sessionClock = new SessionClock(host, timer, { wakeLock, document: doc as unknown as Document });
  timer.sessionClock = sessionClock;
  expect(host.controllers).to.deep.equal([sessionClock]);
  sessionClock.hostConnected();
  connected.push(sessionClock);
  return { host, timer, doc, sessionClock };
}

/** Starts a session of `length` ms as the timer does: anchor, then deadline = now + length. */
function startSession(timer: FakeTimer, sessionClock: SessionClock, length: number): void {
  sessionClock.anchor();
  timer.deadlineAt = sessionClock.now() + length;
  sessionClock.sync();
}

beforeEach(() => {
  clock = sinon.useFakeTimers({ now: NOW, toFake: ['Date', 'performance', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  wakeLock.held = false;
});

afterEach(() => {
  for (const sessionClock of connected.splice(0)) sessionClock.hostDisconnected();
  clock.restore();
});

describe('session clock: monotonic time', () => {
  it('counts on from its anchor by performance.now(), whatever Date.now() does', () => {
    const { sessionClock } = setUp();
    expect(sessionClock.now()).to.equal(NOW);
    clock.tick(5 * SECOND);
    expect(sessionClock.now()).to.equal(NOW + 5 * SECOND);
    clock.setSystemTime(Date.now() - HOUR);
    expect(sessionClock.now()).to.equal(NOW + 5 * SECOND);
    clock.tick(SECOND);
    expect(sessionClock.now()).to.equal(NOW + 6 * SECOND);
    clock.setSystemTime(Date.now() + 3 * HOUR);
    clock.tick(SECOND);
    expect(sessionClock.now()).to.equal(NOW + 7 * SECOND);
  });

  it('reports a changed wall clock, back or forward, by how much, and counts on from the new reading', () => {
    const { sessionClock, timer } = setUp();
    clock.tick(MINUTE);
    clock.setSystemTime(Date.now() - HOUR);
    expect(sessionClock.check()).to.equal(-HOUR);
    expect(timer.changes).to.deep.equal([-HOUR]);
    expect(sessionClock.now()).to.equal(Date.now());
    clock.setSystemTime(Date.now() + 2 * HOUR);
    expect(sessionClock.check()).to.equal(2 * HOUR);
    expect(timer.changes).to.deep.equal([-HOUR, 2 * HOUR]);
    expect(sessionClock.now()).to.equal(Date.now());
    // Nothing more to report.
    expect(sessionClock.check()).to.equal(0);
    expect(timer.changes).to.have.length(2);
  });

  it('takes a second or less between the two clocks as drift, not a change', () => {
    const { sessionClock, timer } = setUp();
    clock.setSystemTime(Date.now() + CLOCK_CHANGE_MS);
    expect(sessionClock.check()).to.equal(0);
    clock.setSystemTime(Date.now() - 2 * CLOCK_CHANGE_MS);
    expect(sessionClock.check()).to.equal(0);
    expect(timer.changes).to.deep.equal([]);
    // Still on the monotonic clock.
    expect(sessionClock.now()).to.equal(NOW);
  });

  it('anchors when first read, even before it is connected', () => {
    const timer = new FakeTimer();
    const sessionClock = new SessionClock(new FakeHost(), timer, { document: new FakeDocument() as unknown as Document });
    expect(sessionClock.now()).to.equal(NOW);
    expect(sessionClock.check()).to.equal(0);
  });

  it('reads other time sources when given them', () => {
    let wall = 1_000_000;
    let monotonic = 50;
    const sessionClock = new SessionClock(new FakeHost(), new FakeTimer(), {
      time: { wall: () => wall, monotonic: () => monotonic },
      document: new FakeDocument() as unknown as Document,
    });
    sessionClock.anchor();
    monotonic += 1500.7;
    wall -= HOUR;
    expect(sessionClock.now()).to.equal(1_001_500);
  });
});

describe('session clock: a running session', () => {
  it('arms one timeout at the deadline and a refresh once a second, and nothing else', () => {
    const { host, timer, sessionClock } = setUp();
    startSession(timer, sessionClock, 15 * MINUTE);
    expect(clock.countTimers()).to.equal(2);
    const before = host.updates;
    clock.tick(10 * SECOND);
    expect(host.updates - before).to.equal(10);
    expect(timer.settled).to.deep.equal([]);
  });

  it('ends after exactly its length in monotonic time with the wall clock set back and forward an hour', () => {
    const { timer, sessionClock } = setUp();
    const start = performance.now();
    startSession(timer, sessionClock, 20 * MINUTE);
    clock.tick(5 * MINUTE);
    clock.setSystemTime(Date.now() - HOUR);
    clock.tick(5 * MINUTE);
    clock.setSystemTime(Date.now() + HOUR);
    clock.tick(10 * MINUTE - 1);
    expect(timer.completed).to.deep.equal([]);
    expect(timer.deadlineAt! - sessionClock.now()).to.equal(1);
    clock.tick(1);
    expect(timer.completed).to.deep.equal([start + 20 * MINUTE]);
    // Each change was reported within a second of happening, with its size.
    expect(timer.changes).to.deep.equal([-HOUR, HOUR]);
  });

  it('ends a session set to run past a wall clock set forward only at its real end', () => {
    const { timer, sessionClock } = setUp();
    startSession(timer, sessionClock, 5 * MINUTE);
    clock.tick(MINUTE);
    clock.setSystemTime(Date.now() + 10 * MINUTE);
    clock.tick(4 * MINUTE - 1);
    expect(timer.completed).to.have.length(0);
    clock.tick(1);
    expect(timer.completed).to.have.length(1);
  });

  it('brings the end forward when the deadline passed while its timeout waits (a throttled page)', () => {
    const { timer, sessionClock } = setUp();
    startSession(timer, sessionClock, 5 * MINUTE);
    // The deadline, as the host sees it, moves into the past without the timeout firing.
    timer.deadlineAt = sessionClock.now() - 1;
    clock.tick(SECOND + 1);
    expect(timer.completed).to.have.length(1);
  });
});

describe('session clock: sleep, hidden pages and coming back', () => {
  it('takes a wall clock ahead as sleep when the page comes back into view, and settles at once', () => {
    const { timer, doc, sessionClock } = setUp();
    startSession(timer, sessionClock, 15 * MINUTE);
    doc.show('hidden');
    expect(wakeLock.held).to.equal(false);
    // Forty minutes asleep: performance.now() stood still and no timer fired.
    clock.setSystemTime(Date.now() + 40 * MINUTE);
    doc.show('visible');
    expect(timer.changes).to.deep.equal([]);
    expect(sessionClock.now()).to.equal(Date.now());
    expect(timer.completed).to.have.length(1);
  });

  it('takes a wall clock ahead as sleep on pageshow and resume too, and a clock behind as a change', () => {
    for (const [target, type] of [
      [window, 'pageshow'],
      ['doc', 'resume'],
    ] as const) {
      const { timer, doc, sessionClock } = setUp();
      startSession(timer, sessionClock, 15 * MINUTE);
      const deadline = timer.deadlineAt!;
      clock.setSystemTime(Date.now() + 3 * MINUTE);
      (target === 'doc' ? doc : target).dispatchEvent(new Event(type));
      expect(timer.changes, type).to.deep.equal([]);
      expect(timer.deadlineAt, type).to.equal(deadline);
      expect(sessionClock.now(), type).to.equal(Date.now());
      clock.setSystemTime(Date.now() - HOUR);
      (target === 'doc' ? doc : target).dispatchEvent(new Event(type));
      expect(timer.changes, type).to.deep.equal([-HOUR]);
      expect(timer.deadlineAt, type).to.equal(deadline - HOUR);
    }
  });

  it('takes a wall clock ahead as sleep while the page is hidden or frozen, but never one behind', () => {
    const { timer, doc, sessionClock } = setUp();
    startSession(timer, sessionClock, 15 * MINUTE);
    doc.show('hidden');
    clock.setSystemTime(Date.now() + 2 * MINUTE);
    clock.tick(SECOND);
    expect(timer.changes).to.deep.equal([]);
    expect(sessionClock.now()).to.equal(Date.now());
    clock.setSystemTime(Date.now() - HOUR);
    clock.tick(SECOND);
    expect(timer.changes).to.deep.equal([-HOUR]);

    doc.show('visible');
    doc.dispatchEvent(new Event('freeze'));
    clock.setSystemTime(Date.now() + 2 * MINUTE);
    clock.tick(SECOND);
    expect(timer.changes).to.deep.equal([-HOUR]);
  });

  it('takes a wall clock ahead as a change again once the page has been seen', () => {
    const { timer, doc, sessionClock } = setUp();
    startSession(timer, sessionClock, 15 * MINUTE);
    doc.show('hidden');
    doc.show('visible');
    clock.setSystemTime(Date.now() + HOUR);
    clock.tick(SECOND);
    expect(timer.changes).to.deep.equal([HOUR]);
  });

  it('holds the wake lock only while a session runs and the page is visible', () => {
    const { timer, doc, sessionClock } = setUp();
    sessionClock.sync();
    expect(wakeLock.held).to.equal(false);
    startSession(timer, sessionClock, 15 * MINUTE);
    expect(wakeLock.held).to.equal(true);
    doc.show('hidden');
    expect(wakeLock.held).to.equal(false);
    doc.show('visible');
    expect(wakeLock.held).to.equal(true);
    clock.tick(15 * MINUTE);
    expect(timer.completed).to.have.length(1);
    expect(wakeLock.held).to.equal(false);
    startSession(timer, sessionClock, 15 * MINUTE);
    sessionClock.hostDisconnected();
    expect(wakeLock.held).to.equal(false);
  });

  it('stops its timers and stops listening when disconnected', () => {
    const { timer, doc, sessionClock } = setUp();
    startSession(timer, sessionClock, 15 * MINUTE);
    sessionClock.hostDisconnected();
    expect(clock.countTimers()).to.equal(0);
    doc.show('hidden');
    doc.show('visible');
    window.dispatchEvent(new Event('pageshow'));
    clock.tick(HOUR);
    expect(timer.settled).to.deep.equal([]);
    // Nothing is armed again until it is connected.
    sessionClock.sync();
    expect(clock.countTimers()).to.equal(0);
  });
});

describe('session clock: between sessions', () => {
  it('wakes at the next change of the display, and at least once a minute to read the clock', () => {
    const { host, timer, sessionClock } = setUp();
    timer.next = NOW + 20 * SECOND;
    sessionClock.sync();
    expect(clock.countTimers()).to.equal(1);
    const before = host.updates;
    clock.tick(20 * SECOND - 1);
    expect(host.updates).to.equal(before);
    clock.tick(1);
    expect(host.updates).to.equal(before + 1);
    // Three hours away: it looks once a minute, and repaints only when the change comes.
    timer.next = Date.now() + 3 * HOUR;
    sessionClock.sync();
    expect(host.updates).to.equal(before + 2);
    clock.tick(IDLE_LOOK_MS);
    expect(clock.countTimers()).to.equal(1);
    clock.tick(3 * HOUR - IDLE_LOOK_MS - 1);
    expect(host.updates).to.equal(before + 2);
    clock.tick(1);
    expect(host.updates).to.equal(before + 3);
    timer.next = null;
    clock.tick(10 * IDLE_LOOK_MS);
    expect(host.updates).to.equal(before + 3);
    expect(clock.countTimers()).to.equal(1);
  });

  it('notices a clock set back between sessions within a minute', () => {
    const { timer, sessionClock } = setUp();
    sessionClock.sync();
    clock.setSystemTime(Date.now() - HOUR);
    clock.tick(IDLE_LOOK_MS);
    expect(timer.changes).to.deep.equal([-HOUR]);
  });
});

/** The clock in a Lit element of its own: it connects and disconnects with the element. */
class ClockTestElement extends LitElement {
  deadlineAt: number | null = null;
  readonly sessionClock = new SessionClock(this, {
    deadline: () => this.deadlineAt,
    nextChange: () => null,
    settle: () => {
      if (this.deadlineAt !== null && this.sessionClock.now() >= this.deadlineAt) this.deadlineAt = null;
      this.sessionClock.sync();
    },
    clockChanged: (offset) => {
      if (this.deadlineAt !== null) this.deadlineAt += offset;
      this.sessionClock.sync();
    },
  });
  override render() {
    const left = this.deadlineAt === null ? 0 : this.deadlineAt - this.sessionClock.now();
    return html`<p>${formatCountdown(left)}</p>`;
  }
}
customElements.define('clock-test-element', ClockTestElement);

describe('session clock: in a Lit element', () => {
  it('repaints a countdown that never jumps when the wall clock changes, and stops with the element', async () => {
    const el = await fixture<ClockTestElement>(testHtml`<clock-test-element></clock-test-element>`);
    el.sessionClock.anchor();
    el.deadlineAt = el.sessionClock.now() + 2 * MINUTE;
    el.sessionClock.sync();
    const shown: string[] = [];
    for (let second = 1; second <= 120; second += 1) {
      if (second === 30) clock.setSystemTime(Date.now() - HOUR);
      if (second === 70) clock.setSystemTime(Date.now() + HOUR);
      clock.tick(SECOND);
      await el.updateComplete;
      shown.push(el.shadowRoot!.querySelector('p')!.textContent);
    }
    // One second less each second, through both changes, and 00:00 at the end of the two minutes.
    expect(shown).to.deep.equal(Array.from({ length: 120 }, (_, index) => formatCountdown((119 - index) * SECOND)));
    expect(el.deadlineAt).to.equal(null);
    el.remove();
    expect(clock.countTimers()).to.equal(0);
  });
});
