import { expect, waitUntil } from '@open-wc/testing';
import { addModule, loadFrame } from './helpers/frames.js';
import { SETTLED_MS, giveAge, tap } from './helpers/real-input.js';

/*
 * What a page can do to all three widgets at once: a browser whose Intl is missing or broken, a
 * reduced-motion reset that turns every animation off, a shadow root a script attached before the
 * widgets loaded. Each page is a fresh frame with the built bundle, as a clinic's page is.
 */

const TAGS = ['red-flag-checker', 'ice-heat-timer', 'prevention-checklist'] as const;
const BUNDLE = '/cdn/back-spasm-widgets.js';
type FrameWindow = Window & typeof globalThis & { Intl: unknown };

/** A fresh page in a frame, with what it warns and throws recorded. */
async function page(src = '/tests/fixtures/blank.html') {
  const frame = await loadFrame(src, 800, 900);
  const win = frame.contentWindow as FrameWindow;
  const warnings: string[] = [];
  const errors: string[] = [];
  win.console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  win.addEventListener('error', (event) => errors.push(event.message));
  win.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  return { frame, win, doc: frame.contentDocument!, warnings, errors };
}

const base = (el: Element) => el.shadowRoot?.querySelector<HTMLElement>('[part="base"]') ?? null;

let frame: HTMLIFrameElement | undefined;
afterEach(() => {
  frame?.remove();
  frame = undefined;
  localStorage.removeItem('back-spasm-widgets:prevention-checklist');
  localStorage.removeItem('back-spasm-widgets:ice-heat-timer');
});

describe('a browser whose Intl is missing or broken', () => {
  const breakages: Record<string, (win: FrameWindow) => void> = {
    'Intl removed': (win) => {
      win.Intl = undefined;
    },
    'Intl.DateTimeFormat throwing': (win) => {
      win.Intl.DateTimeFormat = function () {
        throw new RangeError('no date data');
      } as unknown as typeof Intl.DateTimeFormat;
    },
    'every Intl constructor and function throwing': (win) => {
      for (const name of Object.getOwnPropertyNames(win.Intl)) {
        (win.Intl as Record<string, unknown>)[name] = () => {
          throw new RangeError('no locale data');
        };
      }
    },
  };

  for (const [breakage, breakIntl] of Object.entries(breakages)) {
    it(`shows working widgets with plain English dates, and one warning naming Intl, not the language (${breakage})`, async () => {
      const loaded = await page();
      frame = loaded.frame;
      const { win, doc, warnings, errors } = loaded;
      breakIntl(win);
      await addModule(doc, BUNDLE);
      for (const tag of TAGS) doc.body.append(doc.createElement(tag));
      await waitUntil(() => TAGS.every((tag) => base(doc.querySelector(tag)!)?.querySelector('[part="heading"]')), 'every widget rendered', { timeout: 5000 });
      for (const tag of TAGS) expect(base(doc.querySelector(tag)!)!.textContent, tag).to.contain(tag === 'red-flag-checker' ? 'Check your back spasm' : tag === 'ice-heat-timer' ? 'Ice and heat timer' : 'Prevent the next spasm');

      // The checker's summary writes the date of the result.
      const checker = doc.querySelector('red-flag-checker')!.shadowRoot!;
      await giveAge(checker);
      await tap(checker.querySelector('[data-name="chest-pain"] button[data-value="yes"]')!);
      await waitUntil(() => checker.querySelector('button[aria-controls="summary"]'), 'the result', { timeout: 5000 });
      // The result, a new screen, takes no tap for its first moments.
      await new Promise((resolve) => setTimeout(resolve, SETTLED_MS));
      await tap(checker.querySelector('button[aria-controls="summary"]')!);
      await waitUntil(() => !checker.querySelector('#summary')!.hasAttribute('hidden'), 'the summary shown');
      const date = checker.querySelector('#summary dd')!.textContent;
      expect(date, 'the date of the result').to.contain(String(new Date().getFullYear()));

      expect(errors).to.deep.equal([]);
      expect(warnings, 'one warning').to.have.length(1);
      expect(warnings[0]).to.contain("This browser's Intl").and.contain('missing or broken').and.contain('dates');
      expect(warnings[0], 'not about the lang attribute').not.to.match(/\blang\b/);
    });
  }
});

describe('the optional stylesheet on a page that turns animations off', () => {
  it('reserves no space a widget whose script never runs would leave empty', async () => {
    const loaded = await page('/tests/fixtures/animations-off.html');
    frame = loaded.frame;
    const { doc } = loaded;
    // The reserve lasts 8 s with animations on: with them off, the box is its fallback's height.
    for (const tag of TAGS) {
      const el = doc.querySelector(tag)!;
      await waitUntil(() => el.getBoundingClientRect().height < 150, `<${tag}> as tall as its fallback`, { timeout: 2000 });
      expect(el.querySelector('p')!.getBoundingClientRect().height, `${tag}: fallback shown`).to.be.greaterThan(0);
    }
  });

  it('leaves no reserved space once the widgets render: each is as tall as its card', async () => {
    const loaded = await page('/tests/fixtures/animations-off.html');
    frame = loaded.frame;
    const { doc, errors } = loaded;
    await addModule(doc, BUNDLE);
    for (const tag of TAGS) {
      const el = doc.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
      await waitUntil(() => base(el) && !el.hasAttribute('data-bsw-pending'), `<${tag}> rendered`, { timeout: 5000 });
      await el.updateComplete;
      expect(el.getBoundingClientRect().height, tag).to.be.closeTo(base(el)!.getBoundingClientRect().height, 1);
    }
    expect(errors).to.deep.equal([]);
  });
});

describe('a closed shadow root a script attached before the widgets loaded', () => {
  it('gives one warning saying why the widget cannot show, and no error', async () => {
    const loaded = await page();
    frame = loaded.frame;
    const { doc, warnings, errors } = loaded;
    const el = doc.createElement('red-flag-checker');
    // eslint-disable-next-line wc/no-closed-shadow-root -- what the page under test does
    el.attachShadow({ mode: 'closed' });
    doc.body.append(el);
    await addModule(doc, BUNDLE);
    await waitUntil(() => warnings.length > 0, 'a warning', { timeout: 5000 });
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<red-flag-checker> was given a closed shadow root by a script');
    expect(errors).to.deep.equal([]);
  });
});
