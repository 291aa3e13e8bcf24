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
    for (let i = 0; i < max && el.shadowRoot!.activeElement !== target; i++) await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement, `focus on ${selector}`).to.equal(target);
  }

  it('chooses when the spasm started, then starts, pauses, resumes and resets', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><button>Page link</button><ice-heat-timer></ice-heat-timer></div>`);
    const el = page.querySelector('ice-heat-timer') as IceHeatTimer;
    // A widget inside another fixture may still be waiting for its first render's turn.
    await el.updateComplete;
    page.querySelector('button')!.focus();

    // The first stop is the ice-or-heat group; the second, "when did it start?".
    await sendKeys({ press: 'Tab' });
    expect((el.shadowRoot!.activeElement as HTMLInputElement).name).to.equal('mode');
    await sendKeys({ press: 'Tab' });
    const startedGroup = el.shadowRoot!.activeElement as HTMLInputElement;
    expect(startedGroup.type).to.equal('radio');
    expect(startedGroup.name).not.to.equal('mode');
    // "2 or more days ago": past 48 hours, so heat.
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.phase).to.equal('heat');

    await tabTo(el, '[part="primary-button"]');
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
  });
});

describe('<ice-heat-timer> heading', () => {
  it('takes the heading text and level a site sets, and puts the safety heading one level below', async () => {
    const el = await fixture<IceHeatTimer>(html`<ice-heat-timer heading="Cold, then warm" heading-level="3"></ice-heat-timer>`);
    const heading = el.shadowRoot!.querySelector('[part="heading"]')!;
    expect(heading.textContent.trim()).to.equal('Cold, then warm');
    expect(heading.getAttribute('aria-level')).to.equal('3');
    expect(el.shadowRoot!.querySelector('#safety-heading')!.getAttribute('aria-level')).to.equal('4');
    await expect(el).to.be.accessible();
  });
});
