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
  | 'NHS-KI'
  | 'NHS-PREG'
  | 'NHS-IBU'
  | 'CES-CARD'
  | 'CKS'
  | 'NG234'
  | 'NG156'
  | 'NG59'
  | 'ACP-IMG'
  | 'ST-BP'
  | 'PAED'
  | 'NHS-CP'
  | 'NHS-111'
  | 'ITU-112'
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
  | 'breathless'
  | 'collapse'
  | 'major-trauma'
  | 'bladder-bowel'
  | 'saddle-numbness'
  | 'sexual-function'
  | 'leg-symptoms'
  | 'both-legs'
  | 'cannot-move-leg'
  | 'leg-weakness'
  | 'balance'
  | 'fever'
  | 'urine-symptoms'
  | 'belly-pain'
  | 'upper-back-pain'
  | 'cough-sneeze-pain'
  | 'weight-loss'
  | 'cancer-history'
  | 'night-rest-pain'
  | 'lump-swelling'
  | 'minor-fall'
  | 'lifting-strain'
  | 'leg-pain'
  | 'leg-numbness'
  | 'severe-worsening'
  | 'daily-life'
  | 'recurring-same-spot'
  | 'inflammatory'
  | 'first-episode'
  | 'bone-fragility'
  | 'infection-risk'
  | 'pregnant'
  | 'labour-signs';

/** Named combinations of answers that escalate above the single answers. */
export type CombinationId =
  | 'cancer-with-nerve-signs'
  | 'fever-with-nerve-signs'
  | 'infection-risk-with-nerve-signs'
  | 'fever-with-infection-risk'
  | 'belly-pain-at-60'
  | 'fall-with-fragile-bones'
  | 'severe-pain-fragile-or-older'
  | 'young-child'
  | 'child'
  | 'first-episode-at-risk-age'
  | 'not-improving'
  | 'over-six-weeks';

/** Questions whose answer brings advice of its own under the result's action. */
export type AdviceId = 'labour-signs' | 'pregnant';

/** The sections the questions group into, in asking order: the age, then by urgency. */
export type SectionId = 'about' | 'emergency' | 'risk' | 'urgent' | 'pain';

export interface QuestionWording {
  /** The question as a visitor reads it. */
  readonly text: string;
  /** An optional one-line explanation (or examples) under the question. */
  readonly hint?: string;
  /** A list question's items, shown as a visible list under the question; one answer covers them. */
  readonly items?: readonly string[];
  /** The reason shown in the result when the answer was "yes": a statement, "You have a fever". */
  readonly yes: string;
  /** The reason shown when the answer was "not sure": "You were not sure whether you have a fever". */
  readonly unsure: string;
}

export interface LevelWording {
  /** One word on the result's banner that says how urgent it is without colour: "Emergency". */
  readonly label: string;
  /** What to do, as the result's heading: "Call {emergency} now". */
  readonly title: string;
  /** One or two sentences saying what to do now. */
  readonly action: string;
}

/** A list of signs under a heading ("Call {emergency} now if:"), each sign cited. */
export interface SignList {
  readonly heading: string;
  readonly items: readonly Cited[];
}

/**
 * Wording of the checker. `{name}` style placeholders are filled in by the element: `{emergency}`
 * is the emergency number (with `ui.localNumber`'s words where it is a guess), `{paracetamol}` the
 * medicine's name in the visitor's region.
 */
export interface CheckerContent {
  readonly heading: string;
  readonly intro: string;
  readonly privacy: string;
  /** Said on the first screen, before the first question. */
  readonly start: {
    /** "If you think this is an emergency, call {emergency} now." ({emergency} is a tel: link). */
    readonly emergency: string;
    /** Why "Not sure" counts as yes for the warning signs. */
    readonly unsure: string;
    readonly someoneElse: string;
  };
  /**
   * The safety net on every result below the emergency department (CLINICAL.md "What the result
   * always shows"): the signs of each more urgent level, written out.
   */
  readonly safetyNet: {
    /** Leads the lists of the urgent and appointment results: "If it gets worse before you are seen:". */
    readonly worse: string;
    readonly callEmergency: SignList;
    readonly emergencyDepartment: SignList;
    /** Added to the emergency-department list when the visitor is or could be pregnant. */
    readonly labour: Cited;
    readonly doctorToday: SignList;
    readonly book: SignList;
  };
  readonly sections: Readonly<Record<SectionId, { readonly title: string; readonly intro: string }>>;
  readonly answers: Readonly<Record<Answer, string>>;
  readonly questions: Readonly<Record<QuestionId, QuestionWording>>;
  /** The reason shown when a combination set the level: a statement. */
  readonly combinations: Readonly<Record<CombinationId, string>>;
  /** Advice shown under the action when that answer is among the reasons. */
  readonly advice: Readonly<Record<AdviceId, Cited>>;
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
    readonly back: string;
    /** The age screen's button. */
    readonly continue: string;
    readonly seeResult: string;
    readonly startAgain: string;
    readonly print: string;
    /** Where the visitor is in the whole check: "Question {current} of about {total}". */
    readonly progress: string;
    /** The link on every question screen: "Emergency? Call {emergency}". */
    readonly emergencyLink: string;
    /** The number where it is a guess: "{number} or your local emergency number". */
    readonly localNumber: string;
    /** For the urgent result: "If your clinic is closed, call {line}." ({line} is a tel: link). */
    readonly clinicClosed: string;
    /** The same where the region has no national line open day and night. */
    readonly clinicClosedNoLine: string;
    /** Said by screen readers when a section begins: "{section}: {total} questions". */
    readonly sectionAnnouncement: string;
    readonly resultAnnouncement: string;
    /** The error summary's heading (GOV.UK pattern), and the hidden prefix of a field's message. */
    readonly errorSummary: string;
    readonly errorPrefix: string;
    /** The check-your-answers list. */
    readonly checkHeading: string;
    readonly change: string;
    /** The Change button's full name for screen readers: "Change your answer: {question}". */
    readonly changeLabel: string;
    /** The emergency-department action: "Call {number} if you cannot get there safely". */
    readonly callIfUnsafe: string;
    readonly callNumber: string;
    readonly callClinic: string;
    readonly callClinicToday: string;
    readonly clinicFallback: string;
    /** The booking link, which opens in a new tab and says so: "Book with {clinic} (opens in new tab)". */
    readonly book: string;
    readonly bookWith: string;
    readonly noClinicUrgent: string;
    readonly noClinicAppointment: string;
    readonly why: string;
    readonly whyNone: string;
    readonly unsureNote: string;
    readonly selfCareHeading: string;
    /** The heading of the safety net's lists. */
    readonly safetyNetHeading: string;
    readonly summaryHeading: string;
    readonly summaryShow: string;
    readonly summaryHide: string;
    readonly summaryDate: string;
    readonly summaryLevel: string;
    readonly summaryPolicy: string;
    readonly sourcesHeading: string;
    readonly notAnswered: string;
    readonly backToQuestions: string;
  };
  readonly selfCare: readonly Cited[];
  /** The name `{paracetamol}` takes: "acetaminophen" in the US and Canada, "paracetamol" elsewhere. */
  readonly medicine: { readonly paracetamol: string; readonly acetaminophen: string };
  readonly disclaimer: string;
}

export interface LocaleContent {
  /** BCP 47 language tag of this module. */
  readonly lang: string;
  readonly checker: CheckerContent;
  readonly timer: TimerContent;
  readonly checklist: ChecklistContent;
}
