import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/index.js';
import { registerContent } from '../src/content/registry.js';
import { es } from '../src/content/es.js';
import { fr } from '../src/content/fr.js';
import { locales } from '../src/content/index.js';
import { sources } from '../src/content/sources.js';
import { languagePacks } from '../src/internal/locale.js';
import { meantInputTiming } from '../src/internal/meant-input.js';
import { tap } from './helpers/real-input.js';

const heading = (el: Element) => el.shadowRoot?.querySelector('[part="heading"]')?.textContent?.trim();
const tags = ['red-flag-checker', 'ice-heat-timer', 'prevention-checklist'] as const;
const sections = { 'red-flag-checker': 'checker', 'ice-heat-timer': 'timer', 'prevention-checklist': 'checklist' } as const;

async function widget(tag: (typeof tags)[number], lang: string | null, parentLang: string | null = null) {
  const page = fixtureSync<HTMLDivElement>(html`<div></div>`);
  if (parentLang) page.setAttribute('lang', parentLang);
  const el = document.createElement(tag);
  if (lang) el.setAttribute('lang', lang);
  page.append(el);
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

describe('languages', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => warn.restore());

  it('shows English, with one warning naming the language, until its language pack is loaded', async () => {
    const el = await widget('red-flag-checker', 'fr');
    expect(heading(el)).to.equal('Check your back spasm');
    expect(warn.callCount).to.equal(1);
    expect(String(warn.firstCall.args[0])).to.contain('"fr"').and.to.contain('language pack');

    // Loading the pack later re-renders widgets already on the page.
    await import('../src/locales/fr.js');
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(heading(el)).to.equal(fr.checker.heading);
    expect(warn.callCount).to.equal(1);
  });

  for (const tag of tags) {
    it(`<${tag}> follows its own lang, then the nearest ancestor's, with regional tags falling back`, async () => {
      await import('../src/locales/es.js');
      await import('../src/locales/fr.js');
      const section = sections[tag];
      expect(heading(await widget(tag, 'es'))).to.equal(es[section].heading);
      expect(heading(await widget(tag, null, 'fr'))).to.equal(fr[section].heading);
      expect(heading(await widget(tag, 'es-MX'))).to.equal(es[section].heading);
      expect(heading(await widget(tag, null, 'fr-CA'))).to.equal(fr[section].heading);
      expect(heading(await widget(tag, 'fr', 'es'))).to.equal(fr[section].heading);
      expect(warn.called).to.equal(false);
      const english = await widget(tag, null);
      expect(heading(english)).to.match(/^(Check your back spasm|Ice and heat timer|Prevent the next spasm)$/);
    });
  }

  it('uses English for an unknown language, with one warning per widget', async () => {
    const el = await widget('prevention-checklist', 'xx-YY');
    expect(heading(el)).to.equal('Prevent the next spasm');
    expect(warn.callCount).to.equal(1);
    expect(String(warn.firstCall.args[0])).to.contain('xx-YY');
    (el as HTMLElement & { requestUpdate(): void }).requestUpdate();
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(warn.callCount).to.equal(1);
  });

  it('fills a language pack’s missing entries from English, with one warning', async () => {
    registerContent('de', { checker: { ...es.checker, heading: 'Rückenkrampf prüfen', intro: '' } });
    const el = await widget('red-flag-checker', 'de');
    expect(heading(el)).to.equal('Rückenkrampf prüfen');
    expect(el.shadowRoot?.querySelector('.intro')?.textContent).to.contain('Find out if you need help now');
    expect(warn.callCount).to.equal(1);
    expect(String(warn.firstCall.args[0])).to.contain('intro');
  });

  it('switches language when the lang attribute changes', async () => {
    await import('../src/locales/es.js');
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<ice-heat-timer></ice-heat-timer>`);
    expect(heading(el)).to.equal('Ice and heat timer');
    el.setAttribute('lang', 'es');
    await el.updateComplete;
    expect(heading(el)).to.equal(es.timer.heading);
  });
});

describe('English shown in place of another language is marked as English', () => {
  type Widget = HTMLElement & { updateComplete: Promise<unknown> };
  let warn: sinon.SinonStub;
  const messages = () => warn.getCalls().map((call) => call.args.map(String).join(' '));
  const card = (el: Element) => el.shadowRoot!.querySelector('[part="base"]')!;
  /** The language a screen reader reads the element in: its own lang, else the nearest one, across shadow roots. */
  const readIn = (node: Element): string | null => {
    for (let at: Element | null = node; at; at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host || null)) {
      const lang = at.getAttribute('lang');
      if (lang) return lang;
    }
    return null;
  };

  beforeEach(() => {
    meantInputTiming.settleMs = 0;
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => {
    warn.restore();
    meantInputTiming.settleMs = 400;
  });

  it('lists the language packs the library ships', () => {
    expect([...languagePacks].sort()).to.deep.equal(Object.keys(locales).filter((lang) => lang !== 'en').sort());
  });

  it('marks each widget of a page in a language with no pack as English, with one warning for the page', async () => {
    const page = fixtureSync<HTMLDivElement>(html`<div lang="nl"></div>`);
    const widgets = tags.map((tag) => page.appendChild(document.createElement(tag)) as Widget);
    await Promise.all(widgets.map((el) => el.updateComplete));
    for (const el of widgets) {
      expect(heading(el), el.localName).to.match(/^(Check your back spasm|Ice and heat timer|Prevent the next spasm)$/);
      expect(card(el).getAttribute('lang'), `<${el.localName}>'s content`).to.equal('en');
    }
    expect(messages(), 'warnings').to.have.length(1);
    expect(messages()[0]).to.contain('Dutch ("nl")').and.contain('no').and.contain('English');
    // Rendering again warns no more.
    for (const el of widgets) (el as Widget & { requestUpdate(): void }).requestUpdate();
    await Promise.all(widgets.map((el) => el.updateComplete));
    expect(messages(), 'warnings').to.have.length(1);
  });

  it('adds no lang to English content, nor to its English sources', async () => {
    for (const lang of [null, 'en', 'en-GB']) {
      const el = (await widget('ice-heat-timer', lang)) as Widget;
      expect(card(el).hasAttribute('lang'), `lang ${lang}`).to.equal(false);
      await waitUntil(() => el.shadowRoot!.querySelector('.sources li'), 'the sources listed');
      for (const item of el.shadowRoot!.querySelectorAll('.sources li')) expect(item.hasAttribute('lang')).to.equal(false);
    }
    expect(messages()).to.deep.equal([]);
  });

  it('marks the English source titles of a Spanish checker’s result as English', async () => {
    await import('../src/locales/es.js');
    const el = (await widget('red-flag-checker', 'es')) as Widget;
    expect(heading(el)).to.equal(es.checker.heading);
    expect(readIn(card(el)), 'the content').to.equal('es');
    const root = el.shadowRoot!;

    // Answers with real input: an age where asked, then "Yes" to the first yes/no question on show.
    for (let step = 0; step < 6 && !root.querySelector('#result-title'); step++) {
      const age = root.querySelector<HTMLInputElement>('#age');
      const yes = root.querySelector('fieldset.question .choice-button[data-value="yes"]');
      const screen = root.querySelector('[part="question"]')?.getAttribute('data-name');
      if (age) {
        await tap(age);
        await sendKeys({ type: '40' });
        await tap(root.querySelector('.continue')!);
      } else {
        expect(yes, 'a yes/no question').to.exist;
        await tap(yes!);
      }
      await waitUntil(() => root.querySelector('#result-title') || root.querySelector('[part="question"]')?.getAttribute('data-name') !== screen, 'the next screen');
      await el.updateComplete;
    }
    expect(root.querySelector('#result-title'), 'the result').to.exist;
    await waitUntil(() => root.querySelector('.sources li'), 'the result’s sources');
    await el.updateComplete;
    expect(readIn(card(el)), 'the content').to.equal('es');
    const items = [...root.querySelectorAll('.sources li')];
    const titles = Object.values(sources).map((source) => source.title);
    expect(items, 'the sources').not.to.be.empty;
    for (const item of items) {
      const text = item.textContent ?? '';
      expect(titles.some((title) => text.includes(title)), text).to.equal(true);
      expect(item.getAttribute('lang'), text).to.equal('en');
    }
    expect(readIn(root.querySelector('.sources summary')!), 'the Spanish summary').to.equal('es');
    expect(messages()).to.deep.equal([]);
  });

  it('marks the English sources of a French timer as English, and not the French around them', async () => {
    await import('../src/locales/fr.js');
    const el = (await widget('ice-heat-timer', null, 'fr-CA')) as Widget;
    expect(heading(el)).to.equal(fr.timer.heading);
    expect(card(el).hasAttribute('lang')).to.equal(false);
    await waitUntil(() => el.shadowRoot!.querySelector('.sources li'), 'the sources listed');
    for (const item of el.shadowRoot!.querySelectorAll('.sources li')) expect(readIn(item)).to.equal('en');
    expect(readIn(el.shadowRoot!.querySelector('.sources summary')!)).to.equal('fr-CA');
  });
});
