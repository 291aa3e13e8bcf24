import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/ice-heat-timer/index.js';
import type { IceHeatTimer } from '../src/ice-heat-timer/index.js';

const KEY = 'back-spasm-widgets:ice-heat-timer';

describe('<ice-heat-timer> with the keyboard alone', () => {
  beforeEach(() => localStorage.removeItem(KEY));
  afterEach(() => localStorage.removeItem(KEY));

  async function tabTo(el: IceHeatTimer, selector: string, max = 20) {
    const target = el.shadowRoot!.querySelector(selector);
    expect(target, selector).to.exist;
    for (let i = 0; i < max && el.shadowRoot!.activeElement !== target; i++) await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement, `focus on ${selector}`).to.equal(target);
  }

  /** The toggle event of a disclosure comes in a task of its own; the render follows it. */
  async function settled(el: IceHeatTimer) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
  }

  const pressed = (el: IceHeatTimer, name: string) =>
    [...el.shadowRoot!.querySelectorAll(`[data-name="${name}"] button[aria-pressed="true"]`)].map((b) => b.getAttribute('data-value'));

  it('starts, pauses, resumes and resets from the first stop, then answers when the spasm started', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><button>Page link</button><ice-heat-timer></ice-heat-timer></div>`);
    const el = page.querySelector('ice-heat-timer') as IceHeatTimer;
    // A widget inside another fixture may still be waiting for its first render's turn.
    await el.updateComplete;
    page.querySelector('button')!.focus();

    // The countdown comes first, so the first stop in the widget is Start.
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('primary-button');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.status).to.equal('running');
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('primary-button');

    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.status).to.equal('paused');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.status).to.equal('running');

    await tabTo(el, '[part="reset-button"]', 3);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.status).to.equal('idle');
    // The Reset button is gone; the keyboard stays on the timer's main button.
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('primary-button');

    // Each answer is a button of its own: a Tab stop, pressed with Enter or Space.
    await tabTo(el, '[data-name="started"] [data-value="yesterday"]');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(pressed(el, 'started')).to.deep.equal(['yesterday']);
    expect(el.phase).to.equal('ice');
    await sendKeys({ press: 'Tab' });
    const twoDays = el.shadowRoot!.querySelector('[data-name="started"] [data-value="two-days-ago"]');
    expect(el.shadowRoot!.activeElement).to.equal(twoDays);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(pressed(el, 'started')).to.deep.equal(['two-days-ago']);
    expect(el.phase).to.equal('heat');
    // The answer stays under the keyboard.
    expect(el.shadowRoot!.activeElement).to.equal(twoDays);
  });

  it('reaches "enter the date and time" with Tab, opens and closes it with Enter and Space, then reaches its field', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><button>Page link</button><ice-heat-timer></ice-heat-timer></div>`);
    const el = page.querySelector('ice-heat-timer') as IceHeatTimer;
    await el.updateComplete;
    page.querySelector('button')!.focus();
    const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.exact')!;

    await tabTo(el, 'details.exact summary');
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(details.open, 'opened by Enter').to.equal(true);
    await sendKeys({ press: 'Space' });
    await settled(el);
    expect(details.open, 'closed by Space').to.equal(false);
    await sendKeys({ press: 'Space' });
    await settled(el);
    expect(details.open, 'opened by Space').to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('exact');
  });

  it('chooses ice or heat with the keyboard, which takes the start question away', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><button>Page link</button><ice-heat-timer></ice-heat-timer></div>`);
    const el = page.querySelector('ice-heat-timer') as IceHeatTimer;
    await el.updateComplete;
    page.querySelector('button')!.focus();
    await tabTo(el, '[data-name="mode"] [data-value="heat"]');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(pressed(el, 'mode')).to.deep.equal(['heat']);
    expect(el.phase).to.equal('heat');
    expect(el.shadowRoot!.querySelector('[data-name="started"]')).to.equal(null);
  });
});

describe('<ice-heat-timer> heading', () => {
  it('takes the heading text and level a site sets, and puts the safety heading one level below', async () => {
    const el = await fixture<IceHeatTimer>(html`<ice-heat-timer heading="Cold, then warm" heading-level="3"></ice-heat-timer>`);
    const heading = el.shadowRoot!.querySelector('[part="heading"]')!;
    expect(heading.textContent.trim()).to.equal('Cold, then warm');
    expect(heading.getAttribute('aria-level')).to.equal('3');
    expect(el.shadowRoot!.querySelector('#safety-heading')!.getAttribute('aria-level')).to.equal('4');
    // The questions are headings of the same level as the safety reminders.
    for (const id of ['mode-question', 'started-question']) {
      expect(el.shadowRoot!.getElementById(id)!.getAttribute('aria-level'), id).to.equal('4');
    }
    await expect(el).to.be.accessible();
  });
});
