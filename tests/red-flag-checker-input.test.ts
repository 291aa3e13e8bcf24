/*
 * The checker takes an answer only from input the visitor meant for the screen on show
 * (CLINICAL.md "Around the questions"): a double tap, a triple click or a held key never answers
 * the next screen, and a new screen takes no answer for its first 400 ms. Every input here is real
 * (the browser's own input pipeline), because the harm comes from how browsers turn presses into
 * clicks: Lit keeps the same buttons from one screen to the next, so a second tap lands on the next
 * screen's button in the same place.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { meantInputTiming } from '../src/internal/meant-input.js';
import '../src/ice-heat-timer/index.js';
import '../src/prevention-checklist/index.js';
import '../src/red-flag-checker/index.js';
import type { RedFlagChecker } from '../src/red-flag-checker/index.js';
import { aim, clicks, inputHandled, tap, touchTaps } from './helpers/real-input.js';

const settleMs = meantInputTiming.settleMs;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Touch is emulated through Chromium's DevTools protocol (scripts/touch-plugin.mjs). Firefox's
// driver (WebDriver BiDi) and WebKit's (WebDriver) have no touch emulation for the page, so the
// touch tests are defined in Chromium only; the mouse tests cover the same guard in every engine.
const canTouch = /Chrome\//.test(navigator.userAgent);
// WebKit runs over WebDriver, whose key commands only press a key or type text: no key can be held
// down ("Only press and type are supported by webdriver"), so the held-key test runs elsewhere.
const canHoldKeys = /Chrome\/|Firefox\//.test(navigator.userAgent);

const shadow = (el: RedFlagChecker) => el.shadowRoot as ShadowRoot;
const screenName = (el: RedFlagChecker) => shadow(el).querySelector<HTMLElement>('[data-name]')?.dataset['name'];
const choice = (el: RedFlagChecker, value: string | number) =>
  shadow(el).querySelector<HTMLButtonElement>(`.choice-buttons button[data-value="${value}"]`);
const pressedCount = (el: RedFlagChecker) => shadow(el).querySelectorAll('.choice-buttons [aria-pressed="true"]').length;
const continueButton = (el: RedFlagChecker) => shadow(el).querySelector<HTMLButtonElement>('form .continue');
const ageField = (el: RedFlagChecker) => shadow(el).querySelector<HTMLInputElement>('#age');

/**
 * Every screen the checker shows, in order, as it renders them: a change of screen is recorded
 * before the next input event is handled (mutation records are delivered at once after a render).
 */
function recordScreens(el: RedFlagChecker): { readonly seen: string[]; stop(): void } {
  const seen: string[] = [];
  const note = () => {
    const name = screenName(el) ?? (shadow(el).querySelector('#result-title') ? 'result' : '?');
    if (seen.at(-1) !== name) seen.push(name);
  };
  note();
  const observer = new MutationObserver(note);
  observer.observe(shadow(el), { subtree: true, childList: true, attributes: true, attributeFilter: ['data-name'] });
  return { seen, stop: () => observer.disconnect() };
}

/** Waits until the screen on show is no longer `name`, then for its render to finish. */
async function leaves(el: RedFlagChecker, name: string | undefined, what: string): Promise<void> {
  await waitUntil(() => screenName(el) !== name, `${what}: the screen "${name}" was not answered`, { timeout: 5000 });
  await el.updateComplete;
}

/**
 * Answers the screen on show with one real tap (a yes/no question "No", how long "1 or 2 days",
 * the age 35), waiting for the next screen.
 */
async function answerOnShow(el: RedFlagChecker): Promise<void> {
  await el.updateComplete;
  const name = screenName(el);
  const age = ageField(el);
  if (age) {
    await tap(age);
    age.select();
    await sendKeys({ type: '35' });
    await tap(continueButton(el)!);
  } else {
    const target = choice(el, 'no') ?? choice(el, 1);
    expect(target, `an answer to tap on "${name}"`).to.exist;
    await tap(target!);
  }
  await leaves(el, name, 'walking the check');
}

/**
 * Walks the check, answering quickly (the guard off: settleMs 0), until `arrived` holds, then turns
 * the guard back on and waits until the screen reached has settled.
 */
async function walkTo(el: RedFlagChecker, arrived: () => boolean, what: string): Promise<string> {
  meantInputTiming.settleMs = 0;
  try {
    for (let guard = 0; guard < 40 && !arrived(); guard++) {
      if (shadow(el).querySelector('#result-title')) break;
      await answerOnShow(el);
    }
  } finally {
    meantInputTiming.settleMs = settleMs;
  }
  expect(arrived(), `reached ${what} (on "${screenName(el)}")`).to.equal(true);
  await el.updateComplete;
  // The screen appeared during the walk; now it must have been on show for the whole settle time.
  await sleep(settleMs + 50);
  return screenName(el)!;
}

/**
 * A yes/no question that is not the first screen (the first carries the introduction, so its
 * buttons sit lower than the next screen's), with the guard on and the screen settled.
 */
const toYesNo = (el: RedFlagChecker) =>
  walkTo(el, () => !!choice(el, 'no') && !shadow(el).querySelector('.intro'), 'a yes/no question after the first screen');

/** The age screen, with the guard on and the screen settled. */
const toAge = (el: RedFlagChecker) => walkTo(el, () => !!ageField(el), 'the age screen');

/**
 * After the input sent so far has been handled: the check moved on from `first` exactly once, to
 * the screen after it, which is on show with no answer chosen.
 */
async function expectOnlyFirstAnswered(el: RedFlagChecker, record: { seen: string[] }, first: string, what: string) {
  await inputHandled();
  await el.updateComplete;
  // A late click would have rendered by now; give a slow machine a few more frames to show one.
  for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
  const { seen } = record;
  const from = seen.indexOf(first);
  expect(from, `${what}: "${first}" was on show (${seen.join(' → ')})`).to.be.at.least(0);
  expect(seen.slice(from), `${what}: screens shown from "${first}"`).to.have.length(2);
  expect(screenName(el), `${what}: the screen after "${first}" is on show (${seen.join(' → ')})`).to.equal(seen[from + 1]);
  expect(pressedCount(el), `${what}: no answer chosen on "${screenName(el)}"`).to.equal(0);
}

describe('<red-flag-checker> takes only the input meant for the screen on show', () => {
  let el: RedFlagChecker;
  let record: ReturnType<typeof recordScreens>;

  beforeEach(async () => {
    el = await fixture<RedFlagChecker>(html`<red-flag-checker></red-flag-checker>`);
    record = recordScreens(el);
  });

  afterEach(async () => {
    record.stop();
    meantInputTiming.settleMs = settleMs;
    await resetMouse();
  });

  describe('a mouse', () => {
    for (const [label, count, apartMs] of [
      ['a double click as fast as it can be sent', 2, 0],
      ['a triple click as fast as it can be sent', 3, 0],
      ['a double click, 150 ms apart', 2, 150],
      ['a double click, 300 ms apart', 2, 300],
    ] as const) {
      it(`${label} on "No" answers only the question it began on`, async () => {
        const first = await toYesNo(el);
        await clicks(await aim(choice(el, 'no')!), count, apartMs);
        await expectOnlyFirstAnswered(el, record, first, label);
      });
    }

    it('a second press made within 400 ms and held past them does not answer the next question', async () => {
      const first = await toYesNo(el);
      const position = await aim(choice(el, 'no')!);
      await clicks(position, 1);
      await leaves(el, first, 'the first click');
      await sendMouse({ type: 'down' });
      await sleep(settleMs + 100);
      await sendMouse({ type: 'up' });
      await expectOnlyFirstAnswered(el, record, first, 'a press held from the first 400 ms');
    });

    it('a press that began before the screen appeared, released after 400 ms, does not answer it', async () => {
      const first = await toYesNo(el);
      const no = choice(el, 'no')!;
      const position = await aim(no);
      // A keyboard user on "No" with the mouse held down on it: Enter answers, the mouse is still down.
      no.focus();
      await sendMouse({ type: 'move', position });
      await sendMouse({ type: 'down' });
      no.focus();
      await sendKeys({ press: 'Enter' });
      await leaves(el, first, 'Enter on "No"');
      // Released on the next screen's button in the same place, long after it appeared.
      await sleep(settleMs + 100);
      await sendMouse({ type: 'up' });
      await expectOnlyFirstAnswered(el, record, first, 'a press from the screen before');
    });

    it('even with no settle time, a press that began before the screen appeared does not answer it', async () => {
      const first = await toYesNo(el);
      const no = choice(el, 'no')!;
      const position = await aim(no);
      meantInputTiming.settleMs = 0;
      no.focus();
      await sendMouse({ type: 'move', position });
      await sendMouse({ type: 'down' });
      no.focus();
      await sendKeys({ press: 'Enter' });
      await leaves(el, first, 'Enter on "No"');
      await sleep(100);
      await sendMouse({ type: 'up' });
      await expectOnlyFirstAnswered(el, record, first, 'a press from the screen before, settleMs 0');
    });

    it('a double click on Continue of the age screen answers the age only', async () => {
      const first = await toAge(el);
      const age = ageField(el)!;
      await tap(age);
      age.select();
      await sendKeys({ type: '35' });
      await sleep(settleMs + 50);
      await clicks(await aim(continueButton(el)!), 2);
      await expectOnlyFirstAnswered(el, record, first, 'a double click on Continue');
    });

    it('one click made 400 ms after the screen appeared answers it', async () => {
      const first = await toYesNo(el);
      await tap(choice(el, 'no')!);
      await leaves(el, first, 'one click after 400 ms');
      expect(record.seen.slice(record.seen.indexOf(first))).to.have.length(2);
    });
  });

  if (canTouch) {
    describe('touch (Chromium)', () => {
      for (const apartMs of [60, 150, 300]) {
        it(`two taps ${apartMs} ms apart on "No" answer only the question they began on`, async () => {
          const first = await toYesNo(el);
          await touchTaps(await aim(choice(el, 'no')!), 2, apartMs);
          await expectOnlyFirstAnswered(el, record, first, `two taps ${apartMs} ms apart`);
        });
      }

      it('one tap made 400 ms after the screen appeared answers it', async () => {
        const first = await toYesNo(el);
        await touchTaps(await aim(choice(el, 'no')!), 1);
        await leaves(el, first, 'one tap after 400 ms');
      });
    });
  }

  describe('the keyboard', () => {
    if (canHoldKeys) {
      it('Enter held down in the age field answers the age only', async () => {
        const first = await toAge(el);
        const age = ageField(el)!;
        await tap(age);
        age.select();
        await sendKeys({ type: '35' });
        await sleep(settleMs + 50);
        // The first press submits the age; the rest are the key's repeats on the next screen.
        for (let i = 0; i < 6; i++) await sendKeys({ down: 'Enter' });
        await sendKeys({ up: 'Enter' });
        await expectOnlyFirstAnswered(el, record, first, 'Enter held');
      });
    }

    for (const key of ['Enter', 'Space']) {
      it(`Tab to "No" and ${key}, once the screen has settled, answers it`, async () => {
        const first = await toYesNo(el);
        const no = choice(el, 'no')!;
        (shadow(el).querySelector<HTMLElement>('#question-title') ?? no).focus();
        for (let i = 0; i < 10 && shadow(el).activeElement !== no; i++) await sendKeys({ press: 'Tab' });
        expect(shadow(el).activeElement, 'Tab reached "No"').to.equal(no);
        await sleep(settleMs + 50);
        await sendKeys({ press: key });
        await leaves(el, first, `${key} on "No"`);
        expect(record.seen.slice(record.seen.indexOf(first))).to.have.length(2);
      });
    }
  });

  describe('a click from the page\'s own script', () => {
    // element.click() is not a visitor's input (event.isTrusted is false): a site or a test that
    // drives the widget from script is answered at once, as before.
    it('is taken at once, even in the first 400 ms', async () => {
      const first = await toYesNo(el);
      await tap(choice(el, 'no')!);
      await leaves(el, first, 'the first click');
      const second = screenName(el);
      (choice(el, 'no') ?? choice(el, 1))!.click();
      await leaves(el, second, 'a script click in the first 400 ms');
    });
  });

  describe('no hover shade on touch', () => {
    /** Every style rule of a widget's shadow root with :hover, and whether it is under (hover: hover). */
    function hoverRules(widget: Element = el): { selector: string; guarded: boolean }[] {
      const found: { selector: string; guarded: boolean }[] = [];
      const walk = (rules: CSSRuleList, guarded: boolean) => {
        for (const rule of rules) {
          if (rule instanceof CSSMediaRule) {
            walk(rule.cssRules, guarded || /\(\s*hover\s*:\s*hover\s*\)/.test(rule.conditionText ?? rule.media.mediaText));
          } else if (rule instanceof CSSStyleRule) {
            if (rule.selectorText.includes(':hover')) found.push({ selector: rule.selectorText, guarded });
            if (rule.cssRules) walk(rule.cssRules, guarded);
          } else if ('cssRules' in rule) {
            walk((rule as CSSGroupingRule).cssRules, guarded);
          }
        }
      };
      const root = widget.shadowRoot!;
      const sheets = [...(root.adoptedStyleSheets ?? []), ...root.styleSheets];
      expect(sheets.length, `<${widget.localName}> has style sheets`).to.be.greaterThan(0);
      for (const sheet of sheets) walk(sheet.cssRules, false);
      return found;
    }

    it('shades an answer button on hover only where the device can hover', () => {
      const rules = hoverRules();
      const choiceHover = rules.filter((rule) => rule.selector.includes('.choice-button:hover'));
      expect(choiceHover, '.choice-button:hover rules').to.have.length.greaterThan(0);
      for (const rule of choiceHover) expect(rule.guarded, `${rule.selector} under (hover: hover)`).to.equal(true);
    });

    it('has no :hover rule outside (hover: hover), nor have the other widgets', async () => {
      const others = await fixture(html`<div><ice-heat-timer></ice-heat-timer><prevention-checklist></prevention-checklist></div>`);
      for (const widget of [el, ...others.children]) {
        await (widget as RedFlagChecker).updateComplete;
        const outside = hoverRules(widget).filter((rule) => !rule.guarded).map((rule) => rule.selector);
        expect(outside, `<${widget.localName}>`).to.deep.equal([]);
      }
    });
  });
});
