/*
 * Wording of <prevention-checklist>. Categories and habits are keyed by their stable ids, so the
 * compiler rejects a locale that leaves one out. Their order and grouping do not change with the
 * language and live in src/prevention/habits.ts.
 */
import type { SourceKey } from './types.js';

/** Stable category ids: the values of the `categories` attribute. */
export type ChecklistCategoryId =
  | 'posture'
  | 'movement'
  | 'lifting'
  | 'nutrition'
  | 'weight'
  | 'stress-sleep'
  | 'footwear'
  | 'smoking';

/** Stable habit ids: stored ticks and `checklist-change` events use them. */
export type ChecklistItemId =
  | 'sit-supported'
  | 'stand-tall'
  | 'workstation'
  | 'core-exercise'
  | 'stretch'
  | 'walk-swim'
  | 'sitting-breaks'
  | 'stay-active'
  | 'lift-with-legs'
  | 'load-close'
  | 'water'
  | 'magnesium'
  | 'potassium'
  | 'calcium'
  | 'healthy-weight'
  | 'relax'
  | 'sleep'
  | 'supportive-shoes'
  | 'smoke-free';

/** One habit: what to do today, and why it helps, with the sources that say so. */
export interface ChecklistItemContent {
  /** A short instruction, shown next to the checkbox. */
  readonly label: string;
  /** One or two plain sentences: why the habit helps. */
  readonly why: string;
  readonly sources: readonly SourceKey[];
}

/** Seven day names, Sunday first. */
export type DayNames = readonly [string, string, string, string, string, string, string];
/** Twelve month names, January first. */
export type MonthNames = readonly [string, string, string, string, string, string, string, string, string, string, string, string];

/**
 * How the 7-day history writes a date in this language, exactly as Intl.DateTimeFormat writes it
 * (the language's calendar words, not wording of ours), so that a page need not load Intl's date
 * data. src/prevention-checklist/dates.ts lists the tags written from these (English, Spanish and
 * French ones); any other tag, in any language, is written by Intl.
 */
export interface ChecklistDates {
  /** Each day's short name on screen, as Intl's `{ weekday: 'short' }` writes it: "Sun", "dom", "dim.". */
  readonly weekdaysShort: DayNames;
  /** Each day's full name, as it stands in the long date: "Sunday". */
  readonly weekdays: DayNames;
  /** Each month's name, as it stands in the long date: "December". */
  readonly months: MonthNames;
  /**
   * The long date that screen readers hear, for the plain language tag ("en", "es"), as Intl's
   * `{ weekday: 'long', day: 'numeric', month: 'long' }` writes it: "{weekday}, {month} {day}".
   */
  readonly longDate: string;
}

/** A plural phrase, chosen with Intl.PluralRules; `{count}` is filled in. */
export type PluralText = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string }>;

export interface ChecklistContent {
  readonly heading: string;
  readonly intro: string;
  /** Legend of each category's group of checkboxes. */
  readonly categories: Readonly<Record<ChecklistCategoryId, string>>;
  readonly items: Readonly<Record<ChecklistItemId, ChecklistItemContent>>;
  readonly ui: {
    /** Legend of the site's own items. */
    readonly customCategory: string;
    /** "{done} of {total} done today". */
    readonly progress: string;
    /** Announced when every item shown is ticked. */
    readonly allDone: string;
    /** The word on the "all done today" banner. */
    readonly allDoneLabel: string;
    /** The text of the "all done today" banner. */
    readonly allDoneText: string;
    readonly streakHeading: string;
    /** The current run of days with at least one tick, "{count} days in a row". */
    readonly streak: PluralText;
    readonly streakNone: string;
    readonly historyHeading: string;
    /** One day of the history, for screen readers: "{day}: {count} habits done". */
    readonly historyDay: PluralText;
    readonly historyDayNone: string;
    /** Under each day of the history: "{count} done"; the number shows on a line of its own. */
    readonly historyCount: PluralText;
    readonly today: string;
    /** Summary of each "why" disclosure; the habit's label follows for screen readers. */
    readonly why: string;
    /** Summary of each habit's sources disclosure, inside its "why". */
    readonly sources: string;
    readonly print: string;
    /** Announced when the day changes while the page is open. */
    readonly newDay: string;
    readonly savedLocally: string;
    readonly memoryOnly: string;
  };
  /** The names and order of the history's dates. */
  readonly dates: ChecklistDates;
  readonly disclaimer: string;
}
