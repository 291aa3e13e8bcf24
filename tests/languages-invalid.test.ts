import { expect, fixture, waitUntil } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/index.js';
import './helpers/isolated-storage.js';
import { SETTLED_MS, giveAge } from './helpers/real-input.js';

/*
 * A page whose lang is something Intl rejects (a template placeholder left in, a POSIX locale
 * name, a private-use or retired tag) still gets working widgets: English wording, English dates
 * and numbers, and one warning per widget naming the tag.
 */

const INVALID_TAGS = ['x-default', 'C.UTF-8', 'i-klingon', '123', '{{lang}}'];
const PLACEMENTS = ['on the element', 'on an ancestor', 'on <html>'] as const;
type Placement = (typeof PLACEMENTS)[number];
type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const root = (el: Element) => el.shadowRoot as ShadowRoot;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function frames(count = 2): Promise<void> {
  for (let frame = 0; frame < count; frame += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
}

/**
 * Brings an element into view and checks a visitor can see it: it has a size, and it (or its
 * own content) is what lies at its centre.
 */
async function expectVisible(host: Element, element: Element, label: string): Promise<DOMRect> {
  element.scrollIntoView({ block: 'center', inline: 'center' });
  // The widgets skip the layout of off-screen content; the browser lays it out at a later frame.
  await frames();
  const box = element.getBoundingClientRect();
  expect(box.width, `${label} width`).to.be.above(0);
  expect(box.height, `${label} height`).to.be.above(0);
  const hit = root(host).elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  expect(hit !== null && element.contains(hit), `${label} is at its own centre`).to.equal(true);
  return box;
}

/** A real mouse click at the centre of the element, through the browser's input pipeline. */
async function tap(host: Element, element: Element, label: string): Promise<void> {
  const box = await expectVisible(host, element, label);
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}

/** Renders a widget with the tag as its own lang, its parent's, or the page's. */
async function place<T extends Widget>(tagName: string, lang: string, placement: Placement, attributes: Record<string, string> = {}): Promise<T> {
  const el = document.createElement(tagName) as T;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (placement === 'on the element') el.setAttribute('lang', lang);
  if (placement === 'on <html>') document.documentElement.setAttribute('lang', lang);
  const parent = document.createElement('div');
  if (placement === 'on an ancestor') parent.setAttribute('lang', lang);
  parent.append(el);
  await fixture(parent);
  await el.updateComplete;
  return el;
}

describe('languages Intl rejects', () => {
  let warn: sinon.SinonStub;
  let pageLang: string | null;
  const messages = () => warn.getCalls().map((call) => call.args.map(String).join(' '));

  beforeEach(() => {
    pageLang = document.documentElement.getAttribute('lang');
    warn = sinon.stub(console, 'warn');
  });

  afterEach(async () => {
    warn.restore();
    if (pageLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', pageLang);
    await resetMouse();
  });

  /** Exactly one warning, from this widget, naming the tag and saying English is used. */
  function expectOneWarning(tagName: string, lang: string): void {
    expect(messages(), 'warnings').to.have.length(1);
    const [message] = messages();
    expect(message).to.contain('[back-spasm-widgets]').and.contain(`<${tagName}>`).and.contain(lang).and.contain('English');
  }

  for (const lang of INVALID_TAGS) {
    for (const placement of PLACEMENTS) {
      describe(`lang="${lang}" ${placement}`, () => {
        it('<red-flag-checker>: answering "Yes" to chest pain shows the call link and an English date', async () => {
          const el = await place<Widget>('red-flag-checker', lang, placement);
          expect(text(root(el).querySelector('[part="heading"]'))).to.equal('Check your back spasm');
          await giveAge(root(el));
          const yes = root(el).querySelector('[data-name="chest-pain"] button[data-value="yes"]');
          expect(yes, 'the chest-pain "Yes" button').to.exist;

          const before = Date.now();
          await tap(el, yes!, 'the "Yes" button');
          await waitUntil(() => root(el).querySelector('#result-title'), 'the result is shown', { timeout: 5000 });
          await el.updateComplete;
          expect(root(el).querySelector('fieldset[data-name="chest-pain"]'), 'the questions are gone').to.equal(null);
          // No region in a tag Intl rejects: the number is a guess, and the words say so.
          expect(text(root(el).querySelector('#result-title'))).to.equal('Call 911, or your local emergency number now');
          const call = root(el).querySelector<HTMLAnchorElement>('a[part="action"]');
          expect(call, 'the call link').to.exist;
          expect(call!.getAttribute('href')).to.equal('tel:911');
          expect(text(call)).to.equal('Call 911, or your local emergency number');
          await expectVisible(el, call!, 'the call link');

          // The summary's date is written in English.
          const show = [...root(el).querySelectorAll('button')].find((button) => text(button) === 'Show summary');
          expect(show, 'the "Show summary" button').to.exist;
          // The result, a new screen, takes no tap for its first 400 ms.
          await new Promise((resolve) => setTimeout(resolve, SETTLED_MS));
          await tap(el, show!, 'the "Show summary" button');
          await el.updateComplete;
          const date = root(el).querySelector('#summary dd');
          expect(date, 'the summary date').to.exist;
          await expectVisible(el, date!, 'the summary date');
          const english = (time: number) => new Date(time).toLocaleString('en', { dateStyle: 'long', timeStyle: 'short' });
          expect(text(date)).to.be.oneOf([english(before), english(Date.now())]);

          expectOneWarning('red-flag-checker', lang);
        });

        it('<ice-heat-timer>: shows its time to switch to heat, and its count, in English', async () => {
          // An injury an hour ago: ice now, heat from 48 hours after it (another day, so with its weekday).
          const started = Math.floor((Date.now() - HOUR) / MINUTE) * MINUTE;
          const el = await place<Widget>('ice-heat-timer', lang, placement, { started: new Date(started).toISOString() });
          expect(text(root(el).querySelector('[part="heading"]'))).to.equal('Ice and heat timer');
          const heatFrom = new Intl.DateTimeFormat('en', {
            weekday: 'short',
            day: 'numeric',
            month: 'short',
            hour: 'numeric',
            minute: '2-digit',
          }).format(started + 48 * HOUR);
          const phase = root(el).querySelector('[part~="phase"]');
          expect(phase, 'the phase').to.exist;
          await expectVisible(el, phase!, 'the phase');
          expect(text(phase)).to.contain(`Switch to heat from ${heatFrom}.`);
          const count = [...root(el).querySelectorAll('[part="schedule"] p')].find((p) => text(p).startsWith('Sessions done today'));
          expect(count, 'the sessions count').to.exist;
          await expectVisible(el, count!, 'the sessions count');
          expect(text(count)).to.equal('Sessions done today: 0');

          expectOneWarning('ice-heat-timer', lang);
        });

        it('<prevention-checklist>: shows its count and its week in English', async () => {
          const el = await place<Widget>('prevention-checklist', lang, placement);
          expect(text(root(el).querySelector('[part="heading"]'))).to.equal('Prevent the next spasm');
          const progress = root(el).querySelector('.progress label');
          expect(progress, 'the progress count').to.exist;
          await expectVisible(el, progress!, 'the progress count');
          expect(text(progress)).to.match(/^0 of \d+ done today$/);

          const days = [...root(el).querySelectorAll<HTMLLIElement>('[part="history"] li[data-day]')];
          expect(days).to.have.length(7);
          const weekday = new Intl.DateTimeFormat('en', { weekday: 'short', timeZone: 'UTC' });
          const longDate = new Intl.DateTimeFormat('en', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
          const dateOf = (li: HTMLLIElement) => new Date(`${li.dataset['day']}T00:00:00Z`);
          const shown = days.at(-1)!.querySelector('.weekday')!;
          await expectVisible(el, shown, 'the weekday of today');
          expect(days.map((li) => text(li.querySelector('.weekday')))).to.deep.equal(days.map((li) => weekday.format(dateOf(li))));
          expect(text(days.at(-1)!.querySelector('.visually-hidden'))).to.equal(
            `${longDate.format(dateOf(days.at(-1)!))} (today): nothing ticked`,
          );

          expectOneWarning('prevention-checklist', lang);
        });
      });
    }
  }

  it('warns once per widget, however often it renders', async () => {
    const el = await place<Widget & { requestUpdate(): void }>('prevention-checklist', '{{lang}}', 'on an ancestor');
    el.requestUpdate();
    await el.updateComplete;
    el.setAttribute('categories', 'posture');
    await el.updateComplete;
    expectOneWarning('prevention-checklist', '{{lang}}');
  });

  it('keeps the language of a malformed tag whose language Intl accepts', async () => {
    await import('../src/locales/es.js');
    const { es } = await import('../src/content/es.js');
    const el = await place<Widget>('prevention-checklist', 'es-{{region}}', 'on the element');
    expect(text(root(el).querySelector('[part="heading"]'))).to.equal(es.checklist.heading);
    const today = root(el).querySelector<HTMLLIElement>('[part="history"] li[data-day]:last-child')!;
    const weekday = new Intl.DateTimeFormat('es', { weekday: 'short', timeZone: 'UTC' });
    expect(text(today.querySelector('.weekday'))).to.equal(weekday.format(new Date(`${today.dataset['day']}T00:00:00Z`)));
    expect(messages()).to.have.length(1);
    expect(messages()[0]).to.contain('es-{{region}}').and.contain('using "es"');
  });

  describe('a valid regional tag', () => {
    it('formats dates as before, with no warning', async () => {
      const page = document.createElement('div');
      page.setAttribute('lang', 'en-GB');
      const timerStarted = Math.floor((Date.now() - HOUR) / MINUTE) * MINUTE;
      const checker = document.createElement('red-flag-checker') as Widget;
      const timer = document.createElement('ice-heat-timer') as Widget;
      timer.setAttribute('started', new Date(timerStarted).toISOString());
      const checklist = document.createElement('prevention-checklist') as Widget;
      page.append(checker, timer, checklist);
      await fixture(page);
      await Promise.all([checker.updateComplete, timer.updateComplete, checklist.updateComplete]);

      // The checklist and the timer write the page's own regional format ("Saturday 21 November").
      const today = root(checklist).querySelector<HTMLLIElement>('[part="history"] li[data-day]:last-child')!;
      const british = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
      expect(british.format(new Date(Date.UTC(2026, 10, 21)))).to.match(/^Saturday,? 21 November$/);
      expect(text(today.querySelector('.visually-hidden'))).to.equal(
        `${british.format(new Date(`${today.dataset['day']}T00:00:00Z`))} (today): nothing ticked`,
      );
      const heatFrom = new Intl.DateTimeFormat('en-GB', {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        hour: 'numeric',
        minute: '2-digit',
      }).format(timerStarted + 48 * HOUR);
      expect(text(root(timer).querySelector('[part~="phase"]'))).to.contain(`Switch to heat from ${heatFrom}.`);

      // The checker's summary date uses the tag's language, as it always has; its number is the region's.
      await giveAge(root(checker));
      const yes = root(checker).querySelector('[data-name="chest-pain"] button[data-value="yes"]')!;
      const before = Date.now();
      await tap(checker, yes, 'the "Yes" button');
      await waitUntil(() => root(checker).querySelector('#result-title'), 'the result is shown', { timeout: 5000 });
      await checker.updateComplete;
      expect(root(checker).querySelector('a[part="action"]')?.getAttribute('href')).to.equal('tel:999');
      const english = (time: number) => new Date(time).toLocaleString('en', { dateStyle: 'long', timeStyle: 'short' });
      // The summary writes its date once it is shown.
      const show = [...root(checker).querySelectorAll('button')].find((button) => text(button) === 'Show summary')!;
      await new Promise((resolve) => setTimeout(resolve, SETTLED_MS));
      await tap(checker, show, 'the "Show summary" button');
      await checker.updateComplete;
      const dateRow = [...root(checker).querySelectorAll('#summary dt')].find((dt) => text(dt) === 'Date');
      expect(text(dateRow?.nextElementSibling)).to.be.oneOf([english(before), english(Date.now())]);

      expect(messages()).to.deep.equal([]);
    });
  });
});
