import { expect, fixtureSync, html } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import { en } from '../src/content/index.js';
import '../src/ice-heat-timer/index.js';
import type { IceHeatTimer } from '../src/ice-heat-timer/index.js';
import './helpers/isolated-storage.js';
import { tap } from './helpers/real-input.js';
import { countdown, part } from './helpers/timer.js';

/*
 * Frameworks such as React 19 and Vue set the timer's properties, not its attributes, and with any
 * type: duration={20}, headingLevel={3}, sound={false}, started={new Date()}, and by mistake null,
 * lists, objects and worse. Whatever a property is set to, the widget renders its countdown and
 * Start button, throws nothing (no error event, no rejected promise), and warns at most once.
 */

const KEY = 'back-spasm-widgets:ice-heat-timer';
const HOUR = 3_600_000;
const text = en.timer;

/** Every property a site can set on <ice-heat-timer>, its own and those of every widget. */
const PROPERTIES = ['duration', 'mode', 'started', 'sound', 'heading', 'headingLevel', 'theme', 'lang'] as const;

const throwingToString = {
  toString(): string {
    throw new Error('no text here');
  },
};

/** Values of every type, and the awkward ones of each. */
const VALUES: readonly [string, unknown][] = [
  ['a number', 42],
  ['zero', 0],
  ['a negative number', -3],
  ['a fraction', 7.5],
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['true', true],
  ['false', false],
  ['a bigint', 10n],
  ['an empty list', []],
  ['a list of text and numbers', ['heat', 20]],
  ['a list of objects', [{}, null]],
  ['null', null],
  ['undefined', undefined],
  ['an empty object', {}],
  ['an object', { value: 20 }],
  ['an object with no prototype', Object.create(null) as object],
  ['an object whose toString throws', throwingToString],
  ['an object that says it is a Date', { [Symbol.toStringTag]: 'Date' }],
  ['a Date', new Date(Date.now() - 72 * HOUR)],
  ['an invalid Date', new Date('nonsense')],
  ['a function', () => 20],
  ['a symbol', Symbol('duration')],
];

let warnings: string[];
let errors: unknown[];
let warn: sinon.SinonStub;
const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
const realAudioContext = window.AudioContext;

beforeEach(() => {
  localStorage.removeItem(KEY);
  warnings = [];
  errors = [];
  warn = sinon.stub(console, 'warn').callsFake((...args: unknown[]) => {
    warnings.push(args.map((arg) => (typeof arg === 'string' ? arg : typeof arg)).join(' '));
  });
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  (window as { AudioContext: unknown }).AudioContext = undefined;
});

afterEach(async () => {
  warn.restore();
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  window.AudioContext = realAudioContext;
  localStorage.removeItem(KEY);
  await resetMouse();
});

/** A timer in the page with properties set before its first render, as a framework does. */
async function timerWith(properties: Record<string, unknown>): Promise<IceHeatTimer> {
  const el = document.createElement('ice-heat-timer');
  Object.assign(el, properties);
  // fixtureSync: open-wc waits for an animation frame after a plain element, which a background test page may never get.
  fixtureSync(html`<div></div>`).append(el);
  await el.updateComplete;
  return el;
}

/** The widget is all there: heading, countdown, Start, the questions and the safety reminders. */
function expectRendered(el: IceHeatTimer, label: string): void {
  expect(part(el, 'heading'), label).to.exist;
  expect(countdown(el), label).to.match(/^\d\d:\d\d$/);
  expect(part(el, 'primary-button')!.textContent.trim(), label).to.equal(text.ui.start);
  expect(part(el, 'safety'), label).to.exist;
}

/** Lets a rejected promise be reported, and a render that follows a change run. */
async function settled(el: IceHeatTimer): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
}

describe('<ice-heat-timer>: properties of any type', () => {
  for (const name of PROPERTIES) {
    it(`renders and never throws whatever ${name} is set to, with at most one warning`, async () => {
      for (const [kind, value] of VALUES) {
        const label = `${name} = ${kind}`;
        if (name === 'lang') {
          // lang belongs to every HTML element: the DOM turns the value into text, or refuses it itself.
          try {
            document.createElement('div').lang = value as string;
          } catch {
            continue;
          }
        }
        const before = warnings.length;
        const el = await timerWith({ [name]: value });
        await settled(el);
        expectRendered(el, label);
        expect(errors, label).to.deep.equal([]);
        expect(warnings.length - before, `${label}: ${warnings.slice(before).join(' | ')}`).to.be.at.most(1);
        // (lang is the DOM's: it makes null the text "null", a language the widget does not have.)
        if (value == null && name !== 'lang') expect(warnings.length - before, `${label}: no warning`).to.equal(0);
        // Set again after the first render, then back to nothing: still whole, no more warnings.
        (el as unknown as Record<string, unknown>)[name] = value;
        await settled(el);
        (el as unknown as Record<string, unknown>)[name] = name === 'lang' ? '' : null;
        await settled(el);
        expectRendered(el, `${label}, then null`);
        expect(errors, label).to.deep.equal([]);
        expect(warnings.length - before, label).to.be.at.most(1);
        el.parentElement!.remove();
      }
    });
  }

  it('starts, pauses and resets with a real tap with every property set to something odd at once', async () => {
    const el = await timerWith({
      duration: [20],
      mode: { ice: true },
      started: Object.create(null) as object,
      sound: 0,
      heading: throwingToString,
      headingLevel: Number.NaN,
      theme: Symbol('dark'),
    });
    expectRendered(el, 'all odd');
    expect(countdown(el)).to.equal('15:00');
    await tap(part(el, 'primary-button')!);
    await el.updateComplete;
    expect(el.status).to.equal('running');
    await tap(part(el, 'primary-button')!);
    await el.updateComplete;
    expect(el.status).to.equal('paused');
    await tap(part(el, 'reset-button')!);
    await el.updateComplete;
    expect(el.status).to.equal('idle');
    await settled(el);
    expect(errors).to.deep.equal([]);
    // One warning for each property, none repeated by the renders that followed.
    expect(warnings, warnings.join('\n')).to.have.length(7);
  });
});

describe('<ice-heat-timer>: properties set by a framework take effect', () => {
  it('reads duration={20} and duration={5} as minutes, with no warning', async () => {
    expect(countdown(await timerWith({ duration: 20 }))).to.equal('20:00');
    const five = await timerWith({ duration: 5 });
    expect(countdown(five)).to.equal('05:00');
    expect(five.durationMinutes).to.equal(5);
    expect(countdown(await timerWith({ duration: 7.5 }))).to.equal('08:00');
    expect(warnings).to.deep.equal([]);
    // Out of range, as the attribute would be: clamped, with one warning.
    expect(countdown(await timerWith({ duration: 45 }))).to.equal('20:00');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('duration').and.contain('45');
  });

  it('reads headingLevel={3} as level 3, the safety heading one below', async () => {
    const el = await timerWith({ headingLevel: 3, heading: 2026 });
    expect(part(el, 'heading')!.getAttribute('aria-level')).to.equal('3');
    expect(part(el, 'heading')!.textContent.trim()).to.equal('2026');
    expect(el.shadowRoot!.getElementById('safety-heading')!.getAttribute('aria-level')).to.equal('4');
    expect(warnings).to.deep.equal([]);
  });

  it('takes sound={false} as off and sound={true} as on, as the attribute values off and on', async () => {
    const AudioContextSpy = sinon.spy();
    (window as { AudioContext: unknown }).AudioContext = AudioContextSpy;
    for (const [sound, chimes] of [
      [false, false],
      ['off', false],
      [true, true],
      ['on', true],
    ] as const) {
      AudioContextSpy.resetHistory();
      localStorage.removeItem(KEY);
      const el = await timerWith({ sound });
      // Start prepares the chime (browsers allow sound only from a tap) when the sound is on.
      await tap(part(el, 'primary-button')!);
      await el.updateComplete;
      expect(el.status, String(sound)).to.equal('running');
      expect(AudioContextSpy.called, `sound=${String(sound)}`).to.equal(chimes);
      await tap(part(el, 'reset-button')!);
      await el.updateComplete;
      el.parentElement!.remove();
    }
    expect(warnings).to.deep.equal([]);
  });

  it('takes started as epoch milliseconds or a Date, as well as text', async () => {
    const threeDaysAgo = Date.now() - 72 * HOUR;
    const tenHoursAgo = Date.now() - 10 * HOUR;
    expect((await timerWith({ started: threeDaysAgo })).phase).to.equal('heat');
    expect((await timerWith({ started: new Date(threeDaysAgo) })).phase).to.equal('heat');
    const ice = await timerWith({ started: new Date(tenHoursAgo) });
    expect(ice.phase).to.equal('ice');
    expect(part(ice, 'phase')!.textContent).to.contain(text.reasons['first-48-hours']);
    expect((await timerWith({ started: new Date(threeDaysAgo).toISOString() })).phase).to.equal('heat');
    expect(warnings).to.deep.equal([]);
  });

  it('uses no start for an invalid started value, with one warning each', async () => {
    for (const [kind, started] of [
      ['an invalid Date', new Date('nonsense')],
      ['NaN', Number.NaN],
      ['Infinity', Number.POSITIVE_INFINITY],
      ['an object', { time: 1 }],
      ['a list', [Date.now()]],
    ] as const) {
      const before = warnings.length;
      const el = await timerWith({ started });
      el.requestUpdate();
      await el.updateComplete;
      expect(el.phase).to.equal('ice');
      expect(part(el, 'phase')!.textContent).to.contain(text.reasons['start-unknown']);
      expect(warnings.length - before, kind).to.equal(1);
      expect(warnings.at(-1)).to.contain('started');
    }
  });

  it('warns once about a started Date in the future, and counts it as now', async () => {
    const el = await timerWith({ started: new Date(Date.now() + 24 * HOUR) });
    el.requestUpdate();
    await el.updateComplete;
    expect(el.phase).to.equal('ice');
    expect(part(el, 'phase')!.textContent).to.contain(text.reasons['start-in-future']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('future');
  });
});
