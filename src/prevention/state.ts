/*
 * What a visitor has done: today's ticks, the streak of days with at least one tick, and a short
 * history. Pure functions of plain data and calendar days (see calendar.ts), so they can be tested
 * across midnight, daylight-saving changes and days away without a clock or a DOM.
 */
import { addDays, daysBetween, isDayKey, type DayKey } from './calendar.js';

/** Days of history kept and shown, today included. */
export const HISTORY_DAYS = 7;
/** At most this many ticks are kept for one day (built-in habits plus a site's own items). */
export const MAX_TICKS = 64;
const MAX_ID_LENGTH = 64;

export interface DayRecord {
  readonly day: DayKey;
  /** How many items were ticked that day. */
  readonly done: number;
}

/** A run of consecutive days, each with at least one tick. */
export interface Streak {
  readonly from: DayKey;
  readonly to: DayKey;
}

/** The stored state. Only days with ticks are recorded; older days are dropped. */
export interface ChecklistState {
  /** The day `ticked` belongs to. */
  readonly day: DayKey;
  /** Ids of the items ticked on `day`, in the order they were ticked. */
  readonly ticked: readonly string[];
  /** Days with at least one tick within the last HISTORY_DAYS days, oldest first. */
  readonly history: readonly DayRecord[];
  /** The latest run of days with ticks, or null. */
  readonly streak: Streak | null;
}

export function emptyState(today: DayKey): ChecklistState {
  return { day: today, ticked: [], history: [], streak: null };
}

function withinHistory(record: DayRecord, today: DayKey): boolean {
  const age = daysBetween(record.day, today);
  return age >= 0 && age < HISTORY_DAYS;
}

/**
 * The state as seen on `today`: on a later day the ticks start empty and old history is dropped.
 * If the clock has gone back (an earlier day), nothing is cleared: those ticks stay until their day ends.
 */
export function onDay(state: ChecklistState, today: DayKey): ChecklistState {
  if (daysBetween(state.day, today) <= 0) return state;
  return {
    day: today,
    ticked: [],
    history: state.history.filter((record) => withinHistory(record, today)),
    streak: state.streak,
  };
}

function extendStreak(streak: Streak | null, day: DayKey): Streak {
  if (streak && streak.to === day) return streak;
  if (streak && addDays(streak.to, 1) === day) return { from: streak.from, to: day };
  return { from: day, to: day };
}

function shortenStreak(streak: Streak | null, day: DayKey): Streak | null {
  if (!streak || streak.to !== day) return streak;
  if (streak.from === day) return null;
  return { from: streak.from, to: addDays(day, -1) };
}

/** Ticks or unticks one item on `today`, updating the history and the streak. */
export function setTicked(state: ChecklistState, id: string, checked: boolean, today: DayKey): ChecklistState {
  const current = onDay(state, today);
  const without = current.ticked.filter((ticked) => ticked !== id);
  const ticked = checked ? [...without, id].slice(-MAX_TICKS) : without;
  if (ticked.length === current.ticked.length && ticked.every((tick, index) => tick === current.ticked[index])) {
    return current;
  }
  const day = current.day;
  const history = current.history.filter((record) => record.day !== day);
  if (ticked.length > 0) history.push({ day, done: ticked.length });
  history.sort((a, b) => daysBetween(b.day, a.day));
  const streak = ticked.length > 0 ? extendStreak(current.streak, day) : shortenStreak(current.streak, day);
  return { day, ticked, history, streak };
}

/** Whether an item is ticked today. */
export function isTicked(state: ChecklistState, id: string, today: DayKey): boolean {
  return onDay(state, today).ticked.includes(id);
}

/** How many of the given items are ticked today. */
export function doneToday(state: ChecklistState, ids: readonly string[], today: DayKey): number {
  const ticked = new Set(onDay(state, today).ticked);
  return ids.filter((id) => ticked.has(id)).length;
}

/**
 * Consecutive days with at least one tick, ending today or, while today has no tick yet,
 * yesterday (the streak is still alive until today is over). Zero once a day has been missed.
 */
export function streakLength(state: ChecklistState, today: DayKey): number {
  const { streak, day } = onDay(state, today);
  if (!streak) return 0;
  const gap = daysBetween(streak.to, day);
  if (gap < 0 || gap > 1) return 0;
  return daysBetween(streak.from, streak.to) + 1;
}

/** The last HISTORY_DAYS days, oldest first, today last; days without ticks have done: 0. */
export function lastDays(state: ChecklistState, today: DayKey): DayRecord[] {
  const current = onDay(state, today);
  const done = new Map(current.history.map((record) => [record.day, record.done]));
  return Array.from({ length: HISTORY_DAYS }, (_, index) => {
    const day = addDays(current.day, index - (HISTORY_DAYS - 1));
    return { day, done: done.get(day) ?? 0 };
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks stored data; returns a usable state or null when it is not one (the store then warns). */
export function parseState(data: unknown): ChecklistState | null {
  if (!isRecord(data) || !isDayKey(data.day)) return null;
  const { day, ticked, history, streak } = data;
  if (
    !Array.isArray(ticked) ||
    ticked.length > MAX_TICKS ||
    !ticked.every((id) => typeof id === 'string' && id !== '' && id.length <= MAX_ID_LENGTH)
  ) {
    return null;
  }
  if (!Array.isArray(history) || history.length > HISTORY_DAYS) return null;
  const records: DayRecord[] = [];
  for (const record of history) {
    if (!isRecord(record) || !isDayKey(record.day)) return null;
    const { done } = record;
    if (typeof done !== 'number' || !Number.isInteger(done) || done < 1 || done > MAX_TICKS) return null;
    records.push({ day: record.day, done });
  }
  let run: Streak | null = null;
  if (streak !== null) {
    if (!isRecord(streak) || !isDayKey(streak.from) || !isDayKey(streak.to)) return null;
    if (daysBetween(streak.from, streak.to) < 0) return null;
    run = { from: streak.from, to: streak.to };
  }
  return { day, ticked: [...new Set(ticked as string[])], history: records, streak: run };
}
