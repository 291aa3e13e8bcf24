import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import sinon from 'sinon';
import { en } from '../src/content/en.js';
import { sourceKeys } from '../src/content/sources.js';
import {
  addDays,
  calendarFromOffset,
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
  MAX_TICKS,
  mergeStates,
  onDay,
  parseCategories,
  parseState,
  readCustomItems,
  sameState,
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

  it('moves back to today when the clock goes back: ticks of a later day are not today’s', () => {
    // Ticked while the clock said the 21st; it is really the 20th.
    const state = setTicked(emptyState('2026-11-21'), 'water', true, '2026-11-21');
    expect(isTicked(state, 'water', '2026-11-20')).to.equal(false);
    expect(onDay(state, '2026-11-20').day).to.equal('2026-11-20');
    const today = setTicked(state, 'relax', true, '2026-11-20');
    expect(today.day).to.equal('2026-11-20');
    expect(today.ticked).to.deep.equal(['relax']);
    expect(today.history).to.deep.equal([{ day: '2026-11-20', done: 1 }]);
    expect(streakLength(today, '2026-11-20')).to.equal(1);
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

describe('prevention calendar days in a zone that changes', () => {
  const TOKYO = 9 * 60;
  const LOS_ANGELES = -8 * 60;
  // The visitor lands in Los Angeles at 05:00 UTC on 21 November: 14:00 on the 21st in Tokyo, 21:00 on the 20th there.
  const landing = at('2026-11-21T05:00:00Z');
  const travelling = calendarFromOffset((time) => (time < landing ? TOKYO : LOS_ANGELES));

  it('gives each instant the local date of the zone in force at that instant', () => {
    expect(travelling.dayOf(at('2026-11-20T14:59:59Z'))).to.equal('2026-11-20');
    expect(travelling.dayOf(at('2026-11-20T15:00:00Z'))).to.equal('2026-11-21'); // midnight in Tokyo
    expect(travelling.dayOf(landing - 1)).to.equal('2026-11-21');
    expect(travelling.dayOf(landing)).to.equal('2026-11-20'); // 21:00 on the 20th in Los Angeles
    expect(travelling.dayOf(at('2026-11-21T07:59:59Z'))).to.equal('2026-11-20');
    expect(travelling.dayOf(at('2026-11-21T08:00:00Z'))).to.equal('2026-11-21'); // midnight in Los Angeles
  });

  it('finds the next midnight of the zone in force', () => {
    expect(travelling.nextDayStart(at('2026-11-20T10:00:00Z'))).to.equal(at('2026-11-20T15:00:00Z'));
    expect(travelling.nextDayStart(landing)).to.equal(at('2026-11-21T08:00:00Z'));
    expect(travelling.nextDayStart(at('2026-11-21T07:59:00Z'))).to.equal(at('2026-11-21T08:00:00Z'));
  });

  it('files each tick under the local date of its own moment', () => {
    const tick = (state: ChecklistState, time: number, id: string) => setTicked(state, id, true, travelling.dayOf(time), time);
    let state = tick(emptyState('2026-11-20'), at('2026-11-20T23:00:00Z'), 'water'); // 08:00 on the 21st in Tokyo
    expect(state.day).to.equal('2026-11-21');
    state = tick(state, landing + 3_600_000, 'relax'); // 22:00 on the 20th in Los Angeles
    expect(state.day).to.equal('2026-11-20');
    expect(state.ticked).to.deep.equal(['relax']);
    state = tick(state, at('2026-11-21T08:30:00Z'), 'stretch'); // 00:30 on the 21st in Los Angeles
    expect(state.ticked).to.deep.equal(['stretch']);
    expect(lastDays(state, '2026-11-21').slice(-2)).to.deep.equal([
      { day: '2026-11-20', done: 1 },
      { day: '2026-11-21', done: 1 },
    ]);
  });

  it('reads the device zone at every instant, so the local calendar follows a change of zone', () => {
    const offset = sinon.stub(Date.prototype, 'getTimezoneOffset').returns(-TOKYO);
    try {
      expect(localCalendar.dayOf(landing)).to.equal('2026-11-21');
      expect(localCalendar.nextDayStart(landing)).to.equal(at('2026-11-21T15:00:00Z'));
      offset.returns(-LOS_ANGELES);
      expect(localCalendar.dayOf(landing)).to.equal('2026-11-20');
      expect(localCalendar.nextDayStart(landing)).to.equal(at('2026-11-21T08:00:00Z'));
    } finally {
      offset.restore();
    }
  });
});

describe('prevention checklist state from a clock that was ahead', () => {
  it('moves a state from a future day to today: today shows with no ticks, earlier days keep their history', () => {
    const today = '2026-11-21';
    let state = emptyState('2026-11-19');
    state = setTicked(state, 'water', true, '2026-11-19');
    state = setTicked(state, 'water', true, '2026-11-20');
    // The clock jumps a year ahead for a few days, with ticks on each.
    for (const day of ['2027-11-20', '2027-11-21', '2027-11-22']) {
      state = setTicked(state, 'relax', true, day);
      state = setTicked(state, 'stretch', true, day);
    }
    expect(state.day).to.equal('2027-11-22');
    const back = onDay(state, today);
    expect(back.day).to.equal(today);
    expect(back.ticked).to.deep.equal([]);
    expect(isTicked(state, 'relax', today)).to.equal(false);
    expect(lastDays(state, today).map((record) => record.done)).to.deep.equal([0, 0, 0, 0, 1, 1, 0]);
    expect(lastDays(state, today).at(-1)).to.deep.equal({ day: today, done: 0 });
    expect(streakLength(state, today)).to.equal(2);
    expect(Object.keys(back.marks)).to.deep.equal([]);
    expect(Object.keys(back.counts).every((day) => daysBetween(day, today) > 0)).to.equal(true);
    expect(back.runs.every((run) => daysBetween(run.to, today) > 0)).to.equal(true);

    const ticked = setTicked(state, 'sleep', true, today);
    expect(ticked.day).to.equal(today);
    expect(ticked.ticked).to.deep.equal(['sleep']);
    expect(streakLength(ticked, today)).to.equal(3);
  });

  it('drops a finished count for today, which only a clock ahead can have made', () => {
    const ahead = setTicked(emptyState('2026-11-21'), 'water', true, '2026-11-21');
    const nextDay = onDay(ahead, '2026-11-22');
    expect(nextDay.counts).to.deep.equal({ '2026-11-21': 1 });
    const back = onDay(nextDay, '2026-11-21');
    expect(back.counts).to.deep.equal({});
    expect(back.ticked).to.deep.equal([]);
    expect(setTicked(back, 'relax', true, '2026-11-21').history).to.deep.equal([{ day: '2026-11-21', done: 1 }]);
  });

  it('reads data in the format without marks written a year ahead, and moves it to today', () => {
    const stored = parseState({
      day: '2027-11-21',
      ticked: ['water', 'relax'],
      history: [
        { day: '2026-11-20', done: 4 },
        { day: '2027-11-21', done: 2 },
      ],
      streak: { from: '2027-11-20', to: '2027-11-21' },
    }) as ChecklistState;
    expect(stored.ticked).to.deep.equal(['water', 'relax']);
    const today = onDay(stored, '2026-11-21');
    expect(today.day).to.equal('2026-11-21');
    expect(today.ticked).to.deep.equal([]);
    expect(today.history).to.deep.equal([{ day: '2026-11-20', done: 4 }]);
    expect(streakLength(stored, '2026-11-21')).to.equal(1);
  });
});

describe('prevention checklist state: merging copies', () => {
  const T0 = Date.UTC(2026, 10, 21, 12);
  const ids = ['water', 'relax', 'stretch', 'book-visit'];
  const step = fc.record({
    advance: fc.constantFrom(0, 0, 0, 1, 2, 8),
    id: fc.constantFrom(...ids),
    checked: fc.boolean(),
    // Small, so that copies often hold marks made at the same millisecond.
    at: fc.integer({ min: 0, max: 40 }),
  });
  /** A copy of the state after some ticks, from a fork of `base` or from the old stored format. */
  const copy = fc
    .record({
      steps: fc.array(step, { maxLength: 20 }),
      start: fc.integer({ min: -3, max: 3 }),
      legacy: fc.boolean(),
    })
    .map(({ steps, start, legacy }) => {
      let day = addDays('2026-11-21', start);
      let state = legacy
        ? (parseState({ day, ticked: ['water', 'sleep'], history: [{ day, done: 2 }], streak: { from: addDays(day, -3), to: day } }) as ChecklistState)
        : emptyState(day);
      for (const { advance, id, checked, at } of steps) {
        day = addDays(day, advance);
        state = setTicked(state, id, checked, day, T0 + at * 1000);
      }
      return state;
    });

  it('is commutative, associative and idempotent (property)', () => {
    fc.assert(
      fc.property(copy, copy, copy, (a, b, c) => {
        expect(mergeStates(a, b)).to.deep.equal(mergeStates(b, a));
        expect(mergeStates(mergeStates(a, b), c)).to.deep.equal(mergeStates(a, mergeStates(b, c)));
        expect(mergeStates(a, a)).to.deep.equal(a);
        expect(mergeStates(mergeStates(a, b), b)).to.deep.equal(mergeStates(a, b));
        expect(sameState(mergeStates(a, b), mergeStates(b, a))).to.equal(true);
        // Stored and read back, a merged state is the same state.
        const merged = mergeStates(a, b);
        expect(parseState(JSON.parse(JSON.stringify(merged)))).to.deep.equal(merged);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the later change of each item; at the same moment the tick wins, and an untick beats an older tick', () => {
    const day = '2026-11-21';
    const ticked = setTicked(emptyState(day), 'water', true, day, T0);
    const untickedLater = setTicked(ticked, 'water', false, day, T0 + 5);
    const otherTab = setTicked(emptyState(day), 'water', true, day, T0 + 2);
    expect(isTicked(mergeStates(untickedLater, otherTab), 'water', day)).to.equal(false);
    const tickedLater = setTicked(emptyState(day), 'water', true, day, T0 + 9);
    expect(isTicked(mergeStates(untickedLater, tickedLater), 'water', day)).to.equal(true);
    const untickedNow = setTicked(setTicked(emptyState(day), 'water', true, day, T0), 'water', false, day, T0 + 9);
    expect(untickedNow.marks[day]?.water).to.equal(-(T0 + 9));
    expect(isTicked(mergeStates(untickedNow, tickedLater), 'water', day)).to.equal(true);
    expect(isTicked(mergeStates(tickedLater, untickedNow), 'water', day)).to.equal(true);
  });

  it('marks a visitor’s change after everything the copy has seen, even when another clock ran ahead', () => {
    const day = '2026-11-21';
    const ahead = setTicked(emptyState(day), 'water', true, day, T0 + 3_600_000);
    const mine = setTicked(ahead, 'water', false, day, T0);
    expect(isTicked(mine, 'water', day)).to.equal(false);
    expect(isTicked(mergeStates(mine, ahead), 'water', day)).to.equal(false);
  });

  it('merges ticks from data without marks with newer changes, the newer changes winning', () => {
    const day = '2026-11-21';
    const old = parseState({
      day,
      ticked: ['water', 'relax'],
      history: [
        { day: '2026-11-19', done: 3 },
        { day, done: 2 },
      ],
      streak: { from: '2026-11-10', to: day },
    }) as ChecklistState;
    expect(old.marks).to.deep.equal({ [day]: { water: 1, relax: 2 } });
    expect(old.counts).to.deep.equal({ '2026-11-19': 3 });
    expect(old.runs).to.deep.equal([{ from: '2026-11-10', to: '2026-11-20' }]);
    expect(streakLength(old, day)).to.equal(12);
    expect(lastDays(old, day).map((record) => record.done)).to.deep.equal([0, 0, 0, 0, 3, 0, 2]);
    const mine = setTicked(setTicked(emptyState(day), 'water', true, day, T0), 'water', false, day, T0 + 1);
    const merged = mergeStates(old, setTicked(mine, 'stretch', true, day, T0 + 2));
    expect(merged.ticked).to.deep.equal(['relax', 'stretch']);
    expect(streakLength(merged, day)).to.equal(12);
  });

  /**
   * Two tabs that tick at the same moment, as the widget does it: each reads the stored value,
   * merges it with its own state, makes its change and saves; the tab that saves second overwrites
   * the first's save. Each tab then hears of the other's save, merges it, and saves back what the
   * save lacked. Stored values go through JSON and parseState, as in localStorage.
   */
  function twoTabs(order: readonly boolean[], deliveries: readonly number[]) {
    let stored: string | null = null;
    let today = '2026-11-21';
    const tabs = [emptyState(today), emptyState(today)];
    const pending: { to: number; text: string }[] = [];
    const read = (text: string) => parseState(JSON.parse(text)) as ChecklistState;
    const save = (from: number, state: ChecklistState) => {
      const text = JSON.stringify(state);
      if (text === stored) return; // setItem with the same value fires no storage event
      stored = text;
      pending.push({ to: 1 - from, text });
    };
    const receive = (to: number, text: string) => {
      const incoming = read(text);
      const merged = onDay(mergeStates(incoming, tabs[to] as ChecklistState), today);
      tabs[to] = merged;
      if (!sameState(merged, incoming)) save(to, merged);
    };
    // Each tab ticks its own items, so what each ends up with is known: the last change it made to each.
    const owned = [
      ['water', 'relax', 'stretch', 'sleep', 'calcium'],
      ['walk-swim', 'magnesium', 'book-visit', 'smoke-free', 'load-close'],
    ];
    const pattern = [
      [0, 1, 2, 0, 3, 4, 1, 2, 0, 3],
      [4, 3, 2, 1, 0, 4, 3, 2, 1, 1],
    ];
    let expected = new Map<string, boolean>();
    let delivery = 0;
    for (let round = 0; round < 20; round += 1) {
      if (round === 10) {
        today = addDays(today, 1); // midnight: yesterday's ticks go into the history
        expected = new Map();
      }
      const time = T0 + round * 60_000;
      const read0 = stored;
      const next = [0, 1].map((tab) => {
        const id = (owned[tab] as string[])[(pattern[tab] as number[])[round % 10] as number] as string;
        const base = read0 ? mergeStates(read(read0), tabs[tab] as ChecklistState) : (tabs[tab] as ChecklistState);
        const checked = !isTicked(base, id, today); // a tap flips what the tab shows
        expected.set(id, checked);
        // Both tabs tick at the same millisecond.
        return setTicked(onDay(base, today), id, checked, today, time);
      });
      tabs[0] = next[0] as ChecklistState;
      tabs[1] = next[1] as ChecklistState;
      const first = order[round] ? 0 : 1;
      save(first, next[first] as ChecklistState);
      save(1 - first, next[1 - first] as ChecklistState);
      while (pending.length > 0) {
        const index = (deliveries[delivery++ % deliveries.length] ?? 0) % pending.length;
        const [event] = pending.splice(index, 1);
        if (event) receive(event.to, event.text);
      }
      const want = [...expected].filter(([, on]) => on).map(([id]) => id).sort();
      const storedState = read(stored as unknown as string);
      expect([...onDay(storedState, today).ticked].sort(), `storage after round ${round}`).to.deep.equal(want);
      for (const tab of [0, 1]) {
        expect([...onDay(tabs[tab] as ChecklistState, today).ticked].sort(), `tab ${tab} after round ${round}`).to.deep.equal(want);
        expect(sameState(onDay(tabs[tab] as ChecklistState, today), onDay(storedState, today)), `tab ${tab} and storage agree`).to.equal(true);
      }
    }
    return { tabs, today };
  }

  it('loses no tick when two tabs tick at the same moment, 20 rounds, and both tabs end equal to storage', () => {
    const { tabs, today } = twoTabs(
      Array.from({ length: 20 }, (_, round) => round % 3 === 0),
      [0, 1, 0],
    );
    // The day before midnight ended with two ticks from each tab.
    expect(lastDays(tabs[0] as ChecklistState, today).at(-2)?.done).to.equal(4);
    expect(sameState(tabs[0] as ChecklistState, tabs[1] as ChecklistState)).to.equal(true);
  });

  it('loses no tick whatever order the saves land and the tabs hear of them in (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
        fc.array(fc.nat(5), { minLength: 1, maxLength: 10 }),
        (order, deliveries) => {
          twoTabs(order, deliveries);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('keeps at most MAX_TICKS marks a day, the newest ones', () => {
    let state = emptyState('2026-11-21');
    for (let index = 0; index < MAX_TICKS + 10; index += 1) state = setTicked(state, `item-${index}`, true, '2026-11-21');
    expect(Object.keys(state.marks['2026-11-21'] ?? {})).to.have.length(MAX_TICKS);
    expect(state.ticked).to.have.length(MAX_TICKS);
    expect(state.ticked.at(-1)).to.equal(`item-${MAX_TICKS + 9}`);
    expect(parseState(JSON.parse(JSON.stringify(state)))).to.deep.equal(state);
  });

  it('refuses stored marks, counts and runs that are not well formed', () => {
    const good = setTicked(emptyState('2026-11-21'), 'water', true, '2026-11-21');
    for (const bad of [
      { ...good, marks: [] },
      { ...good, marks: { today: { water: 1 } } },
      { ...good, marks: { '2026-11-21': { water: 0 } } },
      { ...good, marks: { '2026-11-21': { water: 1.5 } } },
      { ...good, marks: { '2026-11-21': { water: '1' } } },
      { ...good, marks: { '2026-11-21': { '': 1 } } },
      { ...good, counts: { '2026-11-20': 0 } },
      { ...good, counts: { '2026-11-20': MAX_TICKS + 1 } },
      { ...good, runs: {} },
      { ...good, runs: [{ from: '2026-11-20', to: '2026-11-19' }] },
    ]) {
      expect(parseState(bad), JSON.stringify(bad)).to.equal(null);
    }
    // A key that is special in JavaScript objects is read as a plain id.
    const odd = parseState(JSON.parse(JSON.stringify(good).replaceAll('"water"', '"__proto__"'))) as ChecklistState;
    expect(odd.ticked).to.deep.equal(['__proto__']);
    expect(isTicked(setTicked(odd, '__proto__', false, '2026-11-21'), '__proto__', '2026-11-21')).to.equal(false);
  });
});
