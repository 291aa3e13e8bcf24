/*
 * Dates as people and forms write them ("2026-11-20T08:30"): whether the numbers name a real
 * moment. Date.parse and the Date constructor roll impossible dates over (30 February becomes
 * 2 March); these checks refuse them instead.
 */

/** Year, month (1 to 12), day, hour, minute and second. */
export type DateParts = readonly [number, number, number, number, number, number];

/** The numbers of six groups of a match, from group `first`; a group that did not match is 0. */
export function datePartsOf(match: RegExpExecArray, groups: readonly number[] = [1, 2, 3, 4, 5, 6]): DateParts {
  return groups.map((group) => Number(match[group] ?? 0)) as unknown as DateParts;
}

/** Whether the parts name a real moment: no 30 February, no month 13, hour 24 or minute 60. */
export function isRealDate([year, month, day, hour, minute, second]: DateParts): boolean {
  const daysInMonth = new Date(Date.UTC(2000, month, 0)).getUTCDate() - (month === 2 && !isLeapYear(year) ? 1 : 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour <= 23 && minute <= 59 && second <= 59;
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
