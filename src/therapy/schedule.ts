/*
 * The ice-then-heat schedule of CLINICAL.md ("Ice and heat"): which therapy to use, how long a
 * session may last, and when the next one is due. Pure: every function takes the time it needs.
 */
import { datePartsOf, isRealDate } from '../internal/dates.js';

/** The therapy of one session. */
export type Phase = 'ice' | 'heat';

/** How the phase is chosen: from when the spasm started (`auto`), or by the visitor or site. */
export type Mode = 'auto' | Phase;

export const modes: readonly Mode[] = ['auto', 'ice', 'heat'];

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

/** Ice during the first 48 hours after the spasm started, heat afterwards. */
export const ICE_HOURS = 48;
export const MIN_SESSION_MINUTES = 5;
export const MAX_SESSION_MINUTES = 20;
export const DEFAULT_SESSION_MINUTES = 15;
/** Rest between the end of one session and the start of the next. */
export const REST_HOURS = 2;

/** Why the phase is what it is; the element words each reason for the visitor. */
export type PhaseReason =
  /** The visitor or the site chose ice or heat. */
  | 'chosen'
  /** The spasm started less than 48 hours ago. */
  | 'first-48-hours'
  /** The spasm started 48 hours ago or more. */
  | 'after-48-hours'
  /** Nobody said when it started (or the date could not be read): ice, as for a new spasm. */
  | 'start-unknown'
  /** The start given is later than now; a spasm cannot start in the future, so it counts as now. */
  | 'start-in-future';

export interface PhaseDecision {
  readonly phase: Phase;
  readonly reason: PhaseReason;
  /** When heat takes over from ice (start + 48 hours), if the start is known. */
  readonly heatFrom: number | null;
}

function isTime(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * The phase for a session starting `now`. With mode `auto` it follows the time since the spasm
 * started: ice before 48:00 hours, heat from 48:00 hours on.
 */
export function decidePhase({
  mode,
  started,
  now,
}: {
  mode: Mode;
  started: number | null | undefined;
  now: number;
}): PhaseDecision {
  const chosen = mode === 'ice' || mode === 'heat';
  if (!isTime(started)) {
    return chosen ? { phase: mode, reason: 'chosen', heatFrom: null } : { phase: 'ice', reason: 'start-unknown', heatFrom: null };
  }
  const heatFrom = Math.min(started, now) + ICE_HOURS * HOUR;
  if (chosen) return { phase: mode, reason: 'chosen', heatFrom };
  if (started > now) return { phase: 'ice', reason: 'start-in-future', heatFrom };
  return now >= heatFrom
    ? { phase: 'heat', reason: 'after-48-hours', heatFrom }
    : { phase: 'ice', reason: 'first-48-hours', heatFrom };
}

/**
 * A session length in whole minutes within 5..20; anything unusable (NaN, Infinity) gives 15.
 * `clamped` says the value given was outside the range.
 */
export function clampSessionMinutes(minutes: number): { minutes: number; clamped: boolean } {
  if (!Number.isFinite(minutes)) return { minutes: DEFAULT_SESSION_MINUTES, clamped: true };
  const whole = Math.round(minutes);
  const value = Math.min(MAX_SESSION_MINUTES, Math.max(MIN_SESSION_MINUTES, whole));
  return { minutes: value, clamped: value !== whole };
}

/**
 * When the next session may start: 2 hours after the last one ended, or null when there is no
 * need to wait (no session yet). A time in the past means "now".
 */
export function nextSessionAt(lastSessionEndedAt: number | null | undefined): number | null {
  return isTime(lastSessionEndedAt) ? lastSessionEndedAt + REST_HOURS * HOUR : null;
}

/** True when a new session may start at `now`: the skin has had its 2 hours of rest. */
export function canStartSession(lastSessionEndedAt: number | null | undefined, now: number): boolean {
  const next = nextSessionAt(lastSessionEndedAt);
  return next === null || now >= next;
}

/** The quick answers to "when did the spasm start?". */
export type StartChoice = 'today' | 'yesterday' | 'two-days-ago';

export const startChoices: readonly StartChoice[] = ['today', 'yesterday', 'two-days-ago'];

/**
 * The start time a quick answer stands for: "today" is now, "yesterday" a day ago, and
 * "2 or more days ago" exactly 48 hours ago, so it already counts as heat.
 */
export function startedFromChoice(choice: StartChoice, now: number): number {
  const hoursAgo = choice === 'today' ? 0 : choice === 'yesterday' ? 24 : ICE_HOURS;
  return now - hoursAgo * HOUR;
}

/**
 * The time of a date-time input's value ("2026-11-20T08:30", local time), or null if it is not a
 * real date and time.
 */
export function parseLocalDateTime(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return null;
  const parts = datePartsOf(match);
  // Refuses dates that would roll over, such as 31 February.
  if (!isRealDate(parts)) return null;
  const [year, month, day, hour, minute, second] = parts;
  const date = new Date(year, month - 1, day, hour, minute, second);
  return date.getTime();
}

/** The value a date-time input shows for a time, in local time ("2026-11-20T08:30"). */
export function toLocalDateTimeValue(time: number): string {
  const date = new Date(time);
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    `${String(date.getFullYear()).padStart(4, '0')}-${two(date.getMonth() + 1)}-${two(date.getDate())}` +
    `T${two(date.getHours())}:${two(date.getMinutes())}`
  );
}
