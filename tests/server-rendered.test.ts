import { expect, waitUntil } from '@open-wc/testing';
import { loadFrame } from './helpers/frames.js';
import { giveAge, tap } from './helpers/real-input.js';

/*
 * A page rendered on the server (Next.js, Astro, Nuxt with @lit-labs/ssr): each widget arrives with a
 * declarative shadow root. When the script loads, the widget's first render replaces that markup
 * (the browser knows what the server cannot: stored ticks, a running session), so each widget shows
 * once, styled, and answers a real tap.
 */

const TAGS = ['red-flag-checker', 'ice-heat-timer', 'prevention-checklist'];

describe('widgets rendered on the server', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => {
    frame?.remove();
    localStorage.removeItem('back-spasm-widgets:prevention-checklist');
    localStorage.removeItem('back-spasm-widgets:ice-heat-timer');
  });

  it('replace the server markup with one rendered widget each, styled and working', async () => {
    frame = await loadFrame('/tests/fixtures/server-rendered.html', 800, 900);
    const doc = frame.contentDocument!;
    const win = frame.contentWindow!;
    const errors: string[] = [];
    win.addEventListener('error', (event) => errors.push(event.message));
    // The browser attached the declared shadow roots while parsing.
    for (const tag of TAGS) expect(doc.querySelector(tag)!.shadowRoot, tag).to.exist;
    await waitUntil(() => TAGS.every((tag) => doc.querySelector(tag)!.shadowRoot!.querySelector('[part="base"]')), 'rendered', { timeout: 5000 });
    for (const tag of TAGS) {
      const root = doc.querySelector(tag)!.shadowRoot!;
      expect(root.querySelector('[data-server]'), `${tag}: server markup gone`).to.equal(null);
      expect(root.querySelectorAll('[part="base"]'), `${tag}: one widget`).to.have.length(1);
      expect(win.getComputedStyle(root.querySelector('[part="base"]')!).borderTopStyle, `${tag}: styled`).to.equal('solid');
    }
    const checker = doc.querySelector('red-flag-checker')!.shadowRoot!;
    await giveAge(checker);
    await tap(checker.querySelector<HTMLButtonElement>('[data-name="chest-pain"] button[data-value="yes"]')!);
    await waitUntil(() => checker.querySelector('[part="action"]'), 'emergency result shown');
    expect(errors).to.deep.equal([]);
  });
});

/*
 * A server renderer set to closed shadow roots (or markup written by hand) declares each widget's
 * root closed. A root cannot be attached twice, so each widget renders into the root the server
 * declared, reached as its own element may reach it: the root stays closed to the page's scripts,
 * and the widget is whole and answers real taps.
 */
describe('widgets rendered on the server with closed shadow roots', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => {
    frame?.remove();
    localStorage.removeItem('back-spasm-widgets:prevention-checklist');
    localStorage.removeItem('back-spasm-widgets:ice-heat-timer');
  });

  it('render into the closed root, once each, styled and working, with no error or warning', async () => {
    frame = await loadFrame('/tests/fixtures/server-rendered-closed.html', 800, 900);
    const doc = frame.contentDocument!;
    const win = frame.contentWindow! as Window & typeof globalThis;
    const errors: string[] = [];
    win.addEventListener('error', (event) => errors.push(event.message));
    const warnings: string[] = [];
    const warn = win.console.warn.bind(win.console);
    win.console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
      warn(...args);
    };
    // The root is the widget's own: a test reaches it as the element's render root.
    const rootOf = (tag: string) => (doc.querySelector(tag) as Element & { renderRoot?: ShadowRoot }).renderRoot;
    await waitUntil(() => TAGS.every((tag) => rootOf(tag)?.querySelector('[part="base"]')), 'rendered', { timeout: 5000 });
    for (const tag of TAGS) {
      const root = rootOf(tag)!;
      expect(doc.querySelector(tag)!.shadowRoot, `${tag}: the root stays closed`).to.equal(null);
      expect(root.querySelector('[data-server]'), `${tag}: server markup gone`).to.equal(null);
      expect(root.querySelectorAll('[part="base"]'), `${tag}: one widget`).to.have.length(1);
      expect(win.getComputedStyle(root.querySelector('[part="base"]')!).borderTopStyle, `${tag}: styled`).to.equal('solid');
    }

    const checker = rootOf('red-flag-checker')!;
    await giveAge(checker);
    await tap(checker.querySelector<HTMLButtonElement>('[data-name="chest-pain"] button[data-value="yes"]')!);
    await waitUntil(() => checker.querySelector('[part="action"]'), 'emergency result shown');

    const timer = doc.querySelector('ice-heat-timer') as HTMLElement & { status: string };
    await tap(rootOf('ice-heat-timer')!.querySelector('[part~="primary-button"]')!);
    await waitUntil(() => timer.status === 'running', 'the timer started by a tap');

    const box = rootOf('prevention-checklist')!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    await tap(box);
    await waitUntil(() => box.checked, 'the first habit ticked by a tap');

    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
  });
});
