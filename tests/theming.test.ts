import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/index.js';
import { giveAge, tap } from './helpers/real-input.js';

const tags = ['red-flag-checker', 'ice-heat-timer', 'prevention-checklist'] as const;

async function render(tag: string, attributes: Record<string, string> = {}, style = '') {
  const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (style) el.setAttribute('style', style);
  const page = await fixture<HTMLDivElement>(html`<div>${el}</div>`);
  await el.updateComplete;
  return { el, page, root: el.shadowRoot as ShadowRoot };
}

const base = (root: ShadowRoot) => root.querySelector('[part="base"]') as HTMLElement;

// Only Chromium's protocol can emulate the device's colour scheme; Firefox's and WebKit's test
// drivers cannot, so there the device's own setting is checked as it is.
const canEmulate = /Chrome\//.test(navigator.userAgent);
const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(29, 33, 38)';

describe('theming', () => {
  afterEach(async () => {
    if (canEmulate) await emulateMedia({ colorScheme: 'light' });
  });

  for (const tag of tags) {
    describe(`<${tag}>`, () => {
      it('takes the --bsw-* custom properties', async () => {
        const { root } = await render(tag, {}, '--bsw-surface: rgb(1, 2, 3); --bsw-radius: 3px; --bsw-font-size: 20px; --bsw-border: rgb(4, 5, 6)');
        const style = getComputedStyle(base(root));
        expect(style.backgroundColor).to.equal('rgb(1, 2, 3)');
        expect(style.borderTopLeftRadius).to.equal('3px');
        expect(style.fontSize).to.equal('20px');
        expect(style.borderTopColor).to.equal('rgb(4, 5, 6)');
      });

      it('uses the accent colour on its main control', async () => {
        const { el, root } = await render(tag, {}, '--bsw-accent: rgb(10, 20, 30)');
        // The checker leads with Continue and then its answer buttons, the timer with a primary button, the checklist with its tick boxes.
        const primary = root.querySelector<HTMLElement>('button.primary');
        if (tag === 'red-flag-checker') {
          expect(getComputedStyle(primary!).backgroundColor, 'Continue').to.equal('rgb(10, 20, 30)');
          await giveAge(root);
          const answers = [...root.querySelectorAll<HTMLElement>('.choice-button')];
          expect(answers.length, 'answer buttons').to.be.greaterThan(1);
          for (const answer of answers) expect(getComputedStyle(answer).borderTopColor).to.equal('rgb(10, 20, 30)');
        } else if (tag === 'prevention-checklist') {
          const checkbox = root.querySelector('input[type="checkbox"]') as HTMLInputElement;
          expect(getComputedStyle(checkbox).borderTopColor).to.equal('rgb(10, 20, 30)');
          expect(getComputedStyle(checkbox.closest('li') as HTMLElement).borderTopColor).to.equal('rgb(10, 20, 30)');
          try {
            await tap(checkbox);
            await el.updateComplete;
            expect(checkbox.checked).to.equal(true);
            expect(getComputedStyle(checkbox).backgroundColor).to.equal('rgb(10, 20, 30)');
          } finally {
            localStorage.removeItem('back-spasm-widgets:prevention-checklist');
          }
        } else {
          expect(primary, 'a primary button').to.exist;
          expect(getComputedStyle(primary!).backgroundColor).to.equal('rgb(10, 20, 30)');
        }
      });

      it('lays out and paints its content even far below the fold, at the size it renders, so full-page screenshots show it', async () => {
        const { el } = await render(tag);
        // No content-visibility: auto, which a full-page capture would show as an empty box.
        const supported = CSS.supports('content-visibility', 'auto');
        expect(getComputedStyle(el).getPropertyValue('content-visibility')).to.equal(supported ? 'visible' : '');
        const frames = async () => {
          for (let frame = 0; frame < 2; frame += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
        };
        const spacer = document.createElement('div');
        spacer.style.height = '5000px';
        el.before(spacer);
        try {
          await frames();
          const content = base(el.shadowRoot as ShadowRoot);
          if (supported) expect(content.checkVisibility({ contentVisibilityAuto: true }), 'laid out off screen').to.equal(true);
          expect(content.getBoundingClientRect().height).to.be.greaterThan(200);
          // The element is as tall as what it shows: no placeholder size stands in for it.
          expect(el.getBoundingClientRect().height).to.be.closeTo(content.getBoundingClientRect().height, 1);
        } finally {
          spacer.remove();
        }
      });

      it('inherits the page font family and, by default, its text colour', async () => {
        const { el, root } = await render(tag, {}, 'font-family: Georgia, serif; color: rgb(40, 50, 60)');
        expect(getComputedStyle(base(root)).fontFamily).to.equal(getComputedStyle(el).fontFamily);
        expect(getComputedStyle(base(root)).color).to.equal('rgb(40, 50, 60)');
      });

      it('exposes ::part(base) and ::part(heading) to the page', async () => {
        const style = document.createElement('style');
        style.textContent = `${tag}::part(base) { outline: 5px solid rgb(7, 8, 9); } ${tag}::part(heading) { letter-spacing: 3px; }`;
        document.head.append(style);
        try {
          const { root } = await render(tag);
          expect(getComputedStyle(base(root)).outlineColor).to.equal('rgb(7, 8, 9)');
          expect(getComputedStyle(root.querySelector('[part="heading"]') as HTMLElement).letterSpacing).to.equal('3px');
        } finally {
          style.remove();
        }
      });

      it('is dark with theme="dark", light with theme="light", and follows the device with theme="auto"', async () => {
        const light = getComputedStyle(base((await render(tag, { theme: 'light' })).root)).backgroundColor;
        expect(light).to.equal(LIGHT);
        const dark = getComputedStyle(base((await render(tag, { theme: 'dark' })).root)).backgroundColor;
        expect(dark).to.equal(DARK);
        const device = matchMedia('(prefers-color-scheme: dark)').matches ? DARK : LIGHT;
        expect(getComputedStyle(base((await render(tag)).root)).backgroundColor).to.equal(device);
        if (canEmulate) {
          await emulateMedia({ colorScheme: 'dark' });
          expect(getComputedStyle(base((await render(tag)).root)).backgroundColor).to.equal(DARK);
          expect(getComputedStyle(base((await render(tag, { theme: 'light' })).root)).backgroundColor).to.equal(LIGHT);
          await emulateMedia({ colorScheme: 'light' });
          expect(getComputedStyle(base((await render(tag)).root)).backgroundColor).to.equal(LIGHT);
        }
      });

      it('switches its theme without rendering its template again', async () => {
        const { el, root } = await render(tag);
        const widget = el as typeof el & { render(): unknown; requestUpdate(): void; theme: string | null };
        const renders = sinon.spy(widget, 'render');
        try {
          for (const [theme, colour] of [
            ['dark', DARK],
            ['light', LIGHT],
            [' Dark ', DARK],
            ['light', LIGHT],
          ] as const) {
            el.setAttribute('theme', theme);
            await el.updateComplete;
            expect(getComputedStyle(base(root)).backgroundColor, theme).to.equal(colour);
          }
          widget.theme = 'dark';
          await el.updateComplete;
          expect(getComputedStyle(base(root)).backgroundColor, 'theme set as a property').to.equal(DARK);
          expect(renders.callCount, 'renders for five theme changes').to.equal(0);
          // Any other change still renders.
          widget.requestUpdate();
          await el.updateComplete;
          expect(renders.callCount).to.equal(1);
        } finally {
          renders.restore();
        }
      });

      it('warns once for an unknown theme and keeps the default', async () => {
        const warn = sinon.stub(console, 'warn');
        try {
          const { root } = await render(tag, { theme: 'neon' });
          expect(getComputedStyle(base(root)).backgroundColor).to.equal(matchMedia('(prefers-color-scheme: dark)').matches ? DARK : LIGHT);
          expect(warn.callCount).to.equal(1);
          expect(String(warn.firstCall.args[0])).to.contain('theme').and.to.contain('neon');
        } finally {
          warn.restore();
        }
      });

      it('is accessible in dark mode', async () => {
        const { el } = await render(tag, { theme: 'dark' });
        await expect(el).to.be.accessible();
      });
    });
  }
});

describe('layout containment', () => {
  afterEach(async () => {
    if (canEmulate) await emulateMedia({ media: 'screen' });
  });

  for (const tag of tags) {
    it(`<${tag}> contains its layout on screen, and sits in the page as a plain block does`, async () => {
      const { el, page, root } = await render(tag);
      expect(getComputedStyle(el).contain).to.equal('layout');
      // The card fills the element's box: nothing inside is placed against the page, and no
      // margin of the page's content meets a margin inside.
      const host = el.getBoundingClientRect();
      const card = base(root).getBoundingClientRect();
      expect(card.top).to.equal(host.top);
      expect(card.left).to.equal(host.left);
      expect(card.height).to.equal(host.height);
      expect(host.width).to.equal(Math.min(page.getBoundingClientRect().width, 640));
    });

    it(`<${tag}> takes the site's own contain value`, async () => {
      const { el } = await render(tag, {}, 'contain: none');
      expect(getComputedStyle(el).contain).to.equal('none');
    });
  }

  it('is not applied in print, where the checklist breaks across pages', async function () {
    if (!canEmulate) {
      // Only Chromium's protocol can switch the page to print media; the rule is in @media screen.
      this.skip();
    }
    const { el } = await render('prevention-checklist');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(el).contain).to.equal('none');
  });
});
