/*
 * The checker's flow, one question per screen (issue 11), checked against CLINICAL.md without a
 * DOM: the screens and their order, the emergency stop, Back, the follow-up, "check your answers"
 * with changing one answer, and the progress shown on each screen.
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
import { ANSWERS, QUESTIONS, expectedTriage } from './triage-spec.js';

type Value = Answer | number;
interface SpecScreen {
  id: ScreenId;
  section: SectionId;
}

const SECTIONS: readonly SectionId[] = ['emergency', 'urgent', 'pain', 'person'];

/** How long and whether it is getting better come first in "pain"; the age first in "person". */
const CONTEXT_FIRST: Readonly<Record<SectionId, readonly ScreenId[]>> = {
  emergency: [],
  urgent: [],
  pain: ['durationDays', 'improving'],
  person: ['age'],
};

/** The screens CLINICAL.md asks for, in its order and sections, with or without the labour follow-up. */
function specScreens(withLabourSigns: boolean): SpecScreen[] {
  const list: SpecScreen[] = [];
  for (const section of SECTIONS) {
    for (const id of CONTEXT_FIRST[section]) list.push({ id, section });
    for (const question of QUESTIONS) {
      if (question.section !== section) continue;
      if (question.followUpOf && !withLabourSigns) continue;
      list.push({ id: question.id, section });
    }
  }
  return list;
}

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

const allNoIds = ids(specScreens(false));

describe('triage flow: screens', () => {
  it('lists every question once, in the order and sections of CLINICAL.md, with the context screens first in their sections', () => {
    const list = screens({ answers: {} });
    expect(list).to.deep.equal(specScreens(false));
    expect(new Set(ids(list)).size).to.equal(list.length);
    expect(list.length).to.equal(34);
  });

  it('asks how long and whether it is getting better first in "pain", and the age first in "person"', () => {
    const list = screens({ answers: {} });
    const firstOf = (section: SectionId) => list.filter((screen) => screen.section === section).map((screen) => screen.id);
    expect(firstOf('pain').slice(0, 2)).to.deep.equal(['durationDays', 'improving']);
    expect(firstOf('person')[0]).to.equal('age');
    expect(firstOf('emergency')[0]).to.equal('chest-pain');
    expect(firstOf('urgent')[0]).to.equal('leg-weakness');
  });

  it('shows labour-signs only after "pregnant" is answered yes or not sure, straight after it', () => {
    for (const pregnant of ANSWERS) {
      const list = screens({ answers: { pregnant } });
      const asked = pregnant !== 'no';
      expect(ids(list).includes('labour-signs'), `pregnant ${pregnant}`).to.equal(asked);
      expect(list, `pregnant ${pregnant}`).to.deep.equal(specScreens(asked));
    }
    expect(ids(screens({ answers: {} }))).not.to.include('labour-signs');
    const withFollowUp = ids(screens({ answers: { pregnant: 'yes' } }));
    expect(withFollowUp.indexOf('labour-signs')).to.equal(withFollowUp.indexOf('pregnant') + 1);
    expect(withFollowUp.at(-1)).to.equal('labour-signs');
  });

  it('does not change the screens for other answers or context values', () => {
    const values: FlowValues = {
      answers: { fever: 'yes', 'leg-pain': 'unsure', 'first-episode': 'yes' },
      durationDays: 43,
      improving: 'no',
      age: 80,
    };
    expect(screens(values)).to.deep.equal(specScreens(false));
  });
});

describe('triage flow: answering one screen after another', () => {
  it('starts on the first emergency question with nothing answered', () => {
    const state = start();
    expect(state.at).to.equal('chest-pain');
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
    expect(Object.keys(state.values.answers)).to.have.length(31);
    expect(answerOf(state.values, 'durationDays')).to.equal(1);
    expect(answerOf(state.values, 'improving')).to.equal('yes');
    expect(answerOf(state.values, 'age')).to.equal(35);
    expect(answerOf(state.values, 'fever')).to.equal('no');
    expect(answerOf(state.values, 'labour-signs')).to.equal(undefined);
  });

  it('all "no" (a day or two, getting better, 35) reaches self-care after exactly one answer per screen', () => {
    const { state, seen } = walk();
    expect(seen).to.deep.equal(allNoIds);
    expect(seen.length).to.equal(34);
    expect(state.at).to.equal('result');
    expect(state.changing).to.equal(false);
    const result = resultOf(state);
    expect(result.level).to.equal('self-care');
    expect(result.reasons).to.deep.equal([]);
    expect(result.unsure).to.deep.equal([]);
  });

  it('a non-emergency answer does not stop the questions', () => {
    const { state, seen } = walk({ fever: 'yes', 'leg-pain': 'yes', pregnant: 'no', durationDays: 43, improving: 'no' });
    expect(seen).to.deep.equal(allNoIds);
    expect(state.at).to.equal('result');
    expect(resultOf(state).level).to.equal('urgent');
  });

  it('asks the labour follow-up straight after "pregnant" is answered yes or not sure, then shows the result', () => {
    for (const pregnant of ['yes', 'unsure'] as const) {
      const atPregnant = upTo('pregnant');
      const next = answer(atPregnant, pregnant);
      expect(next.at, `pregnant ${pregnant}`).to.equal('labour-signs');
      const done = answer(next, 'no');
      expect(done.at).to.equal('result');
      expect(resultOf(done).level).to.equal('appointment');
      expect(resultOf(done).reasons).to.include('pregnant');
    }
    expect(answer(upTo('pregnant'), 'no').at).to.equal('result');
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

  it('an emergency answer on the first screen shows the call-emergency result after one answer', () => {
    const state = answer(start(), 'yes');
    expect(state.at).to.equal('result');
    expect(resultOf(state).level).to.equal('call-emergency');
    expect(answered(state).map((screen) => screen.id)).to.deep.equal(['chest-pain']);
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
      { name: 'leg weakness then fever', overrides: { 'leg-weakness': 'yes', fever: 'yes' }, stopsAt: 'fever', reason: 'fever-with-nerve-signs' },
      { name: 'fever then leg numbness', overrides: { fever: 'yes', 'leg-numbness': 'yes' }, stopsAt: 'leg-numbness', reason: 'fever-with-nerve-signs' },
      { name: 'fever (not sure) then leg weakness (not sure)', overrides: { 'leg-weakness': 'unsure', fever: 'unsure' }, stopsAt: 'fever', reason: 'fever-with-nerve-signs' },
      { name: 'cancer then leg pain', overrides: { 'cancer-history': 'yes', 'leg-pain': 'unsure' }, stopsAt: 'leg-pain', reason: 'cancer-with-nerve-signs' },
      { name: 'fever then infection risk', overrides: { fever: 'yes', 'infection-risk': 'yes' }, stopsAt: 'infection-risk', reason: 'fever-with-infection-risk' },
      { name: 'balance then infection risk', overrides: { balance: 'unsure', 'infection-risk': 'unsure' }, stopsAt: 'infection-risk', reason: 'infection-risk-with-nerve-signs' },
      { name: 'belly pain then age 60', overrides: { 'belly-pain': 'yes', age: 60 }, stopsAt: 'age', reason: 'belly-pain-at-60' },
    ];
    for (const { name, overrides, stopsAt, reason } of cases) {
      const { state, seen } = walk(overrides);
      expect(seen.at(-1), name).to.equal(stopsAt);
      expect(seen, name).to.deep.equal(allNoIds.slice(0, allNoIds.indexOf(stopsAt) + 1));
      expect(state.at, name).to.equal('result');
      expect(resultOf(state).level, name).to.equal('emergency-department');
      expect(resultOf(state).reasons, name).to.include(reason);
    }
  });

  it('belly pain at 59 does not stop the questions', () => {
    const { state, seen } = walk({ 'belly-pain': 'yes', age: 59 });
    expect(seen).to.deep.equal(allNoIds);
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
          expect(steps).to.be.at.most(35);
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
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('triage flow: Back', () => {
  it('returns to the previous screen with its answer kept', () => {
    const atCollapse = answer(start(), 'no');
    expect(atCollapse.at).to.equal('collapse');
    const backAgain = back(atCollapse);
    expect(backAgain.at).to.equal('chest-pain');
    expect(answerOf(backAgain.values, 'chest-pain')).to.equal('no');
    expect(backAgain.changing).to.equal(false);
  });

  it('keeps the answers of later screens too, and answering again moves on to the next screen', () => {
    let state = answerAll(start(), 'no', 'no', 'no');
    expect(state.at).to.equal('bladder-bowel');
    state = back(back(state));
    expect(state.at).to.equal('collapse');
    expect(answerOf(state.values, 'collapse')).to.equal('no');
    expect(answerOf(state.values, 'major-trauma')).to.equal('no');
    state = answer(state, 'no');
    expect(state.at).to.equal('major-trauma');
    expect(answerOf(state.values, 'major-trauma')).to.equal('no');
  });

  it('changing an answer after Back can still stop at once', () => {
    const state = answer(back(answer(start(), 'no')), 'yes');
    expect(state.at).to.equal('result');
    expect(resultOf(state).level).to.equal('call-emergency');
  });

  it('goes back across sections, to the context screens and the questions before them', () => {
    const atDuration = upTo('durationDays');
    expect(back(atDuration).at).to.equal('lump-swelling');
    const atImproving = upTo('improving');
    const toDuration = back(atImproving);
    expect(toDuration.at).to.equal('durationDays');
    expect(answerOf(toDuration.values, 'durationDays')).to.equal(1);
    const toInflammatory = back(upTo('age'));
    expect(toInflammatory.at).to.equal('inflammatory');
    const toAge = back(upTo('first-episode'));
    expect(toAge.at).to.equal('age');
    expect(answerOf(toAge.values, 'age')).to.equal(35);
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
    expect(back(first).at).to.equal('chest-pain');
    expect(back(back(first))).to.deep.equal(first);
    const answeredFirst = back(answer(first, 'no'));
    expect(canGoBack(answeredFirst)).to.equal(false);
    expect(back(answeredFirst)).to.deep.equal(answeredFirst);
  });

  it('canGoBack is true on every screen after the first, and false on the result and the check list', () => {
    let state = start();
    for (const id of allNoIds) {
      expect(state.at).to.equal(id);
      expect(canGoBack(state), id).to.equal(id !== 'chest-pain');
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

describe('triage flow: the follow-up', () => {
  it('pregnant yes: the next screen is labour-signs; pregnant no: the result', () => {
    expect(answer(upTo('pregnant'), 'yes').at).to.equal('labour-signs');
    expect(answer(upTo('pregnant'), 'no').at).to.equal('result');
  });

  it('Back from the follow-up and "pregnant" answered no: the follow-up is no longer asked', () => {
    const atLabour = answer(upTo('pregnant'), 'yes');
    const toPregnant = back(atLabour);
    const changed = answer(toPregnant, 'no');
    expect(changed.at).to.equal('result');
    expect(changed.values.answers['labour-signs']).to.equal(undefined);
    expect(ids(answered(changed))).not.to.include('labour-signs');
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
});

describe('triage flow: check your answers and changing one answer', () => {
  it('checkAnswers() shows the list; answered() lists exactly the answered screens in asking order', () => {
    const result = walk({ pregnant: 'unsure' }).state;
    const check = checkAnswers(result);
    expect(check.at).to.equal('check');
    expect(check.changing).to.equal(false);
    expect(check.values).to.deep.equal(result.values);
    expect(answered(check)).to.deep.equal(specScreens(true));
  });

  it('answered() after an early stop lists only what was asked', () => {
    const state = walk({ 'saddle-numbness': 'yes' }).state;
    expect(ids(answered(checkAnswers(state)))).to.deep.equal(['chest-pain', 'collapse', 'major-trauma', 'bladder-bowel', 'saddle-numbness']);
  });

  it('answered() part-way through, after Back, still lists every answered screen in order', () => {
    const state = back(back(upTo('balance')));
    expect(state.at).to.equal('cannot-move-leg');
    expect(ids(answered(state))).to.deep.equal(allNoIds.slice(0, allNoIds.indexOf('balance')));
  });

  it('change() then answer() returns to the result worked out again', () => {
    const result = walk().state;
    const opened = change(checkAnswers(result), 'leg-pain');
    expect(opened.at).to.equal('leg-pain');
    expect(opened.changing).to.equal(true);
    expect(answerOf(opened.values, 'leg-pain')).to.equal('no');
    const changed = answer(opened, 'yes');
    expect(changed.at).to.equal('result');
    expect(changed.changing).to.equal(false);
    expect(resultOf(changed).level).to.equal('appointment');
    expect(resultOf(changed).reasons).to.deep.equal(['leg-pain']);
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
    expect(answered(checkAnswers(done))).to.deep.equal(specScreens(true));
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
    const result = walk({ 'leg-numbness': 'yes' }).state;
    expect(resultOf(result).level).to.equal('appointment');
    const fever = answer(change(checkAnswers(result), 'fever'), 'unsure');
    expect(fever.at).to.equal('result');
    expect(fever.changing).to.equal(false);
    expect(resultOf(fever).level).to.equal('emergency-department');
    expect(resultOf(fever).reasons).to.include('fever-with-nerve-signs');

    const single = answer(change(checkAnswers(walk().state), 'cannot-move-leg'), 'yes');
    expect(single.at).to.equal('result');
    expect(resultOf(single).level).to.equal('emergency-department');

    const older = answer(change(checkAnswers(walk({ 'belly-pain': 'yes' }).state), 'age'), 72);
    expect(older.at).to.equal('result');
    expect(resultOf(older).reasons).to.include('belly-pain-at-60');
  });

  it('a change after an early emergency stop continues with the questions still unanswered', () => {
    const stopped = answer(start(), 'yes');
    expect(stopped.at).to.equal('result');
    const opened = change(checkAnswers(stopped), 'chest-pain');
    expect(opened.at).to.equal('chest-pain');
    expect(answerOf(opened.values, 'chest-pain')).to.equal('yes');
    const changed = answer(opened, 'no');
    expect(changed.at).to.equal('collapse');
    const { state, seen } = walk({}, changed);
    expect(seen).to.deep.equal(allNoIds.slice(1));
    expect(state.at).to.equal('result');
    expect(resultOf(state).level).to.equal('self-care');
    expect(ids(answered(state))).to.deep.equal(allNoIds);
  });

  it('a change after a stop in the middle continues from the first question still unanswered', () => {
    const stopped = walk({ 'both-legs': 'yes' }).state;
    const changed = answer(change(checkAnswers(stopped), 'both-legs'), 'no');
    expect(changed.at).to.equal('cannot-move-leg');
    const { seen, state } = walk({}, changed);
    expect(seen).to.deep.equal(allNoIds.slice(allNoIds.indexOf('cannot-move-leg')));
    expect(resultOf(state).level).to.equal('self-care');
  });

  it('a change of an earlier answer after a stop, with the stopping answer kept, still shows the result', () => {
    const stopped = walk({ 'both-legs': 'yes' }).state;
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

    const first = change(check, 'chest-pain');
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
  });

  it('finish() from the list shows the result worked out again', () => {
    const result = walk({ fever: 'yes' }).state;
    const done = finish(checkAnswers(result));
    expect(done.at).to.equal('result');
    expect(done.changing).to.equal(false);
    expect(resultOf(done)).to.deep.equal(resultOf(result));
  });

  it('finish() after an early stop shows the result; with the stop changed away it asks what is still unanswered', () => {
    const stopped = answer(start(), 'unsure');
    expect(finish(checkAnswers(stopped)).at).to.equal('result');

    // The questions the stop left out are asked as usual: Back steps through them, not to the list.
    const changedAway = answer(change(checkAnswers(stopped), 'chest-pain'), 'no');
    expect(changedAway.at).to.equal('collapse');
    expect(changedAway.changing).to.equal(false);
    expect(back(changedAway).at).to.equal('chest-pain');
    const next = finish(checkAnswers(changedAway));
    expect(next.at).to.equal('collapse');
    const { state, seen } = walk({}, next);
    expect(seen).to.deep.equal(allNoIds.slice(1));
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

describe('triage flow: progress', () => {
  it('gives the section, the index and the total per section on every screen', () => {
    const totals: Record<SectionId, number> = { emergency: 8, urgent: 11, pain: 10, person: 5 };
    const seenIn: Record<SectionId, number> = { emergency: 0, urgent: 0, pain: 0, person: 0 };
    let state = start();
    for (const screen of specScreens(false)) {
      expect(state.at).to.equal(screen.id);
      seenIn[screen.section] += 1;
      expect(progress(state), screen.id).to.deep.equal({
        section: screen.section,
        index: seenIn[screen.section],
        total: totals[screen.section],
        newSection: seenIn[screen.section] === 1,
      });
      state = answer(state, allNoValue(screen.id));
    }
    expect(seenIn).to.deep.equal(totals);
  });

  it('"3 of 8" on the third emergency question', () => {
    const state = answerAll(start(), 'no', 'no');
    expect(state.at).to.equal('major-trauma');
    expect(progress(state)).to.deep.equal({ section: 'emergency', index: 3, total: 8, newSection: false });
  });

  it('newSection on each section\'s first screen only', () => {
    const firsts = ['chest-pain', 'leg-weakness', 'durationDays', 'age'];
    let state = start();
    while (state.at !== 'result') {
      const id = state.at as ScreenId;
      expect(progress(state)?.newSection, id).to.equal(firsts.includes(id));
      state = answer(state, allNoValue(id));
    }
  });

  it('the person section grows by one when the follow-up appears', () => {
    const atPregnant = upTo('pregnant');
    expect(progress(atPregnant)).to.deep.equal({ section: 'person', index: 5, total: 5, newSection: false });
    const atLabour = answer(atPregnant, 'yes');
    expect(progress(atLabour)).to.deep.equal({ section: 'person', index: 6, total: 6, newSection: false });
    const toPregnant = back(atLabour);
    expect(progress(toPregnant)).to.deep.equal({ section: 'person', index: 5, total: 6, newSection: false });
    expect(progress(upTo('age', { pregnant: 'yes' }))).to.deep.equal({ section: 'person', index: 1, total: 5, newSection: true });
  });

  it('progress is null on the result and the check list', () => {
    const result = walk().state;
    expect(progress(result)).to.equal(null);
    expect(progress(checkAnswers(result))).to.equal(null);
  });

  it('progress while changing one answer names the screen being changed', () => {
    const opened = change(checkAnswers(walk().state), 'fever');
    expect(progress(opened)).to.deep.equal({ section: 'urgent', index: 3, total: 11, newSection: false });
  });
});

describe('triage flow: the result', () => {
  it('resultOf() matches triage() of the values, on the way and at the end', () => {
    const overrides: Partial<Record<ScreenId, Value>> = {
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
