/*
 * What the checker's result shows: a banner as urgent as the level, the one action, the advice
 * that belongs to an answer, why (as statements), home care, sources, a quiet group of other
 * actions, and the summary a visitor can show or print for a clinician.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fill } from '../content/fill.js';
import { adviceIds, combinationPolicy, policyVersion, questionPolicy } from '../content/policy.js';
import type { CheckerContent, Cited, CombinationId, LevelId, QuestionId, SignList, SourceKey } from '../content/types.js';
import type { PhoneNumber } from '../internal/attributes.js';
import { banner, type Tone } from '../internal/banner.js';
import { dateFormat } from '../internal/locale.js';
import { sourcesDisclosure } from '../internal/sources.js';
import type { FlowValues, ScreenId } from '../triage/flow.js';
import { screens } from '../triage/flow.js';
import type { TriageResult } from '../triage/index.js';

export interface ResultContext {
  readonly text: CheckerContent;
  readonly result: TriageResult;
  readonly values: FlowValues;
  /** The widget's heading level; the result's headings sit below it. */
  readonly level: number;
  readonly emergency: PhoneNumber;
  /** The emergency number as the words say it: "999", or "911 or your local emergency number". */
  readonly emergencyWords: string;
  /** The region's urgent line open day and night, if it has one (GB 111, AU, NZ). */
  readonly urgentLine: PhoneNumber | null;
  /** The medicine's name in the region: "acetaminophen" in the US and Canada. */
  readonly acetaminophen: boolean;
  readonly clinic: { readonly name: string; readonly phone: PhoneNumber | null; readonly booking: string | null };
  readonly language: string;
  readonly date: Date;
  /**
   * Whether the summary writes its date. The first date formatter a page builds loads the
   * browser's date data (100–250 ms on a phone), so the summary writes its date only once it is
   * shown, printed or about to print, never in the tap that brings the result.
   */
  readonly dated: boolean;
  /**
   * Whether everything below the banner is rendered. The tap that brings the result renders the
   * banner alone (the title, what to do, the one action and its advice: what the visitor must see
   * first); the reasons, sources, other actions, summary and disclaimer follow once that has
   * painted (see RedFlagChecker.completeResult).
   */
  readonly whole: boolean;
  readonly showSummary: boolean;
  readonly questionText: (id: ScreenId) => string;
  readonly answerText: (id: ScreenId) => string;
  readonly onChange: () => void;
  readonly onToggleSummary: () => void;
  readonly onPrint: () => void;
  readonly onStartAgain: () => void;
}

const tones: Readonly<Record<LevelId, Tone>> = {
  'call-emergency': 'danger',
  'emergency-department': 'danger',
  urgent: 'warning',
  appointment: 'info',
  'self-care': 'success',
};

/** A heading at a level the site chooses, without building markup from strings. */
export function headingTag(level: number, label: string | TemplateResult, id: string | undefined, className: string) {
  // ifDefined, not `?? nothing`: lit-analyzer types `nothing` as a value, not as "no attribute".
  return html`<div role="heading" aria-level=${Math.min(level, 6)} id=${ifDefined(id)} class=${className}
    part=${ifDefined(className === 'heading' ? 'heading' : undefined)}
    tabindex=${ifDefined(id && id !== 'heading' ? '-1' : undefined)}>${label}</div>`;
}

/**
 * A template's text with one placeholder made a link: "call {emergency} now" with a tel: link on
 * the number, without building markup from strings.
 */
export function linked(template: string, name: string, words: string, href: string): TemplateResult {
  const [before = '', after = ''] = template.split(`{${name}}`);
  return html`${before}<a href=${href}>${words}</a>${after}`;
}

/** A reason as a statement in the visitor's words, in its "not sure" form when that was the answer. */
function reasonText(context: ResultContext, id: QuestionId | CombinationId): string {
  const text = context.text;
  if (id in text.questions) {
    const wording = text.questions[id as QuestionId];
    return context.values.answers[id as QuestionId] === 'unsure' ? wording.unsure : wording.yes;
  }
  return text.combinations[id as CombinationId];
}

export function renderResult(context: ResultContext): TemplateResult {
  const { text, result } = context;
  const values = { emergency: context.emergencyWords };
  const wording = text.levels[result.level];
  const sub = context.level + 1;
  const advice = adviceIds.filter((id) => result.reasons.includes(id)).map((id) => text.advice[id]);
  const net = safetyNet(context);
  const plan: Cited[] = [...(result.level === 'self-care' ? text.selfCare : []), ...net.flatMap((list) => list.items)];
  // Each "not sure" is listed once: among the reasons when it set the level, else in the list below.
  const otherUnsure = result.unsure.filter((id) => !result.reasons.includes(id));
  return html`
    <section part="result" class="result level-${result.level}" aria-labelledby="result-title">
      ${banner({
        tone: tones[result.level],
        label: wording.label,
        content: html`
          ${headingTag(sub, fill(wording.title, values), 'result-title', 'result-title')}
          <p class="action-text">${fill(wording.action, values)}</p>
          ${renderAction(context)}
          ${advice.length > 0 ? html`<ul class="advice">${advice.map((item) => html`<li>${item.text}</li>`)}</ul>` : nothing}
        `,
      })}
      ${context.whole ? renderDetails(context, advice, plan, otherUnsure, sub) : nothing}
    </section>
  `;
}

/** Everything below the banner: why, home care, sources, the other actions, summary, disclaimer. */
function renderDetails(
  context: ResultContext,
  advice: readonly Cited[],
  plan: readonly Cited[],
  otherUnsure: readonly QuestionId[],
  sub: number,
): TemplateResult {
  const { text, result } = context;
  const values = { emergency: context.emergencyWords };
  const medicine = context.acetaminophen ? text.medicine.acetaminophen : text.medicine.paracetamol;
  const net = safetyNet(context);
  return html`
      <div class="details no-print">
        ${headingTag(sub + 1, text.ui.why, undefined, 'subheading')}
        ${result.reasons.length > 0
          ? html`<ul class="reasons">${result.reasons.map((id) => html`<li>${reasonText(context, id)}</li>`)}</ul>`
          : html`<p>${text.ui.whyNone}</p>`}
        ${otherUnsure.length > 0
          ? html`<p>${text.ui.unsureNote}</p>
              <ul class="unsure">${otherUnsure.map((id) => html`<li>${text.questions[id].unsure}</li>`)}</ul>`
          : nothing}
        ${result.level === 'self-care'
          ? html`${headingTag(sub + 1, text.ui.selfCareHeading, undefined, 'subheading')}
              <ul class="plan">${text.selfCare.map((item) => html`<li>${fill(item.text, { paracetamol: medicine })}</li>`)}</ul>`
          : nothing}
        ${net.length > 0
          ? html`<div class="safety-net">
              ${headingTag(sub + 1, text.ui.safetyNetHeading, undefined, 'subheading')}
              ${result.level === 'urgent' || result.level === 'appointment' ? html`<p>${text.safetyNet.worse}</p>` : nothing}
              ${net.map(
                (list) => html`<p class="net-heading">${fill(list.heading, values)}</p>
                  <ul>${list.items.map((item) => html`<li>${item.text}</li>`)}</ul>`,
              )}
            </div>`
          : nothing}
        ${sourcesDisclosure(text.ui.sourcesHeading, sourceKeys(result, [...advice, ...plan]))}
      </div>
      <div class="more-actions no-print">
        <button type="button" class="link" part="button" @click=${context.onChange}>${text.ui.backToQuestions}</button>
        <button type="button" class="link" part="button" aria-expanded=${context.showSummary ? 'true' : 'false'}
          aria-controls="summary" @click=${context.onToggleSummary}>
          ${context.showSummary ? text.ui.summaryHide : text.ui.summaryShow}
        </button>
        <button type="button" class="link" part="button" @click=${context.onPrint}>${text.ui.print}</button>
        <button type="button" class="link" part="button" @click=${context.onStartAgain}>${text.ui.startAgain}</button>
      </div>
      ${renderSummary(context)}
      <p class="disclaimer muted" part="disclaimer">${fill(text.disclaimer, values)}</p>
  `;
}

/**
 * The safety net (CLINICAL.md "What the result always shows"): on every result below the emergency
 * department, the signs of every more urgent level, written out. The labour signs join the
 * emergency department's list when the visitor is, or could be, pregnant.
 */
function safetyNet(context: ResultContext): SignList[] {
  const net = context.text.safetyNet;
  const level = context.result.level;
  if (level === 'call-emergency' || level === 'emergency-department') return [];
  const pregnant = context.values.answers.pregnant;
  const department: SignList =
    pregnant === 'yes' || pregnant === 'unsure'
      ? { heading: net.emergencyDepartment.heading, items: [...net.emergencyDepartment.items, net.labour] }
      : net.emergencyDepartment;
  const lists = [net.callEmergency, department];
  if (level !== 'urgent') lists.push(net.doctorToday);
  if (level === 'self-care') lists.push(net.book);
  return lists;
}

/** The one action to take now: a tel: link, the booking link, or what to do without one. */
function renderAction(context: ResultContext) {
  const { ui } = context.text;
  const level = context.result.level;
  const { clinic, emergency } = context;
  if (level === 'call-emergency' || level === 'emergency-department') {
    // For the emergency department the heading says go now; the call is for when that is not safe.
    const label = fill(level === 'call-emergency' ? ui.callNumber : ui.callIfUnsafe, { number: context.emergencyWords });
    return html`<a class="button danger action" part="action" href=${emergency.href}>${label}</a>`;
  }
  if (level === 'urgent') {
    const line = context.urgentLine;
    const closed = line
      ? html`<p class="action-text closed">${linked(ui.clinicClosed, 'line', line.display, line.href)}</p>`
      : html`<p class="action-text closed">${ui.clinicClosedNoLine}</p>`;
    const first = clinic.phone
      ? html`<a class="button primary action" part="action" href=${clinic.phone.href}>${fill(ui.callClinicToday, {
          clinic: clinic.name || ui.clinicFallback,
          phone: clinic.phone.display,
        })}</a>`
      : html`<p class="action-text">${ui.noClinicUrgent}</p>`;
    return html`${first}${closed}`;
  }
  if (level === 'appointment' && clinic.booking) {
    const label = clinic.name ? fill(ui.bookWith, { clinic: clinic.name }) : ui.book;
    return html`<a class="button primary action" part="action" href=${clinic.booking} target="_blank"
      rel="noopener noreferrer">${label}</a>`;
  }
  if (level === 'appointment' && clinic.phone) {
    const label = fill(ui.callClinic, { clinic: clinic.name || ui.clinicFallback, phone: clinic.phone.display });
    return html`<a class="button primary action" part="action" href=${clinic.phone.href}>${label}</a>`;
  }
  if (level === 'appointment') return html`<p class="action-text">${ui.noClinicAppointment}</p>`;
  return nothing;
}

/** Every source behind what the result says: its reasons, its advice and its home-care plan. */
function sourceKeys(result: TriageResult, cited: readonly Cited[]): SourceKey[] {
  const keys: SourceKey[] = [];
  for (const id of result.reasons) {
    const driver = questionPolicy.find((q) => q.id === id) ?? combinationPolicy.find((c) => c.id === id);
    if (driver) keys.push(...driver.sources);
  }
  for (const item of cited) keys.push(...item.sources);
  return keys;
}

/** Answers given, level, date and policy version: what a visitor can show or print for a clinician. */
function renderSummary(context: ResultContext) {
  const { text } = context;
  const row = (label: string, value: string) => html`<dt>${label}</dt><dd>${value}</dd>`;
  const date = context.dated ? dateFormat(context.language, { dateStyle: 'long', timeStyle: 'short' }).format(context.date) : null;
  return html`
    <div id="summary" class="summary" part="summary" ?hidden=${!context.showSummary}>
      ${headingTag(context.level + 2, text.ui.summaryHeading, undefined, 'subheading')}
      <dl>
        ${date === null ? nothing : row(text.ui.summaryDate, date)}
        ${row(text.ui.summaryLevel, fill(text.levels[context.result.level].title, { emergency: context.emergencyWords }))}
        ${row(text.ui.summaryPolicy, policyVersion)}
        ${screens(context.values).map((screen) => row(context.questionText(screen.id), context.answerText(screen.id)))}
      </dl>
    </div>
  `;
}
