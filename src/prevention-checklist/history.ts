import { html, type TemplateResult } from 'lit';
import type { ChecklistContent, PluralText } from '../content/checklist-types.js';
import { fill } from '../content/fill.js';
import { pluralRules } from '../internal/locale.js';
import { lastDays, streakLength, type ChecklistState, type DayKey } from '../prevention/index.js';
import { dayWriter } from './dates.js';

/** A plural phrase for `count` in `locale`, with its placeholders filled. */
export function plural(text: PluralText, count: number, locale: string, values: Record<string, string | number> = {}): string {
  const rule = pluralRules(locale).select(count);
  return fill(text[rule] ?? text.other, { count, ...values });
}

/** "3 done" with the number on a line of its own, so that every day's count wraps the same way. */
function countUnder(text: PluralText, count: number, locale: string): TemplateResult {
  const template = text[pluralRules(locale).select(count)] ?? text.other;
  const [before = '', ...after] = template.split('{count}');
  return html`${before}<span class="number">${count}</span>${after.join(String(count))}`;
}

/**
 * The streak and the last 7 days: a grid of seven columns, each the day's short name over its mark
 * (a tick or a dash, so not colour alone) over what was done; screen readers hear one sentence a day.
 * A tick changes neither part's height, so the habits under the visitor's finger stay where they
 * are: the streak sentence shares its place with an unseen copy of the sentence the next tick or
 * untick may bring ("no streak yet" and "1 day in a row" wrap to different numbers of lines), and
 * each day keeps the two lines of a count even before anything is done (see the styles). Its two
 * headings sit one `level` below the widget's.
 */
export function historyTemplate(
  saved: ChecklistState,
  today: DayKey,
  content: ChecklistContent,
  locale: string,
  level: number,
): TemplateResult {
  const ui = content.ui;
  const streak = streakLength(saved, today);
  // Each day's short name on screen, the whole date for screen readers.
  const dates = dayWriter(locale, content.dates);

  return html`
    <div class="week-at-a-glance" part="streak">
      <div class="subheading" id="streak-heading" role="heading" aria-level=${level}>${ui.streakHeading}</div>
      <div class="streak-line">
        <p class="streak">${streak > 0 ? plural(ui.streak, streak, locale) : ui.streakNone}</p>
        <p class="streak-room" aria-hidden="true">${streak > 0 ? ui.streakNone : plural(ui.streak, 1, locale)}</p>
      </div>
      <div class="subheading" id="history-heading" role="heading" aria-level=${level}>${ui.historyHeading}</div>
      <ol class="days" part="history" role="list" aria-labelledby="history-heading">
        ${lastDays(saved, today).map((record) => {
          const isToday = record.day === today;
          const name = `${dates.longDate(record.day)}${isToday ? ` (${ui.today})` : ''}`;
          const spoken =
            record.done > 0 ? plural(ui.historyDay, record.done, locale, { day: name }) : fill(ui.historyDayNone, { day: name });
          return html`
            <li class="day ${record.done > 0 ? 'active' : ''} ${isToday ? 'today' : ''}" data-day=${record.day}>
              <span class="weekday" aria-hidden="true">${dates.weekday(record.day)}</span>
              <span class="mark" aria-hidden="true">${record.done > 0 ? '✓' : '–'}</span>
              <span class="count" aria-hidden="true">${record.done > 0 ? countUnder(ui.historyCount, record.done, locale) : ''}</span>
              <span class="visually-hidden">${spoken}</span>
            </li>
          `;
        })}
      </ol>
    </div>
  `;
}
