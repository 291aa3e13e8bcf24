import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { MINUTE } from '../therapy/index.js';

/*
 * The timer's clock: what time it is for the session, the once-a-second refresh while a session
 * runs, the one timeout at its deadline, the wake-up between sessions, and the page being hidden,
 * shown, frozen and restored.
 *
 * Monotonic time. Within the page's life, time moves on by performance.now(), which no change of
 * the device's clock affects: now() is the wall-clock time of the last anchor plus the monotonic
 * time since. The anchor is taken when the element connects (a running session restored from
 * storage counts on from there), again at Start and Resume, and whenever a record is taken from
 * storage (its times are on the wall clock as it reads now). So setting the clock back an hour, or
 * forward an hour, in the middle of a session changes neither the countdown nor when it ends.
 *
 * A changed wall clock. Stored times are wall-clock epoch milliseconds (a reload and other tabs read
 * them). Whenever the clock looks (every refresh, at the deadline, between sessions at least once a
 * minute, and before the element changes its record), it compares Date.now() with now(); beyond
 * CLOCK_CHANGE_MS apart, the wall clock was changed, and `clockChanged(offset)` asks the host to
 * move its stored times by the same amount (deadline = Date.now() + time left on the monotonic
 * clock), so a reload after the change still ends at the right real moment. Then it anchors again.
 *
 * Sleep. performance.now() stands still while the device sleeps on most systems (Linux, macOS,
 * Android, iOS), so the wall clock running ahead of it is also what a sleep looks like. A page that
 * has been hidden or frozen, or that is coming back (visibilitychange to visible, pageshow, resume),
 * may have slept: there a wall clock ahead is time that really passed, and it is taken as it is, so
 * a session that ran out while the phone was locked ends when the page is seen again. A wall clock
 * behind is always a change (a sleep never moves it back). So a session never runs longer than its
 * length because of a clock change; at worst a clock set forward while the page was hidden ends it
 * early. The one case the page cannot tell apart: a device that sleeps with the page in view and
 * tells it nothing on waking (no visibilitychange, pageshow or resume) looks like a clock set
 * forward, and the session goes on from where it was when the device went to sleep.
 */

/** Wall and monotonic clocks this far apart or less are drift between two clocks, not a change. */
export const CLOCK_CHANGE_MS = 1000;
/** The display refresh while a session runs. */
export const REFRESH_MS = 1000;
/** Between sessions the clock looks at least this often, so a changed clock is caught within it. */
export const IDLE_LOOK_MS = MINUTE;

/** Where the clock reads the time: the wall clock, and a monotonic clock in milliseconds. */
export interface TimeSources {
  wall(): number;
  monotonic(): number;
}

const browserTime: TimeSources = {
  wall: () => Date.now(),
  monotonic: () => performance.now(),
};

/** What the clock asks of its element. */
export interface SessionClockHost {
  /** The running session's deadline in the clock's terms (epoch ms), or null when none is running. */
  deadline(): number | null;
  /** Between sessions, the next moment later than `now` when the display changes, or null. */
  nextChange(now: number): number | null;
  /**
   * Time may have reached the deadline (the timeout fired, or the page came back): complete the
   * session if it has, and call sync() either way.
   */
  settle(): void;
  /** The wall clock was changed by `offset` ms: move the stored times by as much, and sync(). */
  clockChanged(offset: number): void;
}

export interface SessionClockOptions {
  /** Held while a session runs and the page is visible. */
  readonly wakeLock?: { hold(): void; release(): void };
  /** For tests: other time sources than Date.now() and performance.now(). */
  readonly time?: TimeSources;
  /** The document whose visibility counts; the page's by default. */
  readonly document?: Document;
}

export class SessionClock implements ReactiveController {
  private readonly time: TimeSources;
  private readonly wakeLock: { hold(): void; release(): void } | undefined;
  private readonly doc: Document | undefined;
  private wallAnchor = 0;
  private monotonicAnchor = 0;
  private anchored = false;
  /** Hidden or frozen since the last anchor: the device may have slept. */
  private mayHaveSlept = false;
  private connected = false;
  private deadlineTimer: ReturnType<typeof setTimeout> | undefined;
  private refreshTimer: ReturnType<typeof setInterval> | undefined;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  /** Between sessions, when the display next changes (null: not before the next look). */
  private changeAt: number | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly element: SessionClockHost,
    options: SessionClockOptions = {},
  ) {
    this.time = options.time ?? browserTime;
    this.wakeLock = options.wakeLock;
    this.doc = options.document ?? globalThis.document;
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.anchor();
    this.doc?.addEventListener('visibilitychange', this.onVisibilityChange);
    this.doc?.addEventListener('freeze', this.onHidden);
    this.doc?.addEventListener('resume', this.onBack);
    globalThis.addEventListener?.('pageshow', this.onBack);
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stop();
    this.wakeLock?.release();
    this.doc?.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.doc?.removeEventListener('freeze', this.onHidden);
    this.doc?.removeEventListener('resume', this.onBack);
    globalThis.removeEventListener?.('pageshow', this.onBack);
  }

  /**
   * The time for the session, in epoch milliseconds: the wall clock at the last anchor plus the
   * monotonic time since, in whole milliseconds. Never goes back between anchors.
   */
  now(): number {
    if (!this.anchored) this.anchor();
    return this.wallAnchor + Math.floor(Math.max(0, this.time.monotonic() - this.monotonicAnchor));
  }

  /** Takes the wall clock as it reads now as the base of now(). */
  anchor(): void {
    this.wallAnchor = this.time.wall();
    this.monotonicAnchor = this.time.monotonic();
    this.anchored = true;
    this.mayHaveSlept = !this.visible();
  }

  /**
   * Compares the wall clock with now(). When they are more than CLOCK_CHANGE_MS apart, anchors
   * again, and, unless it was a sleep (the wall clock ahead, on a page that was hidden or is coming
   * back), calls `clockChanged(offset)`. Returns the offset reported, or 0.
   */
  check(comingBack = false): number {
    if (!this.anchored) {
      this.anchor();
      return 0;
    }
    const offset = this.time.wall() - this.now();
    if (Math.abs(offset) <= CLOCK_CHANGE_MS) return 0;
    const slept = offset > 0 && (comingBack || this.mayHaveSlept || !this.visible());
    this.anchor();
    if (slept) return 0;
    this.element.clockChanged(offset);
    return offset;
  }

  /** Arms the timers for what the host shows now, and repaints. Call after every change of state. */
  sync(): void {
    this.schedule();
    this.host.requestUpdate();
  }

  /**
   * Arms the timers without repainting: while a session runs, one timeout at its deadline and a
   * refresh once a second (which only repaints, and checks the clock); between sessions, one
   * timeout at the next change of the display, a minute at most (a look that finds no change due
   * only reads the clock, and repaints nothing).
   */
  schedule(): void {
    this.stop();
    if (!this.connected) return;
    const deadline = this.element.deadline();
    if (deadline !== null) {
      this.deadlineTimer = setTimeout(this.onDeadline, Math.max(0, deadline - this.now()));
      this.refreshTimer = setInterval(this.onRefresh, REFRESH_MS);
      if (this.visible()) this.wakeLock?.hold();
      else this.wakeLock?.release();
      return;
    }
    this.wakeLock?.release();
    const now = this.now();
    const next = this.element.nextChange(now);
    this.changeAt = next !== null && next > now ? next : null;
    const wait = this.changeAt !== null ? Math.min(this.changeAt - now, IDLE_LOOK_MS) : IDLE_LOOK_MS;
    this.idleTimer = setTimeout(this.onIdle, wait);
  }

  private stop(): void {
    clearTimeout(this.deadlineTimer);
    clearInterval(this.refreshTimer);
    clearTimeout(this.idleTimer);
    this.deadlineTimer = undefined;
    this.refreshTimer = undefined;
    this.idleTimer = undefined;
  }

  private visible(): boolean {
    return !this.doc || this.doc.visibilityState === 'visible';
  }

  private onRefresh = (): void => {
    this.check();
    const deadline = this.element.deadline();
    // The deadline has passed while its timeout still waits (a throttled or frozen page): now.
    if (deadline !== null && this.now() >= deadline) {
      clearTimeout(this.deadlineTimer);
      this.deadlineTimer = setTimeout(this.onDeadline, 0);
    }
    this.host.requestUpdate();
  };

  private onDeadline = (): void => {
    this.check();
    this.element.settle();
  };

  private onIdle = (): void => {
    // A changed clock makes the host save and repaint (clockChanged).
    if (this.check() !== 0) return;
    if (this.changeAt !== null && this.now() >= this.changeAt) this.sync();
    else this.schedule();
  };

  private onHidden = (): void => {
    this.mayHaveSlept = true;
    this.wakeLock?.release();
  };

  private onBack = (): void => {
    if (!this.connected) return;
    this.check(true);
    if (this.visible()) this.mayHaveSlept = false;
    this.element.settle();
  };

  private onVisibilityChange = (): void => {
    if (this.visible()) this.onBack();
    else this.onHidden();
  };
}
