/*
 * The typed content interface. Every locale module (en.ts, and later others) must satisfy
 * LocaleContent completely, so the compiler rejects a locale that misses any entry.
 * Clinical facts that do not change with the language (a question's level and sources, the order
 * of questions) live in policy.ts, so a translation can never change a triage level.
 */
import type { ChecklistContent } from './checklist-types.js';
import type { TimerContent } from './timer-types.js';

export type { ChecklistContent, TimerContent };

/** Source keys of the clinical policy; see sources.ts for what each one is. */
export type SourceKey =
  | 'seed-000'
  | 'seed-001'
  | 'seed-002'
  | 'seed-003'
  | 'seed-004'
  | 'NHS-BP'
  | 'NHS-SCI'
  | 'CES-CARD'
  | 'CKS'
  | 'CG75'
  | 'NG59'
  | 'ACP-IMG'
  | 'NHS-SPRAINS'
  | 'ACP-LBP'
  | 'COCHRANE-HEAT';

/** A statement a visitor reads, with the sources that support it. */
export interface Cited {
  readonly text: string;
  readonly sources: readonly SourceKey[];
}

export type Answer = 'yes' | 'no' | 'unsure';

/** Levels of care, most urgent first. */
export type LevelId = 'call-emergency' | 'emergency-department' | 'urgent' | 'appointment' | 'self-care';

export type QuestionId =
  | 'chest-pain'
  | 'major-trauma'
  | 'bladder-bowel'
  | 'saddle-numbness'
  | 'sexual-function'
  | 'both-legs'
  | 'leg-weakness'
  | 'balance'
  | 'fever'
  | 'weight-loss'
  | 'cancer-history'
  | 'night-rest-pain'
  | 'lump-swelling'
  | 'minor-fall'
  | 'leg-pain'
  | 'leg-numbness'
  | 'severe-worsening'
  | 'daily-life'
  | 'recurring-same-spot'
  | 'inflammatory'
  | 'first-episode'
  | 'bone-fragility'
  | 'infection-risk';

/** Named combinations of answers that escalate above the single answers. */
export type CombinationId =
  | 'cancer-with-nerve-signs'
  | 'fever-with-nerve-signs'
  | 'fall-with-fragile-bones'
  | 'fever-with-infection-risk'
  | 'first-episode-at-risk-age'
  | 'not-improving'
  | 'over-six-weeks';

/** The steps of the checker, in asking order. */
export type StepId = 'emergency' | 'urgent' | 'pain' | 'person';

export interface QuestionWording {
  /** The question as a visitor reads it; also used as the reason shown in the result. */
  readonly text: string;
  /** An optional one-line explanation under the question. */
  readonly hint?: string;
}

export interface LevelWording {
  /** What to do, as the result's heading: "Call {emergency} now". */
  readonly title: string;
  /** One or two sentences saying what to do now. */
  readonly action: string;
}

/** Wording of the checker. `{name}` style placeholders are filled in by the element. */
export interface CheckerContent {
  readonly heading: string;
  readonly intro: string;
  readonly privacy: string;
  readonly steps: Readonly<Record<StepId, { readonly title: string; readonly intro: string }>>;
  readonly answers: Readonly<Record<Answer, string>>;
  readonly questions: Readonly<Record<QuestionId, QuestionWording>>;
  readonly combinations: Readonly<Record<CombinationId, string>>;
  readonly levels: Readonly<Record<LevelId, LevelWording>>;
  readonly context: {
    readonly ageLabel: string;
    readonly ageHint: string;
    readonly ageError: string;
    readonly durationLegend: string;
    readonly durations: readonly { readonly label: string; readonly days: number }[];
    readonly improvingLegend: string;
  };
  readonly ui: {
    readonly start: string;
    readonly next: string;
    readonly back: string;
    readonly seeResult: string;
    readonly startAgain: string;
    readonly print: string;
    readonly progress: string;
    readonly unanswered: string;
    readonly stepAnnouncement: string;
    readonly resultAnnouncement: string;
    readonly callNumber: string;
    readonly callClinic: string;
    readonly callClinicToday: string;
    readonly clinicFallback: string;
    readonly book: string;
    readonly bookWith: string;
    readonly noClinicUrgent: string;
    readonly noClinicAppointment: string;
    readonly why: string;
    readonly whyNone: string;
    readonly unsureNote: string;
    readonly selfCareHeading: string;
    readonly comeBackHeading: string;
    readonly summaryHeading: string;
    readonly summaryShow: string;
    readonly summaryHide: string;
    readonly summaryDate: string;
    readonly summaryLevel: string;
    readonly summaryAge: string;
    readonly summaryDuration: string;
    readonly summaryImproving: string;
    readonly sourcesHeading: string;
    readonly notAnswered: string;
    readonly backToQuestions: string;
  };
  readonly selfCare: readonly Cited[];
  readonly comeBackIf: readonly Cited[];
  readonly disclaimer: string;
}

export interface LocaleContent {
  /** BCP 47 language tag of this module. */
  readonly lang: string;
  readonly checker: CheckerContent;
  readonly timer: TimerContent;
  readonly checklist: ChecklistContent;
}
