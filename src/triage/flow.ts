/*
 * The checker's flow: which screen comes next, one question per screen. Pure and DOM-free, beside
 * the triage engine: the element renders the screen this module gives it. Each state is a new
 * object; nothing here is stored anywhere.
 */
import { pregnancyAges, questionPolicy, sectionOrder } from '../content/policy.js';
import type { Answer, QuestionId, SectionId } from '../content/types.js';
import { triage, type TriageResult } from './index.js';

/** The context questions the checker asks beside the policy's questions. */
export type ContextId = 'durationDays' | 'improving' | 'age';
export type ScreenId = QuestionId | ContextId;

export interface Screen {
  readonly id: ScreenId;
  readonly section: SectionId;
}

/** Everything the visitor has answered, in the triage engine's own shape. */
export interface FlowValues {
  readonly answers: Readonly<Partial<Record<QuestionId, Answer>>>;
  readonly durationDays?: number;
  readonly improving?: Answer;
  readonly age?: number;
}

export interface FlowState {
  readonly values: FlowValues;
  /** The screen on show: a question, "check" (the check-your-answers list) or "result". */
  readonly at: ScreenId | 'check' | 'result';
  /** True while an answer is being changed from the check-your-answers list. */
  readonly changing: boolean;
}

export interface Progress {
  readonly section: SectionId;
  /**
   * 1-based position of the screen in the whole check, and the number of screens the answers so
   * far lead to ("about": a yes to a gate or to pregnancy brings its follow-ups in).
   */
  readonly index: number;
  readonly total: number;
  /** The screens of this section now. */
  readonly sectionTotal: number;
  /** True on a section's first screen: the moment a screen reader hears where it is. */
  readonly newSection: boolean;
}

/** Levels that end the questions at once: nothing asked later could make them less urgent. */
const stopLevels = new Set(['call-emergency', 'emergency-department']);

/** Context questions come first in their section: the age, then how long and whether it is getting better. */
const contextScreens: Readonly<Record<SectionId, readonly ContextId[]>> = {
  about: ['age'],
  emergency: [],
  risk: [],
  urgent: [],
  pain: ['durationDays', 'improving'],
};

const asksFollowUps = (answer: Answer | undefined) => answer === 'yes' || answer === 'unsure';

/** Whether the checker asks `pregnant` at this age (asked while the age is not known yet). */
const asksPregnancy = (age: number | undefined) => age === undefined || (age >= pregnancyAges.min && age <= pregnancyAges.max);

/**
 * The screens that apply to these answers, in asking order: a follow-up only after a yes or not
 * sure to its question, and `pregnant` only for the ages it is asked at.
 */
export function screens(values: FlowValues): Screen[] {
  const list: Screen[] = [];
  const asked = new Set<QuestionId>();
  for (const section of sectionOrder) {
    for (const id of contextScreens[section]) list.push({ id, section });
    for (const question of questionPolicy) {
      if (question.section !== section) continue;
      // A follow-up of a question not asked (labour when pregnancy is not) is not asked either.
      if (question.followUpOf && !(asked.has(question.followUpOf) && asksFollowUps(values.answers[question.followUpOf]))) continue;
      if (question.id === 'pregnant' && !asksPregnancy(values.age)) continue;
      asked.add(question.id);
      list.push({ id: question.id, section });
    }
  }
  return list;
}

/** The answer given on a screen, if any. */
export function answerOf(values: FlowValues, id: ScreenId): Answer | number | undefined {
  if (id === 'durationDays' || id === 'improving' || id === 'age') return values[id];
  return values.answers[id];
}

export const isAnswered = (values: FlowValues, id: ScreenId): boolean => answerOf(values, id) !== undefined;

export function start(): FlowState {
  return { values: { answers: {} }, at: screens({ answers: {} })[0]?.id ?? 'result', changing: false };
}

/** The level and reasons for the answers so far (a question not yet asked counts as "no"). */
export const resultOf = (state: FlowState): TriageResult => triage(state.values);

/**
 * The values with one more answer. When a question changes to "no", its follow-ups' answers go
 * too; when the age changes to one `pregnant` is not asked at, its answers go (the engine would
 * count them, and the visitor can no longer see or change them).
 */
function withAnswer(values: FlowValues, id: ScreenId, value: Answer | number): FlowValues {
  if (id === 'durationDays') return { ...values, durationDays: value as number };
  if (id === 'improving') return { ...values, improving: value as Answer };
  const answers: Partial<Record<QuestionId, Answer>> = { ...values.answers };
  const drop = (question: QuestionId) => {
    delete answers[question];
    for (const policy of questionPolicy) if (policy.followUpOf === question) drop(policy.id);
  };
  if (id === 'age') {
    if (!asksPregnancy(value as number)) drop('pregnant');
    return { ...values, answers, age: value as number };
  }
  answers[id] = value as Answer;
  if (!asksFollowUps(value as Answer)) {
    for (const question of questionPolicy) if (question.followUpOf === id) drop(question.id);
  }
  return { ...values, answers };
}

/**
 * Records the answer on the current screen and moves on: to the result at once when the answers
 * reach an emergency level; else to the next screen (or, while changing an answer, to the first
 * question still unanswered: a follow-up the change brought in, or the questions an early stop
 * left out); else to the result.
 */
export function answer(state: FlowState, value: Answer | number): FlowState {
  const id = state.at;
  if (id === 'check' || id === 'result') return state;
  const values = withAnswer(state.values, id, value);
  const next = { ...state, values };
  if (stopLevels.has(triage(values).level)) return { ...next, at: 'result', changing: false };
  const order = screens(values);
  const unanswered = order.find((screen) => !isAnswered(values, screen.id));
  if (state.changing) {
    if (!unanswered) return { ...next, at: 'result', changing: false };
    // Screens the change brought in (the leg questions after "leg symptoms", one after another;
    // pregnancy after an age changed into 10 to 55) belong to the change; any other question still to answer (after an early stop was changed
    // away) is asked as usual, and Back steps through them.
    const broughtIn = !screens(state.values).some((screen) => screen.id === unanswered.id);
    return { ...next, at: unanswered.id, changing: broughtIn || isFollowUp(unanswered.id) };
  }
  const after = order[order.findIndex((screen) => screen.id === id) + 1];
  if (after) return { ...next, at: after.id };
  return unanswered ? { ...next, at: unanswered.id } : { ...next, at: 'result', changing: false };
}

const isFollowUp = (id: ScreenId): boolean => questionPolicy.some((question) => question.id === id && question.followUpOf !== undefined);

/** Back: the previous screen, with its answer kept; from an answer being changed, the list again. */
export function back(state: FlowState): FlowState {
  if (state.at === 'check' || state.at === 'result') return state;
  if (state.changing) return { ...state, at: 'check' };
  const order = screens(state.values);
  const index = order.findIndex((screen) => screen.id === state.at);
  return index > 0 ? { ...state, at: (order[index - 1] as Screen).id } : state;
}

/** True when Back has somewhere to go. */
export const canGoBack = (state: FlowState): boolean =>
  state.changing || (state.at !== 'check' && state.at !== 'result' && screens(state.values)[0]?.id !== state.at);

/** The check-your-answers list: every screen answered so far, in asking order. */
export const checkAnswers = (state: FlowState): FlowState => ({ ...state, at: 'check', changing: false });

export const answered = (state: FlowState): Screen[] => screens(state.values).filter((screen) => isAnswered(state.values, screen.id));

/** Opens one answer to change it; after it, the flow asks what the change brought in, then shows the result. */
export function change(state: FlowState, id: ScreenId): FlowState {
  if (!screens(state.values).some((screen) => screen.id === id)) return state;
  return { ...state, at: id, changing: true };
}

/** From the check-your-answers list to the result worked out again (or a question still to answer). */
export function finish(state: FlowState): FlowState {
  const unanswered = screens(state.values).find((screen) => !isAnswered(state.values, screen.id));
  // A follow-up still to answer belongs to the change that brought it in: after it, the result.
  if (unanswered && !stopLevels.has(resultOf(state).level)) return { ...state, at: unanswered.id, changing: isFollowUp(unanswered.id) };
  return { ...state, at: 'result', changing: false };
}

/** Where the current screen sits in the whole check ("Question 9 of about 30") and its section. */
export function progress(state: FlowState): Progress | null {
  const order = screens(state.values);
  const index = order.findIndex((candidate) => candidate.id === state.at);
  const screen = order[index];
  if (!screen) return null;
  const section = order.filter((candidate) => candidate.section === screen.section);
  return {
    section: screen.section,
    index: index + 1,
    total: order.length,
    sectionTotal: section.length,
    newSection: section[0] === screen,
  };
}
