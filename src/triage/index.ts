/*
 * The triage engine of CLINICAL.md: a pure function from answers to a level of care.
 * No DOM, no Lit, no storage; importable in Node. Levels and sources come from the content policy.
 */
import { combinationPolicy, levelOrder, questionPolicy } from '../content/policy.js';
import type { Answer, CombinationId, LevelId, QuestionId, StepId } from '../content/types.js';
import { describe } from '../internal/warn.js';

export type { Answer, CombinationId, LevelId, QuestionId, StepId };

export interface TriageInput {
  /** Answers by question id; a missing id counts as "no", and "unsure" counts as "yes". */
  answers?: Partial<Record<QuestionId, Answer>>;
  /** Age in years. */
  age?: number;
  /** How long this episode has lasted, in days. */
  durationDays?: number;
  /** Whether it is getting better. */
  improving?: Answer;
}

export interface TriageResult {
  /** The most urgent level reached by any answer or combination. */
  level: LevelId;
  /** The question ids and named combinations that set the level, in asking order. */
  reasons: (QuestionId | CombinationId)[];
  /** The question ids answered "unsure" (each counted as "yes"). */
  unsure: QuestionId[];
}

export interface TriageQuestion {
  id: QuestionId;
  step: StepId;
  level: LevelId | 'modifier';
}

/** Every question id in asking order, with its step and the level a "yes" leads to. */
export const questions: readonly TriageQuestion[] = questionPolicy.map(({ id, step, level }) => ({ id, step, level }));

/** Level ids, most urgent first. */
export const levels: readonly LevelId[] = levelOrder;

const questionIds = new Set<string>(questionPolicy.map((question) => question.id));
const answerValues = new Set<string>(['yes', 'no', 'unsure']);

function warn(message: string): void {
  console.warn(`[back-spasm-widgets] triage: ${message}`);
}

function asNumber(value: unknown, name: string, min: number, max: number): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const number = typeof value === 'string' ? Number(value.trim()) : value;
  if (typeof number !== 'number' || !Number.isFinite(number) || number < min || number > max) {
    warn(`${name} ${describe(value)} is not a number from ${min} to ${max}; ignored.`);
    return undefined;
  }
  return number;
}

function asAnswer(value: unknown, name: string): Answer | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && answerValues.has(value)) return value as Answer;
  // An answer we cannot read (null included) might hide a red flag: it counts as "unsure", never "no".
  warn(`${name} ${describe(value)} is not "yes", "no" or "unsure"; treated as "unsure".`);
  return 'unsure';
}

/** Reads any input without throwing; unknown ids and unusable values are ignored with a warning. */
function normalise(input: unknown) {
  const record = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  if (typeof input !== 'object' || input === null) warn('input is not an object; no answers read.');
  const rawAnswers = record['answers'];
  const answers = new Map<QuestionId, Answer>();
  if (rawAnswers !== undefined && (typeof rawAnswers !== 'object' || rawAnswers === null || Array.isArray(rawAnswers))) {
    warn('answers is not an object of question ids; no answers read.');
  } else if (rawAnswers) {
    for (const [id, value] of Object.entries(rawAnswers)) {
      if (!questionIds.has(id)) {
        warn(`unknown question id ${JSON.stringify(id)}; ignored.`);
        continue;
      }
      const answer = asAnswer(value, `answer to ${id}`);
      if (answer) answers.set(id as QuestionId, answer);
    }
  }
  return {
    answers,
    age: asNumber(record['age'], 'age', 0, 130),
    durationDays: asNumber(record['durationDays'], 'durationDays', 0, 36500),
    improving: asAnswer(record['improving'], 'improving'),
  };
}

type Rule = (facts: {
  yes: (id: QuestionId) => boolean;
  age: number | undefined;
  durationDays: number | undefined;
  improving: Answer | undefined;
}) => boolean;

const nerveSigns: QuestionId[] = ['both-legs', 'leg-weakness', 'balance', 'bladder-bowel', 'saddle-numbness', 'leg-numbness'];
const legSigns: QuestionId[] = ['both-legs', 'leg-weakness', 'balance'];

/** The combination rules of CLINICAL.md; their levels and sources are in the content policy. */
const combinationRules: Readonly<Record<CombinationId, Rule>> = {
  'cancer-with-nerve-signs': ({ yes }) => yes('cancer-history') && nerveSigns.some(yes),
  'fever-with-nerve-signs': ({ yes }) => yes('fever') && legSigns.some(yes),
  'fall-with-fragile-bones': ({ yes, age }) => yes('minor-fall') && (yes('bone-fragility') || (age ?? 0) >= 70),
  'fever-with-infection-risk': ({ yes }) => yes('infection-risk') && yes('fever'),
  'first-episode-at-risk-age': ({ yes, age }) => yes('first-episode') && age !== undefined && (age >= 50 || age < 20),
  'not-improving': ({ improving, durationDays }) =>
    (improving === 'no' || improving === 'unsure') && durationDays !== undefined && durationDays >= 3,
  'over-six-weeks': ({ durationDays }) => durationDays !== undefined && durationDays > 42,
};

const rank = (level: LevelId) => levelOrder.indexOf(level);

/** Decides the level of care for a set of answers. Never throws. */
export function triage(input: TriageInput): TriageResult {
  const { answers, age, durationDays, improving } = normalise(input);
  const yes = (id: QuestionId) => {
    const answer = answers.get(id);
    return answer === 'yes' || answer === 'unsure';
  };

  const drivers: { id: QuestionId | CombinationId; level: LevelId }[] = [];
  for (const question of questionPolicy) {
    if (question.level !== 'modifier' && yes(question.id)) drivers.push({ id: question.id, level: question.level });
  }
  for (const combination of combinationPolicy) {
    if (combinationRules[combination.id]({ yes, age, durationDays, improving })) {
      drivers.push({ id: combination.id, level: combination.level });
    }
  }

  const level = drivers.reduce<LevelId>(
    (most, driver) => (rank(driver.level) < rank(most) ? driver.level : most),
    'self-care',
  );
  return {
    level,
    reasons: drivers.filter((driver) => driver.level === level).map((driver) => driver.id),
    unsure: questionPolicy.filter((question) => answers.get(question.id) === 'unsure').map((question) => question.id),
  };
}
