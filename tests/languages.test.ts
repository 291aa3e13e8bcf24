import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import { registerContent } from '../src/content/registry.js';
import { es } from '../src/content/es.js';
import { fr } from '../src/content/fr.js';

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
    expect(el.shadowRoot?.querySelector('.intro')?.textContent).to.contain('Answer a few short questions');
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
