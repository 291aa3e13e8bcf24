import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { en } from '../src/content/en.js';
import { forgetPageMemory } from '../src/internal/storage.js';
import { localCalendar, type ChecklistState } from '../src/prevention/index.js';
import '../src/prevention-checklist/index.js';
import type { PreventionChecklist } from '../src/prevention-checklist/index.js';
import { tap } from './helpers/real-input.js';
import { eachCaseOnAFreshPage } from './helpers/fresh-page.js';

/*
 * Which day the checklist is on: the visitor's local date now, in the zone in force now, whatever
 * the clock said before, however long the laptop slept.
 */

const KEY = 'back-spasm-widgets:prevention-checklist';
const ui = en.checklist.ui;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const root = (el: PreventionChecklist) => el.shadowRoot as ShadowRoot;
const box = (el: PreventionChecklist, id: string) => {
  const input = root(el).querySelector<HTMLInputElement>(`li[data-id="${id}"] input[type="checkbox"]`);
  if (!input) throw new Error(`no checkbox for ${id}`);
  return input;
};
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const shownTicked = (el: PreventionChecklist) =>
  [...root(el).querySelectorAll<HTMLInputElement>('li[data-id] input[type="checkbox"]')]
    .filter((input) => input.checked)
    .map((input) => input.closest('li')?.getAttribute('data-id'));
const progressText = (el: PreventionChecklist) => text(root(el).querySelector('.progress label'));
const status = (el: PreventionChecklist) => text(root(el).querySelector('[role="status"]'));
const streakText = (el: PreventionChecklist) => text(root(el).querySelector('.streak'));
/** The days of the history, as the widget writes their keys. */
const historyDays = (el: PreventionChecklist) =>
  [...root(el).querySelectorAll('.days li')].map((day) => day.getAttribute('data-day'));
const todayInHistory = (el: PreventionChecklist) => root(el).querySelector('.days li.today')?.getAttribute('data-day');
const doneInHistory = (el: PreventionChecklist) =>
  [...root(el).querySelectorAll('.days li')].map((day) => text(day.querySelector('.number')) || '0');

function stored(): { v: number; data: ChecklistState } | null {
  const raw = localStorage.getItem(KEY);
  return raw == null ? null : (JSON.parse(raw) as { v: number; data: ChecklistState });
}

async function tick(el: PreventionChecklist, id: string): Promise<void> {
  await tap(box(el, id));
  await el.updateComplete;
}

/** A local date-time (in whatever zone the browser runs). */
const local = (year: number, month: number, day: number, hour = 0, minute = 0, second = 0) =>
  new Date(year, month - 1, day, hour, minute, second);

describe('<prevention-checklist> and the day', () => {
  eachCaseOnAFreshPage(KEY);

  describe('a clock that was ahead', () => {
    it('moves back to the real today once the clock is put right, keeping the days before, with today’s ticks empty', async () => {
      const clock = sinon.useFakeTimers({ now: local(2026, 11, 20, 9), toFake: ['Date'] });
      const el = await fixture<PreventionChecklist>(html`<prevention-checklist categories="posture,stress-sleep"></prevention-checklist>`);
      await tick(el, 'sit-supported'); // a real day: the 20th

      // The clock jumps a year ahead; the visitor ticks on that "day".
      clock.setSystemTime(local(2027, 11, 21, 9));
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      await tick(el, 'relax');
      await tick(el, 'sleep');
      expect(stored()?.data.day).to.equal('2027-11-21');

      // Put right: it is really the 21st of November 2026.
      clock.setSystemTime(local(2026, 11, 21, 9, 30));
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      expect(shownTicked(el)).to.deep.equal([]);
      expect(progressText(el)).to.equal('0 of 5 done today');
      expect(todayInHistory(el)).to.equal('2026-11-21');
      expect(historyDays(el).at(-1)).to.equal('2026-11-21');
      expect(doneInHistory(el).slice(-2)).to.deep.equal(['1', '0']);
      expect(streakText(el)).to.equal('1 day in a row with at least one habit');

      await tick(el, 'stand-tall');
      expect(shownTicked(el)).to.deep.equal(['stand-tall']);
      const data = stored()?.data as ChecklistState;
      expect(data.day).to.equal('2026-11-21');
      expect(data.ticked).to.deep.equal(['stand-tall']);
      expect(data.history).to.deep.equal([
        { day: '2026-11-20', done: 1 },
        { day: '2026-11-21', done: 1 },
      ]);
      expect(Object.keys(data.marks)).to.deep.equal(['2026-11-21']);
      expect(streakText(el)).to.equal('2 days in a row with at least one habit');
    });

    it('opens on the real today when the data was saved while the clock was a year ahead, in either stored format', async () => {
      sinon.useFakeTimers({ now: local(2026, 11, 21, 9), toFake: ['Date'] });
      const ahead = {
        day: '2027-11-21',
        ticked: ['relax', 'sleep'],
        history: [
          { day: '2026-11-19', done: 2 },
          { day: '2027-11-21', done: 2 },
        ],
        streak: { from: '2027-11-20', to: '2027-11-21' },
      };
      for (const envelope of [
        { v: 1, data: ahead },
        { v: 2, data: { ...ahead, marks: { '2027-11-21': { relax: 1, sleep: 2 } }, counts: { '2026-11-19': 2 }, runs: [] } },
      ]) {
        forgetPageMemory();
        localStorage.setItem(KEY, JSON.stringify(envelope));
        const el = await fixture<PreventionChecklist>(html`<prevention-checklist categories="stress-sleep"></prevention-checklist>`);
        expect(shownTicked(el), `format ${envelope.v}`).to.deep.equal([]);
        expect(progressText(el)).to.equal('0 of 2 done today');
        expect(todayInHistory(el)).to.equal('2026-11-21');
        expect(doneInHistory(el)).to.deep.equal(['0', '0', '0', '0', '2', '0', '0']);
        await tick(el, 'sleep');
        expect(shownTicked(el)).to.deep.equal(['sleep']);
        expect(stored()?.data.day).to.equal('2026-11-21');
        expect(stored()?.data.ticked).to.deep.equal(['sleep']);
        el.remove();
      }
    });
  });

  describe('after the laptop sleeps past midnight', () => {
    // The wall clock jumps (setSystemTime) while timers stay where they were, as timers do while a computer sleeps.
    async function sleptPastMidnight(): Promise<{ el: PreventionChecklist; clock: sinon.SinonFakeTimers }> {
      const clock = sinon.useFakeTimers({ now: local(2026, 11, 21, 22), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
      const el = await fixture<PreventionChecklist>(html`<prevention-checklist categories="nutrition"></prevention-checklist>`);
      await tick(el, 'water');
      expect(shownTicked(el)).to.deep.equal(['water']);
      clock.setSystemTime(local(2026, 11, 22, 7, 30));
      return { el, clock };
    }

    const expectNewDay = (el: PreventionChecklist) => {
      expect(shownTicked(el)).to.deep.equal([]);
      expect(progressText(el)).to.equal('0 of 4 done today');
      expect(todayInHistory(el)).to.equal('2026-11-22');
      expect(doneInHistory(el).slice(-2)).to.deep.equal(['1', '0']);
      expect(status(el)).to.equal(ui.newDay);
    };

    it('moves to the new day as soon as the page is shown again (visibilitychange)', async () => {
      const { el } = await sleptPastMidnight();
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      expectNewDay(el);
    });

    it('moves to the new day as soon as the page is shown again (pageshow)', async () => {
      const { el } = await sleptPastMidnight();
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await el.updateComplete;
      expectNewDay(el);
    });

    it('moves to the new day within a minute with no event at all, as its timer is never set further ahead', async () => {
      const { el, clock } = await sleptPastMidnight();
      await el.updateComplete;
      expect(shownTicked(el), 'the timer has not run yet').to.deep.equal(['water']);
      clock.tick(MINUTE);
      await el.updateComplete;
      expectNewDay(el);
    });

    it('files a tick made before any of those on the new day', async () => {
      const { el } = await sleptPastMidnight();
      await tick(el, 'calcium');
      expect(shownTicked(el)).to.deep.equal(['calcium']);
      expect(stored()?.data.day).to.equal('2026-11-22');
      expect(stored()?.data.ticked).to.deep.equal(['calcium']);
    });
  });

  describe('a change of time zone', () => {
    // Tokyo is 9 hours ahead of UTC, Los Angeles 8 hours behind in November. getTimezoneOffset is
    // what the device's zone answers; stubbing it moves the browser to another zone.
    const TOKYO = -9 * 60;
    const LOS_ANGELES = 8 * 60;
    const utc = (iso: string) => new Date(iso);

    it('files each tick under the local date of its moment, and clears at the new zone’s midnight', async () => {
      const offset = sinon.stub(Date.prototype, 'getTimezoneOffset').returns(TOKYO);
      const clock = sinon.useFakeTimers({ now: utc('2026-11-20T23:00:00Z'), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
      expect(localCalendar.dayOf(Date.now())).to.equal('2026-11-21'); // 08:00 in Tokyo
      const el = await fixture<PreventionChecklist>(html`<prevention-checklist categories="stress-sleep"></prevention-checklist>`);
      await tick(el, 'relax');
      expect(stored()?.data.day).to.equal('2026-11-21');

      // Five hours on (13:00 in Tokyo), the visitor lands in Los Angeles: 21:00 on the 20th there.
      clock.tick(5 * HOUR);
      offset.returns(LOS_ANGELES);
      clock.tick(MINUTE);
      await el.updateComplete;
      expect(todayInHistory(el), 'the date of the zone now in force').to.equal('2026-11-20');
      expect(shownTicked(el), 'ticks of a later date are not today’s').to.deep.equal([]);
      await tick(el, 'sleep');
      expect(stored()?.data.day).to.equal('2026-11-20');
      expect(stored()?.data.ticked).to.deep.equal(['sleep']);

      // Midnight in Los Angeles is 08:00 UTC on the 21st.
      clock.setSystemTime(utc('2026-11-21T07:59:00Z'));
      clock.tick(59_000);
      await el.updateComplete;
      expect(shownTicked(el), 'a second before midnight there').to.deep.equal(['sleep']);
      clock.tick(1000);
      await el.updateComplete;
      expect(shownTicked(el), 'at midnight there').to.deep.equal([]);
      expect(todayInHistory(el)).to.equal('2026-11-21');
      expect(status(el)).to.equal(ui.newDay);
      expect(doneInHistory(el).slice(-2)).to.deep.equal(['1', '0']);
      await tick(el, 'relax');
      expect(stored()?.data.day).to.equal('2026-11-21');
      expect(streakText(el)).to.equal('2 days in a row with at least one habit');
    });

    it('notices a change of zone that brings midnight sooner within a minute', async () => {
      const offset = sinon.stub(Date.prototype, 'getTimezoneOffset').returns(LOS_ANGELES);
      // 14:00 on the 20th in Los Angeles: the next midnight there is ten hours away.
      const clock = sinon.useFakeTimers({ now: utc('2026-11-20T22:00:00Z'), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
      const el = await fixture<PreventionChecklist>(html`<prevention-checklist categories="stress-sleep"></prevention-checklist>`);
      await tick(el, 'relax');
      expect(todayInHistory(el)).to.equal('2026-11-20');
      // In Tokyo it is already 07:00 on the 21st.
      offset.returns(TOKYO);
      clock.tick(MINUTE);
      await el.updateComplete;
      expect(todayInHistory(el)).to.equal('2026-11-21');
      expect(shownTicked(el)).to.deep.equal([]);
      expect(doneInHistory(el).slice(-2)).to.deep.equal(['1', '0']);
    });
  });
});
