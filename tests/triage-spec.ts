/*
 * The triage policy of CLINICAL.md (version 3), written out again by hand for the tests. It
 * deliberately does not import src/content/policy.ts: the tests check the engine against the
 * specification, not against itself.
 */
import type { Answer, CombinationId, LevelId, QuestionId, SectionId, TriageInput } from '../src/triage/index.js';

/** The policy version CLINICAL.md carries. */
export const POLICY_VERSION = '3.0';

/** Levels of care, most urgent first (CLINICAL.md "Levels of care"). */
export const LEVELS: readonly LevelId[] = ['call-emergency', 'emergency-department', 'urgent', 'appointment', 'self-care'];

export interface SpecQuestion {
  id: QuestionId;
  section: SectionId;
  level: LevelId | 'modifier' | 'gate';
  followUpOf?: QuestionId;
}

/** The question table of CLINICAL.md, in asking order, with its section and the level a "yes" leads to. */
export const QUESTIONS: readonly SpecQuestion[] = [
  { id: 'chest-pain', section: 'emergency', level: 'call-emergency' },
  { id: 'breathless', section: 'emergency', level: 'call-emergency' },
  { id: 'collapse', section: 'emergency', level: 'call-emergency' },
  { id: 'major-trauma', section: 'emergency', level: 'call-emergency' },
  { id: 'bladder-bowel', section: 'emergency', level: 'emergency-department' },
  { id: 'saddle-numbness', section: 'emergency', level: 'emergency-department' },
  { id: 'sexual-function', section: 'emergency', level: 'emergency-department' },
  { id: 'leg-symptoms', section: 'emergency', level: 'gate' },
  { id: 'both-legs', section: 'emergency', level: 'emergency-department', followUpOf: 'leg-symptoms' },
  { id: 'cannot-move-leg', section: 'emergency', level: 'emergency-department', followUpOf: 'leg-symptoms' },
  { id: 'pregnant', section: 'emergency', level: 'appointment' },
  { id: 'labour-signs', section: 'emergency', level: 'emergency-department', followUpOf: 'pregnant' },
  { id: 'cancer-history', section: 'risk', level: 'urgent' },
  { id: 'infection-risk', section: 'risk', level: 'urgent' },
  { id: 'bone-fragility', section: 'risk', level: 'appointment' },
  { id: 'leg-weakness', section: 'urgent', level: 'urgent', followUpOf: 'leg-symptoms' },
  { id: 'balance', section: 'urgent', level: 'urgent' },
  { id: 'fever', section: 'urgent', level: 'urgent' },
  { id: 'urine-symptoms', section: 'urgent', level: 'urgent' },
  { id: 'belly-pain', section: 'urgent', level: 'urgent' },
  { id: 'upper-back-pain', section: 'urgent', level: 'urgent' },
  { id: 'cough-sneeze-pain', section: 'urgent', level: 'urgent' },
  { id: 'weight-loss', section: 'urgent', level: 'urgent' },
  { id: 'night-rest-pain', section: 'urgent', level: 'urgent' },
  { id: 'lump-swelling', section: 'urgent', level: 'urgent' },
  { id: 'minor-fall', section: 'pain', level: 'appointment' },
  { id: 'lifting-strain', section: 'pain', level: 'modifier' },
  { id: 'leg-pain', section: 'pain', level: 'appointment', followUpOf: 'leg-symptoms' },
  { id: 'leg-numbness', section: 'pain', level: 'appointment', followUpOf: 'leg-symptoms' },
  { id: 'severe-worsening', section: 'pain', level: 'appointment' },
  { id: 'daily-life', section: 'pain', level: 'appointment' },
  { id: 'recurring-same-spot', section: 'pain', level: 'appointment' },
  { id: 'inflammatory', section: 'pain', level: 'appointment' },
  { id: 'first-episode', section: 'pain', level: 'modifier' },
];

/** The ages the widget asks `pregnant` at (CLINICAL.md: 10 to 55). */
export const PREGNANCY_AGES = { min: 10, max: 55 } as const;

export const QUESTION_IDS: readonly QuestionId[] = QUESTIONS.map((question) => question.id);

/** The level a "yes" to the question leads to on its own. */
export const levelOf = (id: QuestionId): LevelId | 'modifier' | 'gate' => {
  const question = QUESTIONS.find((candidate) => candidate.id === id);
  if (!question) throw new Error(`not a question of the policy: ${id}`);
  return question.level;
};

/** "Nerve signs" of CLINICAL.md: the same set for cancer, fever and infection risk. */
export const NERVE_SIGNS: readonly QuestionId[] = [
  'both-legs',
  'cannot-move-leg',
  'leg-weakness',
  'balance',
  'leg-numbness',
  'bladder-bowel',
  'saddle-numbness',
  'sexual-function',
];

/** What turns a history of cancer into suspected cord compression: any nerve sign, or leg pain. */
export const CANCER_SIGNS: readonly QuestionId[] = [...NERVE_SIGNS, 'leg-pain'];

/** The combination table of CLINICAL.md, in its order. */
export const COMBINATIONS: readonly { id: CombinationId; level: LevelId }[] = [
  { id: 'cancer-with-nerve-signs', level: 'emergency-department' },
  { id: 'fever-with-nerve-signs', level: 'emergency-department' },
  { id: 'infection-risk-with-nerve-signs', level: 'emergency-department' },
  { id: 'fever-with-infection-risk', level: 'emergency-department' },
  { id: 'belly-pain-at-60', level: 'emergency-department' },
  { id: 'fall-with-fragile-bones', level: 'urgent' },
  { id: 'severe-pain-fragile-or-older', level: 'urgent' },
  { id: 'young-child', level: 'urgent' },
  { id: 'child', level: 'appointment' },
  { id: 'first-episode-at-risk-age', level: 'appointment' },
  { id: 'not-improving', level: 'appointment' },
  { id: 'over-six-weeks', level: 'appointment' },
];

/** Rank of a level: 0 is the most urgent. */
export const rank = (level: LevelId): number => LEVELS.indexOf(level);

export interface SpecResult {
  level: LevelId;
  reasons: (QuestionId | CombinationId)[];
  unsure: QuestionId[];
}

/**
 * An independent model of CLINICAL.md for well-formed input: the level, every driver at that level
 * (questions in asking order, then combinations in table order), and the questions answered
 * "unsure" in asking order.
 */
export function expectedTriage(input: TriageInput): SpecResult {
  const answers = input.answers ?? {};
  const yes = (id: QuestionId) => answers[id] === 'yes' || answers[id] === 'unsure';
  const { age, durationDays } = input;
  // Through the engine's API a missing "improving" counts as "unsure".
  const improving: Answer = input.improving ?? 'unsure';
  const ageAtLeast = (years: number) => age !== undefined && age >= years;
  const ageUnder = (years: number) => age !== undefined && age < years;

  const fired = new Set<CombinationId>();
  const when = (id: CombinationId, condition: boolean) => {
    if (condition) fired.add(id);
  };
  when('cancer-with-nerve-signs', yes('cancer-history') && CANCER_SIGNS.some(yes));
  when('fever-with-nerve-signs', yes('fever') && NERVE_SIGNS.some(yes));
  when('infection-risk-with-nerve-signs', yes('infection-risk') && NERVE_SIGNS.some(yes));
  when('fever-with-infection-risk', yes('infection-risk') && yes('fever'));
  when('belly-pain-at-60', yes('belly-pain') && ageAtLeast(60));
  when('fall-with-fragile-bones', (yes('minor-fall') || yes('lifting-strain')) && (yes('bone-fragility') || ageAtLeast(70)));
  when('severe-pain-fragile-or-older', yes('severe-worsening') && (yes('bone-fragility') || ageAtLeast(60)));
  when('young-child', ageUnder(6));
  when('child', ageUnder(16));
  when('first-episode-at-risk-age', yes('first-episode') && (ageAtLeast(50) || ageUnder(20)));
  when('not-improving', (improving === 'no' || improving === 'unsure') && durationDays !== undefined && durationDays >= 3);
  when('over-six-weeks', durationDays !== undefined && durationDays > 42);

  const drivers: { id: QuestionId | CombinationId; level: LevelId }[] = [
    ...QUESTIONS.filter((question) => question.level !== 'modifier' && question.level !== 'gate' && yes(question.id)).map((question) => ({
      id: question.id,
      level: question.level as LevelId,
    })),
    ...COMBINATIONS.filter((combination) => fired.has(combination.id)),
  ];
  const level = drivers.reduce<LevelId>((most, driver) => (rank(driver.level) < rank(most) ? driver.level : most), 'self-care');
  return {
    level,
    reasons: drivers.filter((driver) => driver.level === level).map((driver) => driver.id),
    unsure: QUESTION_IDS.filter((id) => answers[id] === 'unsure'),
  };
}

export const ANSWERS: readonly Answer[] = ['yes', 'no', 'unsure'];

/** Every age threshold of the policy, with the age on each side of it. */
export const THRESHOLD_AGES: readonly number[] = [5, 6, 15, 16, 19, 20, 49, 50, 59, 60, 69, 70];

/** Every duration threshold of the policy, with the duration on each side of it. */
export const THRESHOLD_DURATIONS: readonly number[] = [2, 3, 42, 43];
