/*
 * The triage policy of CLINICAL.md (version 3) as data: which questions are asked, in which order
 * and section, which level a "yes" leads to, which question follows up which, which combinations
 * escalate, and the sources of each. It does not change with the language; the wording lives in
 * the locale modules. The triage engine, the checker and the clinical review sheet read it.
 */
import type { AdviceId, CombinationId, LevelId, QuestionId, SectionId, SourceKey } from './types.js';

/** The version of CLINICAL.md this policy implements; shown in the clinician's summary. */
export const policyVersion = '3.0';

/** Levels of care, most urgent first. */
export const levelOrder: readonly LevelId[] = [
  'call-emergency',
  'emergency-department',
  'urgent',
  'appointment',
  'self-care',
];

/** Age first, so that every rule that depends on it can end the questions early (NHS 111 online). */
export const sectionOrder: readonly SectionId[] = ['about', 'emergency', 'risk', 'urgent', 'pain'];

/** The ages the checker asks `pregnant` for; outside them it is not asked and counts as no. */
export const pregnancyAges = { min: 10, max: 55 } as const;

export interface QuestionPolicy {
  readonly id: QuestionId;
  readonly section: SectionId;
  /**
   * The level a "yes" (or "not sure") leads to; "modifier" questions count only in combinations;
   * a "gate" counts for nothing itself and only decides whether its follow-ups are asked.
   */
  readonly level: LevelId | 'modifier' | 'gate';
  /** Asked only when this question was answered "yes" or "not sure"; counted whenever given. */
  readonly followUpOf?: QuestionId;
  /** A list question: its items are shown as a visible list, and one answer covers them all. */
  readonly list?: true;
  readonly sources: readonly SourceKey[];
}

/**
 * Every question, in asking order: the emergency signs first (with pregnancy), then the risk
 * factors, the urgent signs and the pain. Age comes before all of them (see triage/flow.ts).
 */
export const questionPolicy: readonly QuestionPolicy[] = [
  { id: 'chest-pain', section: 'emergency', level: 'call-emergency', sources: ['NHS-BP'] },
  { id: 'breathless', section: 'emergency', level: 'call-emergency', sources: ['ST-BP', 'NHS-CP'] },
  { id: 'collapse', section: 'emergency', level: 'call-emergency', sources: ['ST-BP', 'NG156', 'NHS-KI'] },
  { id: 'major-trauma', section: 'emergency', level: 'call-emergency', sources: ['seed-001', 'seed-002', 'NHS-BP'] },
  {
    id: 'bladder-bowel',
    section: 'emergency',
    level: 'emergency-department',
    sources: ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'NHS-BP', 'CES-CARD'],
  },
  { id: 'saddle-numbness', section: 'emergency', level: 'emergency-department', sources: ['NHS-BP', 'CES-CARD'] },
  { id: 'sexual-function', section: 'emergency', level: 'emergency-department', sources: ['CES-CARD'] },
  { id: 'leg-symptoms', section: 'emergency', level: 'gate', sources: ['NHS-SCI', 'CES-CARD'] },
  {
    id: 'both-legs',
    section: 'emergency',
    level: 'emergency-department',
    followUpOf: 'leg-symptoms',
    sources: ['seed-000', 'seed-001', 'seed-002', 'NHS-BP', 'NHS-SCI'],
  },
  {
    id: 'cannot-move-leg',
    section: 'emergency',
    level: 'emergency-department',
    followUpOf: 'leg-symptoms',
    sources: ['NG234', 'CES-CARD'],
  },
  { id: 'pregnant', section: 'emergency', level: 'appointment', sources: ['ST-BP', 'NHS-PREG'] },
  {
    id: 'labour-signs',
    section: 'emergency',
    level: 'emergency-department',
    followUpOf: 'pregnant',
    sources: ['ST-BP', 'NHS-PREG'],
  },
  { id: 'cancer-history', section: 'risk', level: 'urgent', sources: ['NG234', 'ACP-IMG'] },
  { id: 'infection-risk', section: 'risk', level: 'urgent', list: true, sources: ['CKS', 'ACP-IMG', 'ST-BP'] },
  { id: 'bone-fragility', section: 'risk', level: 'appointment', list: true, sources: ['CKS', 'ACP-IMG'] },
  {
    id: 'leg-weakness',
    section: 'urgent',
    level: 'urgent',
    followUpOf: 'leg-symptoms',
    sources: ['seed-001', 'seed-002', 'ACP-IMG'],
  },
  { id: 'balance', section: 'urgent', level: 'urgent', sources: ['seed-002', 'CKS'] },
  { id: 'fever', section: 'urgent', level: 'urgent', sources: ['seed-001', 'seed-002', 'seed-003', 'NHS-BP'] },
  { id: 'urine-symptoms', section: 'urgent', level: 'urgent', sources: ['NHS-KI', 'ST-BP'] },
  { id: 'belly-pain', section: 'urgent', level: 'urgent', sources: ['ST-BP', 'NG156'] },
  { id: 'upper-back-pain', section: 'urgent', level: 'urgent', sources: ['NHS-BP', 'CKS'] },
  { id: 'cough-sneeze-pain', section: 'urgent', level: 'urgent', sources: ['NHS-BP'] },
  { id: 'weight-loss', section: 'urgent', level: 'urgent', sources: ['seed-001', 'seed-002', 'NHS-BP'] },
  { id: 'night-rest-pain', section: 'urgent', level: 'urgent', sources: ['seed-001', 'seed-002', 'NHS-BP', 'CKS'] },
  { id: 'lump-swelling', section: 'urgent', level: 'urgent', sources: ['seed-002', 'NHS-BP'] },
  { id: 'minor-fall', section: 'pain', level: 'appointment', sources: ['seed-002', 'seed-004'] },
  { id: 'lifting-strain', section: 'pain', level: 'modifier', sources: ['seed-001', 'CKS'] },
  { id: 'leg-pain', section: 'pain', level: 'appointment', followUpOf: 'leg-symptoms', sources: ['seed-002', 'NHS-SCI'] },
  {
    id: 'leg-numbness',
    section: 'pain',
    level: 'appointment',
    followUpOf: 'leg-symptoms',
    sources: ['seed-000', 'seed-001', 'NHS-SCI'],
  },
  { id: 'severe-worsening', section: 'pain', level: 'appointment', sources: ['seed-001', 'NHS-BP'] },
  { id: 'daily-life', section: 'pain', level: 'appointment', sources: ['seed-000', 'NHS-BP'] },
  { id: 'recurring-same-spot', section: 'pain', level: 'appointment', sources: ['seed-004'] },
  { id: 'inflammatory', section: 'pain', level: 'appointment', sources: ['NG59', 'ACP-IMG'] },
  { id: 'first-episode', section: 'pain', level: 'modifier', sources: ['CKS'] },
];

/**
 * "Nerve signs" of CLINICAL.md: with a history of cancer, a fever or a risk of infection, any of them
 * escalates to the emergency department.
 */
export const nerveSigns: readonly QuestionId[] = [
  'both-legs',
  'cannot-move-leg',
  'leg-weakness',
  'balance',
  'leg-numbness',
  'bladder-bowel',
  'saddle-numbness',
  'sexual-function',
];

export interface CombinationPolicy {
  readonly id: CombinationId;
  readonly level: LevelId;
  readonly sources: readonly SourceKey[];
}

/** Combinations that escalate above the single answers; the rules themselves are in triage/. */
export const combinationPolicy: readonly CombinationPolicy[] = [
  { id: 'cancer-with-nerve-signs', level: 'emergency-department', sources: ['NG234'] },
  { id: 'fever-with-nerve-signs', level: 'emergency-department', sources: ['ACP-IMG', 'NHS-BP'] },
  { id: 'infection-risk-with-nerve-signs', level: 'emergency-department', sources: ['CKS', 'ACP-IMG'] },
  { id: 'fever-with-infection-risk', level: 'emergency-department', sources: ['CKS', 'ACP-IMG'] },
  { id: 'belly-pain-at-60', level: 'emergency-department', sources: ['ST-BP', 'NG156'] },
  { id: 'fall-with-fragile-bones', level: 'urgent', sources: ['CKS', 'ACP-IMG'] },
  { id: 'severe-pain-fragile-or-older', level: 'urgent', sources: ['ST-BP', 'CKS'] },
  { id: 'young-child', level: 'urgent', sources: ['PAED'] },
  { id: 'child', level: 'appointment', sources: ['NG59', 'PAED'] },
  { id: 'first-episode-at-risk-age', level: 'appointment', sources: ['CKS'] },
  { id: 'not-improving', level: 'appointment', sources: ['seed-001', 'seed-002', 'seed-004'] },
  { id: 'over-six-weeks', level: 'appointment', sources: ['NHS-BP'] },
];

/** Answers that bring advice of their own, shown under the action when they are among the reasons. */
export const adviceIds: readonly AdviceId[] = ['labour-signs', 'pregnant'];
