/*
 * The moments in the timer's messages ("Switch to heat from {time}.", "the next session can start
 * at {time}."), written from the content's names and patterns and the clocks below instead of by
 * Intl.DateTimeFormat. The first Intl.DateTimeFormat on a page loads the browser's date data: on
 * a phone (Chromium, CPU slowed 4x) that cost 120 ms or more in the task that shows the next
 * session's time after a tap on Start. For the tags below, the content gives exactly what Intl
 * gives: every hour of a year, with the minutes around midnight and noon, is checked against Intl
 * in Chromium, Firefox and WebKit (tests/ice-heat-timer-times.test.ts). Any other tag is still written by Intl, so its times stay
 * right and only it pays the cost.
 */
import { timer as english } from '../content/en/timer.js';
import { fill } from '../content/fill.js';
import { conform, registeredSection } from '../content/registry.js';
import type { TimerContent, TimerTimes } from '../content/timer-types.js';
import { baseLanguage, listsRegion, plainTag } from '../internal/locale.js';

/**
 * The languages written from the content, each with the regions that Intl writes exactly as the
 * language alone in Chromium, Firefox and WebKit. A region not listed is written by Intl. Left out
 * as Intl writes them otherwise, or not alike in every engine: French, every region ("9:05" in
 * Chromium and WebKit, "09:05" in Firefox; fr-CA "9 h 05"); en-GB and en-IE ("0:05" in Chromium
 * and WebKit, "00:05" in Firefox), en-CA ("a.m."), en-AU, en-IN and en-NZ ("am", the day before the
 * month); es-MX, es-419 and most of Latin America (12-hour "a. m." in Chromium and Firefox,
 * 24-hour in WebKit, "sep" against "sept"), es-US, es-CO, es-PR and es-VE ("a. m." in Chromium and
 * Firefox, "a.\u00a0m." in WebKit), es-PE and es-UY ("set.").
 */
const SAME_AS_LANGUAGE: Readonly<Record<string, string>> = {
  en: 'US PH PR AS GU MP VI UM',
  es: 'ES GQ EA IC',
};

/**
 * The time of day of each language above, as Intl's `{ hour: 'numeric', minute: '2-digit' }`
 * writes it: before noon, and from noon. `{h}` is the hour on a 12-hour clock (12, then 1 to 11),
 * `{H}` on a 24-hour clock (0 to 23), `{mm}` the minutes with two digits. The clock is kept here
 * with the tags it is checked for, not in a language pack: a clock's colon takes no space, where
 * French text puts a no-break space before every colon, and "AM" stays "AM" in several languages.
 */
const CLOCK: Readonly<Record<string, Clock>> = {
  en: ['{h}:{mm} AM', '{h}:{mm} PM'],
  es: ['{H}:{mm}', '{H}:{mm}'],
};

/** A time of day before noon and from noon (see CLOCK). */
export type Clock = readonly [string, string];

/** Every tag the table covers: each language alone, then with each of its regions ("en", "en-US", ...). */
export function coveredTags(): string[] {
  return Object.entries(SAME_AS_LANGUAGE).flatMap(([language, regions]) => [
    language,
    ...regions.split(' ').map((region) => `${language}-${region}`),
  ]);
}

/** The language of `locale` when the table covers the tag, else null. */
function coveredLanguage(locale: string): string | null {
  const { language = '', region } = plainTag(locale) ?? {};
  const regions = Object.prototype.hasOwnProperty.call(SAME_AS_LANGUAGE, language) ? SAME_AS_LANGUAGE[language] : undefined;
  return regions === undefined || (region !== undefined && !listsRegion(regions, region)) ? null : language;
}

/**
 * The `times` of `timer` (a language's timer content, as a language pack gives it), or null when
 * they are missing or incomplete (a pack from an older release, or with a broken entry), which
 * would otherwise be filled from English.
 */
function completeTimes(language: string, timer: unknown): TimerTimes | null {
  if (language === 'en') return english.times;
  const candidate = timer && typeof timer === 'object' ? (timer as Partial<Record<keyof TimerContent, unknown>>).times : undefined;
  const { value, missing } = conform(english.times, candidate);
  return missing.length === 0 ? value : null;
}

/**
 * The names and patterns the content writes `locale`'s moments with, from `timer` (the timer
 * content of that locale's language), or null when Intl must write them: a tag the table does not
 * cover, or content whose `times` are missing or incomplete.
 */
export function contentTimes(locale: string, timer: unknown): TimerTimes | null {
  const language = coveredLanguage(locale);
  return language === null ? null : completeTimes(language, timer);
}

const checked = new WeakMap<object, TimerTimes | null>();

/** contentTimes for the timer content registered for `locale`'s language (none registered: Intl). */
function registeredTimes(locale: string): TimerTimes | null {
  const language = coveredLanguage(locale);
  if (language === null) return null;
  const timer = language === 'en' ? english : registeredSection(language, 'timer');
  if (!timer || typeof timer !== 'object') return null;
  // A pack's content is checked once.
  let times = checked.get(timer);
  if (times === undefined) {
    times = completeTimes(language, timer);
    checked.set(timer, times);
  }
  return times;
}

const twoDigits = (value: number) => String(value).padStart(2, '0');

/**
 * `time` written with `times` and `clock` in the visitor's time zone, as formatMoment describes:
 * the time of day alone when it is on the day of `now`, else with the weekday, day and month, and
 * the year when it is not the year of `now`.
 */
export function writeMoment(times: TimerTimes, clock: Clock, time: number, now: number): string {
  const date = new Date(time);
  const today = new Date(now);
  const hour = date.getHours();
  const ofDay = fill(clock[hour < 12 ? 0 : 1], {
    H: hour,
    h: hour % 12 === 0 ? 12 : hour % 12,
    mm: twoDigits(date.getMinutes()),
  });
  if (date.toDateString() === today.toDateString()) return ofDay;
  return fill(date.getFullYear() === today.getFullYear() ? times.otherDay : times.otherYear, {
    weekday: times.weekdays[date.getDay()] ?? '',
    day: date.getDate(),
    month: times.months[date.getMonth()] ?? '',
    year: date.getFullYear(),
    time: ofDay,
  });
}

/**
 * `time` written from the content for `locale`, or null when Intl must write it: a tag the table
 * does not cover, a language whose content lacks complete `times`, or a moment that is not a date
 * (which Intl rejects, as before).
 */
export function contentMoment(locale: string, time: number, now: number): string | null {
  if (!Number.isFinite(new Date(time).getTime()) || !Number.isFinite(new Date(now).getTime())) return null;
  const times = registeredTimes(locale);
  const clock = CLOCK[baseLanguage(locale)];
  return times && clock ? writeMoment(times, clock, time, now) : null;
}
