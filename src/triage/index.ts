/*
 * The triage engine of CLINICAL.md (version 3): a pure function from answers to a level of care.
 * No DOM, no Lit, no storage; importable in Node. Levels and sources come from the content policy.
 */
import { combinationPolicy, levelOrder, nerveSigns, policyVersion, questionPolicy } from '../content/policy.js';
import type { Answer, CombinationId, LevelId, QuestionId, SectionId } from '../content/types.js';
import { describe } from '../internal/warn.js';

export type { Answer, CombinationId, LevelId, QuestionId, SectionId };

/** The version of the clinical policy (CLINICAL.md) this engine implements. */
export { policyVersion };

export interface TriageInput {
  /** Answers by question id; a missing id counts as "no", and "unsure" counts as "yes". */
  answers?: Partial<Record<QuestionId, Answer>>;
  /** Age in years. */
  age?: number;
  /** How long this episode has lasted, in days. */
  durationDays?: number;
  /** Whether it is getting better; missing counts as "unsure". */
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
  section: SectionId;
  /**
   * The level a "yes" or "unsure" leads to on its own; "modifier" counts only in combinations; a
   * "gate" (leg-symptoms) counts for nothing and only decides whether the checker asks its follow-ups.
   */
  level: LevelId | 'modifier' | 'gate';
  /** Asked only after this question is answered "yes" or "unsure"; counted whenever it is given. */
  followUpOf?: QuestionId;
}

export interface TriageCombination {
  id: CombinationId;
  level: LevelId;
}

/** Every question in asking order, with its section, the level a "yes" leads to and what it follows up. */
export const questions: readonly TriageQuestion[] = questionPolicy.map(({ id, section, level, followUpOf }) =>
  followUpOf ? { id, section, level, followUpOf } : { id, section, level },
);

/** The combinations that escalate above single answers, in the policy's order. */
export const combinations: readonly TriageCombination[] = combinationPolicy.map(({ id, level }) => ({ id, level }));

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
  improving: Answer;
}) => boolean;

const nerveSign = (yes: (id: QuestionId) => boolean) => nerveSigns.some(yes);
const ageAtLeast = (age: number | undefined, years: number) => age !== undefined && age >= years;
const ageUnder = (age: number | undefined, years: number) => age !== undefined && age < years;

/** The combination rules of CLINICAL.md; their levels and sources are in the content policy. */
const combinationRules: Readonly<Record<CombinationId, Rule>> = {
  'cancer-with-nerve-signs': ({ yes }) => yes('cancer-history') && (nerveSign(yes) || yes('leg-pain')),
  'fever-with-nerve-signs': ({ yes }) => yes('fever') && nerveSign(yes),
  'infection-risk-with-nerve-signs': ({ yes }) => yes('infection-risk') && nerveSign(yes),
  'fever-with-infection-risk': ({ yes }) => yes('infection-risk') && yes('fever'),
  'belly-pain-at-60': ({ yes, age }) => yes('belly-pain') && ageAtLeast(age, 60),
  'fall-with-fragile-bones': ({ yes, age }) =>
    (yes('minor-fall') || yes('lifting-strain')) && (yes('bone-fragility') || ageAtLeast(age, 70)),
  'severe-pain-fragile-or-older': ({ yes, age }) =>
    yes('severe-worsening') && (yes('bone-fragility') || ageAtLeast(age, 60)),
  'young-child': ({ age }) => ageUnder(age, 6),
  child: ({ age }) => ageUnder(age, 16),
  'first-episode-at-risk-age': ({ yes, age }) => yes('first-episode') && (ageAtLeast(age, 50) || ageUnder(age, 20)),
  'not-improving': ({ improving, durationDays }) => improving !== 'yes' && durationDays !== undefined && durationDays >= 3,
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
    const level = question.level;
    if (level !== 'modifier' && level !== 'gate' && yes(question.id)) drivers.push({ id: question.id, level });
  }
  for (const combination of combinationPolicy) {
    // A missing "improving" might hide pain that is not getting better: it counts as "unsure".
    if (combinationRules[combination.id]({ yes, age, durationDays, improving: improving ?? 'unsure' })) {
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
