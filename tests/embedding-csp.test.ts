import { expect, waitUntil } from '@open-wc/testing';
import { loadFrame } from './helpers/frames.js';

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
    checker.querySelector<HTMLButtonElement>('[data-name="chest-pain"] button[data-value="yes"]')!.click();
    await waitUntil(() => checker.querySelector('[part="action"]'), 'emergency result shown');
    expect(checker.querySelector('[part="action"]')!.getAttribute('href')).to.equal('tel:911');

    const checklist = doc.querySelector('prevention-checklist')!.shadowRoot!;
    checklist.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();

    const timer = doc.querySelector('ice-heat-timer')!.shadowRoot!;
    const start = [...timer.querySelectorAll('button')].find((b) => /start/i.test(b.textContent ?? ''));
    start?.click();
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
