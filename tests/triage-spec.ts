/*
 * The triage policy of CLINICAL.md, written out again by hand for the tests. It deliberately does not
 * import src/content/policy.ts: the tests check the engine against the specification, not against itself.
 */
import type { Answer, CombinationId, LevelId, QuestionId, TriageInput } from '../src/triage/index.js';

/** Levels of care, most urgent first (CLINICAL.md "Levels of care"). */
export const LEVELS: readonly LevelId[] = ['call-emergency', 'emergency-department', 'urgent', 'appointment', 'self-care'];

/** The question table of CLINICAL.md, in its order, with the level a "yes" leads to. */
export const QUESTIONS: readonly { id: QuestionId; level: LevelId | 'modifier' }[] = [
  { id: 'chest-pain', level: 'call-emergency' },
  { id: 'major-trauma', level: 'call-emergency' },
  { id: 'bladder-bowel', level: 'emergency-department' },
  { id: 'saddle-numbness', level: 'emergency-department' },
  { id: 'sexual-function', level: 'emergency-department' },
  { id: 'both-legs', level: 'emergency-department' },
  { id: 'leg-weakness', level: 'urgent' },
  { id: 'balance', level: 'urgent' },
  { id: 'fever', level: 'urgent' },
  { id: 'weight-loss', level: 'urgent' },
  { id: 'cancer-history', level: 'urgent' },
  { id: 'night-rest-pain', level: 'urgent' },
  { id: 'lump-swelling', level: 'urgent' },
  { id: 'minor-fall', level: 'appointment' },
  { id: 'leg-pain', level: 'appointment' },
  { id: 'leg-numbness', level: 'appointment' },
  { id: 'severe-worsening', level: 'appointment' },
  { id: 'daily-life', level: 'appointment' },
  { id: 'recurring-same-spot', level: 'appointment' },
  { id: 'inflammatory', level: 'appointment' },
  { id: 'first-episode', level: 'modifier' },
  { id: 'bone-fragility', level: 'modifier' },
  { id: 'infection-risk', level: 'modifier' },
];

export const QUESTION_IDS: readonly QuestionId[] = QUESTIONS.map((question) => question.id);

/** The six signs that turn a history of cancer into suspected cord compression. */
export const CANCER_NERVE_SIGNS: readonly QuestionId[] = [
  'both-legs',
  'leg-weakness',
  'balance',
  'bladder-bowel',
  'saddle-numbness',
  'leg-numbness',
];

/** The three signs that turn a fever into a suspected spinal infection with nerve involvement. */
export const FEVER_NERVE_SIGNS: readonly QuestionId[] = ['both-legs', 'leg-weakness', 'balance'];

/** Rank of a level: 0 is the most urgent. */
export const rank = (level: LevelId): number => LEVELS.indexOf(level);

/**
 * An independent model of CLINICAL.md for well-formed input: the level and the set of drivers at
 * that level (single answers and combinations).
 */
export function expectedTriage(input: TriageInput): { level: LevelId; reasons: (QuestionId | CombinationId)[] } {
  const answers = input.answers ?? {};
  const yes = (id: QuestionId) => answers[id] === 'yes' || answers[id] === 'unsure';
  const { age, durationDays, improving } = input;
  const drivers: { id: QuestionId | CombinationId; level: LevelId }[] = [];
  for (const question of QUESTIONS) {
    if (question.level !== 'modifier' && yes(question.id)) drivers.push({ id: question.id, level: question.level });
  }
  const combination = (id: CombinationId, level: LevelId, when: boolean) => {
    if (when) drivers.push({ id, level });
  };
  combination('cancer-with-nerve-signs', 'emergency-department', yes('cancer-history') && CANCER_NERVE_SIGNS.some(yes));
  combination('fever-with-nerve-signs', 'emergency-department', yes('fever') && FEVER_NERVE_SIGNS.some(yes));
  combination('fall-with-fragile-bones', 'urgent', yes('minor-fall') && (yes('bone-fragility') || (age !== undefined && age >= 70)));
  combination('fever-with-infection-risk', 'urgent', yes('infection-risk') && yes('fever'));
  combination('first-episode-at-risk-age', 'appointment', yes('first-episode') && age !== undefined && (age >= 50 || age < 20));
  combination(
    'not-improving',
    'appointment',
    (improving === 'no' || improving === 'unsure') && durationDays !== undefined && durationDays >= 3,
  );
  combination('over-six-weeks', 'appointment', durationDays !== undefined && durationDays > 42);
  const level = drivers.reduce<LevelId>((most, driver) => (rank(driver.level) < rank(most) ? driver.level : most), 'self-care');
  return { level, reasons: drivers.filter((driver) => driver.level === level).map((driver) => driver.id) };
}

export const ANSWERS: readonly Answer[] = ['yes', 'no', 'unsure'];
