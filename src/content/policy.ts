/*
 * The triage policy of CLINICAL.md as data: which questions are asked, in which order and step,
 * which level a "yes" leads to, which combinations escalate, and the sources of each. It does not
 * change with the language; the wording lives in the locale modules. The triage engine reads it.
 */
import type { CombinationId, LevelId, QuestionId, SourceKey, StepId } from './types.js';

/** Levels of care, most urgent first. */
export const levelOrder: readonly LevelId[] = [
  'call-emergency',
  'emergency-department',
  'urgent',
  'appointment',
  'self-care',
];

export const stepOrder: readonly StepId[] = ['emergency', 'urgent', 'pain', 'person'];

export interface QuestionPolicy {
  readonly id: QuestionId;
  readonly step: StepId;
  /** The level a "yes" (or "not sure") leads to; "modifier" questions count only in combinations. */
  readonly level: LevelId | 'modifier';
  readonly sources: readonly SourceKey[];
}

/** Every question, in asking order: emergency signs first, then urgent signs, the pain, the person. */
export const questionPolicy: readonly QuestionPolicy[] = [
  { id: 'chest-pain', step: 'emergency', level: 'call-emergency', sources: ['NHS-BP'] },
  { id: 'major-trauma', step: 'emergency', level: 'call-emergency', sources: ['seed-001', 'seed-002', 'NHS-BP'] },
  {
    id: 'bladder-bowel',
    step: 'emergency',
    level: 'emergency-department',
    sources: ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'NHS-BP', 'CES-CARD'],
  },
  { id: 'saddle-numbness', step: 'emergency', level: 'emergency-department', sources: ['NHS-BP', 'CES-CARD'] },
  { id: 'sexual-function', step: 'emergency', level: 'emergency-department', sources: ['CES-CARD'] },
  {
    id: 'both-legs',
    step: 'emergency',
    level: 'emergency-department',
    sources: ['seed-000', 'seed-001', 'seed-002', 'NHS-BP', 'NHS-SCI'],
  },
  { id: 'leg-weakness', step: 'urgent', level: 'urgent', sources: ['seed-001', 'seed-002', 'ACP-IMG'] },
  { id: 'balance', step: 'urgent', level: 'urgent', sources: ['seed-002', 'CKS'] },
  { id: 'fever', step: 'urgent', level: 'urgent', sources: ['seed-001', 'seed-002', 'seed-003', 'NHS-BP'] },
  { id: 'weight-loss', step: 'urgent', level: 'urgent', sources: ['seed-001', 'seed-002', 'NHS-BP'] },
  { id: 'cancer-history', step: 'urgent', level: 'urgent', sources: ['CG75', 'ACP-IMG'] },
  { id: 'night-rest-pain', step: 'urgent', level: 'urgent', sources: ['seed-001', 'seed-002', 'NHS-BP', 'CKS'] },
  { id: 'lump-swelling', step: 'urgent', level: 'urgent', sources: ['seed-002', 'NHS-BP'] },
  { id: 'minor-fall', step: 'pain', level: 'appointment', sources: ['seed-002', 'seed-004'] },
  { id: 'leg-pain', step: 'pain', level: 'appointment', sources: ['seed-002', 'NHS-SCI'] },
  { id: 'leg-numbness', step: 'pain', level: 'appointment', sources: ['seed-000', 'seed-001', 'NHS-SCI'] },
  { id: 'severe-worsening', step: 'pain', level: 'appointment', sources: ['seed-001', 'NHS-BP'] },
  { id: 'daily-life', step: 'pain', level: 'appointment', sources: ['seed-000', 'NHS-BP'] },
  { id: 'recurring-same-spot', step: 'pain', level: 'appointment', sources: ['seed-004'] },
  { id: 'inflammatory', step: 'pain', level: 'appointment', sources: ['NG59', 'ACP-IMG'] },
  { id: 'first-episode', step: 'person', level: 'modifier', sources: ['CKS'] },
  { id: 'bone-fragility', step: 'person', level: 'modifier', sources: ['CKS', 'ACP-IMG'] },
  { id: 'infection-risk', step: 'person', level: 'modifier', sources: ['ACP-IMG'] },
];

export interface CombinationPolicy {
  readonly id: CombinationId;
  readonly level: LevelId;
  readonly sources: readonly SourceKey[];
}

/** Combinations that escalate above the single answers; the rules themselves are in triage/. */
export const combinationPolicy: readonly CombinationPolicy[] = [
  { id: 'cancer-with-nerve-signs', level: 'emergency-department', sources: ['CG75'] },
  { id: 'fever-with-nerve-signs', level: 'emergency-department', sources: ['ACP-IMG', 'NHS-BP'] },
  { id: 'fall-with-fragile-bones', level: 'urgent', sources: ['CKS', 'ACP-IMG'] },
  { id: 'fever-with-infection-risk', level: 'urgent', sources: ['ACP-IMG'] },
  { id: 'first-episode-at-risk-age', level: 'appointment', sources: ['CKS'] },
  { id: 'not-improving', level: 'appointment', sources: ['seed-001', 'seed-002', 'seed-004'] },
  { id: 'over-six-weeks', level: 'appointment', sources: ['NHS-BP'] },
];
