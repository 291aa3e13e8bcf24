import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { en } from '../src/content/en.js';
import { emptyState, isTicked, localCalendar, onDay, parseState, setTicked, type ChecklistState } from '../src/prevention/index.js';
import '../src/prevention-checklist/index.js';
import type { PreventionChecklist } from '../src/prevention-checklist/index.js';
import { tap } from './helpers/real-input.js';
import { addModule } from './helpers/frames.js';
import { eachCaseOnAFreshPage } from './helpers/fresh-page.js';

/*
 * Two tabs, or two checklists, ticking at the same moment: no tick is lost, and every copy (each
 * tab's display and the stored value) ends up the same.
 */

const KEY = 'back-spasm-widgets:prevention-checklist';
const ui = en.checklist.ui;

const root = (el: Element) => el.shadowRoot as ShadowRoot;
const box = (el: Element, id: string) => {
  const input = root(el).querySelector<HTMLInputElement>(`li[data-id="${id}"] input[type="checkbox"]`);
  if (!input) throw new Error(`no checkbox for ${id}`);
  return input;
};
/** The ids a checklist shows ticked, sorted. */
const shownTicked = (el: Element) =>
  [...root(el).querySelectorAll<HTMLInputElement>('li[data-id] input[type="checkbox"]')]
    .filter((input) => input.checked)
    .map((input) => input.closest('li')?.getAttribute('data-id') as string)
    .sort();
const today = () => localCalendar.dayOf(Date.now());

function storedState(): ChecklistState | null {
  const raw = localStorage.getItem(KEY);
  if (raw == null) return null;
  const envelope = JSON.parse(raw) as { v: number; data: unknown };
  expect(envelope.v).to.equal(2);
  return parseState(envelope.data);
}

/** The ids ticked today in storage, sorted. */
const storedTicked = () => {
  const state = storedState();
  return state ? [...onDay(state, today()).ticked].sort() : [];
};

/** The ids set to ticked in a model of every change, sorted. */
const onIn = (model: Map<string, boolean>) =>
  [...model]
    .filter(([, on]) => on)
    .map(([id]) => id)
    .sort();

async function tick(el: PreventionChecklist, id: string): Promise<void> {
  await tap(box(el, id));
  await el.updateComplete;
}

describe('<prevention-checklist> in step with other tabs', () => {
  eachCaseOnAFreshPage(KEY);

  it('keeps both ticks when another tab saves right after this one read, 20 rounds, and saves the merge back', async () => {
    const el = await fixture<PreventionChecklist>(html`<prevention-checklist categories="posture,movement"></prevention-checklist>`);
    const warnings = sinon.spy(console, 'warn');
    const mine = ['sit-supported', 'stand-tall', 'workstation', 'core-exercise'];
    const theirs = ['stretch', 'walk-swim', 'sitting-breaks', 'stay-active'];
    const pattern = [0, 1, 2, 0, 3, 1, 2, 2, 0, 3, 1, 0, 2, 3, 3, 1, 0, 2, 1, 0];
    const model = new Map<string, boolean>();
    for (let round = 0; round < 20; round += 1) {
      const myId = mine[pattern[round] as number] as string;
      const theirId = theirs[pattern[19 - round] as number] as string;
      // The other tab reads storage at the same moment as this one, before either has saved.
      const read = localStorage.getItem(KEY);
      const theirBase = read ? (parseState((JSON.parse(read) as { data: unknown }).data) as ChecklistState) : emptyState(today());
      const theirChecked = !isTicked(theirBase, theirId, today());
      const theirValue = JSON.stringify({ v: 2, data: setTicked(onDay(theirBase, today()), theirId, theirChecked, today()) });
      // ...and its save lands just after this tab's, overwriting it, in the same turn as this tab's tap.
      el.addEventListener(
        'checklist-change',
        () => {
          const mineSaved = localStorage.getItem(KEY);
          localStorage.setItem(KEY, theirValue);
          window.dispatchEvent(
            new StorageEvent('storage', { key: KEY, oldValue: mineSaved, newValue: theirValue, storageArea: localStorage }),
          );
        },
        { once: true },
      );
      const myChecked = !box(el, myId).checked;
      await tick(el, myId);
      model.set(myId, myChecked);
      model.set(theirId, theirChecked);

      expect(shownTicked(el), `shown after round ${round}`).to.deep.equal(onIn(model));
      expect(storedTicked(), `stored after round ${round}`).to.deep.equal(onIn(model));
    }
    expect(onIn(model).length, 'some ticks are left at the end').to.be.above(2);
    expect(warnings.callCount).to.equal(0);
  });

  it('keeps a tick made in another tab and one made here, when both come from before the other’s save', async () => {
    const el = await fixture<PreventionChecklist>(html`<prevention-checklist categories="posture"></prevention-checklist>`);
    await tick(el, 'sit-supported');
    // The other tab had read nothing yet: its state holds only its own tick.
    const theirs = JSON.stringify({ v: 2, data: setTicked(emptyState(today()), 'workstation', true, today()) });
    const mine = localStorage.getItem(KEY);
    localStorage.setItem(KEY, theirs);
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, oldValue: mine, newValue: theirs, storageArea: localStorage }));
    await el.updateComplete;
    expect(shownTicked(el)).to.deep.equal(['sit-supported', 'workstation']);
    expect(storedTicked()).to.deep.equal(['sit-supported', 'workstation']);
    expect(localStorage.getItem(KEY)).not.to.equal(theirs);

    // A save that holds nothing new is not saved back.
    const settled = localStorage.getItem(KEY);
    const setItem = sinon.spy(Storage.prototype, 'setItem');
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, oldValue: theirs, newValue: settled, storageArea: localStorage }));
    await el.updateComplete;
    expect(setItem.callCount).to.equal(0);
    expect(shownTicked(el)).to.deep.equal(['sit-supported', 'workstation']);
  });

  it('keeps two tabs (two frames, each with its own copy of the library) in step over 20 rounds of ticks at the same moment', async function () {
    this.timeout(60_000);
    const frames: HTMLIFrameElement[] = [];
    try {
      const tabs: { win: Window; el: PreventionChecklist }[] = [];
      /** Storage events each frame has not heard yet: a tab that ticks at the same moment has not heard of the other's tick. */
      const held: { win: Window; event: StorageEvent }[] = [];
      let holding = false;
      for (let index = 0; index < 2; index += 1) {
        const frame = document.createElement('iframe');
        frame.style.cssText = 'display: block; width: 420px; height: 560px; border: 0';
        const framed = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        frame.srcdoc = '<!doctype html><html lang="en"><title>Another tab</title></html>';
        document.body.append(frame);
        frames.push(frame);
        await framed;
        const win = frame.contentWindow as Window & typeof globalThis;
        const doc = frame.contentDocument as Document;
        win.addEventListener(
          'storage',
          (event) => {
            if (!holding) return;
            event.stopImmediatePropagation();
            held.push({ win, event });
          },
          true,
        );
        await addModule(doc, '/src/prevention-checklist/index.ts');
        const el = doc.createElement('prevention-checklist');
        el.setAttribute('categories', 'posture,movement');
        doc.body.append(el);
        await el.updateComplete;
        tabs.push({ win, el });
      }
      const [first, second] = tabs as [{ win: Window; el: PreventionChecklist }, { win: Window; el: PreventionChecklist }];
      expect(first.el.constructor).not.to.equal(second.el.constructor);

      const owned = [
        ['sit-supported', 'stand-tall', 'workstation', 'core-exercise'],
        ['stretch', 'walk-swim', 'sitting-breaks', 'stay-active'],
      ];
      const pattern = [0, 1, 2, 0, 3, 1, 2, 2, 0, 3, 1, 0, 2, 3, 3, 1, 0, 2, 1, 0];
      const model = new Map<string, boolean>();
      for (let round = 0; round < 20; round += 1) {
        holding = true;
        for (const [index, tab] of [first, second].entries()) {
          const id = (owned[index] as string[])[pattern[index === 0 ? round : 19 - round] as number] as string;
          model.set(id, !box(tab.el, id).checked);
          await tap(box(tab.el, id));
        }
        // Now each tab hears of the other's save.
        holding = false;
        for (const { win, event } of held.splice(0)) {
          const Event = (win as Window & typeof globalThis).StorageEvent;
          win.dispatchEvent(
            new Event('storage', {
              key: event.key,
              oldValue: event.oldValue,
              newValue: event.newValue,
              url: event.url,
              storageArea: event.storageArea,
            }),
          );
        }
        const want = onIn(model);
        await waitUntil(
          () =>
            JSON.stringify(shownTicked(first.el)) === JSON.stringify(want) &&
            JSON.stringify(shownTicked(second.el)) === JSON.stringify(want),
          `round ${round}: both tabs show ${want.join(', ')}`,
          { timeout: 3000 },
        );
        expect(storedTicked(), `stored after round ${round}`).to.deep.equal(want);
        expect(shownTicked(first.el)).to.deep.equal(shownTicked(second.el));
      }
      expect(onIn(model).length, 'some ticks are left at the end').to.be.above(2);
      // Each tab shows the same count, streak and history as the other.
      const summary = (el: Element) =>
        [...root(el).querySelectorAll('.progress label, .streak, .days li .visually-hidden')].map((node) => node.textContent);
      expect(summary(first.el)).to.deep.equal(summary(second.el));
    } finally {
      for (const frame of frames) frame.remove();
    }
  });

  it('keeps the ticks when storage is blocked, after a move and in a second checklist, and shares later ticks', async () => {
    sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('blocked', 'SecurityError'));
    sinon.stub(Storage.prototype, 'getItem').throws(new DOMException('blocked', 'SecurityError'));
    sinon.stub(console, 'warn');
    const page = await fixture<HTMLDivElement>(html`
      <div>
        <section id="first-place"><prevention-checklist categories="posture"></prevention-checklist></section>
        <section id="second-place"></section>
      </div>
    `);
    const first = page.querySelector('prevention-checklist') as PreventionChecklist;
    await first.updateComplete;
    await tick(first, 'sit-supported');
    expect(shownTicked(first)).to.deep.equal(['sit-supported']);

    (page.querySelector('#second-place') as HTMLElement).append(first);
    await first.updateComplete;
    expect(shownTicked(first), 'after the move').to.deep.equal(['sit-supported']);

    const second = document.createElement('prevention-checklist');
    second.setAttribute('categories', 'posture');
    (page.querySelector('#first-place') as HTMLElement).append(second);
    await second.updateComplete;
    expect(shownTicked(second), 'a second checklist').to.deep.equal(['sit-supported']);

    await tick(second, 'stand-tall');
    await first.updateComplete;
    expect(shownTicked(second)).to.deep.equal(['sit-supported', 'stand-tall']);
    expect(shownTicked(first), 'the first shows the second’s tick').to.deep.equal(['sit-supported', 'stand-tall']);
    for (const el of [first, second]) {
      expect(root(el).querySelector('.storage')?.textContent).to.equal(ui.memoryOnly);
    }
  });
});
