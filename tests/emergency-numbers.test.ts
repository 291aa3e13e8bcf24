/*
 * The emergency numbers by region (CLINICAL.md, "Numbers"): the cited table, how a widget finds its
 * region (the `region` attribute, else the nearest language tag that names a country, up to
 * <html>), and what the checker shows: the tel: link and its words always name the same number,
 * and a guessed number always says "or your local emergency number".
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/red-flag-checker/index.js';
import '../src/locales/es.js';
import '../src/locales/fr.js';
import type { RedFlagChecker } from '../src/red-flag-checker/index.js';
import {
  DEFAULT_EMERGENCY_NUMBER,
  emergencyNumber,
  emergencyNumbers,
  leftOut,
  numberSources,
  urgentLine,
  urgentLines,
  usesAcetaminophen,
} from '../src/content/emergency-numbers.js';
import { en } from '../src/content/en.js';
import { es } from '../src/content/es.js';
import { fill } from '../src/content/fill.js';
import { countryCode, regionFor, tagCountry } from '../src/internal/region.js';

const EU = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' ');
const EEA = 'IS LI NO'.split(' ');
const NAMED = 'GB CH US CA MX AU NZ'.split(' ');
/** Where Spanish is an official language (PR: a US territory with Spanish official). */
const SPANISH = 'ES MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR PY UY GQ'.split(' ');
/** Where French is an official language. */
const FRENCH = 'FR BE LU CH MC CA HT SN ML NE BF CI GN BJ TG CM GA CG CD CF TD RW BI DJ KM MG SC VU GQ'.split(' ');

const clean = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
const digits = (value: string) => value.replace(/\D/g, '');

/**
 * For each test: the page's own `lang` is taken away (a widget's region comes from nothing else
 * than the test gives) and put back after; `console.warn` is stubbed. Returns a stand-in that reads the stub of the test running.
 */
function withoutPageLanguage(): sinon.SinonStub {
  let htmlLang: string | null;
  let stub: sinon.SinonStub;
  beforeEach(() => {
    htmlLang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    stub = sinon.stub(console, 'warn');
  });
  afterEach(() => {
    stub.restore();
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
  });
  return new Proxy({} as sinon.SinonStub, { get: (_, key): unknown => Reflect.get(stub, key) });
}

describe('emergency numbers: the table', () => {
  const table = emergencyNumbers();

  it('gives 112 in every EU and EEA country', () => {
    expect(EU).to.have.length(27);
    for (const region of [...EU, ...EEA]) {
      expect(table.get(region)?.number, region).to.equal('112');
      expect(emergencyNumber(region), region).to.deep.equal({ number: '112', guessed: false });
    }
  });

  it('covers each required country, or lists it as left out with why, never both', () => {
    const required = new Set([...EU, ...EEA, ...NAMED, ...SPANISH, ...FRENCH]);
    for (const region of required) {
      const cited = table.has(region);
      const out = Object.prototype.hasOwnProperty.call(leftOut, region);
      expect(cited || out, `${region} is in the table or left out`).to.equal(true);
      expect(cited && out, `${region} is not both`).to.equal(false);
      if (out) expect(leftOut[region], region).to.be.a('string').and.not.equal('');
    }
    // Only required countries are listed as left out.
    for (const region of Object.keys(leftOut)) expect(required.has(region), region).to.equal(true);
  });

  it('gives the numbers CLINICAL.md names', () => {
    const expected: Record<string, string> = {
      GB: '999',
      US: '911',
      CA: '911',
      MX: '911',
      AU: '000',
      NZ: '111',
      CH: '144',
      MA: '15',
      ZA: '10177',
      CO: '123',
      AR: '107',
    };
    for (const [region, number] of Object.entries(expected)) {
      expect(emergencyNumber(region), region).to.deep.equal({ number, guessed: false });
    }
  });

  it('cites every number from a source with an https address, and has no region without one', () => {
    expect(table.size).to.be.greaterThan(60);
    for (const [region, { number, source }] of table) {
      expect(region, region).to.match(/^[A-Z]{2}$/);
      expect(countryCode(region), `${region} is a country`).to.equal(region);
      expect(number, region).to.match(/^\d{2,6}$/);
      expect(Object.prototype.hasOwnProperty.call(numberSources, source), `${region}: source ${source}`).to.equal(true);
      expect(numberSources[source], source).to.match(/^https:\/\/[^\s]+$/);
    }
    // Every source gives at least one number or urgent line.
    const used = new Set([...table.values(), ...urgentLines().values()].map((entry) => entry.source));
    for (const source of Object.keys(numberSources)) expect(used.has(source as keyof typeof numberSources), source).to.equal(true);
  });

  it('has an urgent line only in GB, AU and NZ, each cited', () => {
    const lines = urgentLines();
    expect([...lines.keys()].sort()).to.deep.equal(['AU', 'GB', 'NZ']);
    for (const [region, { source }] of lines) {
      expect(Object.prototype.hasOwnProperty.call(numberSources, source), region).to.equal(true);
    }
    expect(urgentLine('GB')).to.equal('111');
    expect(urgentLine('au')).to.equal('1800 022 222');
    expect(urgentLine('NZ')).to.equal('0800 611 116');
    for (const region of ['US', 'CA', 'FR', 'CO', null]) expect(urgentLine(region), String(region)).to.equal(null);
  });

  it('guesses 911 without a region or a cited number, and says so', () => {
    expect(DEFAULT_EMERGENCY_NUMBER).to.equal('911');
    for (const region of [null, '', 'BJ', 'GQ', 'ZZ']) {
      expect(emergencyNumber(region), String(region)).to.deep.equal({ number: '911', guessed: true });
    }
  });

  it('calls the medicine acetaminophen in the US and Canada only', () => {
    expect(usesAcetaminophen('US')).to.equal(true);
    expect(usesAcetaminophen('ca')).to.equal(true);
    for (const region of ['GB', 'MX', 'AU', null]) expect(usesAcetaminophen(region), String(region)).to.equal(false);
  });
});

describe('emergency numbers: the region of a widget', () => {
  const warn = withoutPageLanguage();

  /** An element three levels down: <div lang=outer><section lang=inner><span lang=own>. */
  async function nested(outer: string | null, inner: string | null, own: string | null) {
    const page = await fixture<HTMLDivElement>(html`<div><section><span></span></section></div>`);
    const section = page.querySelector('section')!;
    const span = page.querySelector('span')!;
    if (outer !== null) page.setAttribute('lang', outer);
    if (inner !== null) section.setAttribute('lang', inner);
    if (own !== null) span.setAttribute('lang', own);
    return span;
  }

  it('reads the region attribute first, in any case', async () => {
    const el = await nested('en-GB', 'fr-FR', 'es-MX');
    document.documentElement.setAttribute('lang', 'en-AU');
    expect(regionFor(el, 'CH')).to.equal('CH');
    expect(regionFor(el, ' co ')).to.equal('CO');
    // Intl's old codes become today's.
    expect(regionFor(el, 'UK')).to.equal('GB');
    expect(warn.called).to.equal(false);
  });

  it('else the widget’s own lang, then the nearest ancestor’s that names a country, then <html lang>', async () => {
    document.documentElement.setAttribute('lang', 'en-AU');
    expect(regionFor(await nested('en-GB', 'fr-FR', 'es-MX'), null)).to.equal('MX');
    expect(regionFor(await nested('en-GB', 'fr-FR', 'es'), null)).to.equal('FR');
    expect(regionFor(await nested('en-GB', 'fr', 'es'), null)).to.equal('GB');
    expect(regionFor(await nested('en', 'fr', 'es'), null)).to.equal('AU');
    // A region that is not a country ("419", Latin America) names none: look further up.
    expect(regionFor(await nested('es-AR', null, 'es-419'), null)).to.equal('AR');
    // An empty attribute is no region attribute.
    expect(regionFor(await nested('en-GB', null, null), '')).to.equal('GB');
    document.documentElement.removeAttribute('lang');
    expect(regionFor(await nested('en', null, 'es'), null)).to.equal(null);
    expect(warn.called).to.equal(false);
  });

  it('reads the region of a tag, not letters after its extensions', () => {
    expect(tagCountry('en-GB')).to.equal('GB');
    expect(tagCountry('en_gb')).to.equal('GB');
    expect(tagCountry('en-UK')).to.equal('GB');
    expect(tagCountry('zh-yue-HK')).to.equal('HK');
    expect(tagCountry('sr-Latn-RS')).to.equal('RS');
    expect(tagCountry('de-CH-1996')).to.equal('CH');
    expect(tagCountry('es-419')).to.equal(null);
    expect(tagCountry('en')).to.equal(null);
    expect(tagCountry('en-u-ca-buddhist')).to.equal(null);
    expect(tagCountry('de-x-co')).to.equal(null);
    expect(tagCountry('x-gb')).to.equal(null);
    expect(tagCountry('en-ZZ')).to.equal(null);
  });

  it('looks through shadow roots to the host’s language', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="es-CO"><div></div></div>`);
    const host = page.querySelector('div')!;
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(regionFor(inner, null)).to.equal('CO');
  });

  it('warns once about an invalid region attribute and falls back to the language tags', async () => {
    const el = await nested('en-GB', null, null);
    expect(regionFor(el, 'Narnia')).to.equal('GB');
    expect(regionFor(el, 'XX')).to.equal('GB');
    expect(regionFor(el, 'EU')).to.equal('GB');
    expect(warn.callCount).to.equal(1);
    expect(String(warn.firstCall.args[0])).to.include('region="Narnia" is not a country code').and.include('using GB, from the language tags');
    // Valid again, then invalid: one more warning.
    expect(regionFor(el, 'US')).to.equal('US');
    expect(regionFor(el, '1')).to.equal('GB');
    expect(warn.callCount).to.equal(2);
    // With no language tag naming a country: none.
    const bare = await nested(null, null, null);
    expect(regionFor(bare, 'nope')).to.equal(null);
    expect(String(warn.lastCall.args[0])).to.include('using none');
    // A value of a type no attribute has (a framework's property) is not used either.
    const other = await nested('fr-CA', null, null);
    expect(regionFor(other, { code: 'US' })).to.equal('CA');
    expect(warn.callCount).to.equal(4);
  });
});

describe('<red-flag-checker>: the number it shows, by region', () => {
  const warn = withoutPageLanguage();

  const shadow = (el: RedFlagChecker) => el.shadowRoot as ShadowRoot;

  /**
   * Every tel: link on the screen on show: each dials `number`, and its words name that number
   * (the same digits; "911, or your local emergency number" names 911). Returns the links' words.
   */
  function expectLinks(el: RedFlagChecker, number: string, where: string): string[] {
    const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')];
    expect(links.length, `${where}: a tel: link`).to.be.greaterThan(0);
    return links.map((link) => {
      const words = clean(link.textContent);
      expect(link.getAttribute('href'), `${where}: ${words}`).to.equal(`tel:${digits(number)}`);
      expect(digits(words), `${where}: the words "${words}" name the number dialled`).to.equal(digits(number));
      expect(words, where).to.include(number);
      return words;
    });
  }

  /** The first screen's emergency line, its link and the link's words. */
  function firstScreen(el: RedFlagChecker, number: string) {
    const first = shadow(el).querySelector<HTMLAnchorElement>('.emergency-first a[href^="tel:"]');
    expect(first, 'the emergency line on the first screen').to.exist;
    expectLinks(el, number, 'first screen');
    return { line: clean(first!.closest('p')?.textContent), words: clean(first!.textContent) };
  }

  /** Gives the age (a page script's input and click, which the checker takes at once) for the next screen. */
  async function pastAge(el: RedFlagChecker) {
    const input = shadow(el).querySelector<HTMLInputElement>('#age')!;
    input.value = '35';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    shadow(el).querySelector<HTMLButtonElement>('.continue')!.click();
    await el.updateComplete;
    expect(shadow(el).querySelector('#age'), 'past the age').to.equal(null);
  }

  async function checker(template: ReturnType<typeof html>): Promise<RedFlagChecker> {
    const page = await fixture<HTMLElement>(template);
    const el = (page.localName === 'red-flag-checker' ? page : page.querySelector('red-flag-checker')) as RedFlagChecker;
    await el.updateComplete;
    return el;
  }

  const cases: { name: string; number: string; make: () => ReturnType<typeof html> }[] = [
    { name: 'lang="es-CO"', number: '123', make: () => html`<red-flag-checker lang="es-CO"></red-flag-checker>` },
    { name: 'lang="es-AR"', number: '107', make: () => html`<red-flag-checker lang="es-AR"></red-flag-checker>` },
    { name: 'lang="fr-MA"', number: '15', make: () => html`<red-flag-checker lang="fr-MA"></red-flag-checker>` },
    { name: 'on an en-ZA page', number: '10177', make: () => html`<div lang="en-ZA"><red-flag-checker></red-flag-checker></div>` },
    { name: 'lang="es" on an en-GB page', number: '999', make: () => html`<div lang="en-GB"><red-flag-checker lang="es"></red-flag-checker></div>` },
    { name: 'region="CH" on an en-US page', number: '144', make: () => html`<div lang="en-US"><red-flag-checker region="CH"></red-flag-checker></div>` },
  ];
  for (const { name, number, make } of cases) {
    it(`${name}: calls ${number}, in the link and the words, on the first screen and the next`, async () => {
      const el = await checker(make());
      const { words, line } = firstScreen(el, number);
      expect(words).to.equal(number);
      expect(line).not.to.include('911');
      await pastAge(el);
      const [link] = expectLinks(el, number, 'second screen');
      expect(link).to.match(new RegExp(`\\b${number}$`));
      expect(warn.called, String(warn.firstCall?.args[0])).to.equal(false);
    });
  }

  it('lang="es" alone: 911, and every place says "o al número de emergencias de su zona"', async () => {
    const el = await checker(html`<red-flag-checker lang="es"></red-flag-checker>`);
    const local = fill(es.checker.ui.localNumber, { number: '911' });
    expect(local).to.equal('911 o al número de emergencias de su zona');
    const { words, line } = firstScreen(el, '911');
    expect(words).to.equal(local);
    expect(line).to.equal(fill(es.checker.start.emergency, { emergency: local }));
    await pastAge(el);
    const [link] = expectLinks(el, '911', 'second screen');
    expect(link).to.equal(fill(es.checker.ui.emergencyLink, { emergency: local }));
    // Yes to the first emergency sign: the result says it too.
    shadow(el).querySelector<HTMLButtonElement>('.choice-buttons button[data-value="yes"]')!.click();
    await el.updateComplete;
    const title = clean(shadow(el).querySelector('#result-title')?.textContent);
    expect(title).to.include(local);
    for (const words of expectLinks(el, '911', 'result')) expect(words, 'result link').to.include(local);
  });

  it('with no region in English: "911, or your local emergency number"', async () => {
    const el = await checker(html`<red-flag-checker lang="en"></red-flag-checker>`);
    const { words } = firstScreen(el, '911');
    expect(words).to.equal(fill(en.checker.ui.localNumber, { number: '911' }));
    expect(words).to.equal('911, or your local emergency number');
  });

  it('emergency-number wins over the region attribute and every language tag', async () => {
    document.documentElement.setAttribute('lang', 'en-AU');
    const el = await checker(
      html`<div lang="en-GB"><red-flag-checker lang="es-CO" region="CH" emergency-number="061"></red-flag-checker></div>`,
    );
    const { words, line } = firstScreen(el, '061');
    expect(words).to.equal('061');
    expect(line).not.to.include('número de emergencias de su zona');
    await pastAge(el);
    expectLinks(el, '061', 'second screen');
    // Also over a guessed number: no "or your local" words.
    document.documentElement.removeAttribute('lang');
    const guessed = await checker(html`<red-flag-checker lang="es" emergency-number="112"></red-flag-checker>`);
    expect(firstScreen(guessed, '112').words).to.equal('112');
    expect(warn.called, String(warn.firstCall?.args[0])).to.equal(false);
  });

  it('follows a change of region at once', async () => {
    const el = await checker(html`<red-flag-checker lang="es-CO"></red-flag-checker>`);
    firstScreen(el, '123');
    el.setAttribute('region', 'AR');
    await el.updateComplete;
    expect(firstScreen(el, '107').words).to.equal('107');
    el.removeAttribute('region');
    el.setAttribute('lang', 'es');
    await el.updateComplete;
    expect(firstScreen(el, '911').words).to.equal(fill(es.checker.ui.localNumber, { number: '911' }));
  });
});
