import { expect, waitUntil } from '@open-wc/testing';
import { es } from '../src/content/es.js';
import { fr } from '../src/content/fr.js';
import { loadFrame } from './helpers/frames.js';

interface RecordingWindow extends Window {
  warnings: string[];
  errors: string[];
}

const tags = ['red-flag-checker', 'ice-heat-timer', 'prevention-checklist'] as const;
const sections = { 'red-flag-checker': 'checker', 'ice-heat-timer': 'timer', 'prevention-checklist': 'checklist' } as const;

async function headings(frame: HTMLIFrameElement) {
  const doc = frame.contentDocument as Document;
  const heading = (tag: string) => doc.querySelector(tag)?.shadowRoot?.querySelector('[part="heading"]')?.textContent?.trim();
  await waitUntil(() => tags.every((tag) => heading(tag)), 'widgets rendered');
  return (tag: (typeof tags)[number]) => heading(tag);
}

describe('language packs on a page', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  it('a pack pasted after the widgets translates them, with no warning', async () => {
    frame = await loadFrame('/tests/fixtures/pack-after.html');
    const heading = await headings(frame);
    await waitUntil(() => tags.every((tag) => heading(tag) === es[sections[tag]].heading), 'Spanish shown');
    const win = frame.contentWindow as RecordingWindow;
    expect(win.warnings).to.deep.equal([]);
    expect(win.errors).to.deep.equal([]);
  });

  it('a classic-script pack works with the classic bundle', async () => {
    frame = await loadFrame('/tests/fixtures/pack-classic.html');
    const heading = await headings(frame);
    await waitUntil(() => tags.every((tag) => heading(tag) === fr[sections[tag]].heading), 'French shown');
    const win = frame.contentWindow as RecordingWindow;
    expect(win.warnings).to.deep.equal([]);
    expect(win.errors).to.deep.equal([]);
  });
});

describe('English shown in place of a language on a page', () => {
  type Widget = HTMLElement & { updateComplete: Promise<unknown> };
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  /** A page of the built bundle (and `head`), with the three widgets, once loaded and rendered after its load. */
  async function page(htmlLang: string, widgetLang: string | null, head = ''): Promise<{ doc: Document; win: RecordingWindow; widgets: Widget[] }> {
    frame = document.createElement('iframe');
    frame.style.width = '800px';
    frame.style.height = '600px';
    const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
    const lang = widgetLang ? ` lang="${widgetLang}"` : '';
    frame.srcdoc = `<!doctype html><html lang="${htmlLang}"><head><meta charset="utf-8">
<script src="/tests/fixtures/warnings-recorder.js"></script>
<script type="module" src="/cdn/back-spasm-widgets.js"></script>${head}</head>
<body>${tags.map((tag) => `<${tag}${lang}></${tag}>`).join('\n')}</body></html>`;
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    const widgets = tags.map((tag) => doc.querySelector(tag) as Widget);
    await waitUntil(() => widgets.every((el) => el.shadowRoot?.querySelector('[part="base"]')), 'every widget rendered', { timeout: 10_000 });
    // The renders that follow the page's load event, where a missing pack is reported.
    await Promise.all(widgets.map((el) => el.updateComplete));
    return { doc, win: frame.contentWindow as RecordingWindow, widgets };
  }
  const card = (el: Element) => el.shadowRoot!.querySelector('[part="base"]')!;

  it('a German page: every widget’s content is marked as English, with one warning that no German pack exists', async () => {
    const { win, widgets } = await page('de', null);
    for (const el of widgets) {
      expect(card(el).getAttribute('lang'), `<${el.localName}>'s content`).to.equal('en');
      expect(el.shadowRoot!.querySelector('[part="heading"]')?.textContent?.trim()).to.match(/^(Check your back spasm|Ice and heat timer|Prevent the next spasm)$/);
    }
    expect(win.warnings, 'warnings').to.have.length(1);
    expect(win.warnings[0]).to.contain('There is no German ("de") language pack').and.contain('show English');
    expect(win.errors).to.deep.equal([]);
  });

  it('Spanish widgets without the Spanish pack: English, marked as English, with one warning naming the "es" pack', async () => {
    const { win, widgets } = await page('en', 'es');
    for (const el of widgets) expect(card(el).getAttribute('lang'), `<${el.localName}>'s content`).to.equal('en');
    expect(win.warnings, 'warnings').to.have.length(1);
    expect(win.warnings[0]).to.contain('"es" language pack').and.contain('locales/es.js').and.contain('show English');
    expect(win.errors).to.deep.equal([]);
  });

  it('Spanish widgets with the Spanish pack: Spanish content, with the English sources marked as English', async () => {
    const { win, widgets } = await page('es-MX', null, '<script type="module" src="/cdn/locales/es.js"></script>');
    await waitUntil(() => widgets.every((el) => el.shadowRoot!.querySelector('[part="heading"]')?.textContent?.trim() === es[sections[el.localName as (typeof tags)[number]]].heading), 'Spanish shown');
    for (const el of widgets) expect(card(el).hasAttribute('lang'), `<${el.localName}>'s content`).to.equal(false);
    const timer = widgets[1]!;
    await waitUntil(() => timer.shadowRoot!.querySelector('.sources li'), 'the timer’s sources listed');
    for (const item of timer.shadowRoot!.querySelectorAll('.sources li')) expect(item.getAttribute('lang')).to.equal('en');
    expect(win.warnings).to.deep.equal([]);
    expect(win.errors).to.deep.equal([]);
  });
});
