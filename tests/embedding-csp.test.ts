import { expect, waitUntil } from '@open-wc/testing';
import { loadFrame } from './helpers/frames.js';
import { SETTLED_MS, giveAge, tap } from './helpers/real-input.js';

interface FramedWindow extends Window {
  violations: string[];
  errors: string[];
  warnings: string[];
}

const TAGS = ['red-flag-checker', 'ice-heat-timer', 'prevention-checklist'];

/** The Content-Security-Policy line the README tells sites to use. */
async function readmePolicy(): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  const line = /^Content-Security-Policy: (.+)$/m.exec(readme);
  expect(line, 'a "Content-Security-Policy: ..." line in the README').to.exist;
  return line![1]!.trim();
}

function pagePolicy(doc: Document): string {
  return doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
}

/** Every mix of the bundles a site may paste: the module files share one copy of Lit, the classic script has its own. */
const mixes = [
  ['the three one-widget bundles', '/tests/fixtures/strict-csp-one-widget-bundles.html'],
  ['the module and the classic bundle', '/tests/fixtures/strict-csp-module-and-classic.html'],
  ['one bundle loaded twice, and the classic bundle twice', '/tests/fixtures/strict-csp-twice.html'],
] as const;

describe('a page with a strict Content Security Policy and Trusted Types', () => {
  let frame: HTMLIFrameElement;
  // The pages share this origin's storage: each starts with no ticks saved.
  beforeEach(() => localStorage.removeItem('back-spasm-widgets:prevention-checklist'));
  afterEach(() => {
    frame?.remove();
    localStorage.removeItem('back-spasm-widgets:prevention-checklist');
  });

  it('is the policy the README documents', async () => {
    frame = await loadFrame('/tests/fixtures/strict-csp.html');
    const documented = await readmePolicy();
    expect(pagePolicy(frame.contentDocument!)).to.equal(documented);
    for (const [, page] of mixes) {
      const html = await (await fetch(page)).text();
      expect(new DOMParser().parseFromString(html, 'text/html').querySelector('meta[http-equiv]')!.getAttribute('content')).to.equal(documented);
    }
  });

  for (const [mix, page] of mixes) {
    it(`runs every widget with ${mix} on one page: no violation, error or warning`, async () => {
      frame = await loadFrame(page);
      const win = frame.contentWindow as FramedWindow & typeof globalThis;
      const doc = frame.contentDocument as Document;
      await waitUntil(() => TAGS.every((tag) => doc.querySelector(tag)?.shadowRoot?.childElementCount), 'widgets rendered');
      const checker = doc.querySelector('red-flag-checker')!.shadowRoot!;
      await giveAge(checker);
      await tap(checker.querySelector<HTMLButtonElement>('[data-name="chest-pain"] button[data-value="yes"]')!);
      await waitUntil(() => checker.querySelector('[part="action"]'), 'emergency result shown');
      expect(checker.querySelector('[part="action"]')!.getAttribute('href')).to.equal('tel:911');
      const checklist = doc.querySelector('prevention-checklist')!.shadowRoot!;
      await tap(checklist.querySelector<HTMLInputElement>('input[type="checkbox"]')!);
      await waitUntil(() => checklist.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked, 'a habit ticked');
      expect(win.violations).to.deep.equal([]);
      expect(win.errors).to.deep.equal([]);
      expect(win.warnings).to.deep.equal([]);
    });
  }

  it('runs all three widgets with no violation, no error and no network request', async () => {
    frame = await loadFrame('/tests/fixtures/strict-csp.html');
    const win = frame.contentWindow as FramedWindow & typeof globalThis;
    const doc = frame.contentDocument as Document;
    await waitUntil(() => ['red-flag-checker', 'ice-heat-timer', 'prevention-checklist'].every((tag) => doc.querySelector(tag)?.shadowRoot?.childElementCount), 'widgets rendered');

    const checker = doc.querySelector('red-flag-checker')!.shadowRoot!;
    await giveAge(checker);
    await tap(checker.querySelector<HTMLButtonElement>('[data-name="chest-pain"] button[data-value="yes"]')!);
    await waitUntil(() => checker.querySelector('[part="action"]'), 'emergency result shown');
    expect(checker.querySelector('[part="action"]')!.getAttribute('href')).to.equal('tel:911');

    // "Print summary" prints the summary alone: its print stylesheet is adopted under this policy.
    let adopted = 0;
    win.print = () => {
      adopted = doc.adoptedStyleSheets.length;
    };
    // The result's banner paints first; its other actions follow in the next frame.
    const printButton = () => [...checker.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Print summary');
    await waitUntil(printButton, 'the rest of the result shown');
    // The result, a new screen, takes no tap for its first 400 ms.
    await new Promise((resolve) => setTimeout(resolve, SETTLED_MS));
    await tap(printButton()!);
    await waitUntil(() => adopted > 0, 'the print stylesheet is adopted while printing');
    win.dispatchEvent(new Event('afterprint'));
    expect(doc.adoptedStyleSheets).to.have.length(0);

    const checklist = doc.querySelector('prevention-checklist')!.shadowRoot!;
    await tap(checklist.querySelector<HTMLInputElement>('input[type="checkbox"]')!);
    await waitUntil(() => checklist.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked, 'a habit ticked');

    const timer = doc.querySelector('ice-heat-timer')!.shadowRoot!;
    const start = [...timer.querySelectorAll('button')].find((b) => /start/i.test(b.textContent ?? ''));
    expect(start, 'the Start button').to.exist;
    await tap(start!);
    await new Promise((resolve) => setTimeout(resolve, 300));

    // Styles are applied although style-src forbids inline styles: the card has its border.
    const card = checker.querySelector('[part="base"]') as HTMLElement;
    expect(win.getComputedStyle(card).borderTopStyle).to.equal('solid');

    expect(win.violations).to.deep.equal([]);
    expect(win.errors).to.deep.equal([]);
    expect(win.warnings).to.deep.equal([]);
    // The test server injects its own script into served pages; everything else must be the page's.
    const requests = win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => !path.startsWith('/__web-dev-server__'));
    // The listener and the bundle, which imports nothing (cdn/imports.json has no entry for it), each once.
    const imports = (await (await fetch('/cdn/imports.json')).json()) as Record<string, string[]>;
    expect(imports['back-spasm-widgets.js']).to.equal(undefined);
    const expected = ['/cdn/back-spasm-widgets.js'];
    expect(requests.filter((path) => !path.endsWith('/csp-listener.js')).sort()).to.deep.equal(expected.sort());
    expect(requests.filter((path) => path.endsWith('/csp-listener.js'))).to.have.length(1);
  });
});
