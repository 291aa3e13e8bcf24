import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { en } from '../src/content/en.js';
import { forgetPageMemory } from '../src/internal/storage.js';
import '../src/prevention-checklist/index.js';
import type { ChecklistChangeDetail, PreventionChecklist } from '../src/prevention-checklist/index.js';
import { pacing } from '../src/prevention-checklist/slices.js';
import { tap } from './helpers/real-input.js';

const KEY = 'back-spasm-widgets:prevention-checklist';
const ALL = 19;
const CATEGORIES = 8;
const checklist = en.checklist;

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const boxes = (root: ShadowRoot) => [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
const legends = (root: ShadowRoot) => [...root.querySelectorAll('legend')].map((node) => text(node));

interface FirstPaint {
  heading: string;
  intro: string;
  progress: string;
  days: number;
  legends: string[];
  boxes: number;
  height: number;
}

/** Adds a checklist and notes what its shadow root holds when its first render puts content in it. */
function addChecklist(container: HTMLElement): { el: PreventionChecklist; first: Promise<FirstPaint> } {
  const el: PreventionChecklist = document.createElement('prevention-checklist');
  container.append(el);
  const root = el.shadowRoot as ShadowRoot;
  const first = new Promise<FirstPaint>((resolve) => {
    const watcher = new MutationObserver(() => {
      if (!root.querySelector('[part="base"]')) return;
      watcher.disconnect();
      resolve({
        heading: text(root.querySelector('[part="heading"]')),
        intro: text(root.querySelector('.intro')),
        progress: text(root.querySelector('.progress label')),
        days: root.querySelectorAll('.days li').length,
        legends: legends(root),
        boxes: boxes(root).length,
        height: el.getBoundingClientRect().height,
      });
    });
    watcher.observe(root, { childList: true, subtree: true });
  });
  return { el, first };
}

describe('prevention-checklist: what a visitor sees while it renders', () => {
  let container: HTMLElement;

  beforeEach(() => {
    localStorage.removeItem(KEY);
    forgetPageMemory();
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(() => {
    sinon.restore();
    container.remove();
    localStorage.removeItem(KEY);
    forgetPageMemory();
  });

  it('shows the first screen at its first paint, keeping its space, and the whole list once updateComplete resolves', async () => {
    const { el, first } = addChecklist(container);
    const atFirst = await first;
    expect(atFirst.heading).to.equal(checklist.heading);
    expect(atFirst.intro).to.equal(checklist.intro);
    expect(atFirst.progress).to.equal(`0 of ${ALL} done today`);
    expect(atFirst.days).to.equal(7);
    expect(atFirst.legends.length, 'categories at first paint').to.be.within(1, CATEGORIES - 1);
    expect(atFirst.legends[0]).to.equal(Object.values(checklist.categories)[0]);
    expect(atFirst.boxes).to.be.above(0).and.below(ALL);
    // The space reserved before the first render stays until the whole list is there.
    expect(atFirst.height).to.be.at.least(Math.min(window.innerHeight, 1200) - 1);

    await el.updateComplete;
    const root = el.shadowRoot as ShadowRoot;
    expect(legends(root)).to.deep.equal(Object.values(checklist.categories));
    expect(boxes(root)).to.have.length(ALL);
    expect(root.querySelector('[part="print-button"]')).to.exist;
    expect(root.querySelector('.filling')).to.equal(null);
    // Keyboard order follows the page: the checkboxes in category order, the print button after them.
    const focusable = [...root.querySelectorAll<HTMLElement>('input, button')];
    expect(focusable.at(-1)?.getAttribute('part')).to.equal('print-button');
    const ids = boxes(root).map((input) => input.id);
    expect(ids).to.deep.equal(Array.from({ length: ALL }, (_, index) => `item-${index}`));
    expect(el.getBoundingClientRect().height).to.be.at.least(atFirst.height);
  });

  it('takes a real tap on a habit of the first category before the rest has rendered, and keeps it', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    sinon.stub(pacing, 'next').callsFake(() => held);
    const { el, first } = addChecklist(container);
    await first;
    const root = el.shadowRoot as ShadowRoot;
    const firstBox = boxes(root)[0]!;
    const id = firstBox.closest('li')!.getAttribute('data-id');
    const changes: ChecklistChangeDetail[] = [];
    el.addEventListener('checklist-change', (event) => changes.push(event.detail));

    await tap(firstBox);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(boxes(root).length, 'still only the first screen').to.be.below(ALL);
    expect(firstBox.checked).to.equal(true);
    expect(changes).to.deep.equal([{ id, checked: true, doneToday: 1 }]);
    expect(text(root.querySelector('.progress label'))).to.equal(`1 of ${ALL} done today`);
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as { data: { ticked: string[] } } | null;
    expect(saved?.data.ticked).to.deep.equal([id]);

    release();
    await el.updateComplete;
    expect(boxes(root)).to.have.length(ALL);
    expect(boxes(root).filter((input) => input.checked).map((input) => input.closest('li')!.getAttribute('data-id'))).to.deep.equal([id]);
    expect(text(root.querySelector('.progress label'))).to.equal(`1 of ${ALL} done today`);
  });

  it('renders every category before printing, even when printing starts while the rest is still on its way', async () => {
    sinon.stub(pacing, 'next').callsFake(() => new Promise<void>(() => undefined));
    const { el, first } = addChecklist(container);
    await first;
    const root = el.shadowRoot as ShadowRoot;
    expect(boxes(root).length).to.be.below(ALL);
    window.dispatchEvent(new Event('beforeprint'));
    expect(boxes(root)).to.have.length(ALL);
    expect(root.querySelector('[part="print-button"]')).to.exist;
    expect(root.querySelector('.filling')).to.equal(null);
    window.dispatchEvent(new Event('afterprint'));
  });

  it('renders a short list (categories="posture,lifting") in one go', async () => {
    const el: PreventionChecklist = document.createElement('prevention-checklist');
    el.setAttribute('categories', 'posture,lifting');
    container.append(el);
    await el.updateComplete;
    const root = el.shadowRoot as ShadowRoot;
    expect(legends(root)).to.deep.equal([checklist.categories.posture, checklist.categories.lifting]);
    expect(root.querySelector('.filling')).to.equal(null);
  });
});
