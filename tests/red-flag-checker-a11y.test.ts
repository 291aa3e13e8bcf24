import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, executeServerCommand, findAccessibilityNode } from '@web/test-runner-commands';
import sinon from 'sinon';
import { en } from '../src/content/en.js';
import type { Answer, QuestionId } from '../src/content/types.js';
import { meantInputTiming } from '../src/internal/meant-input.js';
import '../src/locales/es.js';
import '../src/locales/fr.js';
import '../src/red-flag-checker/index.js';
import type { RedFlagChecker } from '../src/red-flag-checker/index.js';
import { tap, typeText } from './helpers/real-input.js';
import { quarterTurn, systemColour, until } from './helpers/forced-colors.js';

/*
 * WCAG 2.2 AA: headings keep their order at every heading-level, the booking link says it opens a
 * new tab, the sources marker shows open and closed in forced colours, and the result's level
 * prints in black with its icon.
 */

const ui = en.checker.ui;
const shadow = (el: RedFlagChecker) => el.shadowRoot as ShadowRoot;
const clean = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
const screenName = (el: RedFlagChecker) => shadow(el).querySelector<HTMLElement>('[data-name]')?.dataset['name'];
const choice = (el: RedFlagChecker, value: string | number) =>
  shadow(el).querySelector<HTMLButtonElement>(`.choice-buttons button[data-value="${value}"]`);
const action = (el: RedFlagChecker) => shadow(el).querySelector<HTMLAnchorElement>('[part="action"]');
const button = (el: RedFlagChecker, label: string) =>
  [...shadow(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => clean(b.textContent) === label);

// Only Chromium's protocol gives the accessibility tree, switches the page to print media, and
// turns forced colours on.
const isChromium = /Chrome\//.test(navigator.userAgent);

const legSigns: readonly QuestionId[] = ['both-legs', 'cannot-move-leg', 'leg-weakness', 'leg-pain', 'leg-numbness'];

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

/** Answers with real taps and keys until the result: "no" unless listed; 1 or 2 days, getting better, 35. */
async function walk(el: RedFlagChecker, answers: Partial<Record<QuestionId, Answer>> = {}) {
  for (let guard = 0; guard < 60 && !shadow(el).querySelector('#result-title'); guard++) {
    await el.updateComplete;
    const name = screenName(el);
    if (name === 'age') {
      await tap(shadow(el).querySelector('#age')!);
      await typeText('35');
      await tap(shadow(el).querySelector('form .continue')!);
    } else if (name === 'durationDays') await tap(choice(el, 1)!);
    else if (name === 'improving') await tap(choice(el, 'yes')!);
    else if (name === 'leg-symptoms') await tap(choice(el, legSigns.some((id) => answers[id]) ? 'yes' : 'no')!);
    else await tap(choice(el, answers[name as QuestionId] ?? 'no')!);
    await el.updateComplete;
  }
  expect(shadow(el).querySelector('#result-title'), 'a result').to.exist;
  await el.updateComplete;
}

/** Every heading in the widget, in order, as its level: hidden ones too (the summary before it is shown). */
const levels = (el: RedFlagChecker) =>
  [...shadow(el).querySelectorAll('[role="heading"], h1, h2, h3, h4, h5, h6')].map((node) =>
    Number(node.getAttribute('aria-level') ?? node.localName.slice(1)),
  );

/** Each heading one level at most below the one before, and none at or above the widget's after it. */
function expectOutline(found: number[], top: number, what: string): void {
  expect(found[0], `${what}: the widget's heading`).to.equal(top);
  for (let i = 1; i < found.length; i++) {
    expect(found[i]!, `${what}: heading ${i} below the widget's`).to.be.above(top);
    expect(found[i]!, `${what}: heading ${i} at most one below the one before`).to.be.at.most(found[i - 1]! + 1);
    expect(found[i]!, `${what}: heading ${i} is a level screen readers know`).to.be.at.most(6);
  }
}

/** Applies the `@media print` rules of the widget's own style sheets on screen, so any engine can check them. */
function printStylesOnScreen(el: RedFlagChecker): () => void {
  const root = shadow(el);
  const screenSheets = [...root.adoptedStyleSheets];
  expect(screenSheets.length, 'the widget adopts its style sheets').to.be.greaterThan(0);
  root.adoptedStyleSheets = screenSheets.map((sheet) => {
    const css = [...sheet.cssRules].map((rule) =>
      rule instanceof CSSMediaRule && rule.media.mediaText.split(',').some((query) => query.trim() === 'print')
        ? [...rule.cssRules].map((inner) => inner.cssText).join('\n')
        : rule.cssText,
    );
    const copy = new CSSStyleSheet();
    copy.replaceSync(css.join('\n'));
    return copy;
  });
  return () => {
    root.adoptedStyleSheets = screenSheets;
  };
}

/** The result's level word and its icon as paper shows them: black, outlined, the icon painted black. */
function expectPrintedLabel(el: RedFlagChecker): void {
  const label = shadow(el).querySelector('.banner-label')!;
  const icon = label.querySelector('svg')!;
  const style = getComputedStyle(label);
  expect(style.color, 'the level word prints black').to.equal('rgb(0, 0, 0)');
  for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
    expect(style.getPropertyValue(`border-${side.toLowerCase()}-style`), `a solid border (${side})`).to.equal('solid');
    expect(style.getPropertyValue(`border-${side.toLowerCase()}-color`), `a black border (${side})`).to.equal('rgb(0, 0, 0)');
    expect(parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)), `a border (${side})`).to.be.at.least(1);
  }
  // The icon is a shape filled with the text's colour, not a background paper drops.
  const path = icon.querySelector('path')!;
  expect(getComputedStyle(path).fill, 'the icon is filled black').to.equal('rgb(0, 0, 0)');
  const box = icon.getBoundingClientRect();
  expect(box.width, 'the icon has a size').to.be.above(8);
  expect(box.height, 'the icon has a size').to.be.above(8);
  expect(getComputedStyle(icon).display).to.not.equal('none');
  expect(getComputedStyle(icon).visibility).to.equal('visible');
  // A page printed whole shows the one action (call, book) in black too.
  const act = shadow(el).querySelector('.action');
  if (act) {
    expect(getComputedStyle(act).color, 'the action prints black').to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(act).borderTopColor, 'in a black outline').to.equal('rgb(0, 0, 0)');
  }
}

before(() => {
  meantInputTiming.settleMs = 0;
});
after(() => {
  meantInputTiming.settleMs = 400;
});

describe('<red-flag-checker> accessibility', () => {
  describe('heading-level', () => {
    // heading-level as given, the widget's level, and whether it warns: the questions sit one level
    // below, the result's sections two, so the level is held to 4.
    const cases: [string | undefined, number, boolean][] = [
      [undefined, 2, false],
      ['1', 1, false],
      ['2', 2, false],
      ['3', 3, false],
      ['4', 4, false],
      ['5', 4, true],
      ['6', 4, true],
      ['0', 1, true],
      ['two', 2, true],
    ];
    for (const [given, top, warns] of cases) {
      it(`keeps the first question one level below at heading-level=${given === undefined ? '(none)' : `"${given}"`}`, async () => {
        const warn = sinon.stub(console, 'warn');
        try {
          const el = await fixture<RedFlagChecker>(
            given === undefined ? html`<red-flag-checker></red-flag-checker>` : html`<red-flag-checker heading-level=${given}></red-flag-checker>`,
          );
          await el.updateComplete;
          expect(levels(el)).to.deep.equal([top, top + 1]);
          const messages = warn.getCalls().map((call) => call.args.join(' '));
          expect(messages, 'one warning naming heading-level, or none').to.have.length(warns ? 1 : 0);
          if (warns) expect(messages[0]).to.contain('heading-level');
        } finally {
          warn.restore();
        }
      });
    }

    it('keeps the result and its summary in order at every heading-level from 1 to 6 and for bad values', async () => {
      const warn = sinon.stub(console, 'warn');
      try {
        const el = await fixture<RedFlagChecker>(html`<red-flag-checker region="GB"></red-flag-checker>`);
        await walk(el);
        expect(shadow(el).querySelector('.safety-net'), 'the self-care result, with all its sections').to.exist;
        await tap(button(el, ui.summaryShow)!);
        await el.updateComplete;
        for (const [given, top] of [['1', 1], ['2', 2], ['3', 3], ['4', 4], ['5', 4], ['6', 4], ['-1', 1], ['x', 2]] as const) {
          el.setAttribute('heading-level', given);
          await el.updateComplete;
          const found = levels(el);
          expect(found.length, 'the heading, the result, its sections and the summary').to.be.at.least(5);
          expectOutline(found, top, `heading-level="${given}"`);
          // The result's title one below the widget's, its sections (and the summary) one below that.
          expect(found[1], `heading-level="${given}": the result's title`).to.equal(top + 1);
          expect(found.slice(2), `heading-level="${given}": the result's sections`).to.deep.equal(found.slice(2).map(() => top + 2));
        }
        if (isChromium) {
          const summary = await findNode((n) => n.role === 'heading' && n.name === ui.summaryHeading);
          expect(summary?.level, 'the summary heading as a screen reader finds it').to.equal(4);
        }
      } finally {
        warn.restore();
      }
    });
  });

  describe('the booking link', () => {
    it('says it opens in a new tab, on screen and in its name, in English, Spanish and French', async () => {
      const el = await fixture<RedFlagChecker>(
        html`<red-flag-checker clinic-name="Westside Spine" booking-url="https://westside.example/book" region="CA"></red-flag-checker>`,
      );
      await walk(el, { 'leg-pain': 'yes' });
      const wanted = {
        en: 'Book with Westside Spine (opens in new tab)',
        es: 'Pedir cita con Westside Spine (se abre en una pestaña nueva)',
        fr: 'Prendre rendez-vous chez Westside Spine (s’ouvre dans un nouvel onglet)',
      };
      for (const [lang, words] of Object.entries(wanted)) {
        el.setAttribute('lang', lang);
        await el.updateComplete;
        const link = action(el)!;
        expect(link.getAttribute('target'), lang).to.equal('_blank');
        expect(link.getAttribute('href'), lang).to.equal('https://westside.example/book');
        // On screen: the words are laid out inside the link, not hidden.
        expect(clean(link.innerText), `${lang}: on screen`).to.equal(words);
        if (isChromium) {
          expect(await findNode((n) => n.role === 'link' && n.name === words), `${lang}: the link's name`).to.exist;
        }
      }
    });

    it('says so without a clinic name too', async () => {
      const el = await fixture<RedFlagChecker>(html`<red-flag-checker booking-url="https://westside.example/book"></red-flag-checker>`);
      await walk(el, { 'leg-pain': 'yes' });
      expect(clean(action(el)!.innerText)).to.equal('Book an appointment (opens in new tab)');
      for (const [lang, words] of [
        ['es', 'Pedir cita (se abre en una pestaña nueva)'],
        ['fr', 'Prendre rendez-vous (s’ouvre dans un nouvel onglet)'],
      ] as const) {
        el.setAttribute('lang', lang);
        await el.updateComplete;
        expect(clean(action(el)!.innerText), lang).to.equal(words);
      }
    });
  });

  describe('printing', () => {
    afterEach(async () => {
      if (isChromium) await emulateMedia({ media: 'screen' });
    });

    for (const [answers, tone] of [
      [{ 'major-trauma': 'yes' }, 'danger'],
      [{ fever: 'yes' }, 'warning'],
      [{ 'leg-pain': 'yes' }, 'info'],
      [{}, 'success'],
    ] as const) {
      it(`prints the ${tone} result's level word in black in a black outline, with its icon in black`, async () => {
        const el = await fixture<RedFlagChecker>(
          html`<red-flag-checker region="GB" clinic-phone="020 7946 0000" booking-url="https://westside.example/book"></red-flag-checker>`,
        );
        await walk(el, answers);
        expect(shadow(el).querySelector('.banner')!.classList.contains(`tone-${tone}`)).to.equal(true);
        const back = printStylesOnScreen(el);
        try {
          expectPrintedLabel(el);
        } finally {
          back();
        }
      });
    }

    it("prints the same under the browser's own print media", async function () {
      if (!isChromium) {
        // Only Chromium's protocol can switch the page to print media; the tests above check the
        // same print rules on screen in every engine.
        this.skip();
      }
      const el = await fixture<RedFlagChecker>(html`<red-flag-checker region="GB"></red-flag-checker>`);
      await walk(el, { fever: 'yes' });
      await emulateMedia({ media: 'print' });
      expectPrintedLabel(el);
      await emulateMedia({ media: 'screen' });
      expect(getComputedStyle(shadow(el).querySelector('.banner-label')!).color, 'on screen, the tone colours').to.not.equal('rgb(0, 0, 0)');
    });
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
    afterEach(async () => {
      await executeServerCommand('forced-colors', { active: false });
    });

    it('draws the sources marker as a triangle that turns when opened, not a square', async () => {
      const el = await fixture<RedFlagChecker>(html`<red-flag-checker region="GB"></red-flag-checker>`);
      await walk(el);
      await executeServerCommand('forced-colors', { active: true });
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours on').to.equal(true);
      const summary = shadow(el).querySelector<HTMLElement>('.sources summary')!;
      const marker = () => getComputedStyle(summary, '::before');
      const text = systemColour('CanvasText');
      const expectTriangle = (state: string) => {
        expect(marker().borderTopColor, `${state}: the triangle's top side stays clear`).to.equal('rgba(0, 0, 0, 0)');
        expect(marker().borderBottomColor, `${state}: the triangle's bottom side stays clear`).to.equal('rgba(0, 0, 0, 0)');
        expect(marker().borderLeftColor, `${state}: the triangle itself`).to.equal(text);
      };
      expectTriangle('closed');
      expect(marker().transform).to.equal('none');
      summary.scrollIntoView({ block: 'center' });
      await tap(summary);
      await el.updateComplete;
      expect((summary.parentElement as HTMLDetailsElement).open).to.equal(true);
      expectTriangle('open');
      await until(() => quarterTurn(marker().transform), 'the open marker turned');
    });
  });
});
