import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/red-flag-checker/index.js';
import type { RedFlagChecker } from '../src/red-flag-checker/index.js';
import type { Answer, QuestionId } from '../src/content/types.js';
import { meantInputTiming } from '../src/internal/meant-input.js';
import { tap, typeText } from './helpers/real-input.js';

const shadow = (el: RedFlagChecker) => el.shadowRoot as ShadowRoot;
const clean = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
const text = (el: RedFlagChecker) => clean(shadow(el).textContent);
const screenName = (el: RedFlagChecker) => shadow(el).querySelector<HTMLElement>('[data-name]')?.dataset['name'];
const questionTitle = (el: RedFlagChecker) => clean(shadow(el).querySelector('#question-title')?.textContent);
const progress = (el: RedFlagChecker) => clean(shadow(el).querySelector('[part="progress"]')?.textContent);
const resultTitle = (el: RedFlagChecker) => shadow(el).querySelector('#result-title')?.textContent?.trim();
const action = (el: RedFlagChecker) => shadow(el).querySelector<HTMLAnchorElement>('[part="action"]');
const reasons = (el: RedFlagChecker) => [...shadow(el).querySelectorAll('.reasons li')].map((li) => clean(li.textContent));
const choice = (el: RedFlagChecker, value: string | number) =>
  shadow(el).querySelector<HTMLButtonElement>(`.choice-buttons button[data-value="${value}"]`);
const button = (el: RedFlagChecker, label: string) =>
  [...shadow(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => clean(b.textContent) === label);

interface Context {
  durationDays?: number;
  improving?: Answer;
  age?: string;
}

/**
 * One real tap on the answer of the screen on show. The age comes first: a test that starts with a
 * question gives the age 35 on its way there.
 */
async function answer(el: RedFlagChecker, value: string | number) {
  await el.updateComplete;
  if (screenName(el) === 'age' && typeof value === 'string') await enterAge(el, '35');
  const target = choice(el, value);
  expect(target, `answer ${value} on ${screenName(el)}`).to.exist;
  await tap(target!);
  await el.updateComplete;
}

async function press(el: RedFlagChecker, label: string) {
  await el.updateComplete;
  const target = button(el, label);
  expect(target, `button "${label}"`).to.exist;
  await tap(target!);
  await el.updateComplete;
}

/** Types the age as a visitor does, then taps Continue. */
async function enterAge(el: RedFlagChecker, age: string) {
  const input = shadow(el).querySelector<HTMLInputElement>('#age')!;
  await tap(input);
  input.select();
  await sendKeys({ press: 'Backspace' });
  if (age) await typeText(age);
  await press(el, 'Continue');
}

/**
 * Answers screen after screen until the result: each question "no" unless listed, with one tap
 * each. Returns the number of taps and the screens seen.
 */
async function runChecker(el: RedFlagChecker, answers: Partial<Record<QuestionId, Answer>> = {}, context: Context = {}) {
  const seen: string[] = [];
  for (let guard = 0; guard < 60; guard++) {
    await el.updateComplete;
    const name = screenName(el);
    if (!name || shadow(el).querySelector('#result-title')) break;
    seen.push(name);
    await answerScreen(el, name, answers, context);
  }
  return seen;
}

/** The follow-ups of the leg-symptoms gate: a visitor with any of them answers the gate "yes". */
const legSigns: readonly QuestionId[] = ['both-legs', 'cannot-move-leg', 'leg-weakness', 'leg-pain', 'leg-numbness'];

/** The answer to the screen on show: the listed one, else "no" (1 or 2 days, getting better, 35). */
async function answerScreen(el: RedFlagChecker, name: string, answers: Partial<Record<QuestionId, Answer>>, context: Context) {
  if (name === 'age') await enterAge(el, context.age ?? '35');
  else if (name === 'durationDays') await answer(el, context.durationDays ?? 1);
  else if (name === 'improving') await answer(el, context.improving ?? 'yes');
  else if (name === 'leg-symptoms' && !answers['leg-symptoms']) await answer(el, legSigns.some((id) => answers[id]) ? 'yes' : 'no');
  else await answer(el, answers[name as QuestionId] ?? 'no');
}

/** Answers "no" (and the context) up to, not including, the given screen. */
async function answerUntil(el: RedFlagChecker, stop: string, answers: Partial<Record<QuestionId, Answer>> = {}, context: Context = {}) {
  for (let guard = 0; guard < 60 && screenName(el) !== stop; guard++) {
    await answerScreen(el, screenName(el) ?? '', answers, context);
  }
  expect(screenName(el)).to.equal(stop);
}

const clinic = () => html`
  <red-flag-checker clinic-name="Westside Spine" clinic-phone="+1 604 555 0100"
    booking-url="https://westside.example/book" region="CA"></red-flag-checker>
`;

// These tests walk the check with real taps, one after another, each on a screen already shown;
// the 400 ms a new screen waits for an answer is checked in red-flag-checker-input.test.ts.
before(() => {
  meantInputTiming.settleMs = 0;
});
after(() => {
  meantInputTiming.settleMs = 400;
});

describe('<red-flag-checker>', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => {
    warn.restore();
  });

  describe('one question per screen', () => {
    it('starts with the age, after the emergency line, what "Not sure" means, and answering for someone else', async () => {
      // No region: the number is a guess, and the words say so.
      const el = await fixture<RedFlagChecker>(html`<red-flag-checker></red-flag-checker>`);
      expect(clean(shadow(el).querySelector('[part="heading"]')?.textContent)).to.equal('Check your back spasm');
      expect(screenName(el)).to.equal('age');
      expect(progress(el)).to.equal('Question 1 of about 31');
      const intro = [...shadow(el).querySelectorAll('.intro')].map((p) => clean(p.textContent));
      expect(intro).to.deep.equal([
        'Find out if you need help now, should see someone, or can care for this at home.',
        'If you think this is an emergency, call 911, or your local emergency number now.',
        'For the warning signs, choose “Not sure” if you do not know. We count it as a yes. Missing a serious sign does far more harm than a call you did not need.',
        'If you are answering for someone else, answer for them.',
      ]);
      const call = shadow(el).querySelector<HTMLAnchorElement>('.emergency-first a');
      expect(call?.getAttribute('href')).to.equal('tel:911');
      expect(clean(call?.textContent)).to.equal('911, or your local emergency number');
      // The emergency line comes before the question.
      const title = shadow(el).querySelector('#question-title')!;
      expect(call!.compareDocumentPosition(title) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(questionTitle(el)).to.equal('How old are you?');
      expect(shadow(el).querySelector('#age')?.hasAttribute('maxlength')).to.equal(false);
      expect(button(el, 'Back')).to.equal(undefined);
      expect(text(el)).to.contain('Your answers stay on this page.');
      await expect(el).to.be.accessible();
      expect(warn.called).to.equal(false);
    });

    it('then asks the first emergency sign: its heading, progress, emergency link and three full-width answers', async () => {
      const el = await fixture<RedFlagChecker>(html`<red-flag-checker></red-flag-checker>`);
      await enterAge(el, '35');
      expect(progress(el)).to.equal('Question 2 of about 31');
      const legend = shadow(el).querySelector('fieldset[data-name="chest-pain"] legend');
      expect(clean(legend?.textContent)).to.equal('Do you have chest pain as well as the back pain?');
      const link = shadow(el).querySelector<HTMLAnchorElement>('[part="emergency-link"]');
      expect(clean(link?.textContent)).to.equal('Emergency? Call 911, or your local emergency number');
      expect(link?.getAttribute('href')).to.equal('tel:911');
      const buttons = [...shadow(el).querySelectorAll<HTMLButtonElement>('.choice-buttons button')];
      expect(buttons.map((b) => clean(b.textContent))).to.deep.equal(['Yes', 'No', 'Not sure']);
      const width = shadow(el).querySelector('fieldset')!.getBoundingClientRect().width;
      for (const b of buttons) {
        const box = b.getBoundingClientRect();
        expect(box.height, `${b.textContent} height`).to.be.at.least(48);
        expect(box.width, `${b.textContent} width`).to.be.closeTo(width, 1);
        expect(b.getAttribute('aria-pressed')).to.equal('false');
      }
      // One column: each answer below the one before.
      expect(buttons[1]!.getBoundingClientRect().top).to.be.greaterThan(buttons[0]!.getBoundingClientRect().bottom - 1);
      await expect(el).to.be.accessible();
    });

    it('answers each question with one tap, all the way to a self-care result', async () => {
      const el = await fixture<RedFlagChecker>(clinic());
      const event = oneEvent<HTMLElementEventMap['red-flag-result']>(el, 'red-flag-result');
      const seen = await runChecker(el, { 'lifting-strain': 'yes' });
      // The age, 28 questions (no leg follow-ups, no labour follow-up), how long and getting better.
      expect(seen).to.have.length(31);
      expect(new Set(seen).size).to.equal(31);
      expect(seen).not.to.include.members(['labour-signs', 'both-legs', 'cannot-move-leg', 'leg-weakness', 'leg-pain', 'leg-numbness']);
      expect((await event).detail).to.deep.equal({ level: 'self-care', policyVersion: '3.0' });
      expect(resultTitle(el)).to.equal('You can look after this at home');
      expect(shadow(el).querySelector('.banner')?.classList.contains('tone-success')).to.equal(true);
      expect(clean(shadow(el).querySelector('.banner-label')?.textContent)).to.equal('Home care');
      expect(text(el)).to.contain('ice pack wrapped in a cloth');
      expect(text(el)).to.contain('Ask a pharmacist first if you are pregnant or 65 or over.');
      expect(text(el)).to.contain('not getting better after 48 to 72 hours');
      expect(shadow(el).querySelector('details.sources summary')?.textContent?.trim()).to.equal('Sources');
      expect(shadow(el).activeElement?.id).to.equal('result-title');
      await expect(el).to.be.accessible();
    });

    it('asks the questions in the order of the policy, with the progress of the whole check and an emergency link on each', async () => {
      const el = await fixture<RedFlagChecker>(clinic());
      const titles: string[] = [];
      const progresses: string[] = [];
      const names: string[] = [];
      for (let guard = 0; guard < 40 && screenName(el); guard++) {
        titles.push(questionTitle(el));
        progresses.push(progress(el));
        const name = screenName(el)!;
        names.push(name);
        if (name !== 'age') expect(shadow(el).querySelector('[part="emergency-link"]'), name).to.exist;
        if (name === 'age') await enterAge(el, '35');
        else await answer(el, name === 'durationDays' ? 1 : name === 'improving' ? 'yes' : 'no');
      }
      expect(names.slice(0, 13)).to.deep.equal([
        'age',
        'chest-pain',
        'breathless',
        'collapse',
        'major-trauma',
        'bladder-bowel',
        'saddle-numbness',
        'sexual-function',
        'leg-symptoms',
        'pregnant',
        'cancer-history',
        'infection-risk',
        'bone-fragility',
      ]);
      expect(progresses.map((line, index) => line === `Question ${index + 1} of about 31`)).to.not.include(false);
      expect(titles).to.include.members([
        'Have you fainted, or do you feel faint?',
        'Do you have pain, numbness, tingling or weakness in a leg or foot?',
        'Does it burn or sting when you pee?',
        'Do you have pain in your tummy as well?',
        'Is the pain high in your back?',
        'Does the pain get much worse when you cough or sneeze?',
        'Did the pain start when you lifted, bent or twisted?',
        'Are you pregnant, or could you be?',
      ]);
      expect(titles[names.indexOf('durationDays')]).to.equal('How long have you had this back pain?');
      expect(names.at(-1)).to.equal('first-episode');
    });

    it('shows a list question with its items as a visible list the answers cover', async () => {
      const el = await fixture<RedFlagChecker>(clinic());
      await answerUntil(el, 'infection-risk');
      expect(questionTitle(el)).to.equal('Do any of these apply to you?');
      const items = [...shadow(el).querySelectorAll('#question-items li')].map((li) => clean(li.textContent));
      expect(items).to.have.length(4);
      expect(items[0]).to.equal('You inject drugs.');
      expect(items[3]).to.contain('This is not about how you feel today.');
      const fieldset = shadow(el).querySelector('fieldset')!;
      expect(fieldset.getAttribute('aria-describedby')).to.contain('question-items');
      expect(shadow(el).querySelector<HTMLElement>('#question-items')!.offsetHeight).to.be.greaterThan(0);
      await answer(el, 'no');
      expect(screenName(el)).to.equal('bone-fragility');
      expect(shadow(el).querySelectorAll('#question-items li')).to.have.length(2);
      await expect(el).to.be.accessible();
    });

    it('asks the five leg questions only after a yes or not sure to the leg gate, each in its place', async () => {
      const el = await fixture<RedFlagChecker>(clinic());
      const seen = await runChecker(el, { 'leg-symptoms': 'unsure' });
      for (const id of ['both-legs', 'cannot-move-leg', 'leg-weakness', 'leg-pain', 'leg-numbness']) expect(seen, id).to.include(id);
      expect(seen.indexOf('both-legs')).to.equal(seen.indexOf('leg-symptoms') + 1);
      expect(seen.indexOf('leg-weakness')).to.equal(seen.indexOf('bone-fragility') + 1);
      expect(seen.indexOf('leg-pain')).to.equal(seen.indexOf('lifting-strain') + 1);
    });

    it('asks about pregnancy only from 10 to 55', async () => {
      // The pregnancy questions close the emergency signs: the risk factors come next.
      for (const [age, asked] of [['9', false], ['10', true], ['55', true], ['56', false], ['0', false]] as const) {
        const el = await fixture<RedFlagChecker>(clinic());
        await answerUntil(el, 'cancer-history', {}, { age });
        const pregnant = shadow(el).querySelector('[data-name="pregnant"]');
        expect(pregnant, `age ${age}`).to.equal(null);
        await press(el, 'Back');
        expect(screenName(el) === 'pregnant', `age ${age}: pregnancy asked`).to.equal(asked);
      }
    });

    it('offers durations that do not overlap', async () => {
      const el = await fixture<RedFlagChecker>(clinic());
      await answerUntil(el, 'durationDays');
      const labels = [...shadow(el).querySelectorAll('.choice-buttons button')].map((b) => clean(b.textContent));
      expect(labels).to.deep.equal(['Less than a day', '1 or 2 days', '3 to 6 days', '1 to 6 weeks', 'More than 6 weeks']);
    });

    it('moves focus to each new question, and announces only a new section and the result', async () => {
      const el = await fixture<RedFlagChecker>(clinic());
      const status = () => clean(shadow(el).querySelector('[role="status"]')?.textContent);
      await enterAge(el, '35');
      expect(shadow(el).activeElement?.id).to.equal('question-title');
      expect(questionTitle(el)).to.equal('Do you have chest pain as well as the back pain?');
      expect(status()).to.equal('Signs that need help now: 9 questions');
      await answer(el, 'no');
      expect(status()).to.equal('Signs that need help now: 9 questions');
      await answerUntil(el, 'balance');
      expect(status()).to.equal('Signs that need a doctor today: 9 questions');
      await answer(el, 'no');
      expect(status()).to.equal('Signs that need a doctor today: 9 questions');
      await runChecker(el);
      expect(status()).to.equal('Result: You can look after this at home');
    });

    it('goes back to the previous question with its answer shown as chosen', async () => {
      const el = await fixture<RedFlagChecker>(clinic());
      await enterAge(el, '35');
      await answer(el, 'no');
      await answer(el, 'no');
      expect(screenName(el)).to.equal('collapse');
      await press(el, 'Back');
      expect(screenName(el)).to.equal('breathless');
      expect(choice(el, 'no')?.getAttribute('aria-pressed')).to.equal('true');
      expect(choice(el, 'yes')?.getAttribute('aria-pressed')).to.equal('false');
      expect(shadow(el).activeElement?.id).to.equal('question-title');
      await press(el, 'Back');
      await press(el, 'Back');
      expect(screenName(el)).to.equal('age');
      expect((shadow(el).querySelector('#age') as HTMLInputElement).value).to.equal('35');
      expect(button(el, 'Back')).to.equal(undefined);
      await expect(el).to.be.accessible();
    });
  });

  describe('results', () => {
    it('shows the red emergency result the moment an emergency answer is given', async () => {
      const el = await fixture<RedFlagChecker>(clinic());
      const event = oneEvent(el, 'red-flag-result');
      await answer(el, 'yes');
      expect((await event).detail).to.deep.equal({ level: 'call-emergency', policyVersion: '3.0' });
      expect(resultTitle(el)).to.equal('Call 911 now');
      expect(shadow(el).querySelector('.banner')?.classList.contains('tone-danger')).to.equal(true);
      expect(clean(shadow(el).querySelector('.banner-label')?.textContent)).to.equal('Emergency');
      expect(action(el)?.getAttribute('href')).to.equal('tel:911');
      expect(clean(action(el)?.textContent)).to.equal('Call 911');
      expect(text(el)).to.contain('Do not drive yourself');
      expect(reasons(el)).to.deep.equal(['You have chest pain as well as back pain.']);
      await expect(el).to.be.accessible();
    });

    it('paints the banner first, focused and in the space of the screen before, then the rest of the result', async () => {
      const el = await fixture<RedFlagChecker>(clinic());
      await el.updateComplete;
      const card = shadow(el).querySelector<HTMLElement>('[part="base"]')!;
      const before = card.offsetHeight;
      interface Seen {
        title: boolean;
        action: boolean;
        details: boolean;
        summary: boolean;
        disclaimer: boolean;
        minHeight: string;
      }
      const seen: Seen[] = [];
      // The card's height while the banner is alone: never less than the screen before, so the
      // page under it does not move up and back down.
      const heights: number[] = [];
      const observer = new MutationObserver(() => {
        if (!shadow(el).querySelector('#result-title')) return;
        const now: Seen = {
          title: true,
          action: action(el) !== null,
          details: shadow(el).querySelector('.details') !== null,
          summary: shadow(el).querySelector('[part="summary"]') !== null,
          disclaimer: shadow(el).querySelector('[part="disclaimer"]') !== null,
          minHeight: card.style.minHeight,
        };
        if (!now.details) heights.push(card.offsetHeight);
        if (JSON.stringify(seen.at(-1)) !== JSON.stringify(now)) seen.push(now);
      });
      observer.observe(shadow(el), { childList: true, subtree: true, attributes: true });
      try {
        await answer(el, 'yes');
      } finally {
        observer.disconnect();
      }
      expect(seen).to.deep.equal([
        { title: true, action: true, details: false, summary: false, disclaimer: false, minHeight: `${before}px` },
        { title: true, action: true, details: true, summary: true, disclaimer: true, minHeight: '' },
      ]);
      expect(shadow(el).activeElement?.id).to.equal('result-title');
      expect(Math.min(...heights)).to.be.at.least(before);
      expect(reasons(el)).to.deep.equal(['You have chest pain as well as back pain.']);
    });

    it("renders the whole result at once when the browser's own Print comes before its rest", async () => {
      const el = await fixture<RedFlagChecker>(clinic());
      await el.updateComplete;
      let printed: { disclaimer: boolean; date: boolean } | null = null;
      const observer = new MutationObserver(() => {
        if (printed || !shadow(el).querySelector('#result-title')) return;
        // The banner alone is on show: the page is printed now.
        window.dispatchEvent(new Event('beforeprint'));
        const summary = shadow(el).querySelector('[part="summary"]');
        printed = {
          disclaimer: shadow(el).querySelector('[part="disclaimer"]') !== null,
          date: [...(summary?.querySelectorAll('dt') ?? [])].some((dt) => clean(dt.textContent) === 'Date'),
        };
      });
      observer.observe(shadow(el), { childList: true, subtree: true });
      try {
        await answer(el, 'yes');
      } finally {
        observer.disconnect();
      }
      expect(printed).to.deep.equal({ disclaimer: true, date: true });
      expect(shadow(el).querySelector<HTMLElement>('[part="base"]')!.style.minHeight).to.equal('');
    });

    it('counts "not sure" as yes, listing it once in its not-sure form; the emergency department says not to drive', async () => {
      const el = await fixture<RedFlagChecker>(clinic());
      await answerUntil(el, 'saddle-numbness');
      await answer(el, 'unsure');
      expect(resultTitle(el)).to.equal('Go to an emergency department now');
      expect(text(el)).to.contain('Do not drive yourself.');
      expect(clean(action(el)?.textContent)).to.equal('Call 911 if you cannot get there safely');
      expect(action(el)?.getAttribute('href')).to.equal('tel:911');
      expect(reasons(el)).to.deep.equal(['You were not sure if it is numb between your legs.']);
      expect(shadow(el).querySelector('.unsure')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('offers a call to the clinic today for an urgent result, in amber', async () => {
      const el = await fixture<RedFlagChecker>(clinic());
      await runChecker(el, { fever: 'yes' });
      expect(resultTitle(el)).to.equal('Speak to a doctor today');
      expect(shadow(el).querySelector('.banner')?.classList.contains('tone-warning')).to.equal(true);
      expect(clean(shadow(el).querySelector('.banner-label')?.textContent)).to.equal('Urgent');
      expect(action(el)?.getAttribute('href')).to.equal('tel:+16045550100');
      expect(clean(action(el)?.textContent)).to.equal('Call Westside Spine today: +1 604 555 0100');
      expect(reasons(el)).to.deep.equal(['You have a high temperature.']);
      await expect(el).to.be.accessible();
    });

    it('offers the booking link for an appointment result, in blue', async () => {
      const el = await fixture<RedFlagChecker>(clinic());
      await runChecker(el, { 'leg-pain': 'yes' });
      expect(resultTitle(el)).to.equal('Book an appointment in the next few days');
      expect(shadow(el).querySelector('.banner')?.classList.contains('tone-info')).to.equal(true);
      expect(action(el)?.getAttribute('href')).to.equal('https://westside.example/book');
      expect(clean(action(el)?.textContent)).to.equal('Book with Westside Spine (opens in new tab)');
      expect(action(el)?.getAttribute('rel')).to.contain('noopener');
      await expect(el).to.be.accessible();
    });

    it('falls back to the clinic phone, then to plain advice, when no booking link is set', async () => {
      const phoneOnly = await fixture<RedFlagChecker>(html`<red-flag-checker clinic-phone="(604) 555-0100"></red-flag-checker>`);
      await runChecker(phoneOnly, { 'leg-pain': 'yes' });
      expect(action(phoneOnly)?.getAttribute('href')).to.equal('tel:6045550100');
      expect(clean(action(phoneOnly)?.textContent)).to.equal('Call the clinic: (604) 555-0100');
      phoneOnly.remove();

      const bare = await fixture<RedFlagChecker>(html`<red-flag-checker></red-flag-checker>`);
      await runChecker(bare, { fever: 'yes' });
      expect(action(bare)).to.equal(null);
      expect(text(bare)).to.contain('urgent care service today');
      await expect(bare).to.be.accessible();
    });

    it('reaches an appointment through a combination: not getting better after 3 days', async () => {
      const el = await fixture<RedFlagChecker>(clinic());
      await runChecker(el, {}, { durationDays: 3, improving: 'no' });
      expect(resultTitle(el)).to.equal('Book an appointment in the next few days');
      expect(reasons(el)).to.deep.equal(['The pain has lasted 3 days or more and is not clearly getting better.']);
    });

    it('stops at once when a combination reaches the emergency department: a weak leg, then a fever', async () => {
      const el = await fixture<RedFlagChecker>(clinic());
      await answerUntil(el, 'leg-weakness', { 'leg-symptoms': 'yes' });
      await answer(el, 'yes');
      expect(screenName(el)).to.equal('balance');
      await answer(el, 'no');
      await answer(el, 'yes');
      expect(resultTitle(el)).to.equal('Go to an emergency department now');
      expect(reasons(el)).to.include('You have a high temperature and nerve signs in your legs or lower body.');
    });

    it('sends a 61-year-old with tummy pain to the emergency department at the tummy-pain answer', async () => {
      const el = await fixture<RedFlagChecker>(clinic());
      await answerUntil(el, 'belly-pain', {}, { age: '61' });
      expect(resultTitle(el)).to.equal(undefined);
      await answer(el, 'yes');
      expect(resultTitle(el)).to.equal('Go to an emergency department now');
      expect(reasons(el)).to.deep.equal(['You are 60 or older and have pain in your tummy as well as your back.']);
    });

    it('lists a not-sure answer that did not set the level once, in its not-sure form', async () => {
      const el = await fixture<RedFlagChecker>(clinic());
      await runChecker(el, { fever: 'yes', 'leg-pain': 'unsure' }, { age: '40' });
      expect(reasons(el)).to.deep.equal(['You have a high temperature.']);
      const unsure = [...shadow(el).querySelectorAll('.unsure li')].map((li) => clean(li.textContent));
      expect(unsure).to.deep.equal(['You were not sure if pain spreads down one leg.']);
      expect(text(el).split('not sure if pain spreads').length - 1).to.equal(1);
    });

    it('keeps the other actions in one quiet group, and every result with reasons shows its sources', async () => {
      const el = await fixture<RedFlagChecker>(clinic());
      await runChecker(el, { 'leg-pain': 'yes' });
      const group = shadow(el).querySelector('.more-actions')!;
      expect([...group.querySelectorAll('button')].map((b) => clean(b.textContent))).to.deep.equal([
        'Change my answers',
        'Show summary',
        'Print summary',
        'Start again',
      ]);
      for (const b of group.querySelectorAll('button')) expect(b.classList.contains('link')).to.equal(true);
      const sources = shadow(el).querySelector<HTMLDetailsElement>('details.sources')!;
      expect(sources.open).to.equal(false);
      await tap(sources.querySelector('summary')!);
      expect(sources.open).to.equal(true);
      expect(clean(sources.textContent)).to.contain('NHS: Sciatica');
    });
  });

  describe('pregnancy and the labour follow-up', () => {
    it('asks about labour only after "pregnant" is yes or not sure, and drops that answer when it changes to no', async () => {
      const el = await fixture<RedFlagChecker>(clinic());
      await answerUntil(el, 'pregnant');
      await answer(el, 'yes');
      expect(screenName(el)).to.equal('labour-signs');
      // Age, the eight emergency signs, pregnancy, labour: question 11 of the 31 and labour's one.
      expect(progress(el)).to.equal('Question 11 of about 32');
      await answer(el, 'no');
      await runChecker(el, { pregnant: 'yes' });
      expect(resultTitle(el)).to.equal('Book an appointment in the next few days');
      await press(el, 'Change my answers');
      const rows = () => [...shadow(el).querySelectorAll('.check-row dt')].map((dt) => clean(dt.textContent));
      expect(rows()).to.include('Does the pain come and go in regular waves?');
      const change = [...shadow(el).querySelectorAll<HTMLButtonElement>('.check-row button')].find((b) =>
        b.getAttribute('aria-label')?.includes('pregnant'),
      )!;
      await tap(change);
      await answer(el, 'no');
      expect(resultTitle(el)).to.equal('You can look after this at home');
      await press(el, 'Change my answers');
      expect(rows()).not.to.include('Does the pain come and go in regular waves?');
    });

    it('ends the questions at once when the labour follow-up is yes, with the maternity advice', async () => {
      const el = await fixture<RedFlagChecker>(clinic());
      await answerUntil(el, 'pregnant');
      await answer(el, 'unsure');
      await answer(el, 'yes');
      expect(resultTitle(el)).to.equal('Go to an emergency department now');
      expect(clean(shadow(el).querySelector('.advice')?.textContent)).to.equal('Call your maternity unit or labour ward now.');
      expect(text(el)).to.contain('Do not drive yourself.');
      await expect(el).to.be.accessible();
    });

    it('books an appointment for a pregnancy alone, and says to tell them', async () => {
      const el = await fixture<RedFlagChecker>(clinic());
      await runChecker(el, { pregnant: 'yes' }, { age: '30' });
      expect(resultTitle(el)).to.equal('Book an appointment in the next few days');
      expect(reasons(el)).to.deep.equal(['You are pregnant, or could be.']);
      expect(clean(shadow(el).querySelector('.advice')?.textContent)).to.equal('Tell them you are pregnant. Your midwife can also help.');
    });

    it('shows no answer-specific advice when that answer did not set the level', async () => {
      const el = await fixture<RedFlagChecker>(clinic());
      await runChecker(el, { fever: 'yes', pregnant: 'yes' }, { age: '30' });
      expect(resultTitle(el)).to.equal('Speak to a doctor today');
      expect(shadow(el).querySelector('.advice')).to.equal(null);
    });
  });

  describe('the age', () => {
    it('follows the GOV.UK error pattern: a summary that takes focus and links to the field, and a message at it', async () => {
      const el = await fixture<RedFlagChecker>(clinic());
      await answerUntil(el, 'age');
      await enterAge(el, 'old');
      expect(screenName(el)).to.equal('age');
      const summary = shadow(el).querySelector<HTMLElement>('.error-summary')!;
      expect(summary).to.exist;
      expect(shadow(el).activeElement).to.equal(summary);
      expect(clean(summary.textContent)).to.equal('There is a problem Enter an age in whole years, from 0 to 120.');
      const input = shadow(el).querySelector<HTMLInputElement>('#age')!;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.contain('age-error');
      expect(clean(shadow(el).querySelector('#age-error')?.textContent)).to.equal('Error: Enter an age in whole years, from 0 to 120.');
      await expect(el).to.be.accessible();
      const before = location.href;
      await tap(summary.querySelector('a')!);
      expect(shadow(el).activeElement).to.equal(input);
      expect(location.href).to.equal(before);
      await enterAge(el, '72');
      expect(screenName(el)).to.equal('chest-pain');
      expect(shadow(el).querySelector('.error-summary')).to.equal(null);
    });
  });

  describe('check your answers', () => {
    it('lists every answer with a Change button, and works the result out again after one change', async () => {
      const el = await fixture<RedFlagChecker>(clinic());
      await runChecker(el, { fever: 'yes' });
      expect(resultTitle(el)).to.equal('Speak to a doctor today');
      await press(el, 'Change my answers');
      expect(questionTitle(el)).to.equal('Check your answers');
      expect(shadow(el).activeElement?.id).to.equal('question-title');
      const rows = [...shadow(el).querySelectorAll('.check-row')];
      expect(rows).to.have.length(31);
      const fever = rows.find((row) => clean(row.querySelector('dt')?.textContent) === 'Do you have a high temperature?')!;
      expect(clean(fever.querySelector('dd')?.textContent)).to.equal('Yes');
      const change = fever.querySelector('button')!;
      expect(clean(change.textContent)).to.equal('Change');
      expect(change.getAttribute('aria-label')).to.equal('Change your answer: Do you have a high temperature?');
      await expect(el).to.be.accessible();
      await tap(change);
      expect(screenName(el)).to.equal('fever');
      expect(choice(el, 'yes')?.getAttribute('aria-pressed')).to.equal('true');
      await answer(el, 'no');
      expect(resultTitle(el)).to.equal('You can look after this at home');
    });

    it('after an early stop, a change carries on with the questions not yet asked', async () => {
      const el = await fixture<RedFlagChecker>(clinic());
      await answer(el, 'yes');
      expect(resultTitle(el)).to.equal('Call 911 now');
      await press(el, 'Change my answers');
      // The age and the one sign answered.
      expect(shadow(el).querySelectorAll('.check-row')).to.have.length(2);
      await tap(shadow(el).querySelectorAll<HTMLButtonElement>('.check-row button')[1]!);
      expect(screenName(el)).to.equal('chest-pain');
      await answer(el, 'no');
      expect(screenName(el)).to.equal('breathless');
      await answer(el, 'no');
      await press(el, 'Back');
      expect(screenName(el)).to.equal('breathless');
    });

    it('starts again with nothing answered', async () => {
      const el = await fixture<RedFlagChecker>(clinic());
      await answerUntil(el, 'major-trauma');
      await answer(el, 'yes');
      await press(el, 'Start again');
      expect(screenName(el)).to.equal('age');
      expect(shadow(el).querySelectorAll('[aria-pressed="true"]')).to.have.length(0);
    });
  });

  describe('the summary for a clinician', () => {
    it('opens below its button, keeping focus there, with the answers, the level, the date and the policy version', async () => {
      const el = await fixture<RedFlagChecker>(clinic());
      await runChecker(el, { 'recurring-same-spot': 'yes' }, { age: '41', durationDays: 1 });
      const summary = shadow(el).querySelector<HTMLElement>('[part="summary"]')!;
      expect(summary.hidden).to.equal(true);
      const show = button(el, 'Show summary')!;
      await tap(show);
      await el.updateComplete;
      expect(summary.hidden).to.equal(false);
      expect(shadow(el).activeElement).to.equal(show);
      expect(show.getAttribute('aria-expanded')).to.equal('true');
      const box = show.getBoundingClientRect();
      expect(box.top).to.be.at.least(0);
      expect(box.bottom).to.be.at.most(window.innerHeight);
      expect(show.compareDocumentPosition(summary) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      const row = (label: string) =>
        clean([...summary.querySelectorAll('dt')].find((dt) => clean(dt.textContent) === label)?.nextElementSibling?.textContent);
      expect(row('Result')).to.equal('Book an appointment in the next few days');
      expect(row('Checker policy')).to.equal('3.0');
      expect(row('How old are you?')).to.equal('41');
      expect(row('How long have you had this back pain?')).to.equal('1 or 2 days');
      expect(row('Before this time, did back pain keep coming back in the same spot?')).to.equal('Yes');
      expect(row('Do you have chest pain as well as the back pain?')).to.equal('No');
      expect(row('Date')).to.contain(String(new Date().getFullYear()));
      await expect(el).to.be.accessible();
      await tap(button(el, 'Hide summary')!);
      expect(summary.hidden).to.equal(true);
    });

    it('brings the result without writing a date; the date is written once the summary is shown', async () => {
      const el = await fixture<RedFlagChecker>(clinic());
      // `format` is a getter on the prototype: its reads are what a written date costs.
      const format = sinon.spy(Intl.DateTimeFormat.prototype, 'format', ['get']);
      try {
        await runChecker(el, { 'recurring-same-spot': 'yes' }, { age: '41', durationDays: 1 });
        expect(resultTitle(el)).to.equal('Book an appointment in the next few days');
        const summary = shadow(el).querySelector<HTMLElement>('[part="summary"]')!;
        expect(format.get.called, 'a date written with the result').to.equal(false);
        expect([...summary.querySelectorAll('dt')].map((dt) => clean(dt.textContent))).to.not.include('Date');
        await tap(button(el, 'Show summary')!);
        await el.updateComplete;
        const date = [...summary.querySelectorAll('dt')].find((dt) => clean(dt.textContent) === 'Date')?.nextElementSibling;
        expect(clean(date?.textContent)).to.contain(String(new Date().getFullYear()));
      } finally {
        format.get.restore();
      }
    });

    it("writes the date into the summary when the browser's own Print is used", async () => {
      const el = await fixture<RedFlagChecker>(clinic());
      await runChecker(el, { 'recurring-same-spot': 'yes' }, { age: '41', durationDays: 1 });
      const summary = shadow(el).querySelector<HTMLElement>('[part="summary"]')!;
      const dateRow = () => [...summary.querySelectorAll('dt')].some((dt) => clean(dt.textContent) === 'Date');
      expect(dateRow()).to.equal(false);
      window.dispatchEvent(new Event('beforeprint'));
      // At once: the page is printed right after this event.
      expect(dateRow()).to.equal(true);
      expect(summary.hidden, 'still hidden on screen; print styles show it').to.equal(true);
    });

    it('prints the summary alone: the page is hidden from print for the time of printing only', async () => {
      const page = await fixture<HTMLDivElement>(html`<div><p id="host-text">Host page</p><main><section>${clinic()}</section></main></div>`);
      const el = page.querySelector('red-flag-checker') as RedFlagChecker;
      await el.updateComplete;
      await answer(el, 'yes');
      interface Seen {
        marked: string[];
        sheet: string;
        printing: boolean;
        summaryHidden: boolean;
      }
      const during: Seen[] = [];
      const print = sinon.stub(window, 'print').callsFake(() => {
        const sheets = document.adoptedStyleSheets;
        during.push({
          marked: [...document.querySelectorAll('[data-bsw-print-path]')].map((node) => node.localName),
          sheet: [...(sheets.at(-1)?.cssRules ?? [])].map((rule) => rule.cssText).join('\n'),
          printing: el.hasAttribute('data-bsw-printing'),
          summaryHidden: shadow(el).querySelector<HTMLElement>('[part="summary"]')!.hidden,
        });
      });
      try {
        await press(el, 'Print summary');
        expect(print.calledOnce).to.equal(true);
        expect(during).to.have.length(1);
        const seen = during[0]!;
        expect(seen.printing).to.equal(true);
        expect(seen.summaryHidden).to.equal(false);
        expect(seen.marked).to.include.members(['html', 'body', 'div', 'main', 'section', 'red-flag-checker']);
        expect(seen.marked).not.to.include('p');
        expect(seen.sheet).to.contain('@media print');
        expect(seen.sheet).to.contain('display: none');
        window.dispatchEvent(new Event('afterprint'));
        expect(document.querySelectorAll('[data-bsw-print-path]')).to.have.length(0);
        expect(el.hasAttribute('data-bsw-printing')).to.equal(false);
        expect(document.adoptedStyleSheets.some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('bsw-print')))).to.equal(false);
      } finally {
        print.restore();
      }
    });
  });

  describe('privacy and events', () => {
    it('never stores answers: no storage, cookies or URL change', async () => {
      const setItem = sinon.spy(Storage.prototype, 'setItem');
      const before = { local: localStorage.length, session: sessionStorage.length, cookie: document.cookie, url: location.href };
      try {
        const el = await fixture<RedFlagChecker>(clinic());
        await runChecker(el, { 'leg-pain': 'unsure', fever: 'yes' }, { age: '55' });
        expect(resultTitle(el)).to.equal('Speak to a doctor today');
        expect(setItem.called).to.equal(false);
        expect({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie, url: location.href }).to.deep.equal(before);
      } finally {
        setItem.restore();
      }
    });

    it('sends only the level and the policy version in the red-flag-result event, bubbling out of the shadow root', async () => {
      const container = await fixture<HTMLDivElement>(html`<div><red-flag-checker></red-flag-checker></div>`);
      const el = container.querySelector('red-flag-checker') as RedFlagChecker;
      await el.updateComplete;
      const event = oneEvent<HTMLElementEventMap['red-flag-result']>(container, 'red-flag-result');
      await answerUntil(el, 'bladder-bowel');
      await answer(el, 'yes');
      const received = await event;
      expect(Object.keys(received.detail)).to.deep.equal(['level', 'policyVersion']);
      expect(received.detail.level).to.equal('emergency-department');
      expect(received.composed).to.equal(true);
    });
  });

  describe('attributes', () => {
    it('uses the emergency number and heading the site sets', async () => {
      const el = await fixture<RedFlagChecker>(
        html`<red-flag-checker emergency-number="999" heading="Is it serious?" heading-level="3"></red-flag-checker>`,
      );
      const heading = shadow(el).querySelector('[part="heading"]');
      expect(heading?.textContent?.trim()).to.equal('Is it serious?');
      expect(heading?.getAttribute('aria-level')).to.equal('3');
      expect(shadow(el).querySelector('#question-title')?.getAttribute('aria-level')).to.equal('4');
      await answerUntil(el, 'major-trauma');
      await answer(el, 'yes');
      expect(resultTitle(el)).to.equal('Call 999 now');
      expect(action(el)?.getAttribute('href')).to.equal('tel:999');
      expect(warn.called).to.equal(false);
    });

    it('refuses a booking-url that is not http(s), with one warning naming it', async () => {
      const el = await fixture<RedFlagChecker>(
        html`<red-flag-checker clinic-name="Westside Spine" booking-url="javascript:alert(1)"></red-flag-checker>`,
      );
      await runChecker(el, { 'leg-pain': 'yes' });
      expect(resultTitle(el)).to.equal('Book an appointment in the next few days');
      expect(shadow(el).querySelector('a[href^="javascript"]')).to.equal(null);
      expect(action(el)).to.equal(null);
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('booking-url').and.to.contain('javascript:alert(1)');
    });

    it('reads a booking-url that starts with a host name as https://, with one warning', async () => {
      const el = await fixture<RedFlagChecker>(
        html`<red-flag-checker clinic-name="Sunrise" booking-url="www.sunrise.example/book"></red-flag-checker>`,
      );
      await runChecker(el, { 'leg-pain': 'yes' });
      expect(action(el)?.getAttribute('href')).to.equal('https://www.sunrise.example/book');
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('booking-url').and.to.contain('www.sunrise.example/book');
    });

    it('warns once for each invalid attribute and uses the default', async () => {
      const el = await fixture<RedFlagChecker>(
        html`<red-flag-checker heading-level="huge" emergency-number="call me" clinic-phone="none"></red-flag-checker>`,
      );
      expect(shadow(el).querySelector('[part="heading"]')?.getAttribute('aria-level')).to.equal('2');
      await answer(el, 'yes');
      expect(action(el)?.getAttribute('href')).to.equal('tel:911');
      const messages = warn.getCalls().map((call) => String(call.args[0]));
      expect(messages).to.have.length(3);
      expect(messages.some((m) => m.includes('heading-level') && m.includes('huge'))).to.equal(true);
      expect(messages.some((m) => m.includes('emergency-number') && m.includes('call me'))).to.equal(true);
      expect(messages.some((m) => m.includes('clinic-phone') && m.includes('none'))).to.equal(true);
      el.requestUpdate();
      await el.updateComplete;
      expect(warn.callCount).to.equal(3);
    });

    it('shows a hostile attribute value as literal text', async () => {
      const hostile = '<img src=x onerror=alert(1)>';
      const el = await fixture<RedFlagChecker>(
        html`<red-flag-checker clinic-name=${hostile} clinic-phone="0123 456" heading=${hostile}></red-flag-checker>`,
      );
      expect(shadow(el).querySelector('[part="heading"]')?.textContent?.trim()).to.equal(hostile);
      await runChecker(el, { fever: 'yes' });
      expect(clean(action(el)?.textContent)).to.equal(`Call ${hostile} today: 0123 456`);
      expect(shadow(el).querySelector('img')).to.equal(null);
    });
  });

  describe('with the keyboard alone', () => {
    /** The checker after a focusable page element, with focus on that element, as on a real page. */
    async function keyboardFixture() {
      const page = await fixture<HTMLDivElement>(html`<div><button>Page link</button>${clinic()}</div>`);
      page.querySelector('button')!.focus();
      const el = page.querySelector('red-flag-checker') as RedFlagChecker;
      await el.updateComplete;
      return el;
    }

    /** From the question's heading (or the page before the first), Tab to an answer and press it. */
    async function keyAnswer(el: RedFlagChecker, value: string | number, key: 'Enter' | 'Space' = 'Enter') {
      const target = choice(el, value)!;
      for (let tabs = 0; tabs < 8 && shadow(el).activeElement !== target; tabs++) await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement, `focus on ${value}`).to.equal(target);
      await sendKeys({ press: key });
      await el.updateComplete;
    }

    /** From the page before the widget, Tab to the age field, type the age and press Enter. */
    async function keyAge(el: RedFlagChecker, age: string) {
      const field = shadow(el).querySelector('#age');
      for (let tabs = 0; tabs < 8 && shadow(el).activeElement !== field; tabs++) await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.id, 'focus on the age').to.equal('age');
      await typeText(age);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    }

    it('answers with Tab and Enter or Space, and reaches a result', async () => {
      const el = await keyboardFixture();
      await keyAge(el, '35');
      expect(shadow(el).activeElement?.id).to.equal('question-title');
      await keyAnswer(el, 'no', 'Space');
      expect(shadow(el).activeElement?.id).to.equal('question-title');
      await keyAnswer(el, 'no');
      expect(screenName(el)).to.equal('collapse');
      await keyAnswer(el, 'unsure');
      expect(resultTitle(el)).to.equal('Call 911 now');
      expect(shadow(el).activeElement?.id).to.equal('result-title');
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.getAttribute('href')).to.equal('tel:911');
    });

    it('types the age and continues with Enter', async () => {
      const el = await keyboardFixture();
      await keyAge(el, '30');
      await waitUntil(() => screenName(el) === 'chest-pain', 'the next question');
      await press(el, 'Back');
      expect(shadow(el).querySelector<HTMLInputElement>('#age')?.value).to.equal('30');
    });
  });
});

describe('<red-flag-checker> emergency number by region', () => {
  const cases: [string, string][] = [
    ['en-US', '911'],
    ['en-CA', '911'],
    ['en-GB', '999'],
    ['fr-FR', '112'],
    ['de-AT', '112'],
    ['en-AU', '000'],
    ['en-NZ', '111'],
    ['en', '911'],
  ];
  for (const [lang, number] of cases) {
    it(`calls ${number} for lang="${lang}"`, async () => {
      const warn = sinon.stub(console, 'warn');
      try {
        const page = await fixture<HTMLDivElement>(html`<div lang=${lang}><red-flag-checker></red-flag-checker></div>`);
        const el = page.querySelector('red-flag-checker') as RedFlagChecker;
        await answer(el, 'yes');
        expect(action(el)?.getAttribute('href')).to.equal(`tel:${number}`);
      } finally {
        warn.restore();
      }
    });
  }

  it('lets the emergency-number attribute override the region', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div lang="en-GB"><red-flag-checker emergency-number="112"></red-flag-checker></div>`,
    );
    const el = page.querySelector('red-flag-checker') as RedFlagChecker;
    await answer(el, 'yes');
    expect(action(el)?.getAttribute('href')).to.equal('tel:112');
    expect(resultTitle(el)).to.equal('Call 112 now');
  });
});
