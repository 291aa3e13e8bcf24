import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { timer as englishTimer } from '../content/en/timer.js';
import { fill } from '../content/fill.js';
import type { TimerContent } from '../content/types.js';
import { readDateTime, readEnum, readInteger, readText } from '../internal/attributes.js';
import { banner, bannerStyles } from '../internal/banner.js';
import { BswElement } from '../internal/base.js';
import { choiceStyles } from '../internal/choices.js';
import { dateFormat, intlLocale, localeSection } from '../internal/locale.js';
import { createStore, type Store } from '../internal/storage.js';
import { sourcesDisclosure, sourcesStyles } from '../internal/sources.js';
import { baseStyles } from '../internal/styles.js';
import { describe, warnOnce } from '../internal/warn.js';
import {
  canStartSession,
  DEFAULT_SESSION_MINUTES,
  decidePhase,
  emptyRecord,
  formatCountdown,
  idle,
  lastSessionEnd,
  MAX_SESSION_MINUTES,
  MIN_SESSION_MINUTES,
  HOUR,
  MINUTE,
  minutesAndSeconds,
  modes,
  nextSessionAt,
  parseLocalDateTime,
  pauseSession,
  progressOf,
  pruneCompleted,
  readTimerRecord,
  remainingMs,
  resumeSession,
  sessionsOnDayOf,
  settleRecord,
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
import { timerStyles } from './ice-heat-timer.styles.js';
import { renderQuestions } from './questions.js';

export interface TimerStartDetail {
  readonly phase: Phase;
  readonly durationMinutes: number;
  /** When the session will end if it is not paused (epoch milliseconds). */
  readonly endsAt: number;
}

export interface TimerCompleteDetail {
  readonly phase: Phase;
  readonly durationMinutes: number;
  /** When the session ended (epoch milliseconds). */
  readonly endedAt: number;
}

declare global {
  interface HTMLElementEventMap {
    'timer-start': CustomEvent<TimerStartDetail>;
    'timer-complete': CustomEvent<TimerCompleteDetail>;
  }
}

/** The localStorage key (with the library's prefix) and format version of the saved timer. */
export const TIMER_STORAGE_NAME = 'ice-heat-timer';
export const TIMER_STORAGE_VERSION = 1;

/** Timers on this page, so two of them stay in step (the `storage` event only reaches other tabs). */
const timersOnPage = new Set<IceHeatTimer>();

const RING_RADIUS = 54;
const RING_LENGTH = 2 * Math.PI * RING_RADIUS;

interface Settings {
  minutes: number;
  mode: Mode;
  started: number | null;
  sound: boolean;
}

/**
 * Times ice, then heat, for a back spasm: ice in the first 48 hours after it started, heat
 * afterwards, 5 to 20 minutes a session with 2 hours of rest between sessions. The time left is
 * always worked out from the session's deadline, so it stays right in a background tab, after
 * sleep, and across a reload.
 *
 * @summary An ice-then-heat session timer with safety reminders, for a back spasm.
 *
 * @attr duration - Session length in minutes, 5 to 20 (default 15). Out-of-range values are clamped.
 * @attr mode - `auto` (ice or heat from when the spasm started; default), `ice` or `heat`.
 * @attr started - When the spasm started, as an ISO date-time such as `2026-11-20T08:30`.
 * @attr sound - `on` (default) or `off`: the chime at the end of a session.
 * @attr heading - The widget's heading text. Default: "Ice and heat timer".
 * @attr heading-level - The heading's level, 1 to 6 (default 2); the safety heading sits one level below.
 * @attr lang - The widget's language: `en` built in, `es` and `fr` with their language packs. Default: the nearest ancestor's `lang`.
 * @attr theme - `auto` (default: follows the device's light or dark setting), `light` or `dark`.
 *
 * @fires timer-start - A session started. `detail`: `{ phase, durationMinutes, endsAt }`.
 * @fires timer-complete - A session reached its end. `detail`: `{ phase, durationMinutes, endedAt }`.
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
 * @cssproperty --bsw-ring-size - Width of the ring (default min(15rem, 70vw)).
 * @cssproperty --bsw-accent - Buttons and focus colours, as for every widget (see the shared list).
 * @tagname ice-heat-timer
 */
export class IceHeatTimer extends BswElement {
  static override styles = [baseStyles, choiceStyles, sourcesStyles, bannerStyles, timerStyles];

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
  };

  // Raw attribute values; willUpdate reads them into `settings`, with warnings for bad values.
  duration: string | null = null;
  mode: string | null = null;
  started: string | null = null;
  sound: string | null = null;
  heading: string | null = null;
  headingLevel: string | null = null;

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

  private get primaryButton(): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>('[part="primary-button"]');
  }

  private settings: Settings = { minutes: DEFAULT_SESSION_MINUTES, mode: 'auto', started: null, sound: true };
  private store: Store<TimerRecord> | null = null;
  private unsubscribe: (() => void) | null = null;
  private completionTimer: ReturnType<typeof setTimeout> | undefined;
  // An interval while counting down, a timeout while waiting: timers of both kinds share one id type.
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly chime = new Chime();
  private readonly wakeLock = new ScreenWakeLock();

  /** The session length used for the next session, in minutes (5 to 20). */
  get durationMinutes(): number {
    return this.readSettings().minutes;
  }

  /** `idle`, `running`, `paused` or `done`. */
  get status(): SessionStatus {
    return this.record.session.status;
  }

  /** The therapy of the session under way (running or paused), else the one suggested for the next. */
  get phase(): Phase {
    const session = this.record.session;
    return session.status === 'running' || session.status === 'paused' ? session.phase : this.decision(Date.now()).phase;
  }

  /** Milliseconds left in the current session (0 when there is none); never negative. */
  get remainingMs(): number {
    return remainingMs(this.record.session, Date.now());
  }

  /** When the next session may start (epoch milliseconds), or null if it may start now. */
  get nextSessionAt(): number | null {
    const next = this.nextSessionTime();
    return next !== null && next > Date.now() ? next : null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    timersOnPage.add(this);
    this.store = createStore({ name: TIMER_STORAGE_NAME, version: TIMER_STORAGE_VERSION, validate: readTimerRecord });
    const now = Date.now();
    const loaded = this.store.load() ?? emptyRecord;
    // A session that ran out while the page was closed is shown as done, without a chime.
    const settled = settleRecord(loaded, now);
    this.record = { ...settled, completed: pruneCompleted(settled.completed, now) };
    if (settled !== loaded) this.save();
    this.unsubscribe = this.store.subscribe((value) => this.adopt(value));
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    window.addEventListener('pageshow', this.onVisibilityChange);
    this.notifyState = notificationState();
    this.syncClock();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    timersOnPage.delete(this);
    this.stopClock();
    this.wakeLock.release();
    this.chime.close();
    this.unsubscribe?.();
    this.unsubscribe = null;
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    window.removeEventListener('pageshow', this.onVisibilityChange);
  }

  /** Starts a session of the suggested therapy. Returns false if a session is under way or the skin still needs rest. */
  start(): boolean {
    const now = Date.now();
    const status = this.record.session.status;
    if (status === 'running' || status === 'paused') return false;
    if (!canStartSession(lastSessionEnd(this.record), now)) return false;
    this.settings = this.readSettings();
    const { minutes, sound } = this.settings;
    if (sound) this.chime.prepare();
    const session = startSession(this.decision(now).phase, minutes, now);
    if (session.status !== 'running') return false;
    this.commit({ ...this.record, session });
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
    if (this.record.session.status !== 'running') return;
    if (this.checkDeadline()) return;
    this.commit({ ...this.record, session: pauseSession(this.record.session, Date.now()) });
    this.announce(this.content().announce.paused);
  }

  resume(): void {
    if (this.record.session.status !== 'paused') return;
    if (this.readSettings().sound) this.chime.prepare();
    this.commit({ ...this.record, session: resumeSession(this.record.session, Date.now()) });
    this.announce(this.content().announce.resumed);
  }

  /** Stops the current session without counting it. Sessions already done still count. */
  reset(): void {
    if (this.record.session.status === 'idle') return;
    this.commit({ ...this.record, session: idle });
    this.announce(this.content().announce.reset);
  }

  /** The wording in the visitor's language. */
  private text: TimerContent = englishTimer;

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.text = localeSection(this, 'timer', englishTimer);
    this.settings = this.readSettings();
    if (changed.has('headingLevel')) {
      this.level = readInteger(this, 'heading-level', this.headingLevel, { min: 1, max: 6, fallback: 2 });
    }
    // A date the site set is shown in its field, open.
    if (changed.has('started') && this.settings.started !== null && this.chosenStart === null) this.exactOpen = true;
    if (this.exactOpen) this.exactBuilt = true;
  }

  override updated(changed: PropertyValues): void {
    // A new answer may move the moment heat takes over.
    const answers = ['chosenMode', 'chosenStartedAt', 'chosenStart', 'mode', 'started'];
    if (this.record.session.status !== 'running' && answers.some((name) => changed.has(name))) {
      this.scheduleIdleRefresh();
    }
  }

  override render(): TemplateResult {
    const content = this.content();
    const now = Date.now();
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
      <section class="card ${phase}" part="base" aria-labelledby="heading">
        <div id="heading" class="heading" role="heading" aria-level=${this.level} part="heading">
          ${readText(this, 'heading', this.heading, content.heading)}
        </div>
        <p class="muted">${content.intro}</p>
        ${this.renderTimer(content, phase, minutes, left, now)}
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
        <div class="phase" part="phase">
          ${inSession ? nothing : this.renderChoices(content)}
          ${inSession ? nothing : this.renderReason(content, decision, now)}
          <p>${advice.text}</p>
          ${sourcesDisclosure(content.ui.sources, advice.sources)}
        </div>
        ${this.renderSafety(content)}
        <p class="muted privacy">${content.privacy}</p>
      </section>
    `;
  }

  private renderChoices(content: TimerContent): TemplateResult {
    const exact =
      this.chosenStart === 'exact'
        ? this.exactValue
        : this.chosenStart === null && this.settings.started !== null
          ? toLocalDateTimeValue(Math.min(this.settings.started, Date.now()))
          : '';
    return renderQuestions({
      content,
      level: Math.min(this.level + 1, 6),
      mode: this.chosenMode ?? this.settings.mode,
      onMode: (mode) => this.chooseMode(mode),
      start: this.chosenStart === 'exact' || this.chosenStart === null ? undefined : this.chosenStart,
      onStart: (choice) => this.chooseStart(choice),
      exact: {
        value: exact,
        max: toLocalDateTimeValue(Date.now()),
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
        ${showHeatFrom ? fill(content.heatFrom, { time: this.formatTime(decision.heatFrom, now) }) : nothing}
      </p>
    `;
  }

  private renderTimer(content: TimerContent, phase: Phase, minutes: number, left: number, now: number): TemplateResult {
    const session = this.record.session;
    const progress = progressOf(session, now);
    const spoken = minutesAndSeconds(left);
    const statusText = {
      idle: content.ui.statusIdle,
      running: content.ui.statusRunning,
      paused: content.ui.statusPaused,
      done: content.ui.statusDone,
    }[session.status];
    return html`
      <div class="timer" part="timer">
        <svg class="ring" part="ring" viewBox="0 0 120 120" aria-hidden="true" focusable="false">
          <circle class="track" cx="60" cy="60" r=${RING_RADIUS}></circle>
          <circle
            class="progress"
            cx="60"
            cy="60"
            r=${RING_RADIUS}
            stroke-dasharray=${RING_LENGTH.toFixed(2)}
            stroke-dashoffset=${(RING_LENGTH * progress).toFixed(2)}
            transform="rotate(-90 60 60)"
          ></circle>
        </svg>
        <div class="face">
          <p class="label">${fill(content.ui.sessionLength, { session: content.phases[phase].session, minutes })}</p>
          <p class="countdown" part="countdown">
            <span aria-hidden="true">${formatCountdown(left)}</span>
            <span class="visually-hidden">${fill(content.ui.timeLeft, spoken)}</span>
          </p>
          <p class="state">${statusText}</p>
        </div>
      </div>
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
    const time = waiting ? this.formatTime(next, now) : '';
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

  private renderSafety(content: TimerContent): TemplateResult {
    return html`
      <section class="safety" part="safety" aria-labelledby="safety-heading">
        <div id="safety-heading" class="subheading" role="heading" aria-level=${Math.min(this.level + 1, 6)}>
          ${content.ui.safetyHeading}
        </div>
        <ul>
          ${content.safety.map((item) => html`<li>${item.text}</li>`)}
        </ul>
        <p id="ask-first"><strong>${content.ui.askFirstHeading}</strong></p>
        <ul aria-labelledby="ask-first">
          ${content.askFirst.map((item) => html`<li>${item.text}</li>`)}
        </ul>
        ${sourcesDisclosure(content.ui.sources, [...content.safety, ...content.askFirst].flatMap((item) => item.sources))}
      </section>
    `;
  }

  private content(): TimerContent {
    return this.text;
  }

  private readSettings(): Settings {
    const minutes = readInteger(this, 'duration', this.duration, {
      min: MIN_SESSION_MINUTES,
      max: MAX_SESSION_MINUTES,
      fallback: DEFAULT_SESSION_MINUTES,
    });
    const mode = readEnum(this, 'mode', this.mode, modes, 'auto');
    const sound = readEnum(this, 'sound', this.sound, ['on', 'off'] as const, 'on') === 'on';
    const started = readDateTime(this, 'started', this.started);
    if (started !== null && started > Date.now()) {
      warnOnce(
        `attr:started:future:${this.started}`,
        `<${this.localName}> started=${describe(this.started)} is in the future; using the current time.`,
        this,
      );
    }
    return { minutes, mode, started, sound };
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
    if (session.status === 'paused') return nextSessionAt(Date.now() + session.remainingMs);
    return nextSessionAt(lastSessionEnd(this.record));
  }

  private minutesOf(durationMs: number): number {
    return Math.round(durationMs / MINUTE);
  }

  private formatTime(time: number, now: number): string {
    const sameDay = new Date(time).toDateString() === new Date(now).toDateString();
    const options: Intl.DateTimeFormatOptions = sameDay
      ? { hour: 'numeric', minute: '2-digit' }
      : { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' };
    return dateFormat(intlLocale(this), options).format(time);
  }

  /** Sets the record, saves it, keeps other timers on the page in step, and resets the clock. */
  private commit(record: TimerRecord): void {
    this.record = record;
    this.save();
    for (const other of timersOnPage) if (other !== this) other.adopt(record);
    this.syncClock();
  }

  private save(): void {
    this.store?.save(this.record);
  }

  /** Takes on a record written elsewhere: another tab, or another timer on this page. */
  private adopt(value: TimerRecord | null): void {
    // Unusable data from another tab was already reported by the store; keep what is shown.
    if (value === null && this.store?.memoryOnly) return;
    const before = this.record.session;
    const record = settleRecord(value ?? emptyRecord, Date.now());
    this.record = record;
    if (before.status === 'running' && record.session.status === 'done') {
      const content = this.content();
      this.announce(fill(content.announce.completed, { session: content.phases[record.session.phase].session }));
    }
    this.syncClock();
  }

  /**
   * Time is read from the clock, never counted: one timeout at the deadline completes the session,
   * and a once-a-second refresh only repaints from Date.now().
   */
  private syncClock(): void {
    this.stopClock();
    const session = this.record.session;
    if (session.status === 'running' && this.isConnected) {
      this.completionTimer = setTimeout(this.onDeadline, Math.max(0, session.deadline - Date.now()));
      this.refreshTimer = setInterval(this.onRefresh, 1000);
      if (document.visibilityState === 'visible') this.wakeLock.hold();
      else this.wakeLock.release();
    } else {
      this.wakeLock.release();
      this.scheduleIdleRefresh();
    }
    this.requestUpdate();
  }

  private scheduleIdleRefresh(): void {
    clearTimeout(this.refreshTimer);
    if (this.isConnected) this.refreshTimer = setTimeout(this.onIdleRefresh, this.untilNextChange(Date.now()));
  }

  /**
   * Between sessions the display changes only when the rest ends, heat takes over, or the day
   * (and so today's count) turns over; an hour at most, as a clock may jump.
   */
  private untilNextChange(now: number): number {
    const midnight = new Date(now);
    midnight.setHours(24, 0, 0, 0);
    const moments = [this.nextSessionTime(), this.decision(now).heatFrom, midnight.getTime(), now + HOUR];
    const next = Math.min(...moments.filter((time): time is number => time !== null && time > now));
    return Math.max(0, next - now);
  }

  private onIdleRefresh = (): void => {
    this.syncClock();
  };

  private stopClock(): void {
    clearTimeout(this.completionTimer);
    // The refresh is an interval while running and a timeout between sessions.
    clearInterval(this.refreshTimer);
    clearTimeout(this.refreshTimer);
    this.completionTimer = undefined;
    this.refreshTimer = undefined;
  }

  private onRefresh = (): void => {
    const session = this.record.session;
    // The clock jumped past the deadline while the timeout still waits (sleep): bring it forward.
    if (session.status === 'running' && Date.now() >= session.deadline) {
      clearTimeout(this.completionTimer);
      this.completionTimer = setTimeout(this.onDeadline, 0);
    }
    this.requestUpdate();
  };

  private onDeadline = (): void => {
    if (!this.checkDeadline()) this.syncClock();
  };

  private onVisibilityChange = (): void => {
    if (document.visibilityState === 'hidden') {
      this.wakeLock.release();
      return;
    }
    if (!this.checkDeadline()) this.syncClock();
  };

  /**
   * Completes the running session if its deadline has passed; returns true if it did. A clock set
   * back is handled too: the session is held to its length.
   */
  private checkDeadline(): boolean {
    const session = this.record.session;
    if (session.status !== 'running') return false;
    const now = Date.now();
    const settled = settleRecord(this.record, now);
    if (settled.session.status !== 'done') {
      if (settled !== this.record) this.commit(settled);
      return false;
    }
    const endedAt = settled.session.endedAt;
    // Another tab may have signalled this very session already. (Timers on this page follow the
    // first one to finish, through commit(), so they never reach this point for the same session.)
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
    this.chosenStartedAt = startedFromChoice(choice, Date.now());
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
    const value = (event.target as HTMLInputElement).value;
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
    } else if (time > Date.now()) {
      this.exactError = 'future';
    } else {
      this.exactError = null;
      this.chosenStart = 'exact';
      this.chosenStartedAt = time;
    }
  };

  private onPrimary = (): void => {
    const status = this.record.session.status;
    if (status === 'running') this.pause();
    else if (status === 'paused') this.resume();
    else this.start();
  };

  private onReset = async (): Promise<void> => {
    this.reset();
    // The Reset button goes away with the session; keep the keyboard where the visitor is.
    await this.updateComplete;
    this.primaryButton?.focus();
  };

  private onNotifyStop = async (): Promise<void> => {
    this.commit({ ...this.record, notify: false });
    await this.updateComplete;
    // The button changes back to "Notify me"; keep the keyboard on it.
    this.renderRoot.querySelector<HTMLElement>('[part="notify-button"]')?.focus();
  };

  private onNotifyClick = async (): Promise<void> => {
    this.notifyAsked = true;
    const state = await askNotificationPermission();
    this.notifyState = state;
    if (state === 'granted') this.commit({ ...this.record, notify: true });
  };
}
