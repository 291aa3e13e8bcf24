/*
 * What a visitor has done: today's ticks, the streak of days with at least one tick, and a short
 * history. Pure functions of plain data and calendar days (see calendar.ts), so they can be tested
 * across midnight, daylight-saving changes and days away without a clock or a DOM.
 *
 * The state is shared by every tab and every checklist of a site, which may all tick at the same
 * moment, so it is built to be merged rather than overwritten:
 *
 * - `marks`: for each day and item, the last change made to it and when: +t for "ticked at t",
 *   -t for "unticked at t" (epoch milliseconds). An untick is kept as a mark of its own (a
 *   tombstone), so that it is not undone by a copy that still holds the tick. Of two marks for
 *   the same day and item, the later one wins; at the same millisecond, the tick wins.
 * - `counts`: how many items were ticked on a finished day. Once a day is over only its count is
 *   kept; of two counts for the same day, the higher one wins.
 * - `runs`: stretches of older days that each had at least one tick, for the streak. Two sets of
 *   runs merge into their union.
 * - `day`: the day the state was last seen on; the later of two wins.
 *
 * `mergeStates` combines these field by field, so it is commutative, associative and idempotent:
 * tabs that each merge what they receive end with the same state, whatever the order. `ticked`,
 * `history` and `streak` are derived from those fields (and stored with them: data stored before
 * marks were kept holds only those, and is read from them, see parseState). Moving a state to a day
 * (`onDay`) is separate from merging: it ends the days that are over, and drops what lies after the
 * day (see `onDay` for that rule).
 *
 * A tick belongs to the visitor's local date at the moment it is made, in the time zone in force
 * then (see calendar.ts): callers pass that day, read when the tick is made.
 */
import { addDays, daysBetween, isDayKey, type DayKey } from './calendar.js';
import { writeJson } from '../internal/storage.js';

/** Days of history kept and shown, today included. */
export const HISTORY_DAYS = 7;
/** At most this many ticks are kept for one day (built-in habits plus a site's own items). */
export const MAX_TICKS = 64;
const MAX_ID_LENGTH = 64;
/** Bounds on stored data, well above what a state moved to a day holds. */
const MAX_STORED_DAYS = 32;
const MAX_STORED_RUNS = 32;
/** Older runs of days with ticks kept for the streak: the latest ones, enough for a clock put right. */
const KEPT_RUNS = 4;
/** The latest time a Date can hold, in epoch milliseconds. */
const MAX_TIME = 8.64e15;

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

/**
 * The last change to one item on one day: +t when it was ticked at time t, -t when it was unticked
 * at time t (epoch milliseconds, never 0). The later change wins; at the same time, the tick wins.
 */
export type Mark = number;

/** The stored state. Only days with ticks are recorded; older days are dropped. */
export interface ChecklistState {
  /** The day `ticked` belongs to: the day the state was last moved to. */
  readonly day: DayKey;
  /** Ids of the items ticked on `day`, in the order they were ticked. */
  readonly ticked: readonly string[];
  /** Days with at least one tick within the last HISTORY_DAYS days, oldest first. */
  readonly history: readonly DayRecord[];
  /** The latest run of days with ticks, or null. */
  readonly streak: Streak | null;
  /** The marks of each day's items, by day and then by item id (today's day only, once moved to a day). */
  readonly marks: Readonly<Record<DayKey, Readonly<Record<string, Mark>>>>;
  /** How many items were ticked on finished days: the last HISTORY_DAYS days that had ticks. */
  readonly counts: Readonly<Record<DayKey, number>>;
  /** Older days with ticks, as runs of consecutive days, oldest first. */
  readonly runs: readonly Streak[];
}

/** The fields that are merged; everything else is derived from them. */
interface Core {
  readonly day: DayKey;
  readonly marks: Readonly<Record<DayKey, Readonly<Record<string, Mark>>>>;
  readonly counts: Readonly<Record<DayKey, number>>;
  readonly runs: readonly Streak[];
}

type DayMarks = Readonly<Record<string, Mark>>;

function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** A record with its keys in order, so that equal states also serialise the same way. */
function sortedRecord<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const later = (a: DayKey, b: DayKey): DayKey => (daysBetween(a, b) > 0 ? b : a);

/** The winner of two marks for the same day and item: the later change; at the same time, the tick. */
function winningMark(a: Mark | undefined, b: Mark | undefined): Mark | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  const age = Math.abs(a) - Math.abs(b);
  if (age !== 0) return age > 0 ? a : b;
  return Math.max(a, b);
}

function ticksIn(marks: DayMarks | undefined): number {
  return marks ? Object.values(marks).filter((mark) => mark > 0).length : 0;
}

/** How many items were ticked on `day`: its count once it is over, or its marks while it is not. */
function countOn(core: Core, day: DayKey): number {
  return Math.max(own(core.counts, day) ?? 0, ticksIn(own(core.marks, day)));
}

function runHolding(runs: readonly Streak[], day: DayKey): Streak | undefined {
  return runs.find((run) => daysBetween(run.from, day) >= 0 && daysBetween(day, run.to) >= 0);
}

/** The union of runs, as the fewest runs, oldest first: the same days always give the same runs. */
function unionOfRuns(runs: readonly Streak[]): Streak[] {
  const sorted = [...runs].sort((a, b) => daysBetween(b.from, a.from) || daysBetween(b.to, a.to));
  const union: Streak[] = [];
  for (const run of sorted) {
    const last = union.at(-1);
    if (last && daysBetween(last.to, run.from) <= 1) {
      if (daysBetween(last.to, run.to) > 0) union[union.length - 1] = { from: last.from, to: run.to };
    } else {
      union.push({ from: run.from, to: run.to });
    }
  }
  return union;
}

/** The state with its derived fields: today's ticks, the history and the streak. */
function build(core: Core): ChecklistState {
  const { day } = core;
  const marks = sortedRecord(
    Object.entries(core.marks)
      .map(([key, dayMarks]) => [key, sortedRecord(Object.entries(dayMarks))] as const)
      .filter(([, dayMarks]) => Object.keys(dayMarks).length > 0),
  );
  const counts = sortedRecord(Object.entries(core.counts).filter(([, count]) => count > 0));
  const runs = unionOfRuns(core.runs);
  const sorted: Core = { day, marks, counts, runs };

  const ticked = Object.entries(own(marks, day) ?? {})
    .filter(([, mark]) => mark > 0)
    .sort(([a, first], [b, second]) => first - second || (a < b ? -1 : 1))
    .map(([id]) => id)
    .slice(-MAX_TICKS);

  const history: DayRecord[] = [];
  for (let index = 0; index < HISTORY_DAYS; index += 1) {
    const date = addDays(day, index - (HISTORY_DAYS - 1));
    const done = Math.min(countOn(sorted, date), MAX_TICKS);
    if (done > 0) history.push({ day: date, done });
  }

  // The latest day with ticks up to `day`, then back through the days before it that had ticks too.
  const hadTicks = (date: DayKey) => countOn(sorted, date) > 0 || runHolding(runs, date) !== undefined;
  const candidates = [
    ...Object.keys(marks),
    ...Object.keys(counts),
    ...runs.filter((run) => daysBetween(run.from, day) >= 0).map((run) => (daysBetween(run.to, day) >= 0 ? run.to : day)),
  ];
  let latest: DayKey | null = null;
  for (const date of candidates) {
    if (daysBetween(date, day) >= 0 && hadTicks(date) && (latest === null || daysBetween(latest, date) > 0)) latest = date;
  }
  let streak: Streak | null = null;
  if (latest !== null) {
    let from: DayKey = latest;
    for (;;) {
      const before = addDays(from, -1);
      const run = runHolding(runs, before);
      if (run) from = run.from;
      else if (countOn(sorted, before) > 0) from = before;
      else break;
    }
    streak = { from, to: latest };
  }
  return { day, ticked, history, streak, marks, counts, runs };
}

/** States already moved to a day (see onDay), so that asking again costs nothing. */
const movedTo = new WeakMap<ChecklistState, DayKey>();

function moved(state: ChecklistState, today: DayKey): ChecklistState {
  movedTo.set(state, today);
  return state;
}

export function emptyState(today: DayKey): ChecklistState {
  return moved(build({ day: today, marks: {}, counts: {}, runs: [] }), today);
}

/**
 * Two states merged into one that holds everything either holds: for each day and item the later
 * mark, for each finished day the higher count, the union of the older runs and the later day.
 * Commutative, associative and idempotent, so copies that merge in any order agree.
 */
export function mergeStates(a: ChecklistState, b: ChecklistState): ChecklistState {
  const marks: Record<DayKey, DayMarks> = {};
  for (const day of new Set([...Object.keys(a.marks), ...Object.keys(b.marks)])) {
    const first = own(a.marks, day) ?? {};
    const second = own(b.marks, day) ?? {};
    const ids = new Set([...Object.keys(first), ...Object.keys(second)]);
    marks[day] = Object.fromEntries([...ids].map((id) => [id, winningMark(own(first, id), own(second, id)) as Mark]));
  }
  const counts: Record<DayKey, number> = {};
  for (const day of new Set([...Object.keys(a.counts), ...Object.keys(b.counts)])) {
    counts[day] = Math.max(own(a.counts, day) ?? 0, own(b.counts, day) ?? 0);
  }
  return build({ day: later(a.day, b.day), marks, counts, runs: [...a.runs, ...b.runs] });
}

/** The merged fields of each state, as text: states are built with their keys in order, so equal states give equal text. */
const signatures = new WeakMap<ChecklistState, string>();

function signature(state: ChecklistState): string {
  let text = signatures.get(state);
  if (text === undefined) {
    text = writeJson([state.day, state.marks, state.counts, state.runs]) ?? '';
    signatures.set(state, text);
  }
  return text;
}

/** True when two states hold the same marks, counts, runs and day (however they were reached). */
export function sameState(a: ChecklistState, b: ChecklistState): boolean {
  return a === b || signature(a) === signature(b);
}

/** The newest MAX_TICKS marks of a day, so that no day grows without bound. */
function newestMarks(marks: DayMarks): DayMarks {
  const entries = Object.entries(marks);
  if (entries.length <= MAX_TICKS) return marks;
  entries.sort(([a, first], [b, second]) => Math.abs(second) - Math.abs(first) || second - first || (a < b ? -1 : 1));
  return Object.fromEntries(entries.slice(0, MAX_TICKS));
}

/**
 * The state as seen on `today`, the visitor's local date now:
 *
 * - Days before today are over: each keeps only its count of ticks. The counts of the last
 *   HISTORY_DAYS days before today that had ticks are kept (the history shows those of the last
 *   week); older days with ticks join the runs, of which the latest few are kept for the streak.
 * - Today keeps its marks, so that its ticks can still be merged and changed.
 * - Anything recorded for a day after today, and a count for today itself (a count is only made for
 *   a day that is over), was written while the clock was ahead or in a zone further east, and is
 *   dropped: ticks of a day that has not come yet do not count as today's. So a visitor whose clock
 *   was wrong is never stuck on a future day: today shows, with its own ticks only, and the days
 *   before it keep their history.
 */
export function onDay(state: ChecklistState, today: DayKey): ChecklistState {
  if (movedTo.get(state) === today) return state;
  const marks: Record<DayKey, DayMarks> = {};
  const past: [DayKey, number][] = [];
  let runs: Streak[] = [...state.runs];
  for (const day of new Set([...Object.keys(state.marks), ...Object.keys(state.counts)])) {
    const age = daysBetween(day, today);
    if (age < 0) continue;
    if (age === 0) {
      const todays = own(state.marks, day);
      if (todays) marks[day] = newestMarks(todays);
      continue;
    }
    const count = Math.min(countOn(state, day), MAX_TICKS);
    if (count > 0) past.push([day, count]);
  }
  past.sort(([a], [b]) => daysBetween(a, b));
  for (const [day] of past.slice(HISTORY_DAYS)) runs.push({ from: day, to: day });
  const counts = Object.fromEntries(past.slice(0, HISTORY_DAYS));
  const yesterday = addDays(today, -1);
  runs = unionOfRuns(runs)
    .filter((run) => daysBetween(run.from, yesterday) >= 0)
    .map((run) => (daysBetween(run.to, yesterday) >= 0 ? run : { from: run.from, to: yesterday }))
    .slice(-KEPT_RUNS);
  const next = build({ day: today, marks, counts, runs });
  return moved(sameState(next, state) ? state : next, today);
}

/**
 * Ticks or unticks one item on `today`, at time `at` (now, unless given). The change is marked a
 * moment later than every mark of the day this state holds, so a visitor's change always wins
 * over what they were shown, even when another copy's clock ran ahead.
 */
export function setTicked(
  state: ChecklistState,
  id: string,
  checked: boolean,
  today: DayKey,
  at: number = Date.now(),
): ChecklistState {
  const current = onDay(state, today);
  const todays = own(current.marks, today) ?? {};
  const mark = own(todays, id);
  if ((mark !== undefined && mark > 0) === checked) return current;
  const latest = Math.max(0, ...Object.values(todays).map(Math.abs));
  const time = Math.min(MAX_TIME, Math.max(1, Math.floor(Number.isFinite(at) ? at : 0), latest + 1));
  const marks = { ...current.marks, [today]: newestMarks({ ...todays, [id]: checked ? time : -time }) };
  // Only today's marks changed, so the state is still as seen on today.
  return moved(build({ ...current, marks }), today);
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

const isItemId = (id: unknown): id is string => typeof id === 'string' && id !== '' && id.length <= MAX_ID_LENGTH;

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_TICKS;

const isMark = (value: unknown): value is Mark =>
  typeof value === 'number' && Number.isInteger(value) && value !== 0 && Math.abs(value) <= MAX_TIME;

function parseRun(value: unknown): Streak | null {
  if (!isRecord(value) || !isDayKey(value.from) || !isDayKey(value.to)) return null;
  if (daysBetween(value.from, value.to) < 0) return null;
  return { from: value.from, to: value.to };
}

/** The mergeable fields of stored data, or null when they are not well formed. */
function parseCore(day: DayKey, data: Record<string, unknown>): Core | null {
  const { marks = {}, counts = {}, runs = [] } = data;
  if (!isRecord(marks) || !isRecord(counts) || !Array.isArray(runs)) return null;
  const marksEntries = Object.entries(marks);
  const countEntries = Object.entries(counts);
  if (marksEntries.length > MAX_STORED_DAYS || countEntries.length > MAX_STORED_DAYS || runs.length > MAX_STORED_RUNS) {
    return null;
  }
  const parsedMarks: [DayKey, DayMarks][] = [];
  for (const [key, dayMarks] of marksEntries) {
    if (!isDayKey(key) || !isRecord(dayMarks)) return null;
    const entries = Object.entries(dayMarks);
    if (entries.length > MAX_TICKS || !entries.every(([id, mark]) => isItemId(id) && isMark(mark))) return null;
    parsedMarks.push([key, Object.fromEntries(entries) as DayMarks]);
  }
  if (!countEntries.every(([key, count]) => isDayKey(key) && isCount(count))) return null;
  const parsedRuns: Streak[] = [];
  for (const run of runs) {
    const parsed = parseRun(run);
    if (!parsed) return null;
    parsedRuns.push(parsed);
  }
  return {
    day,
    marks: Object.fromEntries(parsedMarks),
    counts: Object.fromEntries(countEntries) as Record<DayKey, number>,
    runs: parsedRuns,
  };
}

/**
 * The mergeable fields of data written by a version that stored only `day`, `ticked`, `history`
 * and `streak`: the day's ticks become marks at times 1, 2, 3… in the order they were ticked (so any
 * change made since wins over them), the other days of the history become counts, and the streak's
 * days before `day` become a run.
 */
function fromTicksOnly(day: DayKey, ticked: readonly string[], history: readonly DayRecord[], streak: Streak | null): Core {
  const marks = ticked.length > 0 ? { [day]: Object.fromEntries(ticked.map((id, index) => [id, index + 1])) } : {};
  const counts: Record<DayKey, number> = {};
  for (const record of history) {
    if (record.day !== day) counts[record.day] = Math.max(own(counts, record.day) ?? 0, record.done);
  }
  const yesterday = addDays(day, -1);
  const runs =
    streak && daysBetween(streak.from, yesterday) >= 0
      ? [{ from: streak.from, to: daysBetween(streak.to, yesterday) >= 0 ? streak.to : yesterday }]
      : [];
  return { day, marks, counts, runs };
}

/**
 * Checks stored data; returns a usable state or null when it is not one (the store then warns).
 * Data with marks is read as it is; data without them (written before marks were kept) is read
 * from its ticks, history and streak. Either way `ticked`, `history` and `streak` must be well formed.
 */
export function parseState(data: unknown): ChecklistState | null {
  if (!isRecord(data) || !isDayKey(data.day)) return null;
  const { day, ticked, history, streak } = data;
  if (!Array.isArray(ticked) || ticked.length > MAX_TICKS || !ticked.every(isItemId)) return null;
  if (!Array.isArray(history) || history.length > HISTORY_DAYS) return null;
  const records: DayRecord[] = [];
  for (const record of history) {
    if (!isRecord(record) || !isDayKey(record.day) || !isCount(record.done)) return null;
    records.push({ day: record.day, done: record.done });
  }
  let run: Streak | null = null;
  if (streak !== null) {
    run = parseRun(streak);
    if (!run) return null;
  }
  const hasMarks = 'marks' in data || 'counts' in data || 'runs' in data;
  const core = hasMarks ? parseCore(day, data) : fromTicksOnly(day, [...new Set(ticked)], records, run);
  return core ? build(core) : null;
}
