import { expect, waitUntil } from '@open-wc/testing';
import { loadFrame } from './helpers/frames.js';

interface ShiftEntry extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
}

describe('before the script runs', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  for (const [width, height] of [
    [400, 800],
    [1280, 900],
  ] as const) {
    it(`shows the site's fallback content and reserves space, so upgrading does not shift the page (${width}×${height})`, async () => {
      frame = await loadFrame('/tests/fixtures/fallback.html', width, height);
      const doc = frame.contentDocument as Document;
      const win = frame.contentWindow as Window & typeof globalThis;

      // Not upgraded yet: the fallback is visible, site items are hidden, the box is reserved: a
      // question screen for the checker, the screen's height for the timer and the checklist.
      const fallback = doc.getElementById('checker-fallback') as HTMLElement;
      expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(doc.querySelector('bsw-item')!.getBoundingClientRect().height).to.equal(0);
      const checker = doc.querySelector('red-flag-checker') as HTMLElement;
      const timer = doc.querySelector('ice-heat-timer') as HTMLElement;
      const checklist = doc.querySelector('prevention-checklist') as HTMLElement;
      const reserved = checker.getBoundingClientRect().height;
      expect(reserved, 'a question screen reserved').to.be.at.least(500);
      for (const widget of [timer, checklist]) {
        expect(widget.getBoundingClientRect().height, widget.localName).to.be.at.least(Math.min(height, 1200) - 1);
      }

      // What a visitor sees move: the text after the checker, if it is on screen at all.
      const after = doc.getElementById('after-checker') as HTMLElement;
      const topBefore = after.getBoundingClientRect().top;
      // Chromium also reports layout shifts itself (Firefox and WebKit do not support the entry type).
      const shifts: number[] = [];
      if (win.PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
        new win.PerformanceObserver((list) => {
          for (const entry of list.getEntries() as ShiftEntry[]) if (!entry.hadRecentInput) shifts.push(entry.value);
        }).observe({ type: 'layout-shift', buffered: false });
      }

      const script = doc.createElement('script');
      script.type = 'module';
      script.src = '/cdn/back-spasm-widgets.js';
      doc.head.append(script);
      await waitUntil(() => checker.shadowRoot?.querySelector('[part="base"]'), 'checker rendered');
      await new Promise((resolve) => setTimeout(resolve, 300));

      expect(fallback.getBoundingClientRect().height, 'fallback hidden once upgraded').to.equal(0);
      // What was reserved is what renders: the checker's first screen, and more for the others.
      expect(checker.getBoundingClientRect().height, 'the checker as tall as reserved').to.be.closeTo(reserved, 1);
      for (const widget of [timer, checklist]) {
        expect(widget.getBoundingClientRect().height, widget.localName).to.be.at.least(Math.min(height, 1200) - 1);
      }
      const topAfter = after.getBoundingClientRect().top;
      const visible = (top: number) => top < height;
      if (visible(topBefore) || visible(topAfter)) {
        expect(Math.abs(topAfter - topBefore), 'text after the checker moved on screen').to.be.below(2);
      }
      const total = shifts.reduce((sum, value) => sum + value, 0);
      expect(total, `layout shift ${total}`).to.be.below(0.01);
    });
  }

  it('gives the reserved space back to the page when the script never runs', async () => {
    frame = await loadFrame('/tests/fixtures/blocked.html', 400, 800);
    const doc = frame.contentDocument as Document;
    const checker = doc.querySelector('red-flag-checker') as HTMLElement;
    const fallback = doc.getElementById('fallback') as HTMLElement;
    expect(checker.getBoundingClientRect().height, 'reserved at first').to.be.at.least(500);
    await waitUntil(() => checker.getBoundingClientRect().height < 200, 'reserved space released', { timeout: 3000 });
    expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
  });
});
