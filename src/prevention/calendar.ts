/*
 * Calendar days for the checklist. A day is a local calendar date written "2026-11-21", never a
 * 24-hour span, so a tick at 23:59 belongs to its own day and days around a daylight-saving change
 * (23 or 25 hours long) still count as one day each. The date of an instant is read in the time
 * zone in force at that instant: a visitor who flies from Tokyo to Los Angeles gets Los Angeles
 * dates from the moment the device changes zone.
 */

/** A local calendar date, "YYYY-MM-DD". */
export type DayKey = string;

/** Which day an instant falls on, and when the next day begins, in some time zone. */
export interface Calendar {
  /** The calendar date of an instant (epoch milliseconds). */
  dayOf(time: number): DayKey;
  /** The first instant after `time` that falls on a later calendar date. */
  nextDayStart(time: number): number;
}

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function formatKey(year: number, month: number, day: number): DayKey {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Day numbers already worked out: the same few dozen days are compared again and again. */
const dayNumbers = new Map<string, number>();

/** Day keys as whole days since 1970-01-01; UTC is used only as a calendar, so there is no DST. */
function dayNumber(key: DayKey): number {
  let days = dayNumbers.get(key);
  if (days === undefined) {
    const match = DAY_KEY.exec(key);
    days = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY : Number.NaN;
    if (dayNumbers.size >= 1024) dayNumbers.clear();
    dayNumbers.set(key, days);
  }
  return days;
}

function fromDayNumber(days: number): DayKey {
  const date = new Date(days * MS_PER_DAY);
  return formatKey(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** True for a real calendar date written "YYYY-MM-DD" (so "2026-02-30" is false). */
export function isDayKey(value: unknown): value is DayKey {
  if (typeof value !== 'string') return false;
  const days = dayNumber(value);
  return Number.isFinite(days) && fromDayNumber(days) === value;
}

/** The date `count` days after `key` (before it when negative). */
export function addDays(key: DayKey, count: number): DayKey {
  return fromDayNumber(dayNumber(key) + count);
}

/** Whole calendar days from `from` to `to`: 1 from yesterday to today, negative backwards. */
export function daysBetween(from: DayKey, to: DayKey): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * The first instant after `time` whose calendar date differs from that of `time`. No calendar day
 * lasts more than 26 hours, so the next date begins within 27 hours; it is found by bisection,
 * which also finds the first valid instant where a zone change skips midnight.
 */
function nextDateStart(dayOf: (time: number) => DayKey, time: number): number {
  const today = dayOf(time);
  let before = time;
  let after = time + 27 * 3_600_000;
  while (after - before > 1) {
    const middle = Math.floor((before + after) / 2);
    if (dayOf(middle) === today) before = middle;
    else after = middle;
  }
  return after > time ? after : time + 1;
}

/**
 * The calendar of a zone given by its offset from UTC at each instant, in minutes ahead of UTC
 * (+540 in Tokyo, -480 in Los Angeles in winter). The date of an instant is read with the offset in
 * force at that instant, so after a change of zone the same instant falls on the new zone's date.
 */
export function calendarFromOffset(offsetAt: (time: number) => number): Calendar {
  const dayOf = (time: number): DayKey => {
    const local = new Date(time + offsetAt(time) * 60_000);
    return formatKey(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
  };
  return { dayOf, nextDayStart: (time) => nextDateStart(dayOf, time) };
}

/**
 * The calendar of the device's own time zone, as it is at each moment: the offset is read again
 * for every instant, so a visitor who changes zone (or whose zone changes its rules) gets the new
 * zone's dates from then on. Days already recorded keep the date they had when they were recorded.
 */
export const localCalendar: Calendar = calendarFromOffset((time) => -new Date(time).getTimezoneOffset());

/**
 * The calendar of a named IANA time zone (for example "Europe/London"). The widget uses the local
 * calendar; this one lets the day logic be checked across a DST change on any machine.
 */
export function calendarInTimeZone(timeZone: string): Calendar {
  const format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const dayOf = (time: number): DayKey => {
    const parts = Object.fromEntries(format.formatToParts(new Date(time)).map((part) => [part.type, part.value]));
    return formatKey(Number(parts.year), Number(parts.month), Number(parts.day));
  };
  return { dayOf, nextDayStart: (time) => nextDateStart(dayOf, time) };
}
