import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import sinon from 'sinon';
import type { ChecklistContent, ChecklistDates } from '../src/content/checklist-types.js';
import { en } from '../src/content/en.js';
import { es } from '../src/content/es.js';
import { fill } from '../src/content/fill.js';
import { fr } from '../src/content/fr.js';
import { conform } from '../src/content/registry.js';
import { forgetPageMemory } from '../src/internal/storage.js';
import '../src/locales/es.js';
import '../src/locales/fr.js';
import { addDays } from '../src/prevention/index.js';
import '../src/prevention-checklist/index.js';
import type { PreventionChecklist } from '../src/prevention-checklist/index.js';
import { contentPattern, coveredTags, dayWriter } from '../src/prevention-checklist/dates.js';
import { watchDateFormatting, type DateFormatting } from './helpers/date-formatting.js';

/*
 * The 7-day history writes its dates from the content (no Intl.DateTimeFormat, whose first use on a
 * page loads the browser's date data) for the tags dates.ts covers, and with Intl for any other.
 * Either way it writes exactly what Intl writes in this browser: Intl is the oracle here.
 */

const KEY = 'back-spasm-widgets:prevention-checklist';
const WEEKDAY = { weekday: 'short', timeZone: 'UTC' } as const;
const LONG_DATE = { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' } as const;
const content: Readonly<Record<string, ChecklistContent>> = { en: en.checklist, es: es.checklist, fr: fr.checklist };
const languageOf = (tag: string) => tag.split('-')[0] ?? '';
const datesFor = (tag: string): ChecklistDates => (content[languageOf(tag)] ?? en.checklist).dates;

/** Every day of 2028, a leap year ("2028-01-01" to "2028-12-31", 29 February included). */
const leapYear = Array.from({ length: 366 }, (_, index) => addDays('2028-01-01', index));
const dateOf = (day: string) => new Date(`${day}T00:00:00Z`);

/** The days whose weekday or long date `dayWriter` writes otherwise than Intl does for `tag`. */
function differencesFromIntl(tag: string, dates: ChecklistDates, days: readonly string[] = leapYear): string[] {
  const writer = dayWriter(tag, dates);
  const weekday = new Intl.DateTimeFormat(tag, WEEKDAY);
  const longDate = new Intl.DateTimeFormat(tag, LONG_DATE);
  return days.flatMap((day) => {
    const found: string[] = [];
    const [ours, intl] = [writer.weekday(day), weekday.format(dateOf(day))];
    if (ours !== intl) found.push(`${tag} ${day} weekday: "${ours}", Intl "${intl}"`);
    const [oursLong, intlLong] = [writer.longDate(day), longDate.format(dateOf(day))];
    if (oursLong !== intlLong) found.push(`${tag} ${day} long date: "${oursLong}", Intl "${intlLong}"`);
    return found;
  });
}

describe('the checklist’s dates, from the content', () => {
  it('cover each language alone and its main regions, and leave out those Intl writes otherwise', () => {
    const tags = coveredTags();
    expect(tags).to.include.members(['en', 'en-US', 'en-CA', 'en-IN', 'en-IE', 'en-NZ', 'es', 'es-ES', 'es-MX', 'es-US', 'es-419']);
    expect(tags).to.include.members(['fr', 'fr-FR', 'fr-CA', 'fr-BE', 'fr-CH']);
    expect(new Set(tags).size, 'no tag twice').to.equal(tags.length);
    for (const tag of ['en-GB', 'en-AU', 'en-ZA', 'es-PE', 'es-UY']) expect(tags, tag).not.to.include(tag);
    for (const tag of tags) expect(contentPattern(tag, datesFor(tag)), tag).to.be.a('string');
  });

  // Every covered tag, every day of a leap year: the content's names and patterns against Intl's.
  for (const tag of coveredTags()) {
    it(`writes every day of a leap year as Intl does for ${tag}`, () => {
      expect(contentPattern(tag, datesFor(tag)), 'written from the content').to.be.a('string');
      expect(differencesFromIntl(tag, datesFor(tag))).to.deep.equal([]);
    });
  }

  it('gives the names exactly as Intl writes them: lower-case Spanish short days, French ones with a dot', () => {
    expect(es.checklist.dates.weekdaysShort[2]).to.equal('mar');
    expect(fr.checklist.dates.weekdaysShort[2]).to.equal('mar.');
    expect(dayWriter('es', es.checklist.dates).longDate('2028-02-29')).to.equal('martes, 29 de febrero');
    expect(dayWriter('fr-CA', fr.checklist.dates).longDate('2028-02-29')).to.equal('mardi 29 février');
    expect(dayWriter('en', en.checklist.dates).longDate('2028-02-29')).to.equal('Tuesday, February 29');
    expect(dayWriter('en-IN', en.checklist.dates).longDate('2028-02-29')).to.equal('Tuesday, 29 February');
  });

  it('leaves any other tag to Intl: other regions, scripts, calendars, numbering systems and languages', () => {
    const uncovered = [
      'en-GB',
      'en-AU',
      'en-ZA',
      'en-JP',
      'es-PE',
      'es-UY',
      'fr-CA-u-nu-arab',
      'en-US-u-ca-buddhist',
      'en-Latn-US',
      'es-ES-u-ca-islamic',
      'de',
      'de-DE',
      'ja',
    ];
    for (const tag of uncovered) {
      expect(contentPattern(tag, datesFor(tag)), tag).to.equal(null);
      expect(differencesFromIntl(tag, datesFor(tag))).to.deep.equal([]);
    }
  });

  it('leaves to Intl a language pack whose dates were filled from English (a pack of an older release, or a broken entry)', () => {
    const withoutDates = Object.fromEntries(Object.entries(es.checklist).filter(([key]) => key !== 'dates'));
    const older = conform(en.checklist, withoutDates);
    expect(older.missing).to.include('dates');
    const broken = conform(en.checklist, { ...fr.checklist, dates: { ...fr.checklist.dates, months: [...fr.checklist.dates.months.slice(0, 11), ''] } });
    expect(broken.missing).to.deep.equal(['dates.months[11]']);
    for (const [tag, dates] of [
      ['es', older.value.dates],
      ['es-MX', older.value.dates],
      ['fr', broken.value.dates],
    ] as const) {
      expect(contentPattern(tag, dates), tag).to.equal(null);
      expect(differencesFromIntl(tag, dates)).to.deep.equal([]);
    }
  });
});

describe('<prevention-checklist> history dates', () => {
  beforeEach(() => {
    forgetPageMemory();
    localStorage.removeItem(KEY);
    sinon.stub(console, 'warn');
    // Today is 2 March 2028: the history runs from 25 February to today, through 29 February.
    sinon.useFakeTimers({ now: new Date(2028, 2, 2, 12, 0, 0), toFake: ['Date'] });
  });
  afterEach(() => {
    sinon.restore();
    localStorage.removeItem(KEY);
  });

  const root = (el: PreventionChecklist) => el.shadowRoot as ShadowRoot;
  const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const days = (el: PreventionChecklist) => [...root(el).querySelectorAll<HTMLElement>('.days > li')];

  // [lang, the content shown, the tag Intl wrote the dates with before]: "de" has no pack, so its
  // English sentences hold English dates.
  const cases = [
    ['en-GB', en.checklist, 'en-GB'],
    ['es', es.checklist, 'es'],
    ['fr-CA', fr.checklist, 'fr-CA'],
    ['de', en.checklist, 'en'],
    ['en-ZA', en.checklist, 'en-ZA'],
  ] as const;
  for (const [lang, shown, intlTag] of cases) {
    it(`shows the weekday names and spoken dates Intl writes, with lang="${lang}"`, async () => {
      const el = await fixture<PreventionChecklist>(html`<prevention-checklist lang=${lang}></prevention-checklist>`);
      const weekday = new Intl.DateTimeFormat(intlTag, WEEKDAY);
      const longDate = new Intl.DateTimeFormat(intlTag, LONG_DATE);
      const shownDays = days(el);
      expect(shownDays.map((day) => day.dataset['day'])).to.deep.equal([
        '2028-02-25',
        '2028-02-26',
        '2028-02-27',
        '2028-02-28',
        '2028-02-29',
        '2028-03-01',
        '2028-03-02',
      ]);
      expect(text(root(el).querySelector('[part="heading"]'))).to.equal(shown.heading);
      for (const day of shownDays) {
        const key = day.dataset['day'] ?? '';
        const name = `${longDate.format(dateOf(key))}${key === '2028-03-02' ? ` (${shown.ui.today})` : ''}`;
        // Exactly, with no space changed: French puts a no-break space before its colon.
        expect(day.querySelector('.weekday')?.textContent, key).to.equal(weekday.format(dateOf(key)));
        expect(day.querySelector('.visually-hidden')?.textContent, key).to.equal(fill(shown.ui.historyDayNone, { day: name }));
      }
    });
  }
});

describe('<prevention-checklist> loading without Intl.DateTimeFormat', () => {
  let watch: DateFormatting;
  beforeEach(() => {
    forgetPageMemory();
    localStorage.removeItem(KEY);
    sinon.stub(console, 'warn');
    watch = watchDateFormatting();
  });
  afterEach(() => {
    watch.stop();
    sinon.restore();
    localStorage.removeItem(KEY);
  });

  /** A checklist created, connected and rendered as a page would. */
  async function load(lang: string): Promise<PreventionChecklist> {
    const page = fixtureSync<HTMLDivElement>(html`<div lang=${lang}></div>`);
    const el = document.createElement('prevention-checklist');
    page.append(el);
    await el.updateComplete;
    // A while longer: anything the checklist left for later has run too.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.shadowRoot?.querySelectorAll('.days > li')).to.have.length(7);
    return el;
  }

  for (const lang of ['en', 'en-US', 'en-IN', 'es', 'es-MX', 'fr', 'fr-CA', 'de', '{{lang}}']) {
    it(`builds and uses none for lang="${lang}"`, async () => {
      await load(lang);
      expect(watch.built).to.deep.equal([]);
      expect(watch.formatted).to.equal(0);
    });
  }

  it('builds them, once for the page, for a tag the content does not cover (so the counts above see them)', async () => {
    // A tag no other case uses, as a formatter once built is shared by the page.
    await load('en-BW');
    expect(watch.built).to.deep.equal(['en-BW', 'en-BW']);
    expect(watch.formatted).to.be.at.least(14);
    watch.reset();
    await load('en-BW');
    expect(watch.built).to.deep.equal([]);
    expect(watch.formatted).to.be.at.least(14);
  });
});
