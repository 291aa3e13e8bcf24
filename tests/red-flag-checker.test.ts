import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/red-flag-checker/index.js';
import { tap } from './helpers/real-input.js';
import type { RedFlagChecker } from '../src/red-flag-checker/index.js';
import type { Answer, QuestionId } from '../src/content/types.js';

const shadow = (el: RedFlagChecker) => el.shadowRoot as ShadowRoot;
const text = (el: RedFlagChecker) => (shadow(el).textContent ?? '').replace(/\s+/g, ' ');
const stepTitle = (el: RedFlagChecker) => shadow(el).querySelector('.step-title')?.textContent?.trim();
const resultTitle = (el: RedFlagChecker) => shadow(el).querySelector('#result-title')?.textContent?.trim();
const action = (el: RedFlagChecker) => shadow(el).querySelector<HTMLAnchorElement>('[part="action"]');

async function clickAnswer(el: RedFlagChecker, name: string, value: string | number) {
  // A checker inside another fixture may still be waiting for its first render's turn.
  await el.updateComplete;
  const input = shadow(el).querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`);
  expect(input, `radio ${name}=${value}`).to.exist;
  input!.click();
  await el.updateComplete;
}

async function clickButton(el: RedFlagChecker, label: string) {
  const button = [...shadow(el).querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
  expect(button, `button "${label}"`).to.exist;
  button!.click();
  await el.updateComplete;
}

/** Answers every question on the current step: "no" unless listed, then presses Next. */
async function answerStep(
  el: RedFlagChecker,
  answers: Partial<Record<QuestionId, Answer>> = {},
  context: { durationDays?: number; improving?: Answer; age?: string } = {},
) {
  if (shadow(el).querySelector('input[name="durationDays"]')) {
    await clickAnswer(el, 'durationDays', context.durationDays ?? 0);
    await clickAnswer(el, 'improving', context.improving ?? 'yes');
  }
  const age = shadow(el).querySelector<HTMLInputElement>('#age');
  if (age) {
    age.value = context.age ?? '35';
    age.dispatchEvent(new Event('input'));
  }
  // One question at a time: an answer can bring a follow-up question onto the step.
  const unanswered = () =>
    [...shadow(el).querySelectorAll<HTMLFieldSetElement>('fieldset[data-name]')]
      .map((fieldset) => fieldset.dataset['name'] as string)
      .find((name) => name !== 'durationDays' && name !== 'improving' && !shadow(el).querySelector(`input[name="${name}"]:checked`));
  for (let name = unanswered(); name; name = unanswered()) {
    await clickAnswer(el, name, answers[name as QuestionId] ?? 'no');
    if (shadow(el).querySelector('#result-title')) return;
  }
  const submit = shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]');
  submit!.click();
  await el.updateComplete;
}

/** Runs the whole checker, step by step, with the given answers. */
async function runChecker(
  el: RedFlagChecker,
  answers: Partial<Record<QuestionId, Answer>> = {},
  context: { durationDays?: number; improving?: Answer; age?: string } = {},
) {
  for (let step = 0; step < 4 && !shadow(el).querySelector('#result-title'); step++) {
    await answerStep(el, answers, context);
  }
}

const clinic = () => html`
  <red-flag-checker clinic-name="Westside Spine" clinic-phone="+1 604 555 0100"
    booking-url="https://westside.example/book"></red-flag-checker>
`;

describe('<red-flag-checker>', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => {
    warn.restore();
  });

  it('starts with the emergency signs as native radio groups in fieldsets with legends', async () => {
    const el = await fixture<RedFlagChecker>(clinic());
    expect(shadow(el).querySelector('[role="heading"]')?.textContent).to.contain('Check your back spasm');
    expect(text(el)).to.contain('Step 1 of 4');
    expect(stepTitle(el)).to.equal('Signs that need help now');
    const legends = [...shadow(el).querySelectorAll('fieldset legend')].map((l) => l.textContent);
    expect(legends).to.have.length(8);
    expect(legends[0]).to.contain('chest pain');
    const radios = shadow(el).querySelectorAll('fieldset[data-name="chest-pain"] input[type="radio"]');
    expect([...radios].map((r) => r.closest('label')?.textContent?.trim())).to.deep.equal(['Yes', 'No', 'Not sure']);
    const progress = shadow(el).querySelector('progress');
    expect(progress?.value).to.equal(1);
    expect(progress?.max).to.equal(4);
    await expect(el).to.be.accessible();
    expect(warn.called).to.equal(false);
  });

  it('walks through every step with clicks to a self-care result, accessible at each step', async () => {
    const el = await fixture<RedFlagChecker>(clinic());
    const titles: string[] = [];
    for (let step = 0; step < 4; step++) {
      titles.push(stepTitle(el) as string);
      expect(text(el)).to.contain(`Step ${step + 1} of 4`);
      await expect(el).to.be.accessible();
      if (step < 3) await answerStep(el);
    }
    expect(titles).to.deep.equal(['Signs that need help now', 'Signs that need a doctor today', 'About your pain', 'About you']);
    const event = oneEvent<HTMLElementEventMap['red-flag-result']>(el, 'red-flag-result');
    await answerStep(el);
    const { detail } = await event;
    expect(detail).to.deep.equal({ level: 'self-care', policyVersion: '2.0' });
    expect(resultTitle(el)).to.equal('You can look after this at home');
    expect(text(el)).to.contain('ice pack wrapped in a cloth');
    expect(text(el)).to.contain('not getting better after 48 to 72 hours');
    expect(text(el)).to.contain('not a diagnosis');
    expect(shadow(el).activeElement?.id).to.equal('result-title');
    await expect(el).to.be.accessible();
  });

  it('shows the emergency result the moment an emergency answer is given', async () => {
    const el = await fixture<RedFlagChecker>(clinic());
    const event = oneEvent(el, 'red-flag-result');
    await clickAnswer(el, 'chest-pain', 'yes');
    expect((await event).detail).to.deep.equal({ level: 'call-emergency', policyVersion: '2.0' });
    expect(resultTitle(el)).to.equal('Call 911 now');
    expect(action(el)?.getAttribute('href')).to.equal('tel:911');
    expect(action(el)?.textContent?.trim()).to.equal('Call 911');
    expect(text(el)).to.contain('Do not drive yourself');
    expect(shadow(el).querySelector('.reasons')?.textContent?.trim()).to.equal('You have chest pain as well as back pain.');
    await expect(el).to.be.accessible();
  });

  it('treats "not sure" as yes, and says so', async () => {
    const el = await fixture<RedFlagChecker>(clinic());
    await clickAnswer(el, 'chest-pain', 'no');
    await clickAnswer(el, 'major-trauma', 'no');
    await clickAnswer(el, 'bladder-bowel', 'no');
    await clickAnswer(el, 'collapse', 'no');
    await clickAnswer(el, 'saddle-numbness', 'unsure');
    expect(resultTitle(el)).to.equal('Go to an emergency department now');
    expect(action(el)?.getAttribute('href')).to.equal('tel:911');
    // Listed once, in its "not sure" form, among the reasons.
    expect(shadow(el).querySelector('.reasons')?.textContent?.trim()).to.equal('You were not sure if it is numb between your legs.');
    expect(shadow(el).querySelector('.unsure')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('offers a call to the clinic today for an urgent result', async () => {
    const el = await fixture<RedFlagChecker>(clinic());
    await runChecker(el, { fever: 'yes' });
    expect(resultTitle(el)).to.equal('Speak to a doctor today');
    expect(action(el)?.getAttribute('href')).to.equal('tel:+16045550100');
    expect(action(el)?.textContent?.trim()).to.equal('Call Westside Spine today: +1 604 555 0100');
    expect(shadow(el).querySelector('.reasons')?.textContent?.trim()).to.equal('You have a high temperature.');
    await expect(el).to.be.accessible();
  });

  it('offers the booking link for an appointment result', async () => {
    const el = await fixture<RedFlagChecker>(clinic());
    await runChecker(el, { 'leg-pain': 'yes' });
    expect(resultTitle(el)).to.equal('Book an appointment in the next few days');
    expect(action(el)?.getAttribute('href')).to.equal('https://westside.example/book');
    expect(action(el)?.textContent?.trim()).to.equal('Book with Westside Spine');
    expect(action(el)?.getAttribute('rel')).to.contain('noopener');
    await expect(el).to.be.accessible();
  });

  it('falls back to the clinic phone, then to plain advice, when no booking link is set', async () => {
    const phoneOnly = await fixture<RedFlagChecker>(html`<red-flag-checker clinic-phone="(604) 555-0100"></red-flag-checker>`);
    await runChecker(phoneOnly, { 'leg-pain': 'yes' });
    expect(action(phoneOnly)?.getAttribute('href')).to.equal('tel:6045550100');
    expect(action(phoneOnly)?.textContent?.trim()).to.equal('Call the clinic: (604) 555-0100');

    const bare = await fixture<RedFlagChecker>(html`<red-flag-checker></red-flag-checker>`);
    await runChecker(bare, { fever: 'yes' });
    expect(action(bare)).to.equal(null);
    expect(text(bare)).to.contain('urgent care service today');
    await expect(bare).to.be.accessible();
  });

  it('reaches appointment through a combination: not improving after 3 days', async () => {
    const el = await fixture<RedFlagChecker>(clinic());
    await runChecker(el, {}, { durationDays: 3, improving: 'no' });
    expect(resultTitle(el)).to.equal('Book an appointment in the next few days');
    expect(shadow(el).querySelector('.reasons')?.textContent).to.contain('3 days or more');
  });

  it('reaches the emergency department at once through a combination: fever with a weak leg', async () => {
    const el = await fixture<RedFlagChecker>(clinic());
    await answerStep(el);
    await clickAnswer(el, 'leg-weakness', 'yes');
    expect(resultTitle(el)).to.equal(undefined);
    await clickAnswer(el, 'balance', 'no');
    await clickAnswer(el, 'fever', 'yes');
    expect(resultTitle(el)).to.equal('Go to an emergency department now');
    expect(shadow(el).querySelector('.reasons')?.textContent).to.contain('high temperature and nerve signs');
  });

  it('does not move on until every question of the step is answered', async () => {
    const el = await fixture<RedFlagChecker>(clinic());
    await clickAnswer(el, 'chest-pain', 'no');
    await clickAnswer(el, 'major-trauma', 'no');
    shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
    await aTimeout(0);
    expect(stepTitle(el)).to.equal('Signs that need help now');
    expect(shadow(el).querySelector('.error')?.textContent).to.contain('Questions still to answer: 6');
    expect(shadow(el).activeElement?.getAttribute('name')).to.equal('collapse');
    expect(shadow(el).querySelectorAll('fieldset.missing')).to.have.length(6);
    await expect(el).to.be.accessible();
  });

  it('asks for a valid age before the result', async () => {
    const el = await fixture<RedFlagChecker>(clinic());
    for (let step = 0; step < 3; step++) await answerStep(el);
    await answerStep(el, {}, { age: 'old' });
    expect(resultTitle(el)).to.equal(undefined);
    expect(shadow(el).querySelector('#age')?.getAttribute('aria-invalid')).to.equal('true');
    expect(text(el)).to.contain('Enter your age in years');
    await answerStep(el, {}, { age: '72' });
    expect(resultTitle(el)).to.equal('You can look after this at home');
  });

  it('goes back with every answer kept, and from a result back to the questions', async () => {
    const el = await fixture<RedFlagChecker>(clinic());
    await answerStep(el);
    await clickButton(el, 'Back');
    expect(stepTitle(el)).to.equal('Signs that need help now');
    const checked = shadow(el).querySelector<HTMLInputElement>('input[name="chest-pain"][value="no"]');
    expect(checked?.checked).to.equal(true);
    await clickAnswer(el, 'both-legs', 'yes');
    expect(resultTitle(el)).to.equal('Go to an emergency department now');
    await clickButton(el, 'Change my answers');
    expect(stepTitle(el)).to.equal('Signs that need help now');
    expect(shadow(el).querySelector<HTMLInputElement>('input[name="both-legs"][value="yes"]')?.checked).to.equal(true);
  });

  it('starts again with nothing answered', async () => {
    const el = await fixture<RedFlagChecker>(clinic());
    await clickAnswer(el, 'major-trauma', 'yes');
    await clickButton(el, 'Start again');
    expect(stepTitle(el)).to.equal('Signs that need help now');
    expect(shadow(el).querySelectorAll('input:checked')).to.have.length(0);
  });

  it('shows and prints a summary with the answers, the level and the date', async () => {
    const el = await fixture<RedFlagChecker>(clinic());
    const print = sinon.stub(window, 'print');
    try {
      await runChecker(el, { 'recurring-same-spot': 'yes' }, { age: '41', durationDays: 1 });
      const summary = shadow(el).querySelector<HTMLElement>('[part="summary"]')!;
      expect(summary.hidden).to.equal(true);
      await clickButton(el, 'Show summary');
      expect(summary.hidden).to.equal(false);
      const rows = summary.textContent.replace(/\s+/g, ' ');
      expect(rows).to.contain('Book an appointment in the next few days');
      expect(rows).to.contain('41');
      expect(rows).to.contain('1 or 2 days');
      const row = (label: string) =>
        [...summary.querySelectorAll('dt')].find((dt) => dt.textContent?.trim() === label)?.nextElementSibling?.textContent;
      expect(row('Before this time, did back pain keep coming back in the same spot?')).to.equal('Yes');
      expect(row('Checker policy')).to.equal('2.0');
      expect(row('Does the pain come and go in regular waves?')).to.equal('Not asked');
      expect(row('Do you have chest pain as well as the back pain?')).to.equal('No');
      expect(rows).to.contain(String(new Date().getFullYear()));
      await expect(el).to.be.accessible();
      await clickButton(el, 'Hide summary');
      await clickButton(el, 'Print summary');
      await el.updateComplete;
      expect(print.calledOnce).to.equal(true);
      expect(summary.hidden).to.equal(false);
    } finally {
      print.restore();
    }
  });

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
    const event = oneEvent<HTMLElementEventMap['red-flag-result']>(container, 'red-flag-result');
    await clickAnswer(el, 'bladder-bowel', 'yes');
    const received = await event;
    expect(Object.keys(received.detail)).to.deep.equal(['level', 'policyVersion']);
    expect(received.detail.level).to.equal('emergency-department');
    expect(received.composed).to.equal(true);
  });

  it('uses the emergency number and heading the site sets', async () => {
    const el = await fixture<RedFlagChecker>(
      html`<red-flag-checker emergency-number="999" heading="Is it serious?" heading-level="3"></red-flag-checker>`,
    );
    const heading = shadow(el).querySelector('[part="heading"]');
    expect(heading?.textContent?.trim()).to.equal('Is it serious?');
    expect(heading?.getAttribute('aria-level')).to.equal('3');
    expect(shadow(el).querySelector('.step-title')?.getAttribute('aria-level')).to.equal('4');
    await clickAnswer(el, 'major-trauma', 'yes');
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

  it('warns once for each invalid attribute and uses the default', async () => {
    const el = await fixture<RedFlagChecker>(
      html`<red-flag-checker heading-level="huge" emergency-number="call me" clinic-phone="none"></red-flag-checker>`,
    );
    expect(shadow(el).querySelector('[part="heading"]')?.getAttribute('aria-level')).to.equal('2');
    await clickAnswer(el, 'chest-pain', 'yes');
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
    expect(action(el)?.textContent?.trim()).to.equal(`Call ${hostile} today: 0123 456`);
    expect(shadow(el).querySelector('img')).to.equal(null);
  });

  describe('policy version 2, tapped as a visitor would', () => {
    /** A real tap on the label of one answer. */
    async function tapAnswer(el: RedFlagChecker, name: string, value: string | number) {
      await el.updateComplete;
      const input = shadow(el).querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`);
      expect(input, `radio ${name}=${value}`).to.exist;
      await tap(input!.closest('label')!);
      await el.updateComplete;
      expect(input!.checked || !!shadow(el).querySelector('#result-title'), `${name}=${value} is chosen`).to.equal(true);
    }
    const legends = (el: RedFlagChecker) => [...shadow(el).querySelectorAll('fieldset legend')].map((l) => l.textContent?.trim());
    const labour = 'Does the pain come and go in regular waves?';

    /** Answers the first three steps "no" (1 day, getting better), then stops on "About you". */
    async function toAboutYou(el: RedFlagChecker) {
      for (let step = 0; step < 3; step++) await answerStep(el, {}, { durationDays: 1 });
      expect(stepTitle(el)).to.equal('About you');
    }

    it('asks the new questions in the sections CLINICAL.md gives', async () => {
      const el = await fixture<RedFlagChecker>(clinic());
      expect(legends(el)).to.include.members(['Have you fainted, or do you feel faint?', 'Can you suddenly not move a leg or foot?']);
      await answerStep(el);
      expect(legends(el)).to.include.members([
        'Does it burn or sting when you pee?',
        'Do you have pain in your tummy as well?',
        'Is the pain high in your back?',
        'Does the pain get much worse when you cough or sneeze?',
      ]);
      await answerStep(el);
      expect(legends(el)).to.include('Did the pain start when you lifted, bent or twisted?');
      const durations = [...shadow(el).querySelectorAll('input[name="durationDays"]')].map((input) => input.closest('label')?.textContent?.trim());
      expect(durations).to.deep.equal(['Less than a day', '1 or 2 days', '3 to 6 days', '1 to 6 weeks', 'More than 6 weeks']);
      await answerStep(el);
      expect(legends(el)).to.include('Are you pregnant, or could you be?');
      expect(legends(el)).not.to.include(labour);
    });

    it('asks about labour only after "pregnant" is yes or not sure, and drops that answer when it changes to no', async () => {
      const el = await fixture<RedFlagChecker>(clinic());
      await toAboutYou(el);
      await tapAnswer(el, 'pregnant', 'yes');
      expect(legends(el)).to.include(labour);
      await tapAnswer(el, 'labour-signs', 'no');
      await tapAnswer(el, 'pregnant', 'no');
      expect(legends(el)).not.to.include(labour);
      await tapAnswer(el, 'pregnant', 'unsure');
      expect(legends(el)).to.include(labour);
      expect(shadow(el).querySelector<HTMLInputElement>('input[name="labour-signs"]:checked'), 'the dropped answer is gone').to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('ends the questions at once when the labour follow-up is yes, with the maternity advice', async () => {
      const el = await fixture<RedFlagChecker>(clinic());
      await toAboutYou(el);
      await tapAnswer(el, 'pregnant', 'yes');
      await tapAnswer(el, 'labour-signs', 'yes');
      expect(resultTitle(el)).to.equal('Go to an emergency department now');
      expect(shadow(el).querySelector('.advice')?.textContent).to.contain('Call your maternity unit or labour ward now.');
      expect(text(el)).to.contain('Do not drive yourself.');
      await expect(el).to.be.accessible();
    });

    it('books an appointment for a pregnancy alone, and says to tell them', async () => {
      const el = await fixture<RedFlagChecker>(clinic());
      await runChecker(el, { pregnant: 'yes' }, { age: '30', durationDays: 1 });
      expect(resultTitle(el)).to.equal('Book an appointment in the next few days');
      expect(shadow(el).querySelector('.reasons')?.textContent?.trim()).to.equal('You are pregnant, or could be.');
      expect(shadow(el).querySelector('.advice')?.textContent?.trim()).to.equal('Tell them you are pregnant. Your midwife can also help.');
    });

    it('shows no answer-specific advice when that answer did not set the level', async () => {
      const el = await fixture<RedFlagChecker>(clinic());
      await runChecker(el, { fever: 'yes', pregnant: 'yes' }, { age: '30', durationDays: 1 });
      expect(resultTitle(el)).to.equal('Speak to a doctor today');
      expect(shadow(el).querySelector('.advice')).to.equal(null);
    });

    it('sends a 61-year-old with belly pain to the emergency department, saying why in a statement', async () => {
      const el = await fixture<RedFlagChecker>(clinic());
      await runChecker(el, { 'belly-pain': 'yes' }, { age: '61', durationDays: 1 });
      expect(resultTitle(el)).to.equal('Go to an emergency department now');
      expect(shadow(el).querySelector('.reasons')?.textContent).to.contain('You are 60 or older and have pain in your tummy as well as your back.');
      expect(text(el)).to.contain('Do not drive yourself.');
    });

    it('keeps the common case at home: a spasm after lifting, getting better', async () => {
      const el = await fixture<RedFlagChecker>(clinic());
      await runChecker(el, { 'lifting-strain': 'yes' }, { age: '35', durationDays: 1, improving: 'yes' });
      expect(resultTitle(el)).to.equal('You can look after this at home');
      expect(shadow(el).querySelector('.plan')?.textContent).to.contain('Some people should ask a pharmacist first.');
      expect(shadow(el).querySelector('.plan')?.textContent).to.contain('blood thinners');
    });

    it('lists a not-sure answer that did not set the level once, in its not-sure form', async () => {
      const el = await fixture<RedFlagChecker>(clinic());
      await runChecker(el, { fever: 'yes', 'leg-pain': 'unsure' }, { age: '40', durationDays: 1 });
      expect(resultTitle(el)).to.equal('Speak to a doctor today');
      expect(shadow(el).querySelector('.reasons')?.textContent?.trim()).to.equal('You have a high temperature.');
      const unsure = [...shadow(el).querySelectorAll('.unsure li')].map((li) => li.textContent?.trim());
      expect(unsure).to.deep.equal(['You were not sure if pain spreads down one leg.']);
      expect(text(el).split('not sure if pain spreads').length - 1).to.equal(1);
    });
  });

  describe('with the keyboard alone', () => {
    /** Tab to the next radio group and choose an answer with the arrow keys, as a keyboard user does. */
    async function keyAnswer(answer: 'yes' | 'no' | 'unsure') {
      await sendKeys({ press: 'Tab' });
      if (answer === 'yes') await sendKeys({ press: 'Space' });
      if (answer === 'no' || answer === 'unsure') await sendKeys({ press: 'ArrowRight' });
      if (answer === 'unsure') await sendKeys({ press: 'ArrowRight' });
    }

    async function keyStep(el: RedFlagChecker, answers: Partial<Record<string, 'yes' | 'no' | 'unsure'>> = {}) {
      const fieldsets = [...shadow(el).querySelectorAll<HTMLFieldSetElement>('fieldset[data-name]')];
      for (const fieldset of fieldsets) {
        const name = fieldset.dataset['name'] as string;
        if (name === 'durationDays') {
          await sendKeys({ press: 'Tab' });
          await sendKeys({ press: 'Space' });
        } else {
          await keyAnswer(answers[name] ?? (name === 'improving' ? 'yes' : 'no'));
        }
        await el.updateComplete;
        if (shadow(el).querySelector('#result-title')) return;
      }
      const submit = shadow(el).querySelector('button[type="submit"]');
      for (let tabs = 0; tabs < 3 && shadow(el).activeElement !== submit; tabs++) await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(submit);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await aTimeout(0);
    }

    /** The checker after a focusable page element, with focus on that element, as on a real page. */
    async function keyboardFixture() {
      const page = await fixture<HTMLDivElement>(html`<div><button>Page link</button>${clinic()}</div>`);
      page.querySelector('button')!.focus();
      const el = page.querySelector('red-flag-checker') as RedFlagChecker;
      await el.updateComplete;
      return el;
    }

    it('answers every step and reaches a result with Tab, arrows, Space and Enter', async () => {
      const el = await keyboardFixture();
      await keyStep(el);
      expect(stepTitle(el)).to.equal('Signs that need a doctor today');
      expect(shadow(el).activeElement?.id).to.equal('step-title');
      await keyStep(el, { 'lump-swelling': 'unsure' });
      expect(stepTitle(el)).to.equal('About your pain');
      await keyStep(el);
      expect(stepTitle(el)).to.equal('About you');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '64' });
      await keyStep(el);
      expect(resultTitle(el)).to.equal('Speak to a doctor today');
      expect(shadow(el).querySelector('.reasons')?.textContent?.trim()).to.equal('You were not sure if there is a new lump on your back.');
      expect(shadow(el).activeElement?.id).to.equal('result-title');
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.getAttribute('href')).to.equal('tel:+16045550100');
    });

    it('reaches the emergency result from the keyboard as soon as "not sure" is chosen', async () => {
      const el = await keyboardFixture();
      await keyStep(el, { 'major-trauma': 'unsure' });
      expect(resultTitle(el)).to.equal('Call 911 now');
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.getAttribute('href')).to.equal('tel:911');
    });

    it('reaches self-care and appointment from the keyboard', async () => {
      const el = await keyboardFixture();
      for (let step = 0; step < 3; step++) await keyStep(el, { inflammatory: 'yes' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '30' });
      await keyStep(el);
      expect(resultTitle(el)).to.equal('Book an appointment in the next few days');
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.getAttribute('href')).to.equal('https://westside.example/book');
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
        await clickAnswer(el, 'chest-pain', 'yes');
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
    await clickAnswer(el, 'chest-pain', 'yes');
    expect(action(el)?.getAttribute('href')).to.equal('tel:112');
    expect(resultTitle(el)).to.equal('Call 112 now');
  });
});
