/*
 * The checker's flow, one question per screen, checked against CLINICAL.md policy 3 without a DOM:
 * the screens and their order (the age first, then the emergency signs, pregnancy, the risk
 * factors, the urgent signs and the pain), the emergency stop, Back, the follow-ups (the leg
 * questions after "leg symptoms", labour after "pregnant", pregnancy only from 10 to 55), "check
 * your answers" with changing one answer, and the whole-check progress shown on each screen.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  answer,
  answered,
  answerOf,
  back,
  canGoBack,
  change,
  checkAnswers,
  finish,
  progress,
  resultOf,
  screens,
  start,
  type FlowState,
  type FlowValues,
  type ScreenId,
} from '../src/triage/flow.js';
import { triage, type Answer, type LevelId, type QuestionId, type SectionId } from '../src/triage/index.js';
import { ANSWERS, PREGNANCY_AGES, QUESTIONS, expectedTriage } from './triage-spec.js';

type Value = Answer | number;
interface SpecScreen {
  id: ScreenId;
  section: SectionId;
}

const SECTIONS: readonly SectionId[] = ['about', 'emergency', 'risk', 'urgent', 'pain'];

/** The age is the whole "about" section; how long and whether it is getting better open "pain". */
const CONTEXT_FIRST: Readonly<Record<SectionId, readonly ScreenId[]>> = {
  about: ['age'],
  emergency: [],
  risk: [],
  urgent: [],
  pain: ['durationDays', 'improving'],
};

const opens = (value: Answer | undefined) => value === 'yes' || value === 'unsure';

/**
 * The screens CLINICAL.md asks for these values, in its order and sections: a follow-up only after
 * a yes or not sure to its question, and `pregnant` (with its follow-up) only from 10 to 55, or
 * while the age is not known.
 */
function specScreens(values: { age?: number; answers?: Partial<Record<QuestionId, Value>> } = { age: 35 }): SpecScreen[] {
  const answers = values.answers ?? {};
  const pregnancyAsked = values.age === undefined || (values.age >= PREGNANCY_AGES.min && values.age <= PREGNANCY_AGES.max);
  const list: SpecScreen[] = [];
  for (const section of SECTIONS) {
    for (const id of CONTEXT_FIRST[section]) list.push({ id, section });
    for (const question of QUESTIONS) {
      if (question.section !== section) continue;
      if (question.followUpOf && !opens(answers[question.followUpOf] as Answer | undefined)) continue;
      if ((question.id === 'pregnant' || question.followUpOf === 'pregnant') && !pregnancyAsked) continue;
      list.push({ id: question.id, section });
    }
  }
  return list;
}

/** The screens for a walk with these overrides (the age 35 unless given). */
const specFor = (overrides: Partial<Record<ScreenId, Value>>) =>
  ids(specScreens({ age: (overrides.age as number | undefined) ?? 35, answers: overrides }));

const ids = (list: readonly { id: ScreenId }[]): ScreenId[] => list.map((screen) => screen.id);

const emergencyLevels: readonly LevelId[] = ['call-emergency', 'emergency-department'];
const isEmergency = (level: LevelId): boolean => emergencyLevels.includes(level);

/** The all-"no" visitor: a day or two, getting better, 35 years old, "no" to every question. */
const allNoValue = (id: ScreenId): Value => {
  if (id === 'durationDays') return 1;
  if (id === 'improving') return 'yes';
  if (id === 'age') return 35;
  return 'no';
};

/** Answers every screen the flow shows, in order, until the result, and records the screens seen. */
function walk(
  overrides: Partial<Record<ScreenId, Value>> = {},
  from: FlowState = start(),
): { state: FlowState; seen: ScreenId[] } {
  let state = from;
  const seen: ScreenId[] = [];
  while (state.at !== 'result' && state.at !== 'check') {
    if (seen.length > 100) throw new Error(`the flow did not end: ${seen.join(', ')}`);
    const id = state.at;
    seen.push(id);
    state = answer(state, overrides[id] ?? allNoValue(id));
  }
  return { state, seen };
}

/** Answers the screens on show with the given values, one after another, and returns the state. */
function answerAll(state: FlowState, ...values: Value[]): FlowState {
  return values.reduce<FlowState>((current, value) => answer(current, value), state);
}

/** Walks all-"no" up to (not including) a screen, returning the state with that screen on show. */
function upTo(id: ScreenId, overrides: Partial<Record<ScreenId, Value>> = {}): FlowState {
  let state = start();
  for (let step = 0; state.at !== id; step += 1) {
    if (state.at === 'result' || state.at === 'check' || step > 100) throw new Error(`never reached ${id}`);
    state = answer(state, overrides[state.at] ?? allNoValue(state.at));
  }
  return state;
}

const LEG_FOLLOW_UPS = ['both-legs', 'cannot-move-leg', 'leg-weakness', 'leg-pain', 'leg-numbness'] as const;

const allNoIds = ids(specScreens());

describe('triage flow: screens', () => {
  it('lists every question once, in the order and sections of CLINICAL.md, with the context screens first in their sections', () => {
    const list = screens({ answers: {}, age: 35 });
    expect(list).to.deep.equal(specScreens());
    expect(new Set(ids(list)).size).to.equal(list.length);
    // The age, 7 emergency signs, "leg symptoms", pregnancy, 3 risk factors, 9 urgent signs, how
    // long, getting better, and 7 pain questions: the gate's 5 follow-ups and labour are not asked.
    expect(list.length).to.equal(31);
    // Before the age is known, pregnancy is among the screens to come.
    expect(screens({ answers: {} })).to.deep.equal(specScreens({ answers: {} }));
  });

  it('asks the age first, then the emergency signs, the risk factors, the urgent signs, and how long and whether it is getting better first in "pain"', () => {
    const list = screens({ answers: {}, age: 35 });
    const firstOf = (section: SectionId) => list.filter((screen) => screen.section === section).map((screen) => screen.id);
    expect(list[0]).to.deep.equal({ id: 'age', section: 'about' });
    expect(firstOf('about')).to.deep.equal(['age']);
    expect(firstOf('emergency').slice(0, 2)).to.deep.equal(['chest-pain', 'breathless']);
    expect(firstOf('emergency').slice(-2)).to.deep.equal(['leg-symptoms', 'pregnant']);
    expect(firstOf('risk')).to.deep.equal(['cancer-history', 'infection-risk', 'bone-fragility']);
    expect(firstOf('urgent')[0]).to.equal('balance');
    expect(firstOf('pain').slice(0, 2)).to.deep.equal(['durationDays', 'improving']);
  });

  it('asks the five leg questions only after "leg symptoms" is yes or not sure, each in its own section', () => {
    for (const gate of ANSWERS) {
      const list = ids(screens({ answers: { 'leg-symptoms': gate }, age: 35 }));
      const asked = gate !== 'no';
      for (const id of ['both-legs', 'cannot-move-leg', 'leg-weakness', 'leg-pain', 'leg-numbness'] as const) {
        expect(list.includes(id), `${id} after leg-symptoms ${gate}`).to.equal(asked);
      }
      expect(list).to.deep.equal(specFor({ 'leg-symptoms': gate }));
    }
    const open = ids(screens({ answers: { 'leg-symptoms': 'yes' }, age: 35 }));
    expect(open.slice(open.indexOf('leg-symptoms'), open.indexOf('leg-symptoms') + 3)).to.deep.equal(['leg-symptoms', 'both-legs', 'cannot-move-leg']);
    expect(open.indexOf('leg-weakness')).to.equal(open.indexOf('balance') - 1);
  });

  it('shows labour-signs only after "pregnant" is answered yes or not sure, straight after it', () => {
    for (const pregnant of ANSWERS) {
      const list = screens({ answers: { pregnant }, age: 30 });
      const asked = pregnant !== 'no';
      expect(ids(list).includes('labour-signs'), `pregnant ${pregnant}`).to.equal(asked);
      expect(list, `pregnant ${pregnant}`).to.deep.equal(specScreens({ age: 30, answers: { pregnant } }));
    }
    expect(ids(screens({ answers: {}, age: 30 }))).not.to.include('labour-signs');
    const withFollowUp = ids(screens({ answers: { pregnant: 'yes' }, age: 30 }));
    expect(withFollowUp.indexOf('labour-signs')).to.equal(withFollowUp.indexOf('pregnant') + 1);
  });

  it('asks about pregnancy only from 10 to 55', () => {
    for (const [age, asked] of [[0, false], [9, false], [10, true], [35, true], [55, true], [56, false], [72, false]] as const) {
      expect(ids(screens({ answers: {}, age })).includes('pregnant'), `age ${age}`).to.equal(asked);
      expect(ids(screens({ answers: { pregnant: 'yes' }, age })).includes('labour-signs'), `labour at ${age}`).to.equal(asked);
    }
  });

  it('does not change the screens for other answers or context values', () => {
    const values: FlowValues = {
      answers: { fever: 'yes', 'severe-worsening': 'unsure', 'first-episode': 'yes' },
      durationDays: 43,
      improving: 'no',
      age: 40,
    };
    expect(screens(values)).to.deep.equal(specScreens({ age: 40 }));
  });
});

describe('triage flow: answering one screen after another', () => {
  it('starts on the age with nothing answered', () => {
    const state = start();
    expect(state.at).to.equal('age');
    expect(state.changing).to.equal(false);
    expect(state.values.answers).to.deep.equal({});
    expect(answered(state)).to.deep.equal([]);
  });

  it('moves to the next screen after each answer, across sections', () => {
    let state = start();
    for (let index = 0; index < allNoIds.length - 1; index += 1) {
      expect(state.at).to.equal(allNoIds[index]);
      state = answer(state, allNoValue(state.at as ScreenId));
      expect(state.at, `after ${allNoIds[index]}`).to.equal(allNoIds[index + 1]);
    }
  });

  it('records a question answer, a duration, "getting better" and the age in the engine\'s shape', () => {
    const state = walk().state;
    expect(state.values.durationDays).to.equal(1);
    expect(state.values.improving).to.equal('yes');
    expect(state.values.age).to.equal(35);
    expect(state.values.answers['chest-pain']).to.equal('no');
    expect(Object.keys(state.values.answers)).to.have.length(28);
    expect(answerOf(state.values, 'durationDays')).to.equal(1);
    expect(answerOf(state.values, 'improving')).to.equal('yes');
    expect(answerOf(state.values, 'age')).to.equal(35);
    expect(answerOf(state.values, 'fever')).to.equal('no');
    expect(answerOf(state.values, 'labour-signs')).to.equal(undefined);
    expect(answerOf(state.values, 'leg-pain')).to.equal(undefined);
  });

  /*
   * The all-"no" visitor, counted from CLINICAL.md policy 3 by section:
   *   about      1  the age;
   *   emergency  9  chest-pain, breathless, collapse, major-trauma, bladder-bowel, saddle-numbness,
   *                 sexual-function, leg-symptoms (the gate: "no" leaves out both-legs and
   *                 cannot-move-leg) and pregnant (asked from 10 to 55 only; "no" leaves out
   *                 labour-signs), so 8 outside 10 to 55;
   *   risk       3  cancer-history, infection-risk, bone-fragility;
   *   urgent     9  balance, fever, urine-symptoms, belly-pain, upper-back-pain, cough-sneeze-pain,
   *                 weight-loss, night-rest-pain, lump-swelling (leg-weakness left out by the gate);
   *   pain       9  durationDays, improving, minor-fall, lifting-strain, severe-worsening, daily-life,
   *                 recurring-same-spot, inflammatory, first-episode (leg-pain, leg-numbness left out).
   * 1 + 9 + 3 + 9 + 9 = 31 from 10 to 55; 1 + 8 + 3 + 9 + 9 = 30 at any other age (0 to 9, 56 to 120).
   * No answer reaches an emergency level, so nothing stops early: under 6 is `urgent`
   * (young-child), under 16 `appointment` (child), otherwise `self-care`.
   */
  const allNoCases: readonly { age: number; count: number; emergency: number; level: LevelId; reasons: string[] }[] = [
    { age: 35, count: 31, emergency: 9, level: 'self-care', reasons: [] },
    { age: 60, count: 30, emergency: 8, level: 'self-care', reasons: [] },
    { age: 8, count: 30, emergency: 8, level: 'appointment', reasons: ['child'] },
    { age: 56, count: 30, emergency: 8, level: 'self-care', reasons: [] },
    { age: 55, count: 31, emergency: 9, level: 'self-care', reasons: [] },
    { age: 10, count: 31, emergency: 9, level: 'appointment', reasons: ['child'] },
    { age: 9, count: 30, emergency: 8, level: 'appointment', reasons: ['child'] },
    { age: 0, count: 30, emergency: 8, level: 'urgent', reasons: ['young-child'] },
    { age: 120, count: 30, emergency: 8, level: 'self-care', reasons: [] },
  ];
  for (const { age, count, emergency, level, reasons } of allNoCases) {
    it(`at ${age} (a day or two, getting better) reaches ${level} after exactly one answer per screen: ${count} screens, answering "no" throughout`, () => {
      const { state, seen } = walk({ age });
      expect(seen).to.deep.equal(specFor({ age }));
      expect(seen.length).to.equal(count);
      expect(new Set(seen).size).to.equal(count);
      const perSection = (section: SectionId) => specScreens({ age }).filter((screen) => screen.section === section).length;
      expect(SECTIONS.map(perSection)).to.deep.equal([1, emergency, 3, 9, 9]);
      expect(seen.includes('pregnant'), `pregnant at ${age}`).to.equal(emergency === 9);
      for (const id of ['labour-signs', 'both-legs', 'cannot-move-leg', 'leg-weakness', 'leg-pain', 'leg-numbness'] as const) {
        expect(seen, `${id} at ${age}`).not.to.include(id);
      }
      expect(state.at).to.equal('result');
      expect(state.changing).to.equal(false);
      const result = resultOf(state);
      expect(result.level, `age ${age}`).to.equal(level);
      expect(result.reasons, `age ${age}`).to.deep.equal(reasons);
      expect(result.unsure).to.deep.equal([]);
      expect(result).to.deep.equal(expectedTriage(state.values));
    });
  }

  /*
   * Belly pain at 72: the age (1), the 8 emergency signs asked at 72 (no pregnancy after 55), the 3
   * risk factors (12) and balance, fever, urine-symptoms, belly-pain (16): `belly-pain-at-60` is
   * `emergency-department`, so the check stops there, in the urgent signs, 14 screens before the end.
   */
  it('belly pain at 72 reaches the emergency department on screen 16 of 30, in the urgent signs, answering "no" before it', () => {
    const { state, seen } = walk({ age: 72, 'belly-pain': 'yes' });
    const order = specScreens({ age: 72 });
    expect(order.length).to.equal(30);
    expect(order.findIndex((screen) => screen.id === 'belly-pain') + 1).to.equal(16);
    expect(seen.length).to.equal(16);
    expect(seen.at(-1)).to.equal('belly-pain');
    expect(seen).to.deep.equal(ids(order).slice(0, 16));
    expect(order[15]).to.deep.equal({ id: 'belly-pain', section: 'urgent' });
    expect(seen).not.to.include('pregnant');
    expect(state.at).to.equal('result');
    expect(state.changing).to.equal(false);
    expect(resultOf(state)).to.deep.equal({ level: 'emergency-department', reasons: ['belly-pain-at-60'], unsure: [] });
    // On the screen where belly pain is answered, the progress says where the visitor is.
    const atBelly = upTo('belly-pain', { age: 72 });
    expect(progress(atBelly)).to.deep.equal({ section: 'urgent', index: 16, total: 30, sectionTotal: 9, newSection: false });
    // At 60 the same 16 screens; under 60 belly pain is `urgent` and every screen is asked.
    expect(walk({ age: 60, 'belly-pain': 'yes' }).seen).to.deep.equal(seen);
    const at55 = walk({ age: 55, 'belly-pain': 'yes' });
    expect(at55.seen.length).to.equal(31);
    expect(resultOf(at55.state).level).to.equal('urgent');
  });

  it('a non-emergency answer does not stop the questions', () => {
    const overrides = { fever: 'yes', 'leg-symptoms': 'yes', 'leg-pain': 'yes', pregnant: 'no', durationDays: 43, improving: 'no' } as const;
    const { state, seen } = walk(overrides);
    expect(seen).to.deep.equal(specFor(overrides));
    expect(state.at).to.equal('result');
    expect(resultOf(state).level).to.equal('urgent');
  });

  it('asks the labour follow-up straight after "pregnant" is answered yes or not sure, then the risk factors', () => {
    for (const pregnant of ['yes', 'unsure'] as const) {
      const atPregnant = upTo('pregnant');
      const next = answer(atPregnant, pregnant);
      expect(next.at, `pregnant ${pregnant}`).to.equal('labour-signs');
      const afterLabour = answer(next, 'no');
      expect(afterLabour.at).to.equal('cancer-history');
      const done = walk({}, afterLabour).state;
      expect(resultOf(done).level).to.equal('appointment');
      expect(resultOf(done).reasons).to.include('pregnant');
    }
    expect(answer(upTo('pregnant'), 'no').at).to.equal('cancer-history');
  });

  it('does nothing when answering on the result or the check list', () => {
    const result = walk().state;
    expect(answer(result, 'yes')).to.deep.equal(result);
    const check = checkAnswers(result);
    expect(answer(check, 'yes')).to.deep.equal(check);
  });
});

describe('triage flow: the emergency stop', () => {
  it('any single answer that means call-emergency or emergency-department shows the result at once, "not sure" too', () => {
    for (const question of QUESTIONS) {
      if (question.level !== 'call-emergency' && question.level !== 'emergency-department') continue;
      for (const value of ['yes', 'unsure'] as const) {
        const overrides: Partial<Record<ScreenId, Value>> = { [question.id]: value };
        if (question.followUpOf) overrides[question.followUpOf] = 'yes';
        const before = upTo(question.id, overrides);
        const after = answer(before, value);
        expect(after.at, `${question.id} ${value}`).to.equal('result');
        expect(after.changing).to.equal(false);
        expect(resultOf(after).level, `${question.id} ${value}`).to.equal(question.level);
        expect(resultOf(after).reasons, `${question.id} ${value}`).to.include(question.id);
      }
    }
  });

  it('"leg symptoms" alone sets no level: it only opens its follow-ups', () => {
    for (const value of ['yes', 'unsure'] as const) {
      const next = answer(upTo('leg-symptoms'), value);
      expect(next.at).to.equal('both-legs');
      expect(resultOf(next).level).to.equal('self-care');
      expect(resultOf(next).reasons).to.deep.equal([]);
    }
  });

  it('an emergency answer to the first question shows the call-emergency result after the age and one answer', () => {
    const state = answerAll(start(), 35, 'yes');
    expect(state.at).to.equal('result');
    expect(resultOf(state).level).to.equal('call-emergency');
    expect(answered(state).map((screen) => screen.id)).to.deep.equal(['age', 'chest-pain']);
  });

  it('the labour follow-up answered yes or not sure stops at emergency-department', () => {
    for (const value of ['yes', 'unsure'] as const) {
      const state = answer(answer(upTo('pregnant'), 'yes'), value);
      expect(state.at).to.equal('result');
      expect(resultOf(state).level).to.equal('emergency-department');
      expect(resultOf(state).reasons).to.deep.equal(['labour-signs']);
    }
  });

  it('stops as soon as a combination reaches emergency-department', () => {
    const cases: { name: string; overrides: Partial<Record<ScreenId, Value>>; stopsAt: ScreenId; reason: string }[] = [
      { name: 'leg weakness then fever', overrides: { 'leg-symptoms': 'yes', 'leg-weakness': 'yes', fever: 'yes' }, stopsAt: 'fever', reason: 'fever-with-nerve-signs' },
      { name: 'fever then leg numbness', overrides: { 'leg-symptoms': 'yes', fever: 'yes', 'leg-numbness': 'yes' }, stopsAt: 'leg-numbness', reason: 'fever-with-nerve-signs' },
      { name: 'leg weakness (not sure) then fever (not sure)', overrides: { 'leg-symptoms': 'unsure', 'leg-weakness': 'unsure', fever: 'unsure' }, stopsAt: 'fever', reason: 'fever-with-nerve-signs' },
      { name: 'cancer then leg pain', overrides: { 'cancer-history': 'yes', 'leg-symptoms': 'yes', 'leg-pain': 'unsure' }, stopsAt: 'leg-pain', reason: 'cancer-with-nerve-signs' },
      { name: 'infection risk then fever', overrides: { 'infection-risk': 'yes', fever: 'yes' }, stopsAt: 'fever', reason: 'fever-with-infection-risk' },
      { name: 'infection risk then balance', overrides: { 'infection-risk': 'unsure', balance: 'unsure' }, stopsAt: 'balance', reason: 'infection-risk-with-nerve-signs' },
      { name: 'age 60 then belly pain', overrides: { age: 60, 'belly-pain': 'yes' }, stopsAt: 'belly-pain', reason: 'belly-pain-at-60' },
    ];
    for (const { name, overrides, stopsAt, reason } of cases) {
      const { state, seen } = walk(overrides);
      const order = specFor(overrides);
      expect(seen.at(-1), name).to.equal(stopsAt);
      expect(seen, name).to.deep.equal(order.slice(0, order.indexOf(stopsAt) + 1));
      expect(state.at, name).to.equal('result');
      expect(resultOf(state).level, name).to.equal('emergency-department');
      expect(resultOf(state).reasons, name).to.include(reason);
    }
  });

  it('belly pain at 59 does not stop the questions', () => {
    const { state, seen } = walk({ 'belly-pain': 'yes', age: 59 });
    expect(seen).to.deep.equal(specFor({ age: 59 }));
    expect(resultOf(state).level).to.equal('urgent');
  });

  it('property: answering screen after screen, the state is the result exactly when the level is an emergency or every screen is answered', () => {
    const mostlyNo = fc.oneof(
      { weight: 10, arbitrary: fc.constant<Answer>('no') },
      { weight: 1, arbitrary: fc.constant<Answer>('yes') },
      { weight: 1, arbitrary: fc.constant<Answer>('unsure') },
    );
    const evenly = fc.constantFrom<Answer>(...ANSWERS);
    const screenValues = fc.record({
      answers: fc.array(fc.oneof({ weight: 3, arbitrary: mostlyNo }, { weight: 1, arbitrary: evenly }), {
        minLength: 40,
        maxLength: 40,
      }),
      durationDays: fc.constantFrom(0, 1, 3, 7, 43),
      improving: evenly,
      age: fc.oneof(fc.integer({ min: 0, max: 110 }), fc.constantFrom(5, 6, 15, 16, 19, 20, 49, 50, 59, 60, 69, 70)),
    });
    fc.assert(
      fc.property(screenValues, ({ answers, durationDays, improving, age }) => {
        let state = start();
        let steps = 0;
        const seen: ScreenId[] = [];
        while (state.at !== 'result') {
          expect(state.at).not.to.equal('check');
          const id = state.at as ScreenId;
          const order = ids(screens(state.values));
          // The screen on show is always the first one still unanswered.
          expect(id).to.equal(order.find((candidate) => answerOf(state.values, candidate) === undefined));
          expect(seen).not.to.include(id);
          seen.push(id);
          const value: Value =
            id === 'durationDays' ? durationDays : id === 'improving' ? improving : id === 'age' ? age : (answers[steps] as Answer);
          state = answer(state, value);
          steps += 1;
          const level = expectedTriage(state.values).level;
          const everyScreen = screens(state.values).every((screen) => answerOf(state.values, screen.id) !== undefined);
          const label = `after ${id}=${String(value)}: ${JSON.stringify(state.values)}`;
          expect(state.at === 'result', label).to.equal(isEmergency(level) || everyScreen);
          expect(steps).to.be.at.most(37);
        }
        expect(answered(state).map((screen) => screen.id)).to.deep.equal(seen);
        expect(resultOf(state)).to.deep.equal(triage(state.values));
      }),
      { numRuns: 500 },
    );
  });

  it('property: with Back among the answers, an emergency always shows the result, and the result only comes with an emergency or every screen answered', () => {
    const step = fc.oneof(
      { weight: 8, arbitrary: fc.constant<Answer>('no') },
      { weight: 1, arbitrary: fc.constant<Answer>('yes') },
      { weight: 1, arbitrary: fc.constant<Answer>('unsure') },
      { weight: 2, arbitrary: fc.constant('back' as const) },
    );
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 80 }), fc.integer({ min: 0, max: 110 }), (steps, age) => {
        let state = start();
        for (const move of steps) {
          if (state.at === 'result') break;
          const id = state.at as ScreenId;
          if (move === 'back') {
            const before = state;
            state = back(state);
            expect(state.values).to.deep.equal(before.values);
            continue;
          }
          const value: Value = id === 'durationDays' ? 3 : id === 'age' ? age : move;
          state = answer(state, value);
          const level = expectedTriage(state.values).level;
          const everyScreen = screens(state.values).every((screen) => answerOf(state.values, screen.id) !== undefined);
          if (isEmergency(level)) expect(state.at, JSON.stringify(state.values)).to.equal('result');
          if (state.at === 'result') expect(isEmergency(level) || everyScreen, JSON.stringify(state.values)).to.equal(true);
          else expect(ids(screens(state.values))).to.include(state.at);
          // An answer kept for a follow-up is one that is still asked.
          if (state.values.answers['labour-signs'] !== undefined) expect(state.values.answers.pregnant).to.be.oneOf(['yes', 'unsure']);
          for (const question of QUESTIONS) {
            if (question.followUpOf === 'leg-symptoms' && state.values.answers[question.id] !== undefined) {
              expect(state.values.answers['leg-symptoms'], question.id).to.be.oneOf(['yes', 'unsure']);
            }
          }
          if (state.values.answers.pregnant !== undefined && state.values.age !== undefined) {
            expect(state.values.age).to.be.within(PREGNANCY_AGES.min, PREGNANCY_AGES.max);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('triage flow: Back', () => {
  it('returns to the previous screen with its answer kept', () => {
    const atBreathless = answerAll(start(), 35, 'no');
    expect(atBreathless.at).to.equal('breathless');
    const backAgain = back(atBreathless);
    expect(backAgain.at).to.equal('chest-pain');
    expect(answerOf(backAgain.values, 'chest-pain')).to.equal('no');
    expect(backAgain.changing).to.equal(false);
    const toAge = back(backAgain);
    expect(toAge.at).to.equal('age');
    expect(answerOf(toAge.values, 'age')).to.equal(35);
  });

  it('keeps the answers of later screens too, and answering again moves on to the next screen', () => {
    let state = answerAll(start(), 35, 'no', 'no', 'no');
    expect(state.at).to.equal('major-trauma');
    state = back(back(state));
    expect(state.at).to.equal('breathless');
    expect(answerOf(state.values, 'breathless')).to.equal('no');
    expect(answerOf(state.values, 'collapse')).to.equal('no');
    state = answer(state, 'no');
    expect(state.at).to.equal('collapse');
    expect(answerOf(state.values, 'collapse')).to.equal('no');
  });

  it('changing an answer after Back can still stop at once', () => {
    const state = answer(back(answerAll(start(), 35, 'no')), 'yes');
    expect(state.at).to.equal('result');
    expect(resultOf(state).level).to.equal('call-emergency');
  });

  it('goes back across sections, to the context screens and the questions before them', () => {
    expect(back(upTo('chest-pain')).at).to.equal('age');
    expect(back(upTo('cancer-history')).at).to.equal('pregnant');
    expect(back(upTo('balance')).at).to.equal('bone-fragility');
    expect(back(upTo('durationDays')).at).to.equal('lump-swelling');
    const toDuration = back(upTo('improving'));
    expect(toDuration.at).to.equal('durationDays');
    expect(answerOf(toDuration.values, 'durationDays')).to.equal(1);
    // At 60 there is no pregnancy question: the risk factors follow "leg symptoms".
    expect(back(upTo('cancer-history', { age: 60 })).at).to.equal('leg-symptoms');
  });

  it('from the labour follow-up returns to "pregnant" with its answer shown', () => {
    const atLabour = answer(upTo('pregnant'), 'unsure');
    expect(atLabour.at).to.equal('labour-signs');
    const toPregnant = back(atLabour);
    expect(toPregnant.at).to.equal('pregnant');
    expect(answerOf(toPregnant.values, 'pregnant')).to.equal('unsure');
  });

  it('never goes before the first screen', () => {
    const first = start();
    expect(canGoBack(first)).to.equal(false);
    expect(back(first).at).to.equal('age');
    expect(back(back(first))).to.deep.equal(first);
    const answeredFirst = back(answer(first, 35));
    expect(canGoBack(answeredFirst)).to.equal(false);
    expect(back(answeredFirst)).to.deep.equal(answeredFirst);
  });

  it('canGoBack is true on every screen after the first, and false on the result and the check list', () => {
    let state = start();
    for (const id of allNoIds) {
      expect(state.at).to.equal(id);
      expect(canGoBack(state), id).to.equal(id !== 'age');
      state = answer(state, allNoValue(id));
    }
    expect(state.at).to.equal('result');
    expect(canGoBack(state)).to.equal(false);
    expect(back(state)).to.deep.equal(state);
    const check = checkAnswers(state);
    expect(canGoBack(check)).to.equal(false);
    expect(back(check)).to.deep.equal(check);
  });
});

describe('triage flow: the follow-ups', () => {
  it('pregnant yes: the next screen is labour-signs; pregnant no: the first risk factor', () => {
    expect(answer(upTo('pregnant'), 'yes').at).to.equal('labour-signs');
    expect(answer(upTo('pregnant'), 'no').at).to.equal('cancer-history');
  });

  it('Back from the follow-up and "pregnant" answered no: the follow-up is no longer asked', () => {
    const atLabour = answer(upTo('pregnant'), 'yes');
    const toPregnant = back(atLabour);
    const changed = answer(toPregnant, 'no');
    expect(changed.at).to.equal('cancer-history');
    expect(changed.values.answers['labour-signs']).to.equal(undefined);
    expect(ids(answered(changed))).not.to.include('labour-signs');
  });

  it('"leg symptoms" changed to no drops every leg answer, the ones in later sections too', () => {
    const overrides = { 'leg-symptoms': 'yes', 'both-legs': 'no', 'cannot-move-leg': 'no', 'leg-weakness': 'no', 'leg-pain': 'no', 'leg-numbness': 'no' } as const;
    const result = walk(overrides).state;
    expect(answerOf(result.values, 'leg-numbness')).to.equal('no');
    const changed = answer(change(checkAnswers(result), 'leg-symptoms'), 'no');
    expect(changed.at).to.equal('result');
    for (const id of ['both-legs', 'cannot-move-leg', 'leg-weakness', 'leg-pain', 'leg-numbness'] as const) {
      expect(id in changed.values.answers, id).to.equal(false);
    }
    expect(ids(answered(changed))).to.deep.equal(allNoIds);
  });

  it('"leg symptoms" changed to yes from the check list asks its five follow-ups in turn, then the result', () => {
    const check = checkAnswers(walk().state);
    let state = answer(change(check, 'leg-symptoms'), 'yes');
    const asked: ScreenId[] = [];
    while (state.at !== 'result') {
      expect(state.changing, `changing on ${state.at}`).to.equal(true);
      asked.push(state.at as ScreenId);
      state = answer(state, 'no');
    }
    expect(asked).to.deep.equal(['both-legs', 'cannot-move-leg', 'leg-weakness', 'leg-pain', 'leg-numbness']);
    expect(resultOf(state).level).to.equal('self-care');
  });

  it('an age changed to one outside 10 to 55 drops the pregnancy answers', () => {
    const result = walk({ age: 30, pregnant: 'yes' }).state;
    expect(answerOf(result.values, 'labour-signs')).to.equal('no');
    expect(resultOf(result).reasons).to.include('pregnant');
    const older = answer(change(checkAnswers(result), 'age'), 60);
    expect(older.at).to.equal('result');
    expect('pregnant' in older.values.answers).to.equal(false);
    expect('labour-signs' in older.values.answers).to.equal(false);
    expect(resultOf(older).reasons).not.to.include('pregnant');
    expect(ids(answered(older))).to.deep.equal(specFor({ age: 60 }));
    // And back to 30: pregnancy is asked again.
    const younger = answer(change(checkAnswers(older), 'age'), 30);
    expect(younger.at).to.equal('pregnant');
  });

  it('changing "pregnant" to no from the check list drops the labour-signs answer and its screen', () => {
    const result = walk({ pregnant: 'yes' }).state;
    expect(answerOf(result.values, 'labour-signs')).to.equal('no');
    const changed = answer(change(checkAnswers(result), 'pregnant'), 'no');
    expect(changed.at).to.equal('result');
    expect('labour-signs' in changed.values.answers).to.equal(false);
    expect(answerOf(changed.values, 'labour-signs')).to.equal(undefined);
    expect(ids(screens(changed.values))).not.to.include('labour-signs');
    expect(ids(answered(changed))).to.deep.equal(allNoIds);
    expect(resultOf(changed).level).to.equal('self-care');
  });

  it('pregnant yes to not sure keeps the labour-signs answer', () => {
    const result = walk({ pregnant: 'yes' }).state;
    const changed = answer(change(checkAnswers(result), 'pregnant'), 'unsure');
    expect(changed.at).to.equal('result');
    expect(answerOf(changed.values, 'labour-signs')).to.equal('no');
  });

  it('asks pregnancy while the age is not known yet: before the first answer it is among the screens to come', () => {
    const unknown = ids(screens({ answers: {} }));
    expect(unknown).to.include('pregnant');
    expect(unknown).to.deep.equal(ids(specScreens({ answers: {} })));
    expect(ids(screens({ answers: { pregnant: 'yes' } }))).to.include('labour-signs');
    expect(progress(start())?.total).to.equal(31);
    // The flow itself always has the age before pregnancy: the age is the first screen.
    expect(start().at).to.equal('age');
  });

  for (const [age, asked] of [[9, false], [10, true], [55, true], [56, false]] as const) {
    it(`walking at ${age}, "pregnant" (and labour after a yes) is ${asked ? '' : 'not '}asked`, () => {
      const overrides = { age, pregnant: 'yes', 'labour-signs': 'no' } as const;
      const { state, seen } = walk(overrides);
      expect(seen).to.deep.equal(specFor(overrides));
      expect(seen.includes('pregnant')).to.equal(asked);
      expect(seen.includes('labour-signs')).to.equal(asked);
      if (asked) expect(seen.indexOf('labour-signs')).to.equal(seen.indexOf('pregnant') + 1);
      expect('pregnant' in state.values.answers).to.equal(asked);
      expect('labour-signs' in state.values.answers).to.equal(asked);
      expect(seen.length).to.equal(asked ? 32 : 30);
      expect(resultOf(state)).to.deep.equal(expectedTriage(state.values));
      expect(resultOf(state).reasons.includes('pregnant')).to.equal(asked);
    });
  }

  for (const [age, kept] of [[60, false], [56, false], [9, false], [0, false], [55, true], [10, true], [31, true]] as const) {
    it(`an age changed from 30 to ${age} after "pregnant" yes ${kept ? 'keeps' : 'drops'} the pregnant and labour-signs answers`, () => {
      const result = walk({ age: 30, pregnant: 'yes' }).state;
      expect(result.values.answers.pregnant).to.equal('yes');
      expect(result.values.answers['labour-signs']).to.equal('no');
      const changed = answer(change(checkAnswers(result), 'age'), age);
      expect(changed.at).to.equal('result');
      expect(changed.changing).to.equal(false);
      expect(changed.values.age).to.equal(age);
      expect('pregnant' in changed.values.answers).to.equal(kept);
      expect('labour-signs' in changed.values.answers).to.equal(kept);
      const expected = kept ? specFor({ age, pregnant: 'yes' }) : specFor({ age });
      expect(ids(answered(changed))).to.deep.equal(expected);
      expect(resultOf(changed)).to.deep.equal(expectedTriage(changed.values));
      expect(resultOf(changed).reasons.includes('pregnant')).to.equal(kept);
    });
  }

  it('an age changed to 60 after a labour-signs stop drops both answers and asks the questions the stop left out', () => {
    const stopped = walk({ age: 30, pregnant: 'yes', 'labour-signs': 'yes' }).state;
    expect(resultOf(stopped).level).to.equal('emergency-department');
    const changed = answer(change(checkAnswers(stopped), 'age'), 60);
    expect('pregnant' in changed.values.answers).to.equal(false);
    expect('labour-signs' in changed.values.answers).to.equal(false);
    expect(changed.at).to.equal('cancer-history');
    expect(changed.changing).to.equal(false);
    const { state, seen } = walk({}, changed);
    const order = specFor({ age: 60 });
    expect(seen).to.deep.equal(order.slice(order.indexOf('cancer-history')));
    expect(resultOf(state).level).to.equal('self-care');
    expect(ids(answered(state))).to.deep.equal(order);
  });

  it('an age changed with Back, mid-walk, to 60 drops the pregnancy answers and walks on without them', () => {
    let state = answer(answer(upTo('pregnant', { age: 30 }), 'yes'), 'no');
    expect(state.at).to.equal('cancer-history');
    while (state.at !== 'age') state = back(state);
    state = answer(state, 60);
    expect(state.at).to.equal('chest-pain');
    expect('pregnant' in state.values.answers).to.equal(false);
    expect('labour-signs' in state.values.answers).to.equal(false);
    expect(ids(answered(state))).to.deep.equal(specFor({ age: 60 }).slice(0, 9));
    const { seen } = walk({ age: 60 }, state);
    expect(seen).to.deep.equal(specFor({ age: 60 }).slice(1));
  });

  it('leg-symptoms "no" leaves out its five follow-ups: none is shown or answered', () => {
    const { state, seen } = walk({ 'leg-symptoms': 'no' });
    expect(seen).to.deep.equal(allNoIds);
    expect(answer(upTo('leg-symptoms'), 'no').at).to.equal('pregnant');
    for (const id of LEG_FOLLOW_UPS) {
      expect(seen, id).not.to.include(id);
      expect(id in state.values.answers, id).to.equal(false);
    }
  });

  for (const gate of ['yes', 'unsure'] as const) {
    it(`leg-symptoms "${gate}" asks its five follow-ups, each in its own place: 36 screens`, () => {
      const { state, seen } = walk({ 'leg-symptoms': gate });
      expect(seen).to.deep.equal(specFor({ 'leg-symptoms': gate }));
      expect(seen.length).to.equal(36);
      const at = (id: ScreenId) => seen.indexOf(id);
      expect(seen.slice(at('leg-symptoms'), at('leg-symptoms') + 4)).to.deep.equal(['leg-symptoms', 'both-legs', 'cannot-move-leg', 'pregnant']);
      expect(seen.slice(at('bone-fragility'), at('bone-fragility') + 3)).to.deep.equal(['bone-fragility', 'leg-weakness', 'balance']);
      expect(seen.slice(at('lifting-strain'), at('lifting-strain') + 4)).to.deep.equal(['lifting-strain', 'leg-pain', 'leg-numbness', 'severe-worsening']);
      for (const id of LEG_FOLLOW_UPS) expect(state.values.answers[id], id).to.equal('no');
      expect(resultOf(state).level).to.equal('self-care');
      expect(resultOf(state).unsure).to.deep.equal(gate === 'unsure' ? ['leg-symptoms'] : []);
    });
  }

  it('leg-symptoms changed to no drops a follow-up "yes" that set the level, and the level with it', () => {
    const result = walk({ 'leg-symptoms': 'yes', 'leg-pain': 'yes' }).state;
    expect(resultOf(result)).to.deep.equal({ level: 'appointment', reasons: ['leg-pain'], unsure: [] });
    const changed = answer(change(checkAnswers(result), 'leg-symptoms'), 'no');
    expect(changed.at).to.equal('result');
    for (const id of LEG_FOLLOW_UPS) expect(id in changed.values.answers, id).to.equal(false);
    expect(resultOf(changed)).to.deep.equal({ level: 'self-care', reasons: [], unsure: [] });
    expect(ids(answered(changed))).to.deep.equal(allNoIds);
  });

  it('leg-symptoms changed from yes to not sure keeps the follow-up answers', () => {
    const result = walk({ 'leg-symptoms': 'yes', 'leg-numbness': 'yes' }).state;
    const changed = answer(change(checkAnswers(result), 'leg-symptoms'), 'unsure');
    expect(changed.at).to.equal('result');
    for (const id of LEG_FOLLOW_UPS) expect(changed.values.answers[id], id).to.equal(id === 'leg-numbness' ? 'yes' : 'no');
    expect(resultOf(changed).reasons).to.deep.equal(['leg-numbness']);
  });

  it('Back to leg-symptoms from a later section and "no": the follow-ups answered so far go, and the walk goes on without them', () => {
    let state = upTo('leg-pain', { 'leg-symptoms': 'yes' });
    expect(state.values.answers['leg-weakness']).to.equal('no');
    while (state.at !== 'leg-symptoms') state = back(state);
    state = answer(state, 'no');
    expect(state.at).to.equal('pregnant');
    for (const id of LEG_FOLLOW_UPS) expect(id in state.values.answers, id).to.equal(false);
    const { seen, state: done } = walk({}, state);
    expect(seen).to.deep.equal(allNoIds.slice(allNoIds.indexOf('pregnant')));
    expect(ids(answered(done))).to.deep.equal(allNoIds);
  });
});

describe('triage flow: check your answers and changing one answer', () => {
  it('checkAnswers() shows the list; answered() lists exactly the answered screens in asking order', () => {
    const result = walk({ pregnant: 'unsure' }).state;
    const check = checkAnswers(result);
    expect(check.at).to.equal('check');
    expect(check.changing).to.equal(false);
    expect(check.values).to.deep.equal(result.values);
    expect(answered(check)).to.deep.equal(specScreens({ age: 35, answers: { pregnant: 'unsure' } }));
  });

  it('answered() after an early stop lists only what was asked', () => {
    const state = walk({ 'saddle-numbness': 'yes' }).state;
    expect(ids(answered(checkAnswers(state)))).to.deep.equal([
      'age',
      'chest-pain',
      'breathless',
      'collapse',
      'major-trauma',
      'bladder-bowel',
      'saddle-numbness',
    ]);
  });

  it('answered() part-way through, after Back, still lists every answered screen in order', () => {
    const state = back(back(upTo('balance')));
    expect(state.at).to.equal('infection-risk');
    expect(ids(answered(state))).to.deep.equal(allNoIds.slice(0, allNoIds.indexOf('balance')));
  });

  it('change() then answer() returns to the result worked out again', () => {
    const result = walk().state;
    const opened = change(checkAnswers(result), 'recurring-same-spot');
    expect(opened.at).to.equal('recurring-same-spot');
    expect(opened.changing).to.equal(true);
    expect(answerOf(opened.values, 'recurring-same-spot')).to.equal('no');
    const changed = answer(opened, 'yes');
    expect(changed.at).to.equal('result');
    expect(changed.changing).to.equal(false);
    expect(resultOf(changed).level).to.equal('appointment');
    expect(resultOf(changed).reasons).to.deep.equal(['recurring-same-spot']);
    expect(ids(answered(checkAnswers(changed)))).to.deep.equal(allNoIds);
  });

  it('changing a context value works the result out again', () => {
    const result = walk().state;
    const longer = answer(change(checkAnswers(result), 'durationDays'), 7);
    expect(longer.at).to.equal('result');
    expect(longer.values.durationDays).to.equal(7);
    expect(resultOf(longer).level).to.equal('self-care');
    const notBetter = answer(change(checkAnswers(longer), 'improving'), 'no');
    expect(notBetter.at).to.equal('result');
    expect(resultOf(notBetter).reasons).to.deep.equal(['not-improving']);
    const child = answer(change(checkAnswers(notBetter), 'age'), 4);
    expect(child.at).to.equal('result');
    expect(resultOf(child).level).to.equal('urgent');
  });

  it('a change that brings in the follow-up asks it, then shows the result', () => {
    const result = walk().state;
    const changed = answer(change(checkAnswers(result), 'pregnant'), 'yes');
    expect(changed.at).to.equal('labour-signs');
    expect(changed.changing).to.equal(true);
    const done = answer(changed, 'no');
    expect(done.at).to.equal('result');
    expect(done.changing).to.equal(false);
    expect(resultOf(done).level).to.equal('appointment');
    expect(answered(checkAnswers(done))).to.deep.equal(specScreens({ age: 35, answers: { pregnant: 'yes' } }));
  });

  it('a follow-up the change brought in can still stop at once', () => {
    const result = walk().state;
    const done = answer(answer(change(checkAnswers(result), 'pregnant'), 'unsure'), 'yes');
    expect(done.at).to.equal('result');
    expect(resultOf(done).level).to.equal('emergency-department');
  });

  it('a change from a question early in the list does not walk through the later ones again', () => {
    const result = walk().state;
    const changed = answer(change(checkAnswers(result), 'chest-pain'), 'no');
    expect(changed.at).to.equal('result');
  });

  it('a change that makes it an emergency goes to the result at once', () => {
    const result = walk({ 'leg-symptoms': 'yes', 'leg-numbness': 'yes' }).state;
    expect(resultOf(result).level).to.equal('appointment');
    const fever = answer(change(checkAnswers(result), 'fever'), 'unsure');
    expect(fever.at).to.equal('result');
    expect(fever.changing).to.equal(false);
    expect(resultOf(fever).level).to.equal('emergency-department');
    expect(resultOf(fever).reasons).to.include('fever-with-nerve-signs');

    const gated = walk({ 'leg-symptoms': 'yes' }).state;
    const single = answer(change(checkAnswers(gated), 'cannot-move-leg'), 'yes');
    expect(single.at).to.equal('result');
    expect(resultOf(single).level).to.equal('emergency-department');

    const older = answer(change(checkAnswers(walk({ 'belly-pain': 'yes' }).state), 'age'), 72);
    expect(older.at).to.equal('result');
    expect(resultOf(older).reasons).to.include('belly-pain-at-60');
  });

  it('a change after an early emergency stop continues with the questions still unanswered', () => {
    const stopped = answerAll(start(), 35, 'yes');
    expect(stopped.at).to.equal('result');
    const opened = change(checkAnswers(stopped), 'chest-pain');
    expect(opened.at).to.equal('chest-pain');
    expect(answerOf(opened.values, 'chest-pain')).to.equal('yes');
    const changed = answer(opened, 'no');
    expect(changed.at).to.equal('breathless');
    const { state, seen } = walk({}, changed);
    expect(seen).to.deep.equal(allNoIds.slice(2));
    expect(state.at).to.equal('result');
    expect(resultOf(state).level).to.equal('self-care');
    expect(ids(answered(state))).to.deep.equal(allNoIds);
  });

  it('a change after a stop in the middle continues from the first question still unanswered', () => {
    const stopped = walk({ 'leg-symptoms': 'yes', 'both-legs': 'yes' }).state;
    const changed = answer(change(checkAnswers(stopped), 'both-legs'), 'no');
    expect(changed.at).to.equal('cannot-move-leg');
    const { seen, state } = walk({}, changed);
    const order = specFor({ 'leg-symptoms': 'yes' });
    expect(seen).to.deep.equal(order.slice(order.indexOf('cannot-move-leg')));
    expect(resultOf(state).level).to.equal('self-care');
  });

  it('a change of an earlier answer after a stop, with the stopping answer kept, still shows the result', () => {
    const stopped = walk({ 'leg-symptoms': 'yes', 'both-legs': 'yes' }).state;
    const changed = answer(change(checkAnswers(stopped), 'collapse'), 'no');
    expect(changed.at).to.equal('result');
    expect(resultOf(changed).level).to.equal('emergency-department');
  });

  it('back() while changing returns to the check list with the answer unchanged', () => {
    const check = checkAnswers(walk().state);
    const opened = change(check, 'fever');
    expect(canGoBack(opened)).to.equal(true);
    const backed = back(opened);
    expect(backed.at).to.equal('check');
    expect(backed.values).to.deep.equal(check.values);
    expect(answerOf(backed.values, 'fever')).to.equal('no');

    const first = change(check, 'age');
    expect(canGoBack(first)).to.equal(true);
    expect(back(first).at).to.equal('check');
  });

  it('back() from a follow-up the change brought in returns to the check list', () => {
    const check = checkAnswers(walk().state);
    const atLabour = answer(change(check, 'pregnant'), 'yes');
    expect(atLabour.at).to.equal('labour-signs');
    const backed = back(atLabour);
    expect(backed.at).to.equal('check');
    expect(answerOf(backed.values, 'pregnant')).to.equal('yes');
  });

  it('change() ignores a screen that is not asked', () => {
    const check = checkAnswers(walk().state);
    expect(change(check, 'labour-signs')).to.deep.equal(check);
    expect(change(check, 'leg-pain')).to.deep.equal(check);
  });

  it('finish() from the list shows the result worked out again', () => {
    const result = walk({ fever: 'yes' }).state;
    const done = finish(checkAnswers(result));
    expect(done.at).to.equal('result');
    expect(done.changing).to.equal(false);
    expect(resultOf(done)).to.deep.equal(resultOf(result));
  });

  it('finish() after an early stop shows the result; with the stop changed away it asks what is still unanswered', () => {
    const stopped = answerAll(start(), 35, 'unsure');
    expect(finish(checkAnswers(stopped)).at).to.equal('result');

    // The questions the stop left out are asked as usual: Back steps through them, not to the list.
    const changedAway = answer(change(checkAnswers(stopped), 'chest-pain'), 'no');
    expect(changedAway.at).to.equal('breathless');
    expect(changedAway.changing).to.equal(false);
    expect(back(changedAway).at).to.equal('chest-pain');
    const next = finish(checkAnswers(changedAway));
    expect(next.at).to.equal('breathless');
    const { state, seen } = walk({}, next);
    expect(seen).to.deep.equal(allNoIds.slice(2));
    expect(state.at).to.equal('result');
  });

  it('finish() after a follow-up was brought in and left with Back asks the follow-up', () => {
    const check = checkAnswers(walk().state);
    const left = back(answer(change(check, 'pregnant'), 'yes'));
    const next = finish(left);
    expect(next.at).to.equal('labour-signs');
    expect(answer(next, 'no').at).to.equal('result');
  });
});

describe('triage flow: a change that brings in a screen', () => {
  it('an age changed into 10 to 55 from the check list asks about pregnancy, then shows the result', () => {
    const result = walk({ age: 60 }).state;
    const younger = answer(change(checkAnswers(result), 'age'), 30);
    expect(younger.at).to.equal('pregnant');
    expect(younger.changing).to.equal(true);
    expect(back(younger).at).to.equal('check');
    const done = answer(younger, 'no');
    expect(done.at).to.equal('result');
    const withLabour = answer(answer(change(checkAnswers(result), 'age'), 30), 'yes');
    expect(withLabour.at).to.equal('labour-signs');
    expect(withLabour.changing).to.equal(true);
    expect(answer(withLabour, 'no').at).to.equal('result');
  });
});

describe('triage flow: progress', () => {
  it('gives the place in the whole check, the section and its size on every screen', () => {
    const sectionTotals: Record<SectionId, number> = { about: 1, emergency: 9, risk: 3, urgent: 9, pain: 9 };
    const seenIn: Record<SectionId, number> = { about: 0, emergency: 0, risk: 0, urgent: 0, pain: 0 };
    let state = start();
    specScreens().forEach((screen, index) => {
      expect(state.at).to.equal(screen.id);
      seenIn[screen.section] += 1;
      expect(progress(state), screen.id).to.deep.equal({
        section: screen.section,
        index: index + 1,
        total: 31,
        sectionTotal: sectionTotals[screen.section],
        newSection: seenIn[screen.section] === 1,
      });
      state = answer(state, allNoValue(screen.id));
    });
    expect(seenIn).to.deep.equal(sectionTotals);
  });

  it('"Question 3 of about 31" on the second emergency question', () => {
    const state = answerAll(start(), 35, 'no');
    expect(state.at).to.equal('breathless');
    expect(progress(state)).to.deep.equal({ section: 'emergency', index: 3, total: 31, sectionTotal: 9, newSection: false });
  });

  it('newSection on each section\'s first screen only', () => {
    const firsts = ['age', 'chest-pain', 'cancer-history', 'balance', 'durationDays'];
    let state = start();
    while (state.at !== 'result') {
      const id = state.at as ScreenId;
      expect(progress(state)?.newSection, id).to.equal(firsts.includes(id));
      state = answer(state, allNoValue(id));
    }
  });

  it('the whole check grows when a follow-up appears, and shrinks when the age leaves out pregnancy', () => {
    const atPregnant = upTo('pregnant');
    expect(progress(atPregnant)).to.deep.equal({ section: 'emergency', index: 10, total: 31, sectionTotal: 9, newSection: false });
    const atLabour = answer(atPregnant, 'yes');
    expect(progress(atLabour)).to.deep.equal({ section: 'emergency', index: 11, total: 32, sectionTotal: 10, newSection: false });
    const toPregnant = back(atLabour);
    expect(progress(toPregnant)).to.deep.equal({ section: 'emergency', index: 10, total: 32, sectionTotal: 10, newSection: false });
    const gateOpen = answer(upTo('leg-symptoms'), 'yes');
    expect(progress(gateOpen)).to.deep.equal({ section: 'emergency', index: 10, total: 36, sectionTotal: 11, newSection: false });
    expect(progress(answer(start(), 60))?.total).to.equal(30);
  });

  const progressWalks: readonly { name: string; overrides: Partial<Record<ScreenId, Value>>; screens: number }[] = [
    { name: 'all "no" at 35', overrides: {}, screens: 31 },
    { name: 'all "no" at 60', overrides: { age: 60 }, screens: 30 },
    { name: 'all "no" at 8', overrides: { age: 8 }, screens: 30 },
    { name: 'all "no" at 56', overrides: { age: 56 }, screens: 30 },
    { name: 'pregnant yes at 30', overrides: { age: 30, pregnant: 'yes' }, screens: 32 },
    { name: 'leg symptoms yes at 35', overrides: { 'leg-symptoms': 'yes' }, screens: 36 },
    { name: 'leg symptoms not sure and pregnant not sure at 40', overrides: { age: 40, 'leg-symptoms': 'unsure', pregnant: 'unsure' }, screens: 37 },
    { name: 'belly pain at 72 (stops on screen 16)', overrides: { age: 72, 'belly-pain': 'yes' }, screens: 16 },
  ];
  for (const { name, overrides, screens: count } of progressWalks) {
    it(`${name}: the index goes up by one a screen over the whole check, with the total, section and section start of the spec`, () => {
      let state = start();
      let previous: number | undefined;
      const sectionsSeen: SectionId[] = [];
      let steps = 0;
      while (state.at !== 'result') {
        const id = state.at as ScreenId;
        const spec = specScreens({ age: state.values.age, answers: state.values.answers });
        const screen = spec.find((candidate) => candidate.id === id) as SpecScreen;
        const inSection = spec.filter((candidate) => candidate.section === screen.section);
        const shown = progress(state);
        expect(shown, id).to.deep.equal({
          section: screen.section,
          index: spec.indexOf(screen) + 1,
          total: spec.length,
          sectionTotal: inSection.length,
          newSection: inSection[0] === screen,
        });
        expect(shown?.index, id).to.equal((previous ?? 0) + 1);
        previous = shown?.index;
        if (shown?.newSection) sectionsSeen.push(screen.section);
        state = answer(state, overrides[id] ?? allNoValue(id));
        steps += 1;
      }
      expect(steps).to.equal(count);
      expect(previous).to.equal(count);
      // Each section is entered once, in the order of CLINICAL.md.
      expect(sectionsSeen).to.deep.equal(count === 16 ? ['about', 'emergency', 'risk', 'urgent'] : SECTIONS);
    });
  }

  for (const [age, boundaries] of [
    [35, [['age', 1], ['chest-pain', 2], ['cancer-history', 11], ['balance', 14], ['durationDays', 23]]],
    [60, [['age', 1], ['chest-pain', 2], ['cancer-history', 10], ['balance', 13], ['durationDays', 22]]],
  ] as const) {
    it(`at ${age} each section starts where the spec says, and the screen before it ends the section before`, () => {
      const order = specScreens({ age });
      const total = order.length;
      boundaries.forEach(([id, index], position) => {
        const section = SECTIONS[position] as SectionId;
        const state = upTo(id, { age });
        const sectionTotal = order.filter((screen) => screen.section === section).length;
        // Before the age is answered, pregnancy is among the screens to come.
        const shownTotal = id === 'age' ? 31 : total;
        expect(progress(state), id).to.deep.equal({ section, index, total: shownTotal, sectionTotal, newSection: true });
        if (index === 1) return;
        const before = back(state);
        const previousSection = SECTIONS[position - 1] as SectionId;
        expect(progress(before), `before ${id}`).to.deep.equal({
          section: previousSection,
          index: index - 1,
          total,
          sectionTotal: order.filter((screen) => screen.section === previousSection).length,
          newSection: index - 1 === 1,
        });
      });
    });
  }

  it('progress is null on the result and the check list', () => {
    const result = walk().state;
    expect(progress(result)).to.equal(null);
    expect(progress(checkAnswers(result))).to.equal(null);
  });

  it('progress while changing one answer names the screen being changed', () => {
    const opened = change(checkAnswers(walk().state), 'fever');
    expect(progress(opened)).to.deep.equal({
      section: 'urgent',
      index: allNoIds.indexOf('fever') + 1,
      total: 31,
      sectionTotal: 9,
      newSection: false,
    });
  });
});

describe('triage flow: the result', () => {
  it('resultOf() matches triage() of the values, on the way and at the end', () => {
    const overrides: Partial<Record<ScreenId, Value>> = {
      'leg-symptoms': 'yes',
      'leg-pain': 'unsure',
      'severe-worsening': 'yes',
      durationDays: 7,
      improving: 'unsure',
      age: 66,
      'first-episode': 'yes',
    };
    let state = start();
    while (state.at !== 'result') {
      expect(resultOf(state)).to.deep.equal(triage(state.values));
      state = answer(state, overrides[state.at as ScreenId] ?? allNoValue(state.at as ScreenId));
    }
    const result = resultOf(state);
    expect(result).to.deep.equal(triage(state.values));
    expect(result).to.deep.equal(expectedTriage(state.values));
    expect(result.level).to.equal('urgent');
    expect(result.reasons).to.deep.equal(['severe-pain-fragile-or-older']);
    expect(result.unsure).to.deep.equal(['leg-pain']);
  });

  it('property: resultOf() is triage() of the values for any values', () => {
    const questionIds = QUESTIONS.map((question) => question.id);
    const answersArb = fc.record(
      Object.fromEntries(questionIds.map((id) => [id, fc.constantFrom<Answer>(...ANSWERS)])) as Record<QuestionId, fc.Arbitrary<Answer>>,
      { requiredKeys: [] },
    );
    const valuesArb: fc.Arbitrary<FlowValues> = fc.record(
      {
        answers: answersArb,
        durationDays: fc.constantFrom(0, 1, 3, 7, 43),
        improving: fc.constantFrom<Answer>(...ANSWERS),
        age: fc.integer({ min: 0, max: 110 }),
      },
      { requiredKeys: ['answers'] },
    );
    fc.assert(
      fc.property(valuesArb, (values) => {
        const state: FlowState = { values, at: 'result', changing: false };
        expect(resultOf(state)).to.deep.equal(triage(values));
        expect(resultOf(state).level).to.equal(expectedTriage(values).level);
      }),
      { numRuns: 300 },
    );
  });
});
