import { expect, fixture, html } from '@open-wc/testing';
import { forgetPageMemory } from '../src/internal/storage.js';
import { categoryIds } from '../src/prevention/habits.js';
import '../src/prevention-checklist/index.js';
import type { PreventionChecklist } from '../src/prevention-checklist/index.js';
import { tap } from './helpers/real-input.js';

/*
 * The checklist's first render in a browser shows the first screen (heading, progress, history and
 * the first two categories); the other categories, the footer and the print button follow in one
 * update once that has painted, so no task of the checklist's holds the main thread long. Every
 * later update renders everything at once, without waiting on a frame.
 */

const KEY = 'back-spasm-widgets:prevention-checklist';
const categories = (root: ShadowRoot) => root.querySelectorAll('fieldset[part="category"]').length;

interface FirstScreen {
  categories: number;
  printButton: boolean;
  filling: boolean;
}

/** Adds a checklist and records what its shadow root holds when its first render lands. */
function addChecklist(attributes: Record<string, string> = {}): { el: PreventionChecklist; first: Promise<FirstScreen> } {
  const el = document.createElement('prevention-checklist');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.append(el);
  const root = el.shadowRoot!;
  const first = new Promise<FirstScreen>((resolve) => {
    const observer = new MutationObserver(() => {
      if (!root.querySelector('section')) return;
      observer.disconnect();
      resolve({
        categories: categories(root),
        printButton: root.querySelector('[part="print-button"]') !== null,
        filling: root.querySelector('section')!.classList.contains('filling'),
      });
    });
    observer.observe(root, { childList: true, subtree: true });
  });
  return { el, first };
}

describe('prevention-checklist first render', () => {
  let el: PreventionChecklist | undefined;
  beforeEach(() => {
    localStorage.removeItem(KEY);
    forgetPageMemory();
  });
  afterEach(() => {
    el?.remove();
    el = undefined;
    localStorage.removeItem(KEY);
  });

  it('shows the first screen first, then every category, the footer and the print button', async () => {
    const added = addChecklist();
    el = added.el;
    const first = await added.first;
    expect(first).to.deep.equal({ categories: 2, printButton: false, filling: true });
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(categories(root)).to.equal(categoryIds.length);
    expect(root.querySelector('[part="print-button"]')).to.exist;
    expect(root.querySelector('section')!.classList.contains('filling')).to.equal(false);
  });

  it('renders two or three categories in one go', async () => {
    const added = addChecklist({ categories: 'posture,lifting,footwear' });
    el = added.el;
    const first = await added.first;
    expect(first).to.deep.equal({ categories: 3, printButton: true, filling: false });
  });

  it('renders the rest at once when the page is printed before it has', async () => {
    const added = addChecklist();
    el = added.el;
    const first = await added.first;
    if (first.categories === categoryIds.length) throw new Error('the rest rendered before the check could run');
    window.dispatchEvent(new Event('beforeprint'));
    expect(categories(el.shadowRoot!)).to.equal(categoryIds.length);
    expect(el.shadowRoot!.querySelector('[part="print-button"]')).to.exist;
  });

  it('asks for no animation frame in any later update', async () => {
    el = await fixture<PreventionChecklist>(html`<prevention-checklist></prevention-checklist>`);
    const original = window.requestAnimationFrame.bind(window);
    let frames = 0;
    window.requestAnimationFrame = (callback) => {
      frames += 1;
      return original(callback);
    };
    try {
      for (const value of ['posture', 'posture,lifting,footwear,movement', '', 'smoking']) {
        el.setAttribute('categories', value);
        await el.updateComplete;
      }
      el.setAttribute('heading', 'Your habits');
      await el.updateComplete;
    } finally {
      window.requestAnimationFrame = original;
    }
    expect(frames).to.equal(0);
    expect(categories(el.shadowRoot!)).to.equal(1);
    // A real tap on a habit (the helper itself waits on frames) ticks it.
    const box = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    await tap(box);
    await el.updateComplete;
    expect(box.checked).to.equal(true);
  });
});
