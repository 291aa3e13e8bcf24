/*
 * Calendar days for the checklist. A day is a local calendar date written "2026-11-21", never a
 * 24-hour span, so a tick at 23:59 belongs to its own day and days around a daylight-saving change
 * (23 or 25 hours long) still count as one day each.
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

/** Day keys as whole days since 1970-01-01; UTC is used only as a calendar, so there is no DST. */
function dayNumber(key: DayKey): number {
  const match = DAY_KEY.exec(key);
  if (!match) return Number.NaN;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY;
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

/** The calendar of the device's own time zone. */
export const localCalendar: Calendar = {
  dayOf(time) {
    const date = new Date(time);
    return formatKey(date.getFullYear(), date.getMonth() + 1, date.getDate());
  },
  nextDayStart(time) {
    const date = new Date(time);
    // Local midnight of the next date; where a DST change skips midnight, the Date API moves on to the first valid time.
    const next = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1, 0, 0, 0, 0).getTime();
    return next > time ? next : time + 1;
  },
};

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
  return {
    dayOf,
    nextDayStart(time) {
      // No calendar day lasts more than 26 hours, so the next date begins within 27 hours; find it by bisection.
      const today = dayOf(time);
      let before = time;
      let after = time + 27 * 3_600_000;
      while (after - before > 1) {
        const middle = Math.floor((before + after) / 2);
        if (dayOf(middle) === today) before = middle;
        else after = middle;
      }
      return after;
    },
  };
}
