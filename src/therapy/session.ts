/*
 * One timed session and the saved timer record. Time left is always the deadline minus the
 * current time, never a count of ticks, so a hidden tab or a sleeping laptop cannot make it drift.
 *
 * Every time here is epoch milliseconds on the device's wall clock, as stored, and every function
 * takes the current time it needs. The element reads that time from a monotonic clock while the page
 * is open (src/ice-heat-timer/clock.ts), so a change of the wall clock cannot change how long a
 * session runs; when it notices one, it moves the stored times with shiftRecord(). What was stored
 * before a reload is held to what is possible: a deadline no further ahead than the session's length
 * (settleSession) and no end time later than now (settleRecord).
 */
import { clampSessionMinutes, HOUR, MAX_SESSION_MINUTES, MINUTE, type Phase } from './schedule.js';

export type Session =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly phase: Phase; readonly durationMs: number; readonly deadline: number }
  | { readonly status: 'paused'; readonly phase: Phase; readonly durationMs: number; readonly remainingMs: number }
  | { readonly status: 'done'; readonly phase: Phase; readonly durationMs: number; readonly endedAt: number };

export type SessionStatus = Session['status'];

export const idle: Session = { status: 'idle' };

export function startSession(phase: Phase, minutes: number, now: number): Session {
  const durationMs = clampSessionMinutes(minutes).minutes * MINUTE;
  return { status: 'running', phase, durationMs, deadline: now + durationMs };
}

/**
 * Brings a session up to `now`: a running session whose deadline has passed is done (ended at its
 * deadline); one whose deadline lies further ahead than its length (the clock was set back) is
 * held to its length, so it never runs longer than it should.
 */
export function settleSession(session: Session, now: number): Session {
  if (session.status !== 'running') return session;
  if (now >= session.deadline) {
    return { status: 'done', phase: session.phase, durationMs: session.durationMs, endedAt: session.deadline };
  }
  if (session.deadline - now > session.durationMs) return { ...session, deadline: now + session.durationMs };
  return session;
}

export function pauseSession(session: Session, now: number): Session {
  const settled = settleSession(session, now);
  if (settled.status !== 'running') return settled;
  return {
    status: 'paused',
    phase: settled.phase,
    durationMs: settled.durationMs,
    remainingMs: settled.deadline - now,
  };
}

export function resumeSession(session: Session, now: number): Session {
  if (session.status !== 'paused') return session;
  return {
    status: 'running',
    phase: session.phase,
    durationMs: session.durationMs,
    deadline: now + session.remainingMs,
  };
}

/** Milliseconds left, between 0 and the session's length; never negative. */
export function remainingMs(session: Session, now: number): number {
  switch (session.status) {
    case 'idle':
      return 0;
    case 'running':
      return Math.min(session.durationMs, Math.max(0, session.deadline - now));
    case 'paused':
      return Math.min(session.durationMs, Math.max(0, session.remainingMs));
    case 'done':
      return 0;
  }
}

/** The part of the session already gone, 0 to 1. */
export function progressOf(session: Session, now: number): number {
  if (session.status === 'idle') return 0;
  if (session.status === 'done') return 1;
  return 1 - remainingMs(session, now) / session.durationMs;
}

/** Whole minutes and seconds left, rounded up so the display reads 15:00 at the start and 00:00 only at the end. */
export function minutesAndSeconds(ms: number): { minutes: number; seconds: number } {
  const total = Number.isFinite(ms) ? Math.max(0, Math.ceil(ms / 1000)) : 0;
  return { minutes: Math.floor(total / 60), seconds: total % 60 };
}

/** "mm:ss" for a number of milliseconds; never negative. */
export function formatCountdown(ms: number): string {
  const { minutes, seconds } = minutesAndSeconds(ms);
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}

/** What is saved between page loads and shared between tabs. Never when or why the spasm started. */
export interface TimerRecord {
  readonly session: Session;
  /** When each recent session ended (epoch ms), oldest first; for the rest period and today's count. */
  readonly completed: readonly number[];
  /** The visitor asked for a system notification when a session ends. */
  readonly notify: boolean;
}

export const emptyRecord: TimerRecord = { session: idle, completed: [], notify: false };

/** Completed sessions are kept for two days, and never more than this many. */
const KEEP_COMPLETED = 50;

/** The record with a session ended at `endedAt` counted once, and old entries dropped. */
export function recordCompletion(record: TimerRecord, endedAt: number): TimerRecord {
  const completed = record.completed.includes(endedAt)
    ? record.completed
    : [...record.completed, endedAt].sort((a, b) => a - b);
  return { ...record, completed: pruneCompleted(completed, endedAt) };
}

export function pruneCompleted(completed: readonly number[], now: number): number[] {
  return completed.filter((time) => time > now - 48 * HOUR).slice(-KEEP_COMPLETED);
}

/** When the last session ended, or null if none is on record. */
export function lastSessionEnd(record: TimerRecord): number | null {
  return record.completed.length > 0 ? Math.max(...record.completed) : null;
}

/** How many sessions ended on the local calendar day of `now`. */
export function sessionsOnDayOf(completed: readonly number[], now: number): number {
  const day = new Date(now);
  return completed.filter((time) => {
    const date = new Date(time);
    return (
      date.getFullYear() === day.getFullYear() && date.getMonth() === day.getMonth() && date.getDate() === day.getDate()
    );
  }).length;
}

/**
 * Brings a saved record up to `now`: an expired running session becomes done and is counted, and
 * end times later than `now` count as ending now. Such times were written while the device's clock
 * was ahead (by a year, say) and it has been put right since: rest is counted from no later than
 * now, so they never keep a visitor waiting longer than the rest itself. Returns the same object
 * when nothing changed.
 */
export function settleRecord(record: TimerRecord, now: number): TimerRecord {
  const held = holdToNow(record, now);
  const session = settleSession(held.session, now);
  if (session === held.session) return held;
  const updated = { ...held, session };
  return session.status === 'done' ? recordCompletion(updated, session.endedAt) : updated;
}

/** The record with every end time later than `now` moved to `now`; the same object if there is none. */
function holdToNow(record: TimerRecord, now: number): TimerRecord {
  const { session, completed } = record;
  const futureEnd = session.status === 'done' && session.endedAt > now;
  if (!futureEnd && !completed.some((time) => time > now)) return record;
  return {
    ...record,
    session: futureEnd ? { ...session, endedAt: now } : session,
    completed: completed.map((time) => Math.min(time, now)),
  };
}

/**
 * The record in the terms of a wall clock that has just been changed by `offset` milliseconds
 * (negative when it was set back) while the page was open: the same real moments, read on the new
 * clock. The deadline, the end of the last session and the end times of recent sessions all move by
 * `offset`, so a reload, another tab, the rest before the next session and the count of today's
 * sessions stay true to real time. Time left in a paused session does not depend on the clock.
 * Returns the same object when nothing moves.
 */
export function shiftRecord(record: TimerRecord, offset: number): TimerRecord {
  if (!Number.isFinite(offset) || offset === 0) return record;
  const move = (time: number) => Math.max(0, time + offset);
  const { session } = record;
  const shifted: Session =
    session.status === 'running'
      ? { ...session, deadline: move(session.deadline) }
      : session.status === 'done'
        ? { ...session, endedAt: move(session.endedAt) }
        : session;
  if (shifted === session && record.completed.length === 0) return record;
  return { ...record, session: shifted, completed: record.completed.map(move) };
}

const phases: readonly string[] = ['ice', 'heat'] satisfies Phase[];

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function readSession(data: unknown): Session | null {
  if (!data || typeof data !== 'object') return null;
  const value = data as Record<string, unknown>;
  if (value.status === 'idle') return idle;
  const { phase, durationMs } = value;
  if (typeof phase !== 'string' || !phases.includes(phase)) return null;
  if (!isTime(durationMs) || durationMs <= 0 || durationMs > MAX_SESSION_MINUTES * MINUTE) return null;
  const common = { phase: phase as Phase, durationMs };
  switch (value.status) {
    case 'running':
      return isTime(value.deadline) ? { status: 'running', ...common, deadline: value.deadline } : null;
    case 'paused':
      return isTime(value.remainingMs) && value.remainingMs <= durationMs
        ? { status: 'paused', ...common, remainingMs: value.remainingMs }
        : null;
    case 'done':
      return isTime(value.endedAt) ? { status: 'done', ...common, endedAt: value.endedAt } : null;
    default:
      return null;
  }
}

/** The saved record if `data` is a well-formed one, else null (it is then ignored). */
export function readTimerRecord(data: unknown): TimerRecord | null {
  if (!data || typeof data !== 'object') return null;
  const value = data as Record<string, unknown>;
  const session = readSession(value.session);
  if (!session) return null;
  const { completed, notify } = value;
  if (!Array.isArray(completed) || !completed.every(isTime)) return null;
  if (typeof notify !== 'boolean') return null;
  return { session, completed: [...completed].sort((a, b) => a - b).slice(-KEEP_COMPLETED), notify };
}
