import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import { en } from '../src/content/en.js';
import { es } from '../src/content/es.js';
import { fr } from '../src/content/fr.js';
import { conform, registerContent } from '../src/content/registry.js';
import type { TimerContent } from '../src/content/timer-types.js';
import { formatMoment } from '../src/ice-heat-timer/face.js';
import { forgetPageMemory } from '../src/internal/storage.js';
import '../src/ice-heat-timer/index.js';
import type { IceHeatTimer } from '../src/ice-heat-timer/index.js';
import { contentMoment, contentTimes, coveredTags, writeMoment } from '../src/ice-heat-timer/times.js';
import '../src/locales/es.js';
import '../src/locales/fr.js';
import './helpers/isolated-storage.js';
import { tapOn } from './helpers/timer.js';
import { watchDateFormatting, type DateFormatting } from './helpers/date-formatting.js';

/*
 * The timer writes the moments in its messages from the content (no Intl.DateTimeFormat, whose
 * first use on a page loads the browser's date data) for the tags times.ts covers, and with Intl
 * for any other. Either way it writes exactly what Intl writes in this browser: Intl is the oracle.
 */

const KEY = 'back-spasm-widgets:ice-heat-timer';
const TODAY = { hour: 'numeric', minute: '2-digit' } as const;
const OTHER_DAY = { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' } as const;
const OTHER_YEAR = { ...OTHER_DAY, year: 'numeric' } as const;
const content: Readonly<Record<string, TimerContent>> = { en: en.timer, es: es.timer, fr: fr.timer };
const languageOf = (tag: string) => tag.split('-')[0] ?? '';
const timerFor = (tag: string): TimerContent => content[languageOf(tag)] ?? en.timer;

const HOUR = 3_600_000;
/** Every hour of every day of 2028 (a leap year: 29 February too), in local time. */
const hours: number[] = [];
for (let day = new Date(2028, 0, 1); day.getFullYear() === 2028; day = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1)) {
  for (let hour = 0; hour < 24; hour += 1) hours.push(new Date(2028, day.getMonth(), day.getDate(), hour, (day.getDate() * 7 + hour) % 60).getTime());
}
/** The minutes around midnight and noon, on a few days. */
const edges = [0, 1, 9, 10, 59].flatMap((minute) =>
  [new Date(2028, 1, 29), new Date(2028, 2, 12), new Date(2028, 10, 5), new Date(2028, 11, 31)].flatMap((day) =>
    [0, 11, 12, 23].map((hour) => new Date(day.getFullYear(), day.getMonth(), day.getDate(), hour, minute).getTime()),
  ),
);
const moments = [...hours, ...edges];
/** Nows that put each moment on the same day (itself), another day of the year, and another year. */
const NOW_OTHER_DAY = (time: number) => new Date(new Date(time).getFullYear(), new Date(time).getMonth() === 6 ? 0 : 6, 15, 12).getTime();
const NOW_OTHER_YEAR = new Date(2027, 5, 1, 9).getTime();

/** The moments that `write` writes otherwise than Intl does for `tag`, in each branch. */
function differencesFromIntl(tag: string, write: (time: number, now: number) => string, normalise = (text: string) => text): string[] {
  const [today, otherDay, otherYear] = [TODAY, OTHER_DAY, OTHER_YEAR].map((options) => new Intl.DateTimeFormat(tag, options));
  const found: string[] = [];
  for (const time of moments) {
    for (const [now, intl] of [
      [time, today],
      [NOW_OTHER_DAY(time), otherDay],
      [NOW_OTHER_YEAR, otherYear],
    ] as const) {
      const [ours, theirs] = [write(time, now), normalise(intl!.format(time))];
      if (ours !== theirs && found.length < 10) found.push(`${tag} ${new Date(time).toString()}: "${ours}", Intl "${theirs}"`);
    }
  }
  return found;
}

describe('the timer’s times, from the content', () => {
  it('cover English and Spanish with the regions Intl writes alike, and leave out the others', () => {
    const tags = coveredTags();
    expect(tags).to.include.members(['en', 'en-US', 'es', 'es-ES']);
    expect(new Set(tags).size, 'no tag twice').to.equal(tags.length);
    for (const tag of ['en-GB', 'en-CA', 'en-AU', 'en-IN', 'es-MX', 'es-US', 'es-419', 'fr', 'fr-FR', 'fr-CA']) expect(tags, tag).not.to.include(tag);
    for (const tag of tags) expect(contentTimes(tag, timerFor(tag)), tag).to.deep.equal(timerFor(tag).times);
  });

  for (const tag of coveredTags()) {
    it(`writes every hour of a leap year as Intl does for ${tag}, today, another day and another year`, () => {
      expect(contentMoment(tag, moments[0]!, moments[0]!), 'written from the content').to.be.a('string');
      expect(differencesFromIntl(tag, (time, now) => formatMoment(tag, time, now))).to.deep.equal([]);
    });
  }

  it('gives midnight, noon and 29 February as Intl does', () => {
    const midnight = new Date(2028, 1, 29, 0, 0).getTime();
    const noon = new Date(2028, 1, 29, 12, 0).getTime();
    const later = new Date(2028, 5, 1).getTime();
    expect(formatMoment('en', midnight, midnight)).to.equal('12:00 AM');
    expect(formatMoment('en', noon, noon)).to.equal('12:00 PM');
    expect(formatMoment('en-US', midnight, later)).to.equal('Tue, Feb 29, 12:00 AM');
    expect(formatMoment('es', midnight, midnight)).to.equal('0:00');
    expect(formatMoment('es-ES', noon, NOW_OTHER_YEAR)).to.equal('mar, 29 feb 2028, 12:00');
    expect(formatMoment('es', new Date(2028, 11, 24, 9, 5).getTime(), later)).to.equal('dom, 24 dic, 9:05');
  });

  it('has a French entry that, with a 24-hour clock, writes what Intl writes for "fr" (apart from the two-digit hour Firefox gives, why French is left to Intl)', () => {
    const write = (time: number, now: number) => writeMoment(fr.timer.times, ['{H}:{mm}', '{H}:{mm}'], time, now);
    expect(differencesFromIntl('fr', write, (text) => text.replace(/(^|\s)0(\d:\d\d)$/, '$1$2'))).to.deep.equal([]);
  });

  it('leaves any other tag to Intl: other regions, scripts, hour cycles, numbering systems and languages', () => {
    const uncovered = ['en-GB', 'en-CA', 'en-AU', 'es-MX', 'es-US', 'fr', 'fr-CA', 'en-US-u-hc-h23', 'es-ES-u-nu-arab', 'en-Latn-US', 'de', 'ja'];
    for (const tag of uncovered) {
      expect(contentTimes(tag, timerFor(tag)), tag).to.equal(null);
      expect(contentMoment(tag, moments[0]!, moments[0]!), tag).to.equal(null);
      expect(differencesFromIntl(tag, (time, now) => formatMoment(tag, time, now))).to.deep.equal([]);
    }
  });

  it('leaves to Intl a language pack whose times are missing or incomplete (a pack of an older release, or a broken entry)', () => {
    const withoutTimes = Object.fromEntries(Object.entries(es.timer).filter(([key]) => key !== 'times'));
    expect(conform(en.timer, withoutTimes).missing).to.include('times');
    const broken = { ...es.timer, times: { ...es.timer.times, months: es.timer.times.months.slice(0, 11) } };
    for (const [tag, timer] of [
      ['es', withoutTimes],
      ['es-ES', broken],
    ] as const) {
      expect(contentTimes(tag, timer), tag).to.equal(null);
    }
    sinon.stub(console, 'warn');
    try {
      registerContent('es', { timer: withoutTimes as unknown as TimerContent });
      expect(contentMoment('es', moments[0]!, moments[0]!)).to.equal(null);
      expect(differencesFromIntl('es', (time, now) => formatMoment('es', time, now))).to.deep.equal([]);
      registerContent('es', { timer: broken as unknown as TimerContent });
      expect(contentMoment('es-ES', moments[0]!, moments[0]!)).to.equal(null);
    } finally {
      registerContent('es', es);
      sinon.restore();
    }
    expect(contentMoment('es', moments[0]!, moments[0]!)).to.be.a('string');
  });
});

describe('<ice-heat-timer> times without Intl.DateTimeFormat', () => {
  let watch: DateFormatting;
  beforeEach(() => {
    forgetPageMemory();
    localStorage.removeItem(KEY);
    sinon.stub(console, 'warn');
    watch = watchDateFormatting();
  });
  afterEach(async () => {
    watch.stop();
    sinon.restore();
    localStorage.removeItem(KEY);
    await resetMouse();
  });

  /** A local date-time field value ("2026-12-01T16:45") for `time`. */
  const field = (time: number) => {
    const date = new Date(time);
    const two = (value: number) => String(value).padStart(2, '0');
    return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}T${two(date.getHours())}:${two(date.getMinutes())}`;
  };

  /**
   * A timer in `lang` whose spasm started an hour ago (so heat takes over at a known time), after a
   * tap on Start: the texts holding its times.
   */
  async function startIn(lang: string): Promise<string[]> {
    const page = await fixture<HTMLDivElement>(html`<div lang=${lang}><ice-heat-timer started=${field(Date.now() - HOUR)}></ice-heat-timer></div>`);
    const el = page.querySelector('ice-heat-timer') as IceHeatTimer;
    await el.updateComplete;
    const heatFrom = el.shadowRoot?.querySelector('[part~="phase"]')?.textContent ?? '';
    const start = el.shadowRoot?.querySelector<HTMLElement>('[part~="primary-button"]');
    expect(start, 'the Start button').to.exist;
    await tapOn(start!);
    await el.updateComplete;
    // A while longer: the next session's time is written in a task after the paint.
    await new Promise((resolve) => setTimeout(resolve, 100));
    await el.updateComplete;
    const texts = [el.shadowRoot?.getElementById('rest')?.textContent ?? '', heatFrom];
    expect(texts[0], 'the next session’s time is shown').to.match(/\d:\d\d/);
    expect(texts[1], 'the time heat takes over is shown').to.match(/\d:\d\d/);
    return texts;
  }

  for (const lang of ['en', 'en-US', 'es', 'es-ES']) {
    it(`builds and uses none for lang="${lang}"`, async () => {
      await startIn(lang);
      expect(watch.built).to.deep.equal([]);
      expect(watch.formatted).to.equal(0);
    });
  }

  it('builds one for a tag the content does not cover (so the counts above see it)', async () => {
    // A tag no other case uses, as a formatter once built is shared by the page.
    await startIn('en-BW');
    expect(watch.built).to.include('en-BW');
    expect(watch.formatted).to.be.at.least(1);
  });
});
