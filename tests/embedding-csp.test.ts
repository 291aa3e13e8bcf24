import { expect, waitUntil } from '@open-wc/testing';
import { loadFrame } from './helpers/frames.js';
import { tap } from './helpers/real-input.js';

interface FramedWindow extends Window {
  violations: string[];
  errors: string[];
}

describe('a page with a strict Content Security Policy and Trusted Types', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  it('runs all three widgets with no violation, no error and no network request', async () => {
    frame = await loadFrame('/tests/fixtures/strict-csp.html');
    const win = frame.contentWindow as FramedWindow & typeof globalThis;
    const doc = frame.contentDocument as Document;
    await waitUntil(() => ['red-flag-checker', 'ice-heat-timer', 'prevention-checklist'].every((tag) => doc.querySelector(tag)?.shadowRoot?.childElementCount), 'widgets rendered');

    const checker = doc.querySelector('red-flag-checker')!.shadowRoot!;
    await tap(checker.querySelector<HTMLButtonElement>('[data-name="chest-pain"] button[data-value="yes"]')!);
    await waitUntil(() => checker.querySelector('[part="action"]'), 'emergency result shown');
    expect(checker.querySelector('[part="action"]')!.getAttribute('href')).to.equal('tel:911');

    // "Print summary" prints the summary alone: its print stylesheet is adopted under this policy.
    let adopted = 0;
    win.print = () => {
      adopted = doc.adoptedStyleSheets.length;
    };
    const print = [...checker.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Print summary')!;
    await tap(print);
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
    // The test server injects its own script into served pages; everything else must be the page's.
    const requests = win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => !path.startsWith('/__web-dev-server__'));
    expect(requests).to.have.length(2);
    expect(requests.filter((path) => !/\/(csp-listener|back-spasm-widgets)\.js$/.test(path))).to.deep.equal([]);
  });
});
