/*
 * What each result of <red-flag-checker> tells the visitor around its level (CLINICAL.md policy 3,
 * "What the result always shows"): the safety net written out on every result below the emergency
 * department, the clinic-closed line of an urgent result, and the home-care plan's pain relief and
 * heat advice, with the medicine named as the region names it. Each check is reached with real taps.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/red-flag-checker/index.js';
import type { RedFlagChecker } from '../src/red-flag-checker/index.js';
import type { Answer, QuestionId } from '../src/content/types.js';
import { meantInputTiming } from '../src/internal/meant-input.js';
import { parseAge } from '../src/red-flag-checker/red-flag-checker.js';
import { tap } from './helpers/real-input.js';

const shadow = (el: RedFlagChecker) => el.shadowRoot as ShadowRoot;
const clean = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
const screenName = (el: RedFlagChecker) => shadow(el).querySelector<HTMLElement>('[data-name]')?.dataset['name'];
const resultTitle = (el: RedFlagChecker) => clean(shadow(el).querySelector('#result-title')?.textContent);
const choice = (el: RedFlagChecker, value: string | number) =>
  shadow(el).querySelector<HTMLButtonElement>(`.choice-buttons button[data-value="${value}"]`);
const ageField = (el: RedFlagChecker) => shadow(el).querySelector<HTMLInputElement>('#age');
const continueButton = (el: RedFlagChecker) => shadow(el).querySelector<HTMLButtonElement>('form .continue')!;

/** The safety net as the visitor reads it: each list's heading with its items. */
function safetyNet(el: RedFlagChecker): { heading: string; items: string[] }[] {
  const net = shadow(el).querySelector('.safety-net');
  if (!net) return [];
  return [...net.querySelectorAll('.net-heading')].map((heading) => ({
    heading: clean(heading.textContent),
    items: [...(heading.nextElementSibling?.querySelectorAll('li') ?? [])].map((li) => clean(li.textContent)),
  }));
}

const legSigns: readonly QuestionId[] = ['both-legs', 'cannot-move-leg', 'leg-weakness', 'leg-pain', 'leg-numbness'];

/** Enters an age with real input (the text put in as a paste puts it), then taps Continue. */
async function putAge(el: RedFlagChecker, text: string) {
  const field = ageField(el)!;
  await tap(field);
  field.select();
  await sendKeys({ press: 'Backspace' });
  // What a paste inserts: the browser's own text insertion, with its input event.
  document.execCommand('insertText', false, text);
  expect(field.value, 'the field shows what was put in').to.equal(text);
  await tap(continueButton(el));
  await el.updateComplete;
}

/** Answers with real taps until the result: "no" unless listed; 1 or 2 days, getting better. */
async function walk(el: RedFlagChecker, answers: Partial<Record<QuestionId, Answer>> = {}, age = '35') {
  for (let guard = 0; guard < 60 && !shadow(el).querySelector('#result-title'); guard++) {
    await el.updateComplete;
    const name = screenName(el);
    if (name === 'age') await putAge(el, age);
    else if (name === 'durationDays') await tap(choice(el, 1)!);
    else if (name === 'improving') await tap(choice(el, 'yes')!);
    else if (name === 'leg-symptoms') await tap(choice(el, legSigns.some((id) => answers[id]) ? 'yes' : 'no')!);
    else await tap(choice(el, answers[name as QuestionId] ?? 'no')!);
    await el.updateComplete;
  }
  expect(shadow(el).querySelector('#result-title'), 'a result').to.exist;
}

const checker = (attributes: { region?: string; phone?: boolean } = {}) =>
  fixture<RedFlagChecker>(html`<red-flag-checker clinic-name="Westside Spine" clinic-phone=${attributes.phone === false ? '' : '020 7946 0000'}
    region=${attributes.region ?? 'GB'}></red-flag-checker>`);

const CALL = {
  heading: 'Call 999 now if:',
  items: [
    'you have chest pain;',
    'you are so short of breath that it is hard to speak;',
  ],
};
const DEPARTMENT_HEADING = 'Go to an emergency department now if:';
const DOCTOR_HEADING = 'Speak to a doctor today if:';
const BOOK_HEADING = 'Book an appointment if:';

before(() => {
  meantInputTiming.settleMs = 0;
});
after(() => {
  meantInputTiming.settleMs = 400;
});

describe('<red-flag-checker> results: the safety net, the closed clinic and home care', () => {
  it('self-care lists, in full, every sign of each more urgent level, and when to book', async () => {
    const el = await checker();
    await walk(el);
    expect(resultTitle(el)).to.equal('You can look after this at home');
    const net = safetyNet(el);
    expect(net.map((list) => list.heading)).to.deep.equal([CALL.heading, DEPARTMENT_HEADING, DOCTOR_HEADING, BOOK_HEADING]);
    expect(net[0]!.items.slice(0, 2)).to.deep.equal(CALL.items);
    expect(net[0]!.items.join(' ')).to.contain('faint');
    const department = net[1]!.items.join(' ');
    for (const sign of ['cannot pee', 'numb between your legs', 'when you wipe', 'sex or your genitals', 'both legs', 'suddenly stops moving']) {
      expect(department, sign).to.contain(sign);
    }
    expect(department, 'no labour signs when not pregnant').not.to.contain('maternity');
    expect(net[2]!.items.join(' ')).to.contain('high temperature').and.contain('blood in your pee').and.contain('pain in your tummy');
    expect(net[3]!.items.join(' ')).to.contain('48 to 72 hours');
    // Home care does not start with "if it gets worse": there is no one to be seen.
    expect(clean(shadow(el).querySelector('.safety-net')?.textContent)).not.to.contain('If it gets worse before you are seen');
    await expect(el).to.be.accessible();
  });

  it('home care offers ibuprofen first, says paracetamol on its own is not advised, and wraps the heat', async () => {
    const el = await checker();
    await walk(el);
    const plan = [...shadow(el).querySelectorAll('.plan li')].map((li) => clean(li.textContent));
    const ibuprofen = plan.findIndex((item) => item.includes('anti-inflammatory such as ibuprofen'));
    const paracetamol = plan.findIndex((item) => item === 'Paracetamol on its own is not advised for back pain.');
    expect(ibuprofen, 'ibuprofen offered').to.be.at.least(0);
    expect(paracetamol, 'paracetamol alone not advised').to.be.greaterThan(ibuprofen);
    expect(plan.join(' ')).not.to.contain('Acetaminophen');
    const heat = plan.find((item) => item.includes('switch to heat'))!;
    expect(heat).to.contain('Wrap a heat pad in a cloth').and.contain('never fall asleep on it');
    expect(plan.join(' ')).to.contain('Ask a pharmacist first');
  });

  it('names the medicine acetaminophen where the region is the US', async () => {
    const el = await checker({ region: 'US' });
    await walk(el);
    const plan = [...shadow(el).querySelectorAll('.plan li')].map((li) => clean(li.textContent));
    expect(plan).to.include('Acetaminophen on its own is not advised for back pain.');
    expect(plan.join(' ')).not.to.contain('Paracetamol');
    expect(safetyNet(el)[0]!.heading).to.equal('Call 911 now if:');
  });

  it('an appointment says "if it gets worse" and lists the emergency, department and doctor-today signs', async () => {
    const el = await checker();
    await walk(el, { 'recurring-same-spot': 'yes' });
    expect(resultTitle(el)).to.equal('Book an appointment in the next few days');
    expect(clean(shadow(el).querySelector('.safety-net')?.textContent)).to.contain('If it gets worse before you are seen:');
    expect(safetyNet(el).map((list) => list.heading)).to.deep.equal([CALL.heading, DEPARTMENT_HEADING, DOCTOR_HEADING]);
  });

  it('an urgent result lists the emergency and department signs, and gives the urgent line for a closed clinic', async () => {
    const el = await checker();
    await walk(el, { fever: 'yes' });
    expect(resultTitle(el)).to.equal('Speak to a doctor today');
    expect(safetyNet(el).map((list) => list.heading)).to.deep.equal([CALL.heading, DEPARTMENT_HEADING]);
    const closed = shadow(el).querySelector('.closed')!;
    expect(clean(closed.textContent)).to.equal('If your clinic is closed, call 111.');
    expect(closed.querySelector('a')?.getAttribute('href')).to.equal('tel:111');
  });

  it('an urgent result where no national line answers day and night points to out-of-hours care', async () => {
    const el = await checker({ region: 'US' });
    await walk(el, { fever: 'yes' });
    const closed = shadow(el).querySelector('.closed')!;
    expect(clean(closed.textContent)).to.equal('If your clinic is closed, call your doctor’s out-of-hours line. Or go to an urgent care centre.');
    expect(closed.querySelector('a')).to.equal(null);
  });

  it('adds the labour signs to the department list when the visitor is, or could be, pregnant', async () => {
    const el = await checker();
    await walk(el, { pregnant: 'unsure' }, '30');
    expect(resultTitle(el)).to.equal('Book an appointment in the next few days');
    const department = safetyNet(el)[1]!;
    expect(department.heading).to.equal(DEPARTMENT_HEADING);
    expect(department.items.at(-1)).to.contain('regular waves').and.contain('maternity unit');
  });

  it('an emergency result has no safety net: its action is the one thing to do', async () => {
    const el = await checker();
    await walk(el, { 'saddle-numbness': 'yes' });
    expect(resultTitle(el)).to.equal('Go to an emergency department now');
    expect(safetyNet(el)).to.deep.equal([]);
  });
});

describe('<red-flag-checker> reads the age the visitor sees', () => {
  it('reads whole years from 0 to 120, trimming spaces and invisible characters, and refuses the rest', () => {
    const read: [string, number | undefined][] = [
      ['  45', 45],
      ['45\u200b', 45],
      ['\u00a045\u00a0', 45],
      ['\ufeff45', 45],
      ['٤٥', 45],
      ['４５', 45],
      ['0', 0],
      ['120', 120],
      ['1000', undefined],
      ['121', undefined],
      ['4 5', undefined],
      ['45.5', undefined],
      ['-4', undefined],
      ['', undefined],
      ['forty', undefined],
    ];
    for (const [text, age] of read) expect(parseAge(text), JSON.stringify(text)).to.equal(age);
  });

  // A visitor aged 45 is asked about pregnancy (ages 10 to 55); one read as 4 is not.
  for (const text of ['  45', '45\u200b', '٤٥']) {
    it(`takes ${JSON.stringify(text)} put into the field as 45`, async () => {
      const el = await checker();
      await putAge(el, text);
      expect(screenName(el), 'the age is taken').to.equal('chest-pain');
      for (let guard = 0; guard < 12 && !['pregnant', 'cancer-history'].includes(screenName(el) ?? ''); guard++) {
        await tap(choice(el, 'no')!);
        await el.updateComplete;
      }
      expect(screenName(el), 'asked about pregnancy, as at 45').to.equal('pregnant');
    });
  }

  for (const text of ['1000', '4 5']) {
    it(`refuses ${JSON.stringify(text)} with the error, and keeps it in the field to correct`, async () => {
      const el = await checker();
      await putAge(el, text);
      expect(screenName(el)).to.equal('age');
      expect(clean(shadow(el).querySelector('#age-error')?.textContent)).to.equal('Error: Enter an age in whole years, from 0 to 120.');
      expect(ageField(el)!.value).to.equal(text);
    });
  }
});
