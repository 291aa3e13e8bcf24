/*
 * The dates of the 7-day history (each day's short name on screen, the whole date for screen
 * readers), written from the content's names instead of by Intl.DateTimeFormat. The first
 * Intl.DateTimeFormat on a page loads the browser's date data: on a phone (Chromium, CPU slowed
 * 4x) that cost 98–186 ms in one task, the longest task the checklist caused on load (later ones
 * cost about 1 ms). For the tags below, the content gives exactly what Intl gives: every day of a
 * year is checked against Intl in Chromium, Firefox and WebKit (tests/prevention-checklist-dates.test.ts).
 * Any other tag is still written by Intl, so its dates stay right and only it pays the cost.
 */
import { checklist as english } from '../content/en/checklist.js';
import type { ChecklistDates } from '../content/checklist-types.js';
import { fill } from '../content/fill.js';
import { dateFormat, listsRegion, plainTag } from '../internal/locale.js';
import type { DayKey } from '../prevention/index.js';

/** What Intl writes for tags the tables do not cover: each day's short name, and the whole date. */
export const WEEKDAY: Intl.DateTimeFormatOptions = { weekday: 'short', timeZone: 'UTC' };
export const LONG_DATE: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' };

/**
 * The languages written from the content, each with the regions that Intl writes with the
 * language's own names and long-date pattern (the content's): the main ones where Chromium, Firefox
 * and WebKit all write them so. A region not listed is written by Intl. Left out as Intl writes
 * them otherwise, or not alike in every engine: en-GB and en-AU ("Tuesday 1 December" in Chromium
 * and Firefox, "Tuesday, 1 December" in WebKit), en-ZA ("Tuesday, 01 December"), es-PE and es-UY
 * ("setiembre").
 */
const SAME_AS_LANGUAGE: Readonly<Record<string, string>> = {
  en: 'US CA PH PR',
  es: 'ES MX US 419 AR BO CL CO CR CU DO EC GT HN NI PA PR PY SV VE',
  fr: 'FR CA BE CH LU MC CD CI CM DZ HT MA SN TN',
};

/** Regions written with the language's names in a pattern of their own, alike in the three engines. */
const OWN_PATTERN: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  en: { '{weekday}, {day} {month}': 'IN IE NZ SG HK MY PK NG KE GH JM MT IL AE DE NL BE CH AT DK FI SE 001 150' },
};

/**
 * Whether these names are, at least in part, the English ones: a language pack without them (one
 * from an older release, or with a broken entry) has them filled from English by conform().
 */
function hasEnglish(dates: ChecklistDates): boolean {
  const theirs = [...dates.weekdaysShort, ...dates.weekdays, ...dates.months, dates.longDate];
  const ours = [...english.dates.weekdaysShort, ...english.dates.weekdays, ...english.dates.months, english.dates.longDate];
  return theirs.some((name, index) => name === ours[index]);
}

/**
 * The long-date pattern the content writes for `locale` with `dates` (the content of that locale's
 * language), or null when Intl must write this tag's dates.
 */
export function contentPattern(locale: string, dates: ChecklistDates): string | null {
  const { language = '', region } = plainTag(locale) ?? {};
  const sameRegions = Object.prototype.hasOwnProperty.call(SAME_AS_LANGUAGE, language) ? SAME_AS_LANGUAGE[language] : undefined;
  if (sameRegions === undefined || (language !== 'en' && hasEnglish(dates))) return null;
  if (region === undefined || listsRegion(sameRegions, region)) return dates.longDate;
  const own = Object.entries(OWN_PATTERN[language] ?? {}).find(([, regions]) => listsRegion(regions, region));
  return own ? own[0] : null;
}

/** Every tag the tables cover: each language alone, then with each of its regions ("en", "en-US", ...). */
export function coveredTags(): string[] {
  return Object.keys(SAME_AS_LANGUAGE).flatMap((language) => {
    const lists = [SAME_AS_LANGUAGE[language] ?? '', ...Object.values(OWN_PATTERN[language] ?? {})];
    return [language, ...lists.flatMap((list) => list.split(' ')).map((region) => `${language}-${region}`)];
  });
}

/** How the history writes one day: its short name, and the whole date. */
export interface DayWriter {
  readonly weekday: (day: DayKey) => string;
  readonly longDate: (day: DayKey) => string;
}

// Day keys are calendar dates; as UTC midnight they are that same date in any time zone.
const dateOf = (day: DayKey) => new Date(`${day}T00:00:00Z`);

/** The history's dates for `locale`: from `dates` where the tables cover the tag, else by Intl (cached). */
export function dayWriter(locale: string, dates: ChecklistDates): DayWriter {
  const pattern = contentPattern(locale, dates);
  if (pattern === null) {
    const weekday = dateFormat(locale, WEEKDAY);
    const longDate = dateFormat(locale, LONG_DATE);
    return { weekday: (day) => weekday.format(dateOf(day)), longDate: (day) => longDate.format(dateOf(day)) };
  }
  return {
    weekday: (day) => dates.weekdaysShort[dateOf(day).getUTCDay()] ?? '',
    longDate: (day) => {
      const date = dateOf(day);
      return fill(pattern, {
        weekday: dates.weekdays[date.getUTCDay()] ?? '',
        day: date.getUTCDate(),
        month: dates.months[date.getUTCMonth()] ?? '',
      });
    },
  };
}
