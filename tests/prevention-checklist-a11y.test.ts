import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, executeServerCommand, findAccessibilityNode } from '@web/test-runner-commands';
import sinon from 'sinon';
import { en } from '../src/content/en.js';
import '../src/prevention-checklist/index.js';
import type { PreventionChecklist } from '../src/prevention-checklist/index.js';
import './helpers/isolated-storage.js';
import { tap } from './helpers/real-input.js';
import { quarterTurn, systemColour, until } from './helpers/forced-colors.js';

/*
 * WCAG 2.2 AA: the streak and the week are real headings one level below the widget's, at every
 * heading-level; the progress bar and the "why" markers stay visible in forced colours.
 */

const KEY = 'back-spasm-widgets:prevention-checklist';
const ui = en.checklist.ui;
const root = (el: PreventionChecklist) => el.shadowRoot as ShadowRoot;
const clean = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

// Only Chromium's protocol gives the accessibility tree (a11ySnapshot) and can turn forced colours on.
const isChromium = /Chrome\//.test(navigator.userAgent);

/** Every heading in the widget, in order, as text and level: what a screen reader's heading list shows. */
function outline(el: PreventionChecklist): [string, number][] {
  return [...root(el).querySelectorAll('[role="heading"], h1, h2, h3, h4, h5, h6')].map((node) => [
    clean(node),
    Number(node.getAttribute('aria-level') ?? node.localName.slice(1)),
  ]);
}

interface A11yNode {
  readonly role?: string;
  readonly name?: string;
  readonly level?: number;
  readonly children: A11yNode[];
}

/** The first node of the page's accessibility tree (Chromium) that `match` accepts. */
async function findNode(match: (node: A11yNode) => boolean): Promise<A11yNode | null> {
  const tree = (await a11ySnapshot({})) as unknown as A11yNode;
  return findAccessibilityNode(tree, match);
}

async function checklist(level?: string): Promise<PreventionChecklist> {
  const el = await fixture<PreventionChecklist>(
    level === undefined
      ? html`<prevention-checklist categories="posture"></prevention-checklist>`
      : html`<prevention-checklist categories="posture" heading-level=${level}></prevention-checklist>`,
  );
  await el.updateComplete;
  return el;
}

describe('<prevention-checklist> accessibility', () => {
  beforeEach(() => localStorage.removeItem(KEY));
  afterEach(() => localStorage.removeItem(KEY));

  // heading-level as given, the widget's level, and whether it warns; the sub-headings sit one below.
  const levels: [string | undefined, number, boolean][] = [
    [undefined, 2, false],
    ['1', 1, false],
    ['2', 2, false],
    ['3', 3, false],
    ['4', 4, false],
    ['5', 5, false],
    ['6', 5, true],
    ['9', 5, true],
    ['0', 1, true],
    ['two', 2, true],
  ];
  for (const [given, level, warns] of levels) {
    it(`keeps the outline at heading-level=${given === undefined ? '(none)' : `"${given}"`}: the widget at ${level}, the streak and the week at ${level + 1}`, async () => {
      const warn = sinon.stub(console, 'warn');
      try {
        const el = await checklist(given);
        expect(outline(el)).to.deep.equal([
          [en.checklist.heading, level],
          [ui.streakHeading, level + 1],
          [ui.historyHeading, level + 1],
        ]);
        const messages = warn.getCalls().map((call) => call.args.join(' '));
        expect(messages, 'one warning naming heading-level, or none').to.have.length(warns ? 1 : 0);
        if (warns) expect(messages[0]).to.contain('heading-level');
      } finally {
        warn.restore();
      }
    });
  }

  it('names the week by its heading, and a screen reader finds both headings at their level', async () => {
    const el = await checklist('3');
    const week = root(el).querySelector('[part="history"]')!;
    expect(week.getAttribute('aria-labelledby')).to.equal('history-heading');
    expect(clean(root(el).querySelector('#history-heading')!)).to.equal(ui.historyHeading);
    if (isChromium) {
      for (const name of [ui.streakHeading, ui.historyHeading]) {
        const node = await findNode((n) => n.role === 'heading' && n.name === name);
        expect(node, `heading "${name}"`).to.exist;
        expect(node!.level).to.equal(4);
      }
    }
  });

  it('keeps the sub-headings looking as before: bold, at the text size, with no margin', async () => {
    const el = await checklist();
    const body = getComputedStyle(root(el).querySelector('.intro')!);
    for (const id of ['#streak-heading', '#history-heading']) {
      const style = getComputedStyle(root(el).querySelector(id)!);
      expect(style.fontWeight, id).to.equal('700');
      expect(style.fontSize, id).to.equal(body.fontSize);
      expect(style.marginTop, id).to.equal('0px');
      expect(style.marginBottom, id).to.equal('0px');
    }
  });

  describe('in forced colours', () => {
    before(function () {
      if (!isChromium) {
        // Firefox turns forced colours on only from a preference read when the browser starts, for
        // every page of the run (the runner starts one Firefox for all files; so
        // tests/node/forced-colors-firefox.test.mjs starts a Firefox of its own), and WebKit's driver
        // has no way to turn them on; the forced-colors command needs Chromium's protocol.
        this.skip();
      }
    });
    beforeEach(async () => {
      await executeServerCommand('forced-colors', { active: true });
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours on').to.equal(true);
    });
    afterEach(async () => {
      await executeServerCommand('forced-colors', { active: false });
    });

    it('draws the progress bar in system colours, so its fill shows', async () => {
      const el = await checklist();
      await tap(root(el).querySelector('input[type="checkbox"]')!);
      await el.updateComplete;
      const bar = root(el).querySelector('progress')!;
      expect(bar.value).to.equal(1);
      const style = getComputedStyle(bar);
      // With the engine's own forced colours, the fill (a background) is dropped and the bar shows empty.
      expect(style.forcedColorAdjust).to.equal('none');
      expect(style.borderTopColor, 'a CanvasText border, not the page border colour').to.equal(systemColour('CanvasText'));
      expect(style.backgroundColor, 'a Canvas track').to.equal(systemColour('Canvas'));
    });

    it('draws each "why" marker as a triangle that turns when opened, not a square', async () => {
      const el = await checklist();
      const [first, second] = root(el).querySelectorAll<HTMLButtonElement>('.why-toggle');
      await tap(first!);
      await el.updateComplete;
      const open = getComputedStyle(first!, '::before');
      const closed = getComputedStyle(second!, '::before');
      for (const [name, style] of [['open', open], ['closed', closed]] as const) {
        expect(style.borderTopColor, `${name}: the triangle's top side stays clear`).to.equal('rgba(0, 0, 0, 0)');
        expect(style.borderBottomColor, `${name}: the triangle's bottom side stays clear`).to.equal('rgba(0, 0, 0, 0)');
        expect(style.borderLeftColor, `${name}: the triangle itself`).to.equal(systemColour('CanvasText'));
      }
      expect(first!.getAttribute('aria-expanded')).to.equal('true');
      expect(second!.getAttribute('aria-expanded')).to.equal('false');
      // Closed it points along the line, open it points down: a quarter turn (after its short turn).
      expect(closed.transform).to.equal('none');
      await until(() => quarterTurn(open.transform), 'the open marker turned');
    });
  });
});
