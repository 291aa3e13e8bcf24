/*
 * The checker's flow: which screen comes next, one question per screen. Pure and DOM-free, beside
 * the triage engine: the element renders the screen this module gives it. Each state is a new
 * object; nothing here is stored anywhere.
 */
import { questionPolicy, sectionOrder } from '../content/policy.js';
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
  /** 1-based position of the screen within its section, and the section's screens now. */
  readonly index: number;
  readonly total: number;
  /** True on a section's first screen: the moment a screen reader hears where it is. */
  readonly newSection: boolean;
}

/** Levels that end the questions at once: nothing asked later could make them less urgent. */
const stopLevels = new Set(['call-emergency', 'emergency-department']);

/** Context questions come first in their section: how long and whether it is getting better, the age. */
const contextScreens: Readonly<Record<SectionId, readonly ContextId[]>> = {
  emergency: [],
  urgent: [],
  pain: ['durationDays', 'improving'],
  person: ['age'],
};

const asksFollowUps = (answer: Answer | undefined) => answer === 'yes' || answer === 'unsure';

/** The screens that apply to these answers, in asking order: a follow-up only after a yes or not sure. */
export function screens(values: FlowValues): Screen[] {
  const list: Screen[] = [];
  for (const section of sectionOrder) {
    for (const id of contextScreens[section]) list.push({ id, section });
    for (const question of questionPolicy) {
      if (question.section !== section) continue;
      if (question.followUpOf && !asksFollowUps(values.answers[question.followUpOf])) continue;
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

/** The values with one more answer. When a question changes to "no", its follow-ups' answers go too. */
function withAnswer(values: FlowValues, id: ScreenId, value: Answer | number): FlowValues {
  if (id === 'durationDays' || id === 'age') return { ...values, [id]: value as number };
  if (id === 'improving') return { ...values, improving: value as Answer };
  const answers: Partial<Record<QuestionId, Answer>> = { ...values.answers, [id]: value as Answer };
  if (!asksFollowUps(value as Answer)) {
    for (const question of questionPolicy) if (question.followUpOf === id) delete answers[question.id];
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
    // A follow-up the change brought in belongs to the change; any other question still to answer
    // (after an early stop was changed away) is asked as usual, and Back steps through them.
    const followUp = questionPolicy.some((question) => question.id === unanswered.id && question.followUpOf === id);
    return { ...next, at: unanswered.id, changing: followUp };
  }
  const after = order[order.findIndex((screen) => screen.id === id) + 1];
  if (after) return { ...next, at: after.id };
  return unanswered ? { ...next, at: unanswered.id } : { ...next, at: 'result', changing: false };
}

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
  if (unanswered && !stopLevels.has(resultOf(state).level)) return { ...state, at: unanswered.id, changing: false };
  return { ...state, at: 'result', changing: false };
}

/** Where the current screen sits in its section ("Signs that need help now · 3 of 8"). */
export function progress(state: FlowState): Progress | null {
  const order = screens(state.values);
  const screen = order.find((candidate) => candidate.id === state.at);
  if (!screen) return null;
  const section = order.filter((candidate) => candidate.section === screen.section);
  const index = section.indexOf(screen) + 1;
  return { section: screen.section, index, total: section.length, newSection: index === 1 };
}
