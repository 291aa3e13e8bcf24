import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { en } from '../src/content/en.js';
import { sourceKeys } from '../src/content/sources.js';
import {
  addDays,
  calendarInTimeZone,
  categoryIds,
  daysBetween,
  doneToday,
  emptyState,
  habitGroups,
  habitIds,
  HISTORY_DAYS,
  idFromText,
  isDayKey,
  isTicked,
  lastDays,
  localCalendar,
  MAX_CUSTOM_ITEMS,
  MAX_LABEL_LENGTH,
  onDay,
  parseCategories,
  parseState,
  readCustomItems,
  setTicked,
  streakLength,
  type Calendar,
  type ChecklistState,
} from '../src/prevention/index.js';

const HOUR = 3_600_000;
const at = (iso: string) => Date.parse(iso);

/** Ticks `ids` at each instant, reading the day from `calendar` as the widget does. */
function tickAt(calendar: Calendar, state: ChecklistState, time: number, id: string, checked = true): ChecklistState {
  return setTicked(state, id, checked, calendar.dayOf(time));
}

describe('prevention calendar days', () => {
  it('writes days as local calendar dates and does date arithmetic across months, years and leap days', () => {
    expect(isDayKey('2026-11-21')).to.equal(true);
    expect(isDayKey('2026-02-30')).to.equal(false);
    expect(isDayKey('2026-1-5')).to.equal(false);
    expect(isDayKey(20261121)).to.equal(false);
    expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
    expect(addDays('2028-02-28', 1)).to.equal('2028-02-29');
    expect(addDays('2026-03-01', -1)).to.equal('2026-02-28');
    expect(daysBetween('2026-11-15', '2026-11-21')).to.equal(6);
    expect(daysBetween('2026-11-21', '2026-11-15')).to.equal(-6);
  });

  it('puts a tick made at 23:59 local time on that day, and starts the next day at local midnight', () => {
    // Built from local fields, so this holds in whatever time zone the browser runs.
    const lateEvening = new Date(2026, 10, 21, 23, 59, 30).getTime();
    expect(localCalendar.dayOf(lateEvening)).to.equal('2026-11-21');
    const next = localCalendar.nextDayStart(lateEvening);
    expect(next).to.equal(new Date(2026, 10, 22, 0, 0, 0).getTime());
    expect(localCalendar.dayOf(next - 1)).to.equal('2026-11-21');
    expect(localCalendar.dayOf(next)).to.equal('2026-11-22');
  });

  it('finds the next local day start on every day of a year in the local time zone, DST days included', () => {
    let time = new Date(2026, 0, 1, 12, 0).getTime();
    for (let day = 0; day < 366; day += 1) {
      const next = localCalendar.nextDayStart(time);
      expect(localCalendar.dayOf(next)).to.equal(addDays(localCalendar.dayOf(time), 1));
      expect(localCalendar.dayOf(next - 1)).to.equal(localCalendar.dayOf(time));
      time = next + 12 * HOUR;
    }
  });

  describe('in a time zone with daylight saving (America/New_York)', () => {
    const newYork = calendarInTimeZone('America/New_York');

    it('has a 23-hour day when the clocks go forward', () => {
      const midnight = at('2026-03-08T05:00:00Z'); // 00:00 EST
      expect(newYork.dayOf(midnight)).to.equal('2026-03-08');
      const next = newYork.nextDayStart(midnight);
      expect(next).to.equal(at('2026-03-09T04:00:00Z')); // 00:00 EDT
      expect(next - midnight).to.equal(23 * HOUR);
    });

    it('has a 25-hour day when the clocks go back', () => {
      const midnight = at('2026-11-01T04:00:00Z'); // 00:00 EDT
      const next = newYork.nextDayStart(midnight + HOUR);
      expect(next).to.equal(at('2026-11-02T05:00:00Z')); // 00:00 EST
      expect(next - midnight).to.equal(25 * HOUR);
    });

    it('counts two ticks more than 24 hours apart on the 25-hour day as one day', () => {
      let state = emptyState('2026-10-31');
      state = tickAt(newYork, state, at('2026-11-01T04:10:00Z'), 'water'); // 00:10 EDT
      state = tickAt(newYork, state, at('2026-11-02T04:50:00Z'), 'stretch'); // 23:50 EST, same date
      expect(state.day).to.equal('2026-11-01');
      expect(state.ticked).to.deep.equal(['water', 'stretch']);
      expect(streakLength(state, '2026-11-01')).to.equal(1);
    });

    it('counts two ticks less than 24 hours apart across the 23-hour day as two days of a streak', () => {
      let state = emptyState('2026-03-07');
      state = tickAt(newYork, state, at('2026-03-08T05:30:00Z'), 'water'); // 00:30 EST on the 8th
      state = tickAt(newYork, state, at('2026-03-09T04:10:00Z'), 'water'); // 00:10 EDT on the 9th
      expect(state.day).to.equal('2026-03-09');
      expect(state.ticked).to.deep.equal(['water']);
      expect(streakLength(state, '2026-03-09')).to.equal(2);
      expect(lastDays(state, '2026-03-09').slice(-2)).to.deep.equal([
        { day: '2026-03-08', done: 1 },
        { day: '2026-03-09', done: 1 },
      ]);
    });

    it('keeps a streak going over a week that spans the change', () => {
      let state = emptyState('2026-03-04');
      // 23:59 local each evening, from the 4th to the 10th of March.
      for (let date = 4; date <= 10; date += 1) {
        const offset = date >= 8 ? 4 : 5;
        state = tickAt(newYork, state, at(`2026-03-${String(date).padStart(2, '0')}T23:59:00Z`) + offset * HOUR, 'relax');
      }
      expect(state.day).to.equal('2026-03-10');
      expect(streakLength(state, '2026-03-10')).to.equal(7);
      expect(lastDays(state, '2026-03-10').every((record) => record.done === 1)).to.equal(true);
    });
  });

  it('finds the next day in a time zone where the clocks skipped midnight (America/Sao_Paulo, 2018)', () => {
    const saoPaulo = calendarInTimeZone('America/Sao_Paulo');
    const next = saoPaulo.nextDayStart(at('2018-11-03T15:00:00Z'));
    expect(next).to.equal(at('2018-11-04T03:00:00Z')); // 01:00 local: there was no 00:00 that day
    expect(saoPaulo.dayOf(next)).to.equal('2018-11-04');
  });

  it('finds the same day boundaries with Europe/London around its spring change', () => {
    const london = calendarInTimeZone('Europe/London');
    expect(london.nextDayStart(at('2026-03-29T12:00:00Z'))).to.equal(at('2026-03-29T23:00:00Z'));
    expect(london.dayOf(at('2026-03-29T22:59:59Z'))).to.equal('2026-03-29');
  });
});

describe('prevention checklist state', () => {
  it('ticks and unticks items for today and counts only the items shown', () => {
    let state = emptyState('2026-11-21');
    state = setTicked(state, 'water', true, '2026-11-21');
    state = setTicked(state, 'relax', true, '2026-11-21');
    state = setTicked(state, 'book-visit', true, '2026-11-21');
    expect(isTicked(state, 'water', '2026-11-21')).to.equal(true);
    expect(doneToday(state, ['water', 'relax', 'stretch'], '2026-11-21')).to.equal(2);
    state = setTicked(state, 'water', false, '2026-11-21');
    expect(isTicked(state, 'water', '2026-11-21')).to.equal(false);
    expect(state.history).to.deep.equal([{ day: '2026-11-21', done: 2 }]);
  });

  it('ignores a repeated tick or an untick of an item that is not ticked', () => {
    const once = setTicked(emptyState('2026-11-21'), 'water', true, '2026-11-21');
    expect(setTicked(once, 'water', true, '2026-11-21')).to.equal(once);
    expect(setTicked(once, 'stretch', false, '2026-11-21')).to.equal(once);
  });

  it('starts each new day with no ticks, keeping yesterday in the history and the streak', () => {
    const yesterday = setTicked(emptyState('2026-11-20'), 'water', true, '2026-11-20');
    const today = onDay(yesterday, '2026-11-21');
    expect(today.ticked).to.deep.equal([]);
    expect(isTicked(yesterday, 'water', '2026-11-21')).to.equal(false);
    expect(streakLength(yesterday, '2026-11-21')).to.equal(1); // alive until today is over
    expect(lastDays(yesterday, '2026-11-21').slice(-2)).to.deep.equal([
      { day: '2026-11-20', done: 1 },
      { day: '2026-11-21', done: 0 },
    ]);
  });

  it('builds a streak of consecutive days and loses it after a day away', () => {
    let state = emptyState('2026-11-15');
    for (const day of ['2026-11-15', '2026-11-16', '2026-11-17']) state = setTicked(state, 'water', true, day);
    expect(streakLength(state, '2026-11-17')).to.equal(3);
    expect(streakLength(state, '2026-11-18')).to.equal(3);
    expect(streakLength(state, '2026-11-19')).to.equal(0);
    state = setTicked(state, 'water', true, '2026-11-20');
    expect(streakLength(state, '2026-11-20')).to.equal(1);
    expect(lastDays(state, '2026-11-20').map((record) => record.done)).to.deep.equal([0, 1, 1, 1, 0, 0, 1]);
  });

  it('shows an empty week and no streak after a long time away', () => {
    let state = emptyState('2026-10-01');
    state = setTicked(state, 'water', true, '2026-10-01');
    state = setTicked(state, 'water', true, '2026-10-02');
    expect(streakLength(state, '2026-11-21')).to.equal(0);
    expect(lastDays(state, '2026-11-21')).to.deep.equal(
      Array.from({ length: 7 }, (_, index) => ({ day: addDays('2026-11-21', index - 6), done: 0 })),
    );
    expect(onDay(state, '2026-11-21').history).to.deep.equal([]);
  });

  it('takes today back out of the streak when its last tick is removed', () => {
    let state = setTicked(emptyState('2026-11-20'), 'water', true, '2026-11-20');
    state = setTicked(state, 'water', true, '2026-11-21');
    expect(streakLength(state, '2026-11-21')).to.equal(2);
    state = setTicked(state, 'water', false, '2026-11-21');
    expect(streakLength(state, '2026-11-21')).to.equal(1);
    expect(lastDays(state, '2026-11-21').at(-1)).to.deep.equal({ day: '2026-11-21', done: 0 });
    state = setTicked(emptyState('2026-11-21'), 'water', true, '2026-11-21');
    expect(setTicked(state, 'water', false, '2026-11-21').streak).to.equal(null);
  });

  it('keeps ticks when the clock goes back to an earlier day, instead of losing them', () => {
    const state = setTicked(emptyState('2026-11-21'), 'water', true, '2026-11-21');
    expect(isTicked(state, 'water', '2026-11-20')).to.equal(true);
    expect(setTicked(state, 'relax', true, '2026-11-20').ticked).to.deep.equal(['water', 'relax']);
  });

  it('keeps the stored history bounded, however many days are used', () => {
    let state = emptyState('2026-01-01');
    for (let index = 0; index < 400; index += 1) {
      const day = addDays('2026-01-01', index);
      for (const id of habitIds) state = setTicked(state, id, true, day);
    }
    expect(state.history).to.have.length(HISTORY_DAYS);
    expect(streakLength(state, state.day)).to.equal(400);
    expect(JSON.stringify(state).length).to.be.below(1500);
    expect(parseState(JSON.parse(JSON.stringify(state)))).to.deep.equal(state);
  });

  it('agrees with a full day-by-day log on streaks and history (property)', () => {
    const step = fc.record({
      advance: fc.integer({ min: 0, max: 3 }),
      id: fc.constantFrom('water', 'relax', 'stretch'),
      checked: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        let today = '2026-11-01';
        let state = emptyState(today);
        const log = new Map<string, Set<string>>();
        for (const { advance, id, checked } of steps) {
          today = addDays(today, advance);
          state = setTicked(state, id, checked, today);
          const ticks = log.get(today) ?? new Set<string>();
          if (checked) ticks.add(id);
          else ticks.delete(id);
          log.set(today, ticks);
          const count = (day: string) => log.get(day)?.size ?? 0;
          let expected = 0;
          let day = count(today) > 0 ? today : addDays(today, -1);
          while (count(day) > 0) {
            expected += 1;
            day = addDays(day, -1);
          }
          expect(streakLength(state, today)).to.equal(expected);
          expect(lastDays(state, today).map((record) => record.done)).to.deep.equal(
            Array.from({ length: 7 }, (_, index) => count(addDays(today, index - 6))),
          );
          expect(state.history.length).to.be.at.most(HISTORY_DAYS);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('accepts only well-formed stored data, and never throws on any value', () => {
    const good = setTicked(emptyState('2026-11-21'), 'water', true, '2026-11-21');
    expect(parseState(JSON.parse(JSON.stringify(good)))).to.deep.equal(good);
    for (const bad of [
      null,
      42,
      'x',
      [],
      {},
      { ...good, day: '2026-13-01' },
      { ...good, ticked: 'water' },
      { ...good, ticked: [1] },
      { ...good, ticked: Array.from({ length: 65 }, (_, index) => `id-${index}`) },
      { ...good, history: [{ day: '2026-11-21', done: 0 }] },
      { ...good, history: [{ day: 'today', done: 1 }] },
      { ...good, streak: { from: '2026-11-22', to: '2026-11-21' } },
      { ...good, streak: 'long' },
    ]) {
      expect(parseState(bad), JSON.stringify(bad)).to.equal(null);
    }
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const parsed = parseState(value);
        if (parsed) expect(isDayKey(parsed.day)).to.equal(true);
      }),
    );
  });
});

describe('prevention habits and their content', () => {
  const content = en.checklist;

  it('groups every habit of the content exactly once, in every category of the content', () => {
    expect([...categoryIds].sort()).to.deep.equal(Object.keys(content.categories).sort());
    expect([...habitIds].sort()).to.deep.equal(Object.keys(content.items).sort());
    expect(new Set(habitIds).size).to.equal(habitIds.length);
    expect(categoryIds).to.deep.equal([
      'posture',
      'movement',
      'lifting',
      'nutrition',
      'weight',
      'stress-sleep',
      'footwear',
      'smoking',
    ]);
    for (const group of habitGroups) expect(group.items.length, group.id).to.be.above(0);
  });

  it('covers the prevention advice of the seeds: core work, stretching, walking or swimming, sitting breaks, minerals', () => {
    const text = (id: keyof typeof content.items) => `${content.items[id].label} ${content.items[id].why}`.toLowerCase();
    expect(text('core-exercise')).to.contain('plank').and.contain('bridge').and.contain('bird-dog');
    expect(text('stretch')).to.contain('before and after');
    expect(text('walk-swim')).to.contain('walk').and.contain('swim');
    expect(text('sitting-breaks')).to.contain('30 minutes');
    expect(text('water')).to.contain('water');
    expect(text('magnesium')).to.contain('magnesium');
    expect(text('potassium')).to.contain('potassium');
    expect(text('calcium')).to.contain('calcium');
    expect(text('smoke-free')).to.contain('smoke');
  });

  it('gives every habit a short label, a short why, and at least one seed among its known sources', () => {
    for (const id of habitIds) {
      const item = content.items[id];
      expect(id, id).to.match(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      expect(item.label.length, id).to.be.within(5, 90);
      expect(item.why.length, id).to.be.within(20, 200);
      expect(item.sources.length, id).to.be.above(0);
      expect(item.sources.some((key) => key.startsWith('seed-')), id).to.equal(true);
      for (const key of item.sources) expect(sourceKeys, `${id} ${key}`).to.include(key);
      expect(new Set(item.sources).size, id).to.equal(item.sources.length);
    }
  });

  it('never promotes spinal adjustments or diet rules the seeds do not back plainly', () => {
    const all = JSON.stringify(content).toLowerCase();
    for (const word of ['chiropract', 'adjustment', 'caffeine', 'sugar', 'supplement', 'eight glasses', 'alcohol']) {
      expect(all, word).not.to.contain(word);
    }
  });
});

describe('prevention categories attribute parsing', () => {
  it('keeps the known ids in the standard order and reports the unknown ones', () => {
    expect(parseCategories(' Smoking, posture ,posture')).to.deep.equal({
      shown: ['posture', 'smoking'],
      unknown: [],
      noneKnown: false,
    });
    expect(parseCategories('posture, yoga')).to.deep.equal({ shown: ['posture'], unknown: ['yoga'], noneKnown: false });
  });

  it('shows every category when the value is empty or names no known category', () => {
    expect(parseCategories(null)).to.deep.equal({ shown: categoryIds, unknown: [], noneKnown: false });
    expect(parseCategories(' , ')).to.deep.equal({ shown: categoryIds, unknown: [], noneKnown: false });
    expect(parseCategories('yoga,diet')).to.deep.equal({ shown: categoryIds, unknown: ['yoga', 'diet'], noneKnown: true });
  });
});

describe("prevention: a site's own items", () => {
  it('makes stable ids from the text when an item has none', () => {
    expect(idFromText('Book your next visit!')).to.equal('book-your-next-visit');
    expect(idFromText('  Café crème ')).to.equal('cafe-creme');
    expect(idFromText('予約する')).to.equal('予約する');
    expect(idFromText('!!!')).to.equal('item');
    expect(idFromText('x'.repeat(100))).to.have.length(48);
  });

  it('keeps usable ids, replaces unusable ones and numbers ids already taken', () => {
    const { items, problems } = readCustomItems(
      [
        { id: 'book-visit', text: 'Book your next visit' },
        { id: null, text: '  Do   your home exercises ' },
        { id: 'has spaces!', text: 'Walk the dog' },
        { id: 'water', text: 'Drink a glass of water with lunch' },
        { id: 'book-visit', text: 'Call us' },
        { id: null, text: 'Do your home exercises' },
      ],
      habitIds,
    );
    expect(items).to.deep.equal([
      { id: 'book-visit', label: 'Book your next visit' },
      { id: 'do-your-home-exercises', label: 'Do your home exercises' },
      { id: 'walk-the-dog', label: 'Walk the dog' },
      { id: 'water-2', label: 'Drink a glass of water with lunch' },
      { id: 'book-visit-2', label: 'Call us' },
      { id: 'do-your-home-exercises-2', label: 'Do your home exercises' },
    ]);
    expect(problems).to.have.length(3);
    expect(problems.join('\n')).to.contain('has spaces!').and.contain('"water"').and.contain('"book-visit"');
  });

  it('skips items without text, cuts long labels and limits how many are shown', () => {
    const many = Array.from({ length: MAX_CUSTOM_ITEMS + 3 }, (_, index) => ({ id: null, text: `Tip ${index}` }));
    const { items, problems } = readCustomItems(
      [{ id: 'empty', text: '   ' }, { id: 'long', text: 'a'.repeat(300) }, ...many],
      [],
    );
    expect(items).to.have.length(MAX_CUSTOM_ITEMS);
    expect(items[0]?.label).to.have.length(MAX_LABEL_LENGTH);
    expect(items[0]?.label.endsWith('…')).to.equal(true);
    expect(problems).to.have.length(3);
  });
});
