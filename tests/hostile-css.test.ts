import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';

// The kind of global CSS found on real sites: resets on every element, on form controls and
// headings, and !important everywhere.
const hostileCss = `
  * { box-sizing: content-box !important; margin: 7px !important; padding: 0 !important;
      font-size: 9px !important; line-height: 0.7 !important; letter-spacing: 4px !important;
      text-transform: uppercase !important; text-align: right !important; border: 3px dotted red !important; }
  button, input, select, textarea { display: none !important; all: unset !important; }
  h1, h2, h3, h4, h5, h6, p, ul, li, div, section, fieldset { font-size: 48px !important; display: inline !important; }
  svg { display: none !important; }
  [role="heading"] { color: transparent !important; }
`;

describe('a host page with aggressive global CSS', () => {
  let style: HTMLStyleElement;
  before(() => {
    style = document.createElement('style');
    style.textContent = hostileCss;
    document.head.append(style);
  });
  after(() => style.remove());

  for (const tag of ['red-flag-checker', 'ice-heat-timer', 'prevention-checklist']) {
    it(`leaves <${tag}>'s layout, controls and text intact`, async () => {
      const el = await fixture<HTMLElement>(html`<div style="width: 420px">${document.createElement(tag)}</div>`);
      const widget = el.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
      await widget.updateComplete;
      const root = widget.shadowRoot as ShadowRoot;
      const card = root.querySelector('[part="base"]') as HTMLElement;
      const style = getComputedStyle(card);
      expect(parseFloat(style.fontSize)).to.be.at.least(16);
      expect(style.textTransform).to.equal('none');
      // Spacing is the one thing the page's rules on every element pass on, as a visitor's own
      // text-spacing stylesheet must reach the text (WCAG 1.4.12; see below).
      expect(style.letterSpacing).to.equal('4px');
      expect(card.getBoundingClientRect().width).to.be.greaterThan(300);

      const buttons = [...root.querySelectorAll('button')].filter((b) => !b.closest('[hidden]'));
      expect(buttons.length).to.be.greaterThan(0);
      for (const button of buttons) {
        const box = button.getBoundingClientRect();
        if (box.width === 0) continue; // a control the widget itself hides in this state
        expect(box.height, button.textContent ?? '').to.be.at.least(24);
      }
      const controls = [...root.querySelectorAll('input')].filter((input) => !input.closest('[hidden]'));
      for (const input of controls) {
        expect(input.getBoundingClientRect().width, `input ${input.name || input.type}`).to.be.greaterThan(0);
      }
      const heading = root.querySelector('[part="heading"]') as HTMLElement;
      expect(getComputedStyle(heading).color).not.to.equal('rgba(0, 0, 0, 0)');
    });
  }
});

// WCAG 1.4.12 Text Spacing: the rules of the usual text-spacing bookmarklet, as a visitor applies
// them to any page. A page's rules on every element reach each widget's host, not what is inside
// its shadow root: the text there follows them by inheriting from the host.
const textSpacingCss = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

describe("a visitor's own text spacing (WCAG 1.4.12)", () => {
  const px = (value: string) => parseFloat(value);
  /** The widget's text: the card, and each paragraph and button of it that has no spacing of its own. */
  async function render(tag: string) {
    const el = await fixture<HTMLElement>(html`<div style="width: 420px">${document.createElement(tag)}</div>`);
    const widget = el.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
    await widget.updateComplete;
    const card = widget.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
    const paragraphs = [...card.querySelectorAll<HTMLElement>('p')].filter((p) => p.getClientRects().length > 0);
    expect(paragraphs.length, `${tag}: paragraphs shown`).to.be.greaterThan(0);
    const buttons = [...card.querySelectorAll<HTMLElement>('button')].filter((b) => b.getClientRects().length > 0);
    expect(buttons.length, `${tag}: buttons shown`).to.be.greaterThan(0);
    return { widget, card, paragraphs, buttons };
  }

  for (const tag of ['red-flag-checker', 'ice-heat-timer', 'prevention-checklist']) {
    it(`<${tag}>'s text takes the visitor's line, letter and word spacing`, async () => {
      const style = document.createElement('style');
      style.textContent = textSpacingCss;
      document.head.append(style);
      try {
        const { widget, card, paragraphs, buttons } = await render(tag);
        // 0.12em and 0.16em of the widget's text size (16px), as on the page's own text.
        const size = px(getComputedStyle(widget).fontSize);
        expect(size, 'the text size').to.equal(16);
        for (const button of buttons) {
          const computed = getComputedStyle(button);
          expect(px(computed.letterSpacing), `${tag} button letter-spacing`).to.be.closeTo(0.12 * size, 0.01);
          expect(px(computed.wordSpacing), `${tag} button word-spacing`).to.be.closeTo(0.16 * size, 0.01);
        }
        for (const element of [card, ...paragraphs]) {
          const computed = getComputedStyle(element);
          const label = `${tag} ${element.localName}.${element.className}`;
          expect(px(computed.letterSpacing), `${label} letter-spacing`).to.be.closeTo(0.12 * size, 0.01);
          expect(px(computed.wordSpacing), `${label} word-spacing`).to.be.closeTo(0.16 * size, 0.01);
          expect(px(computed.lineHeight), `${label} line-height`).to.be.closeTo(1.5 * px(computed.fontSize), 0.5);
        }
      } finally {
        style.remove();
      }
    });

    it(`<${tag}>'s text takes a visitor's taller lines, and keeps today's spacing without such rules`, async () => {
      const before = await render(tag);
      for (const element of [before.card, ...before.paragraphs]) {
        const computed = getComputedStyle(element);
        expect(computed.letterSpacing, 'letter-spacing').to.equal('normal');
        expect(px(computed.wordSpacing), 'word-spacing').to.equal(0);
        expect(px(computed.lineHeight), 'line-height').to.be.closeTo(1.5 * px(computed.fontSize), 0.5);
      }
      const style = document.createElement('style');
      style.textContent = '* { line-height: 2 !important; }';
      document.head.append(style);
      try {
        const { card, paragraphs } = await render(tag);
        for (const element of [card, ...paragraphs]) {
          const computed = getComputedStyle(element);
          expect(px(computed.lineHeight), `${tag} ${element.localName} line-height`).to.be.closeTo(2 * px(computed.fontSize), 0.5);
        }
      } finally {
        style.remove();
      }
    });
  }
});
