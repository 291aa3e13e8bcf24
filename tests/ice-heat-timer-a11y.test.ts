import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, resetMouse, sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { en } from '../src/content/index.js';
import '../src/ice-heat-timer/index.js';
import type { IceHeatTimer } from '../src/ice-heat-timer/index.js';
import './helpers/isolated-storage.js';
import { part, tapOn } from './helpers/timer.js';
import { systemColour } from './helpers/forced-colors.js';

/*
 * WCAG 2.2 AA: focus is never dropped to the page, changes are announced, the face grows with its
 * text, the ring stays visible in forced colours, and headings keep their order.
 */

const text = en.timer;
const KEY = 'back-spasm-widgets:ice-heat-timer';

class FakeNotification {
  static permission: NotificationPermission = 'default';
  static answer: NotificationPermission = 'granted';
  // eslint-disable-next-line @typescript-eslint/require-await -- a fake of an API that returns a promise
  static requestPermission = async () => {
    FakeNotification.permission = FakeNotification.answer;
    return FakeNotification.answer;
  };
}
const realNotification = window.Notification;

const status = (el: IceHeatTimer) => el.shadowRoot!.querySelector('[role="status"]')!.textContent.trim();
const focused = (el: IceHeatTimer) => el.shadowRoot!.activeElement;

async function until(check: () => boolean, what: string): Promise<void> {
  for (let frame = 0; frame < 300 && !check(); frame += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check(), what).to.equal(true);
}

/** Tabs from a button before the widget to the notify button, with real keys. */
async function tabToNotify(el: IceHeatTimer, before: HTMLButtonElement): Promise<HTMLElement> {
  const target = part(el, 'notify-button')!;
  before.focus();
  for (let i = 0; i < 10 && focused(el) !== target; i++) await sendKeys({ press: 'Tab' });
  expect(focused(el), 'on "Notify me"').to.equal(target);
  return target;
}

async function page(markup = html`<ice-heat-timer></ice-heat-timer>`) {
  const wrap = await fixture<HTMLDivElement>(html`<div><button>Before</button>${markup}</div>`);
  const el = wrap.querySelector('ice-heat-timer') as IceHeatTimer;
  await el.updateComplete;
  return { el, before: wrap.querySelector('button')! };
}

describe('<ice-heat-timer> accessibility', () => {
  beforeEach(() => {
    localStorage.removeItem(KEY);
    FakeNotification.permission = 'default';
    FakeNotification.answer = 'granted';
    (window as { Notification: unknown }).Notification = FakeNotification;
  });
  afterEach(async () => {
    window.Notification = realNotification;
    localStorage.removeItem(KEY);
    await resetMouse();
  });

  it('moves focus to "Stop notifying" and says so once notifying is granted', async () => {
    const { el, before } = await page();
    await tabToNotify(el, before);
    await sendKeys({ press: 'Enter' });
    await until(() => status(el) === text.ui.notifyOn, 'notifyOn announced');
    await el.updateComplete;
    const stop = part(el, 'notify-button')!;
    expect(stop.textContent.trim()).to.equal(text.ui.notifyStop);
    expect(focused(el)).to.equal(stop);
  });

  it('moves focus to the timer and says so when notifying is denied', async () => {
    FakeNotification.answer = 'denied';
    const { el, before } = await page();
    await tabToNotify(el, before);
    await sendKeys({ press: 'Enter' });
    await until(() => status(el) === text.ui.notifyDenied, 'notifyDenied announced');
    await el.updateComplete;
    expect(part(el, 'notify-button')).to.equal(null);
    expect(focused(el)).to.equal(part(el, 'timer'));
  });

  it('moves focus to the timer when a session ends on the notify button, and says it ended', async () => {
    const clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['Date', 'performance', 'setTimeout', 'clearTimeout'] });
    try {
      const { el, before } = await page(html`<ice-heat-timer duration="5"></ice-heat-timer>`);
      expect(el.start()).to.equal(true);
      await el.updateComplete;
      await tabToNotify(el, before);
      clock.tick(5 * 60_000 + 1000);
      await el.updateComplete;
      expect(el.status).to.equal('done');
      expect(part(el, 'notify')).to.equal(null);
      expect(focused(el)).to.equal(part(el, 'timer'));
      expect(status(el)).to.contain(text.phases.ice.session);
    } finally {
      clock.restore();
    }
  });

  it('announces a date in the future in the status region', async () => {
    const { el } = await page();
    const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.exact')!;
    await tapOn(details.querySelector('summary')!);
    await el.updateComplete;
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="datetime-local"]')!;
    input.value = '2999-01-01T08:30';
    input.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(status(el)).to.equal(text.started.futureError);
  });

  it('keeps the face inside the ring at 200% text with WCAG 1.4.12 text spacing', async () => {
    const root = document.documentElement;
    const spacing = document.createElement('style');
    spacing.textContent = `ice-heat-timer::part(base), ice-heat-timer::part(timer), ice-heat-timer::part(countdown) {
      line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
      ice-heat-timer::part(done-message), ice-heat-timer::part(schedule) { margin-bottom: 2em !important; }`;
    document.head.append(spacing);
    root.style.fontSize = '200%';
    try {
      for (const width of ['320px', '600px']) {
        const { el } = await page(html`<ice-heat-timer style="display:block; width:${width}"></ice-heat-timer>`);
        for (let frame = 0; frame < 2; frame += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
        const ring = part(el, 'ring')!.getBoundingClientRect();
        const inner = ((54 - 5) / 120) * ring.width;
        const [cx, cy] = [ring.left + ring.width / 2, ring.top + ring.height / 2];
        const boxes = ['.label', '.countdown', '.state'].map((s) => el.shadowRoot!.querySelector(s)!.getBoundingClientRect());
        for (const [i, box] of boxes.entries()) {
          const corners = [[box.left, box.top], [box.right, box.top], [box.left, box.bottom], [box.right, box.bottom]];
          const insideRing = corners.every(([x, y]) => Math.hypot(x - cx, y - cy) <= inner + 0.5);
          const clearOfRing = box.bottom <= ring.top + 0.5 || box.top >= ring.bottom - 0.5;
          expect(insideRing || clearOfRing, `${width}: text ${i} inside the ring or clear of it`).to.equal(true);
          for (const other of boxes.slice(i + 1)) {
            expect(box.bottom <= other.top + 0.5, `${width}: text ${i} above the next`).to.equal(true);
          }
        }
        el.parentElement!.remove();
      }
    } finally {
      spacing.remove();
      root.style.fontSize = '';
    }
  });

  it('shows the ring in system colours when forced colours are active', async function () {
    if (!/Chrome\//.test(navigator.userAgent)) {
      // Firefox turns forced colours on only from a preference read when it starts (for every file
      // of the run), so tests/node/forced-colors-firefox.test.mjs starts a Firefox of its own for
      // this; WebKit's driver has no way to turn them on.
      this.skip();
    }
    await executeServerCommand('forced-colors', { active: true });
    try {
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours on').to.equal(true);
      const { el } = await page();
      const ring = el.shadowRoot!.querySelector('.ring')!;
      const track = getComputedStyle(el.shadowRoot!.querySelector('.ring .track')!);
      const progress = getComputedStyle(el.shadowRoot!.querySelector('.ring .progress')!);
      // The engine's own forced colours would draw track and arc alike; the ring keeps its own.
      expect(getComputedStyle(ring).forcedColorAdjust).to.equal('none');
      expect(track.stroke, 'a GrayText track').to.equal(systemColour('GrayText'));
      expect(progress.stroke, 'a Highlight arc').to.equal(systemColour('Highlight'));
    } finally {
      await executeServerCommand('forced-colors', { active: false });
    }
  });

  it('keeps the sub-headings one level below: heading-level="6" is held to 5, with one warning', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const el = await fixture<IceHeatTimer>(html`<ice-heat-timer heading-level="6"></ice-heat-timer>`);
      await until(() => !!el.shadowRoot!.querySelector('#safety-heading'), 'safety rendered');
      expect(part(el, 'heading')!.getAttribute('aria-level')).to.equal('5');
      expect(el.shadowRoot!.querySelector('#safety-heading')!.getAttribute('aria-level')).to.equal('6');
      expect(el.shadowRoot!.querySelector('#mode-question')!.getAttribute('aria-level')).to.equal('6');
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args.join(' '))).to.contain('heading-level');
    } finally {
      warn.restore();
    }
  });
});
