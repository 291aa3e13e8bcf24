import type { DayNames, MonthNames } from './checklist-types.js';
import type { Cited } from './types.js';

/*
 * Wording of <ice-heat-timer>. `{name}` placeholders are filled in by the element with fill().
 * The numbers of the schedule (48 hours, 5..20 minutes, 2 hours of rest) live in src/therapy/;
 * the wording here must agree with them.
 */

/** The two therapies. */
export type TimerPhaseId = 'ice' | 'heat';

/** The quick answers to "when did the spasm start?". */
export type TimerStartChoiceId = 'today' | 'yesterday' | 'two-days-ago';

/** Why the timer suggests ice or heat. */
export type TimerPhaseReasonId = 'chosen' | 'first-48-hours' | 'after-48-hours' | 'start-unknown' | 'start-in-future';

export interface TimerPhaseWording {
  /** The therapy's name on its own: "Ice". */
  readonly name: string;
  /** A session of it, as a label: "Ice session". */
  readonly session: string;
  /** How to use it, with its sources. */
  readonly howTo: Cited;
}

/**
 * How the timer writes a moment in its messages in this language, exactly as Intl.DateTimeFormat
 * writes it (the language's calendar words, not wording of ours), so that a page need not load
 * Intl's date data. src/ice-heat-timer/times.ts lists the tags written from these, with the time
 * of day ("1:05 PM", "13:05") of each; any other tag, in any language, is written by Intl.
 */
export interface TimerTimes {
  /** Each day's short name, Sunday first, as it stands in `otherDay`: "Sun", "dom", "dim.". */
  readonly weekdays: DayNames;
  /** Each month's short name, January first, as it stands in `otherDay`: "Jan", "ene", "janv.". */
  readonly months: MonthNames;
  /** A moment on another day this year, `{time}` being the time of day: "{weekday}, {month} {day}, {time}". */
  readonly otherDay: string;
  /** A moment in another year: "{weekday}, {month} {day}, {year}, {time}". */
  readonly otherYear: string;
}

export interface TimerContent {
  readonly heading: string;
  readonly intro: string;
  /** What is kept in the browser, and what is not. */
  readonly privacy: string;
  readonly phases: Readonly<Record<TimerPhaseId, TimerPhaseWording>>;
  /** The choice between following the date, ice, or heat. */
  readonly mode: {
    readonly legend: string;
    readonly auto: string;
    readonly ice: string;
    readonly heat: string;
  };
  /** The question "when did the spasm start?". */
  readonly started: {
    readonly legend: string;
    readonly choices: Readonly<Record<TimerStartChoiceId, string>>;
    /** The exact date and time field. */
    readonly exactLabel: string;
    readonly exactHint: string;
    readonly futureError: string;
    readonly invalidError: string;
  };
  /** Why this phase: `{heatFrom}` is the date and time heat takes over. */
  readonly reasons: Readonly<Record<TimerPhaseReasonId, string>>;
  /** Heat takes over from ice at a known time: "Switch to heat from {time}." */
  readonly heatFrom: string;
  readonly ui: {
    readonly start: string;
    readonly pause: string;
    readonly resume: string;
    readonly reset: string;
    /** "{session}, {minutes} minutes" */
    readonly sessionLength: string;
    /** Spoken form of the countdown: "{minutes} min {seconds} s left". */
    readonly timeLeft: string;
    readonly statusIdle: string;
    readonly statusRunning: string;
    readonly statusPaused: string;
    readonly statusDone: string;
    /** The word on the banner when a session has ended: "Session done". */
    readonly doneLabel: string;
    /** The session has ended: what to do now. */
    readonly doneMessage: string;
    readonly notifyButton: string;
    readonly notifyOn: string;
    readonly notifyStop: string;
    readonly notifyDenied: string;
    /** "Next session from {time}." */
    readonly nextSession: string;
    /** The word on the banner that says when the next session may start: "Next session". */
    readonly restLabel: string;
    /** Why Start is not available yet: "Give your skin a rest until {time}." */
    readonly restUntil: string;
    readonly nextSessionNow: string;
    /** "Sessions done today: {count}" */
    readonly sessionsToday: string;
    readonly safetyHeading: string;
    readonly askFirstHeading: string;
    /** The disclosure that lists the sources of a section: "Sources". */
    readonly sources: string;
  };
  /** Spoken through the polite status region; never the countdown itself. */
  readonly announce: {
    /** "{session} started: {minutes} minutes." */
    readonly started: string;
    readonly paused: string;
    readonly resumed: string;
    readonly reset: string;
    /** "{session} finished. …" */
    readonly completed: string;
  };
  /** The system notification, only shown if the visitor asked for it. */
  readonly notification: {
    readonly title: string;
    readonly body: string;
  };
  /** The calendar words and order of the times in messages ("{time}" in `heatFrom` and `ui`). */
  readonly times: TimerTimes;
  /** Safety reminders shown with every session. */
  readonly safety: readonly Cited[];
  /** Who should ask a clinician before using ice or heat. */
  readonly askFirst: readonly Cited[];
}
