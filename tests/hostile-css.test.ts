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
      expect(style.letterSpacing).to.equal('normal');
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
