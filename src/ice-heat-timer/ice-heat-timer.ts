import { ifDefined } from 'lit/directives/if-defined.js';
import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { timer as englishTimer } from '../content/en/timer.js';
import { fill } from '../content/fill.js';
import type { TimerContent } from '../content/types.js';
import { readInteger, readText } from '../internal/attributes.js';
import { banner, bannerStyles } from '../internal/banner.js';
import { BswElement } from '../internal/base.js';
import { choiceStyles } from '../internal/choices.js';
import { intlLocale, localeSection } from '../internal/locale.js';
import { createStore, type Store } from '../internal/storage.js';
import { sourcesStyles } from '../internal/sources.js';
import { baseStyles, hostStyles } from '../internal/styles.js';
import { afterNextPaint, inTurn } from '../internal/yield.js';
import {
  canStartSession,
  DEFAULT_SESSION_MINUTES,
  decidePhase,
  emptyRecord,
  idle,
  lastSessionEnd,
  MINUTE,
  nextSessionAt,
  parseLocalDateTime,
  pauseSession,
  pruneCompleted,
  readTimerRecord,
  remainingMs,
  resumeSession,
  sessionsOnDayOf,
  settleRecord,
  shiftRecord,
  startedFromChoice,
  startSession,
  toLocalDateTimeValue,
  type Mode,
  type Phase,
  type PhaseDecision,
  type SessionStatus,
  type StartChoice,
  type TimerRecord,
} from '../therapy/index.js';
import {
  askNotificationPermission,
  Chime,
  notificationState,
  ScreenWakeLock,
  showNotification,
  vibrate,
  type NotificationState,
} from './alerts.js';
import { SessionClock } from './clock.js';
import { formatMoment, lazySources, renderFace, renderSafety } from './face.js';
import { timerStyles } from './ice-heat-timer.styles.js';
import { renderQuestions } from './questions.js';
import { readSettings, type TimerSettings } from './settings.js';

export interface TimerStartDetail {
  readonly phase: Phase;
  readonly durationMinutes: number;
  /** When the session will end if it is not paused (epoch milliseconds, on the device's clock). */
  readonly endsAt: number;
}

export interface TimerCompleteDetail {
  readonly phase: Phase;
  readonly durationMinutes: number;
  /**
   * When the session ended (epoch milliseconds, on the device's clock as it reads at the end: if
   * the clock was changed during the session, this is the start plus the session's length in real
   * time, on the changed clock).
   */
  readonly endedAt: number;
}

declare global {
  interface HTMLElementEventMap {
    'timer-start': CustomEvent<TimerStartDetail>;
    'timer-complete': CustomEvent<TimerCompleteDetail>;
  }
}

/** How much of the card is rendered: the top, then also the questions and advice, then everything. */
type Shown = 0 | 1 | 2;
const TOP = 0;
const PHASE = 1;
const FULL = 2;

/** The localStorage key (with the library's prefix) and format version of the saved timer. */
export const TIMER_STORAGE_NAME = 'ice-heat-timer';
export const TIMER_STORAGE_VERSION = 1;

/**
 * Times ice, then heat, for a back spasm: ice in the first 48 hours after it started, heat
 * afterwards, 5 to 20 minutes a session with 2 hours of rest between sessions. The time left is
 * always worked out from the session's deadline, so it stays right in a background tab, after
 * sleep, and across a reload. While the page is open, time is counted on a monotonic clock
 * (performance.now(), see clock.ts): setting the device's clock back or forward during a session
 * changes neither the countdown nor when the session ends. Times stored on the device are
 * wall-clock times, moved whenever the clock is seen to change, and held on reading to what is
 * possible: a session no longer than its length, and no end time later than now.
 *
 * Frameworks may set the properties with other types than text: numbers and booleans are read as
 * their text (`duration={20}`), `sound` also takes `true` and `false`, and `started` a Date or
 * epoch milliseconds (see settings.ts).
 *
 * @summary An ice-then-heat session timer with safety reminders, for a back spasm.
 *
 * @attr duration - Session length in minutes, 5 to 20 (default 15). Out-of-range values are clamped.
 * @attr mode - `auto` (ice or heat from when the spasm started; default), `ice` or `heat`.
 * @attr started - When the spasm started, as an ISO date-time such as `2026-11-20T08:30`.
 * @attr sound - `on` (default) or `off`: the chime at the end of a session.
 * @attr heading - The widget's heading text. Default: "Ice and heat timer".
 * @attr heading-level - The heading's level, 1 to 5 (default 2); the safety heading and the questions sit one level below. Higher values are clamped to 5.
 * @attr lang - The widget's language: `en` built in, `es` and `fr` with their language packs. Default: the nearest ancestor's `lang`.
 * @attr theme - `auto` (default: follows the device's light or dark setting), `light` or `dark`.
 *
 * @prop {number | string | null} duration - Session length in minutes, 5 to 20 (default 15), as text or a number. Out-of-range values are clamped.
 * @prop {'auto' | 'ice' | 'heat' | null} mode - `auto` (ice or heat from when the spasm started; default), `ice` or `heat`.
 * @prop {string | number | Date | null} started - When the spasm started, as an ISO date-time such as `2026-11-20T08:30`; as a property also epoch milliseconds or a Date.
 * @prop {'on' | 'off' | boolean | null} sound - `on` (default) or `off`: the chime at the end of a session; as a property also `true` or `false`.
 * @prop {string | null} heading - The widget's heading text. Default: "Ice and heat timer".
 * @prop {number | string | null} headingLevel - The heading's level, 1 to 5 (default 2), as text or a number; the safety heading and the questions sit one level below. Higher values are clamped to 5.
 *
 * @fires {CustomEvent<TimerStartDetail>} timer-start - A session started. `detail`: `{ phase, durationMinutes, endsAt }`.
 * @fires {CustomEvent<TimerCompleteDetail>} timer-complete - A session reached its end. `detail`: `{ phase, durationMinutes, endedAt }`.
 *
 * @csspart base - The card around everything.
 * @csspart heading - The heading.
 * @csspart timer - The progress ring with the countdown inside it.
 * @csspart ring - The SVG progress ring.
 * @csspart countdown - The large mm:ss countdown.
 * @csspart controls - The row of buttons.
 * @csspart primary-button - Start, Pause or Resume.
 * @csspart reset-button - Reset.
 * @csspart banner - The "session done" banner, and the one that says when the next session can start.
 * @csspart done-message - What to do when a session has ended, in its banner.
 * @csspart notify - The "notify me" button and its message (gone once a session has ended).
 * @csspart notify-button - The "notify me" button.
 * @csspart schedule - The next session time and the count of sessions done today.
 * @csspart phase - The suggested therapy, the questions, why, and how to use it.
 * @csspart choices - The questions "Ice or heat?" and "When did the spasm start?", and each group of answer buttons in them.
 * @csspart choice - Each answer button.
 * @csspart sources - Each "Sources" disclosure: one for how to use ice or heat, one for the safety reminders.
 * @csspart safety - The safety reminders and who should ask a clinician first.
 *
 * @cssproperty --bsw-ice - Colour of the ring during ice.
 * @cssproperty --bsw-heat - Colour of the ring during heat.
 * @cssproperty --bsw-ring-track - Colour of the empty part of the ring.
 * @cssproperty --bsw-ring-size - Width of the ring (default and least 15em, so it grows with the text; never wider than the card).
 * @cssproperty --bsw-accent - Buttons and focus colours, as for every widget (see the shared list).
 * @tagname ice-heat-timer
 */
export class IceHeatTimer extends BswElement {
  static override styles = [hostStyles, baseStyles, choiceStyles, sourcesStyles, bannerStyles, timerStyles];

  static override properties = {
    duration: {},
    mode: {},
    started: {},
    sound: {},
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    record: { state: true },
    chosenMode: { state: true },
    chosenStart: { state: true },
    chosenStartedAt: { state: true },
    exactValue: { state: true },
    exactError: { state: true },
    announcement: { state: true },
    notifyState: { state: true },
    notifyAsked: { state: true },
    exactOpen: { state: true },
    exactBuilt: { state: true },
    shown: { state: true },
    timesHeld: { state: true },
  };

  // Raw values, as attributes or as properties set by a framework; willUpdate reads them into
  // `settings`, with warnings for bad values. Any type is read safely (see settings.ts).
  /** Session length in minutes, 5 to 20 (default 15), as text or a number. Out-of-range values are clamped. */
  duration: string | number | null = null;
  mode: string | null = null;
  /** When the spasm started, as an ISO date-time such as `2026-11-20T08:30`; as a property also epoch milliseconds or a Date. */
  started: string | number | Date | null = null;
  /** `on` (default) or `off`: the chime at the end of a session; as a property also `true` or `false`. */
  sound: string | boolean | null = null;
  heading: string | null = null;
  /** The heading's level, 1 to 5 (default 2), as text or a number; the safety heading and the questions sit one level below. Higher values are clamped to 5. */
  headingLevel: string | number | null = null;

  /** The validated heading level. */
  private level = 2;

  private record: TimerRecord = emptyRecord;
  /** The visitor's own answer to "ice or heat?", over the `mode` attribute. */
  private chosenMode: Mode | null = null;
  /** The visitor's own answer to "when did it start?", over the `started` attribute. */
  private chosenStart: StartChoice | 'exact' | null = null;
  private chosenStartedAt: number | null = null;
  private exactValue = '';
  private exactError: 'future' | 'invalid' | null = null;
  private announcement = '';
  private notifyState: NotificationState = 'unsupported';
  /** The visitor pressed "notify me" on this page. */
  private notifyAsked = false;
  /** "Enter the date and time" is open: it follows the disclosure, which the browser opens and closes. */
  private exactOpen = false;
  /** Its field is built: it is costly to lay out and most visitors pick a day instead. */
  private exactBuilt = false;
  /** What had focus in the timer as the update began (see keepFocus). */
  private focusedBefore: Element | null = null;

  /**
   * How much is rendered. A first render in a browser builds the top of the card (the countdown,
   * Start and the next session's time: what a phone shows first); the questions with the advice,
   * then the safety reminders with the sources' lists, follow one update each, each after the
   * previous one has painted, so no task of the timer's holds the main thread long. The server
   * renders everything, and every later update renders everything at once.
   */
  private shown: Shown = isServer ? FULL : TOP;
  private readonly fullReady: Promise<void>;
  private markFull: () => void = () => undefined;
  /** Work a tap on Start left for after its paint (saving, the wake lock, the chime), until done. */
  private afterTap: Promise<void> | null = null;
  /**
   * The next session's time is left out of the paint that follows a tap on Start: the first date
   * format a page makes costs a long task on a phone, so the time follows in the next task.
   */
  private timesHeld = false;

  constructor() {
    super();
    this.fullReady = new Promise((resolve) => (this.markFull = resolve));
  }

  private get primaryButton(): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>('[part="primary-button"]');
  }

  private settings: TimerSettings = { minutes: DEFAULT_SESSION_MINUTES, mode: 'auto', started: null, sound: true };
  private store: Store<TimerRecord> | null = null;
  private unsubscribe: (() => void) | null = null;
  private readonly chime = new Chime();
  /** The screen stays on during a session, where the document's permissions policy allows it. */
  private readonly wakeLock = new ScreenWakeLock(() => this.ownerDocument);

  /** The session's time, its refresh and its deadline (see clock.ts). */
  private readonly clock = new SessionClock(
    this,
    {
      deadline: () => (this.record.session.status === 'running' ? this.record.session.deadline : null),
      nextChange: (now) => this.nextChange(now),
      settle: () => {
        if (!this.checkDeadline()) this.clock.sync();
      },
      clockChanged: (offset) => {
        const shifted = shiftRecord(this.record, offset);
        if (shifted !== this.record) this.commit(shifted);
        else this.clock.sync();
      },
    },
    { wakeLock: this.wakeLock },
  );

  /** The session length used for the next session, in minutes (5 to 20). */
  get durationMinutes(): number {
    this.link();
    return this.readSettings(this.clock.now()).minutes;
  }

  /** `idle`, `running`, `paused` or `done`. */
  get status(): SessionStatus {
    this.link();
    return this.record.session.status;
  }

  /** The therapy of the session under way (running or paused), else the one suggested for the next. */
  get phase(): Phase {
    this.link();
    const session = this.record.session;
    return session.status === 'running' || session.status === 'paused' ? session.phase : this.decision(this.clock.now()).phase;
  }

  /** Milliseconds left in the current session (0 when there is none); never negative. */
  get remainingMs(): number {
    this.link();
    return remainingMs(this.record.session, this.clock.now());
  }

  /** When the next session may start (epoch milliseconds), or null if it may start now. */
  get nextSessionAt(): number | null {
    this.link();
    const next = this.nextSessionTime();
    return next !== null && next > this.clock.now() ? next : null;
  }

  protected override connected(): void {
    // The clock anchors on connection (for a running session restored from storage, too).
    this.store = createStore({ name: TIMER_STORAGE_NAME, version: TIMER_STORAGE_VERSION, validate: readTimerRecord });
    const now = this.clock.now();
    const loaded = this.store.load() ?? emptyRecord;
    // A session that ran out while the page was closed is shown as done, without a chime; times
    // stored while the clock was wrong are held to now and to the session's length.
    const settled = settleRecord(loaded, now);
    this.record = { ...settled, completed: pruneCompleted(settled.completed, now) };
    if (settled !== loaded) this.save();
    this.unsubscribe = this.store.subscribe((value) => this.adopt(value));
    this.notifyState = notificationState();
    this.clock.sync();
  }

  protected override disconnected(): void {
    // The clock has stopped its timers and let the wake lock go.
    this.chime.close();
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  /** Starts a session of the suggested therapy. Returns false if a session is under way or the skin still needs rest. */
  start(): boolean {
    this.link();
    return this.begin(false);
  }

  /**
   * Starts a session. From a tap, only what the visitor sees (the countdown running, Pause) is done
   * before the next paint, with what the browser wants inside the tap (waking the audio); saving
   * (which tells the other timers), the wake lock and a new audio context follow the paint.
   */
  private begin(fromTap: boolean): boolean {
    const status = this.record.session.status;
    if (status === 'running' || status === 'paused') return false;
    // The session's time counts from here, on the monotonic clock.
    this.clock.check();
    this.clock.anchor();
    const now = this.clock.now();
    if (!canStartSession(lastSessionEnd(this.record), now)) return false;
    this.settings = this.readSettings(now);
    const { minutes, sound } = this.settings;
    const session = startSession(this.decision(now).phase, minutes, now);
    if (session.status !== 'running') return false;
    if (fromTap) {
      const audioReady = sound ? this.chime.unlock() : true;
      this.record = { ...this.record, session };
      this.timesHeld = true;
      this.afterPaint(() => {
        this.timesHeld = false;
        if (!audioReady) this.chime.prepare();
        // Unless something else has saved and re-armed the clock since (a Pause, another tab).
        if (this.record.session === session) {
          this.save();
          this.clock.schedule();
        }
      });
    } else {
      if (sound) this.chime.prepare();
      this.commit({ ...this.record, session });
    }
    const content = this.content();
    this.announce(
      fill(content.announce.started, { session: content.phases[session.phase].session, minutes: this.minutesOf(session.durationMs) }),
    );
    this.dispatchEvent(
      new CustomEvent<TimerStartDetail>('timer-start', {
        bubbles: true,
        composed: true,
        detail: { phase: session.phase, durationMinutes: this.minutesOf(session.durationMs), endsAt: session.deadline },
      }),
    );
    return true;
  }

  pause(): void {
    this.link();
    if (this.record.session.status !== 'running') return;
    this.clock.check();
    if (this.checkDeadline()) return;
    this.commit({ ...this.record, session: pauseSession(this.record.session, this.clock.now()) });
    this.announce(this.content().announce.paused);
  }

  resume(): void {
    this.link();
    if (this.record.session.status !== 'paused') return;
    // The rest of the session counts from here, on the monotonic clock.
    this.clock.check();
    this.clock.anchor();
    const now = this.clock.now();
    if (this.readSettings(now).sound) this.chime.prepare();
    this.commit({ ...this.record, session: resumeSession(this.record.session, now) });
    this.announce(this.content().announce.resumed);
  }

  /** Stops the current session without counting it. Sessions already done still count. */
  reset(): void {
    this.link();
    if (this.record.session.status === 'idle') return;
    this.clock.check();
    this.commit({ ...this.record, session: idle });
    this.announce(this.content().announce.reset);
  }

  /** The wording in the visitor's language. */
  private text: TimerContent = englishTimer;

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The render root, open or closed (server markup may declare a closed one).
    this.focusedBefore = (this.renderRoot as ShadowRoot | undefined)?.activeElement ?? null;
    this.text = localeSection(this, 'timer', englishTimer);
    this.settings = this.readSettings(this.clock.now());
    if (changed.has('headingLevel')) {
      this.level = readInteger(this, 'heading-level', this.headingLevel, { min: 1, max: 5, fallback: 2 });
    }
    // A date the site set is shown in its field, open.
    if (changed.has('started') && this.settings.started !== null && this.chosenStart === null) this.exactOpen = true;
    if (this.exactOpen) this.exactBuilt = true;
  }

  override firstUpdated(): void {
    void this.fillIn();
  }

  /** The rest of the first render, one part after each paint (see `shown`). */
  private async fillIn(): Promise<void> {
    try {
      while (this.shown < FULL) {
        await afterNextPaint(this.ownerDocument.defaultView);
        // In turn with the other widgets' first renders, as one of them.
        await inTurn(() => {
          this.shown = (this.shown + 1) as Shown;
          this.performUpdate();
        });
      }
    } finally {
      this.shown = FULL;
      this.markFull();
    }
  }

  /** `updateComplete` waits until everything is rendered, and what a tap on Start left for after its paint. */
  protected override owedRender(): Promise<void> | null {
    return this.shown < FULL ? this.fullReady : this.afterTap;
  }

  /** Runs `work` in a task after the next paint (or soon, where a hidden page paints nothing). */
  private afterPaint(work: () => void): void {
    const previous = this.afterTap;
    const done = afterNextPaint(this.ownerDocument.defaultView).then(() => {
      // A failure is reported as an uncaught one would be; what waits on the work still goes on.
      try {
        work();
      } catch (error) {
        globalThis.reportError(error);
      }
    });
    const tracked: Promise<void> = (previous ? Promise.all([previous, done]).then(() => undefined) : done).then(() => {
      if (this.afterTap === tracked) this.afterTap = null;
    });
    this.afterTap = tracked;
  }

  override updated(changed: PropertyValues): void {
    this.keepFocus();
    // A new answer may move the moment heat takes over.
    const answers = ['chosenMode', 'chosenStartedAt', 'chosenStart', 'mode', 'started'];
    if (this.record.session.status !== 'running' && answers.some((name) => changed.has(name))) {
      this.clock.schedule();
    }
  }

  override render(): TemplateResult {
    const content = this.content();
    const now = this.clock.now();
    const session = this.record.session;
    const decision = this.decision(now);
    const phase = session.status === 'idle' ? decision.phase : session.phase;
    const minutes = session.status === 'idle' ? this.settings.minutes : this.minutesOf(session.durationMs);
    const left = session.status === 'idle' ? minutes * MINUTE : remainingMs(session, now);
    const inSession = session.status === 'running' || session.status === 'paused';
    // How-to advice is for the session under way, or else for the next one.
    const advice = content.phases[inSession ? phase : decision.phase].howTo;
    // The countdown and its buttons come first; what to do and how to stay safe follow.
    return html`
      <section class="card ${phase} ${this.shown < FULL ? 'filling' : ''}" part="base" lang=${ifDefined(this.contentLang)} aria-labelledby="heading">
        <div id="heading" class="heading" role="heading" aria-level=${this.level} part="heading">
          ${readText(this, 'heading', this.heading, content.heading)}
        </div>
        <p class="muted">${content.intro}</p>
        ${renderFace({ content, session, phase, minutes, left, now })}
        ${this.renderControls(content, now)}
        ${session.status === 'done'
          ? banner({
              tone: 'success',
              label: content.ui.doneLabel,
              content: html`<p class="done-message" part="done-message">${content.ui.doneMessage}</p>`,
            })
          : nothing}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
        ${this.renderNotify(content, now)} ${this.renderSchedule(content, now)}
        ${this.shown < PHASE
          ? nothing
          : html`<div class="phase" part="phase">
              ${inSession ? nothing : this.renderChoices(content, now)}
              ${inSession ? nothing : this.renderReason(content, decision, now)}
              <p>${advice.text}</p>
              ${lazySources(content.ui.sources, advice.sources, this.shown === FULL)}
            </div>`}
        ${this.shown < FULL
          ? nothing
          : html`${renderSafety(content, this.level + 1)}
              <p class="muted privacy">${content.privacy}</p>`}
      </section>
    `;
  }

  /**
   * A render that took away the control with focus (Reset once the session is over, "Notify me"
   * once answered, the notify block once the session has ended) would drop the keyboard to the
   * page: focus goes to what replaced the control, else to the timer's face, which reads the
   * session, the time left and the state. What changed is announced by the status region.
   */
  private keepFocus(): void {
    const lost = this.focusedBefore;
    this.focusedBefore = null;
    if (!lost || lost.isConnected || (this.renderRoot as ShadowRoot).activeElement) return;
    const name = lost.getAttribute('part');
    const replacement = name === 'reset-button' ? this.primaryButton : name && this.renderRoot.querySelector<HTMLElement>(`[part="${name}"]`);
    (replacement || this.renderRoot.querySelector<HTMLElement>('[part="timer"]'))?.focus();
  }

  private renderChoices(content: TimerContent, now: number): TemplateResult {
    const exact =
      this.chosenStart === 'exact'
        ? this.exactValue
        : this.chosenStart === null && this.settings.started !== null
          ? toLocalDateTimeValue(Math.min(this.settings.started, now))
          : '';
    return renderQuestions({
      content,
      level: this.level + 1,
      mode: this.chosenMode ?? this.settings.mode,
      onMode: (mode) => this.chooseMode(mode),
      start: this.chosenStart === 'exact' || this.chosenStart === null ? undefined : this.chosenStart,
      onStart: (choice) => this.chooseStart(choice),
      exact: {
        value: exact,
        max: toLocalDateTimeValue(now),
        error: this.exactError,
        open: this.exactOpen,
        built: this.exactBuilt,
        onSummaryClick: this.onExactSummaryClick,
        onToggle: this.onExactToggle,
        onChange: this.onExactChange,
      },
    });
  }

  private renderReason(content: TimerContent, decision: PhaseDecision, now: number): TemplateResult {
    const showHeatFrom = decision.phase === 'ice' && decision.heatFrom !== null && decision.heatFrom > now;
    return html`
      <p>
        <strong>${content.phases[decision.phase].name}.</strong>
        ${content.reasons[decision.reason]}
        ${showHeatFrom ? fill(content.heatFrom, { time: formatMoment(intlLocale(this), decision.heatFrom, now) }) : nothing}
      </p>
    `;
  }

  private renderControls(content: TimerContent, now: number): TemplateResult {
    const status = this.record.session.status;
    const resting = !canStartSession(lastSessionEnd(this.record), now);
    const primary =
      status === 'running'
        ? { label: content.ui.pause, blocked: false }
        : status === 'paused'
          ? { label: content.ui.resume, blocked: false }
          : { label: content.ui.start, blocked: resting };
    return html`
      <div class="controls" part="controls">
        <button
          type="button"
          class="primary"
          part="primary-button"
          aria-disabled=${primary.blocked ? 'true' : 'false'}
          aria-describedby=${primary.blocked ? 'rest' : nothing}
          @click=${this.onPrimary}
        >
          ${primary.label}
        </button>
        ${status === 'idle'
          ? nothing
          : html`<button type="button" part="reset-button" @click=${this.onReset}>${content.ui.reset}</button>`}
      </div>
    `;
  }

  private renderNotify(content: TimerContent, now: number): TemplateResult | typeof nothing {
    if (this.notifyState === 'unsupported') return nothing;
    // "When it ends" speaks of a session under way or about to start: not of one that has ended,
    // nor while the skin still rests.
    const status = this.record.session.status;
    const inSession = status === 'running' || status === 'paused';
    if (status === 'done' || (!inSession && !canStartSession(lastSessionEnd(this.record), now))) return nothing;
    const on = this.record.notify && this.notifyState === 'granted';
    return html`
      <div class="notify" part="notify">
        ${on
          ? html`<p>${content.ui.notifyOn}</p>
              <button type="button" part="notify-button" @click=${this.onNotifyStop}>${content.ui.notifyStop}</button>`
          : this.notifyState === 'denied'
            ? this.notifyAsked
              ? html`<p>${content.ui.notifyDenied}</p>`
              : nothing
            : html`<button type="button" part="notify-button" @click=${this.onNotifyClick}>
                ${content.ui.notifyButton}
              </button>`}
      </div>
    `;
  }

  private renderSchedule(content: TimerContent, now: number): TemplateResult {
    const next = this.nextSessionTime();
    const status = this.record.session.status;
    const waiting = next !== null && next > now;
    const inSession = status === 'running' || status === 'paused';
    const time = !waiting ? '' : this.timesHeld ? '\u2026' : formatMoment(intlLocale(this), next, now);
    // Between sessions, the time the next one may start is what the visitor waits for: it stands out.
    return html`
      <div class="schedule" part="schedule">
        ${waiting && inSession ? html`<p id="rest">${fill(content.ui.nextSession, { time })}</p>` : nothing}
        ${waiting && !inSession
          ? banner({ tone: 'info', label: content.ui.restLabel, content: html`<p id="rest">${fill(content.ui.restUntil, { time })}</p>` })
          : nothing}
        ${!waiting && next !== null ? html`<p>${content.ui.nextSessionNow}</p>` : nothing}
        <p>${fill(content.ui.sessionsToday, { count: sessionsOnDayOf(this.record.completed, now) })}</p>
      </div>
    `;
  }

  private content(): TimerContent {
    return this.text;
  }

  private readSettings(now: number): TimerSettings {
    return readSettings(this, this, now);
  }

  private decision(now: number): PhaseDecision {
    const mode = this.chosenMode ?? this.settings.mode;
    const started = this.chosenStart !== null ? this.chosenStartedAt : this.settings.started;
    return decidePhase({ mode, started, now });
  }

  /** When the next session may start: 2 hours after the current one will end, or after the last one ended. */
  private nextSessionTime(): number | null {
    const session = this.record.session;
    if (session.status === 'running') return nextSessionAt(session.deadline);
    if (session.status === 'paused') return nextSessionAt(this.clock.now() + session.remainingMs);
    return nextSessionAt(lastSessionEnd(this.record));
  }

  private minutesOf(durationMs: number): number {
    return Math.round(durationMs / MINUTE);
  }

  /**
   * Sets the record, saves it (the store passes it to the other timers on the page and in other
   * tabs), and re-arms the clock. Every caller reads the clock (check()) before working out the
   * record, so what is saved is always on the wall clock as it reads now.
   */
  private commit(record: TimerRecord): void {
    this.record = record;
    this.save();
    this.clock.sync();
  }

  private save(): void {
    this.store?.save(this.record);
  }

  /** Takes on a record written elsewhere: another tab, or another timer on this page. */
  private adopt(value: TimerRecord | null): void {
    // Unusable data from another tab was already reported by the store; keep what is shown.
    if (value === null && this.store?.memoryOnly) return;
    const before = this.record.session;
    // The record's times are on the wall clock as it reads now: count on from here.
    this.clock.anchor();
    const record = settleRecord(value ?? emptyRecord, this.clock.now());
    this.record = record;
    if (before.status === 'running' && record.session.status === 'done') {
      const content = this.content();
      this.announce(fill(content.announce.completed, { session: content.phases[record.session.phase].session }));
    }
    this.clock.sync();
  }

  /**
   * Between sessions the display changes only when the rest ends, heat takes over, or the day (and
   * so today's count) turns over: the first of those later than `now`, or null.
   */
  private nextChange(now: number): number | null {
    const midnight = new Date(now);
    midnight.setHours(24, 0, 0, 0);
    const moments = [this.nextSessionTime(), this.decision(now).heatFrom, midnight.getTime()];
    const later = moments.filter((time): time is number => time !== null && time > now);
    return later.length > 0 ? Math.min(...later) : null;
  }

  /**
   * Completes the running session if its deadline has passed; returns true if it did. The time is
   * the clock's (monotonic within the page), so a changed wall clock neither ends a session early
   * nor makes it run longer.
   */
  private checkDeadline(): boolean {
    const session = this.record.session;
    if (session.status !== 'running') return false;
    const now = this.clock.now();
    const settled = settleRecord(this.record, now);
    if (settled.session.status !== 'done') {
      if (settled !== this.record) this.commit(settled);
      return false;
    }
    const endedAt = settled.session.endedAt;
    // Another tab may have signalled this very session already. (Timers on this page follow the
    // first one to finish: the store passes them its record as it saves it, so they never reach
    // this point for the same session.)
    const stored = this.store?.load();
    const already = stored?.session.status === 'done' && stored.session.endedAt === endedAt;
    this.commit(settled);
    const content = this.content();
    const sessionName = content.phases[session.phase].session;
    this.announce(fill(content.announce.completed, { session: sessionName }));
    if (!already) this.signalCompletion(content, session.phase, this.minutesOf(session.durationMs), endedAt);
    return true;
  }

  private signalCompletion(content: TimerContent, phase: Phase, durationMinutes: number, endedAt: number): void {
    if (this.settings.sound) this.chime.play();
    vibrate();
    if (this.record.notify) showNotification(content.notification.title, content.notification.body);
    this.dispatchEvent(
      new CustomEvent<TimerCompleteDetail>('timer-complete', {
        bubbles: true,
        composed: true,
        detail: { phase, durationMinutes, endedAt },
      }),
    );
  }

  private announce(text: string): void {
    // A trailing space that alternates makes a repeated message count as new for screen readers.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  private chooseMode(mode: Mode): void {
    this.chosenMode = mode;
  }

  private chooseStart(choice: StartChoice): void {
    this.chosenStart = choice;
    this.chosenStartedAt = startedFromChoice(choice, this.clock.now());
    this.exactValue = '';
    this.exactError = null;
  }

  // Runs before the browser opens the disclosure: the field is built first, so it never opens empty.
  private onExactSummaryClick = (): void => {
    this.exactBuilt = true;
  };

  private onExactToggle = (event: Event): void => {
    this.exactOpen = (event.currentTarget as HTMLDetailsElement).open;
  };

  private onExactChange = (event: Event): void => {
    const field = (event.target as HTMLInputElement).value;
    const value = typeof field === 'string' ? field : '';
    this.exactValue = value;
    if (value.trim() === '') {
      this.exactError = null;
      if (this.chosenStart === 'exact') {
        this.chosenStart = null;
        this.chosenStartedAt = null;
      }
      return;
    }
    const time = parseLocalDateTime(value);
    if (time === null) {
      this.exactError = 'invalid';
    } else if (time > this.clock.now()) {
      this.exactError = 'future';
    } else {
      this.exactError = null;
      this.chosenStart = 'exact';
      this.chosenStartedAt = time;
    }
    // Focus stays in the field, to put it right; the error under it is also said.
    const started = this.content().started;
    if (this.exactError) this.announce(this.exactError === 'future' ? started.futureError : started.invalidError);
  };

  private onPrimary = (): void => {
    const status = this.record.session.status;
    if (status === 'running') this.pause();
    else if (status === 'paused') this.resume();
    else this.begin(true);
  };

  private onReset = async (): Promise<void> => {
    this.reset();
    // The Reset button goes away with the session; keep the keyboard where the visitor is.
    await this.updateComplete;
    this.primaryButton?.focus();
  };

  private onNotifyStop = async (): Promise<void> => {
    this.clock.check();
    this.commit({ ...this.record, notify: false });
    await this.updateComplete;
    // The button changes back to "Notify me"; keep the keyboard on it.
    this.renderRoot.querySelector<HTMLElement>('[part="notify-button"]')?.focus();
  };

  private onNotifyClick = async (): Promise<void> => {
    this.notifyAsked = true;
    const state = await askNotificationPermission();
    this.notifyState = state;
    const ui = this.content().ui;
    if (state === 'granted') {
      this.clock.check();
      this.commit({ ...this.record, notify: true });
      this.announce(ui.notifyOn);
    } else if (state === 'denied') {
      this.announce(ui.notifyDenied);
    }
  };
}
