import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { emergencyNumberFor } from '../content/emergency-numbers.js';
import { checker as englishChecker } from '../content/en/checker.js';
import { fill } from '../content/fill.js';
import { adviceIds, combinationPolicy, policyVersion, questionPolicy, sectionOrder } from '../content/policy.js';
import { sources } from '../content/sources.js';
import type { Answer, CheckerContent, Cited, CombinationId, LevelId, QuestionId, SectionId, SourceKey } from '../content/types.js';
import { parsePhone, readHttpUrl, readInteger, readPhone, readText, type PhoneNumber } from '../internal/attributes.js';
import { BswElement } from '../internal/base.js';
import { localeSection, nearestLang, regionOf } from '../internal/locale.js';
import { baseStyles } from '../internal/styles.js';
import { triage, type TriageResult } from '../triage/index.js';
import { checkerStyles } from './red-flag-checker.styles.js';

export interface RedFlagResultDetail {
  /** The level of care; never the answers, so a site can count outcomes without seeing symptoms. */
  level: LevelId;
  /** The version of the clinical policy that gave the level ("2.0"). */
  policyVersion: string;
}

declare global {
  interface HTMLElementEventMap {
    'red-flag-result': CustomEvent<RedFlagResultDetail>;
  }
}

const answerOrder: readonly Answer[] = ['yes', 'no', 'unsure'];
/** Levels that end the questions at once: nothing asked later could make them less urgent. */
const emergencyLevels: readonly LevelId[] = ['call-emergency', 'emergency-department'];

const asksFollowUps = (answer: Answer | undefined) => answer === 'yes' || answer === 'unsure';

/**
 * The answers with one more given. A follow-up is only asked after a "yes" or "not sure": when its
 * question changes to "no", the follow-up's answer goes too, so a hidden answer never counts.
 */
function withAnswer(answers: ReadonlyMap<QuestionId, Answer>, id: QuestionId, answer: Answer): Map<QuestionId, Answer> {
  const next = new Map(answers).set(id, answer);
  if (!asksFollowUps(answer)) {
    for (const question of questionPolicy) if (question.followUpOf === id) next.delete(question.id);
  }
  return next;
}

/**
 * A short, step-by-step check of back-spasm red flags that tells a visitor which level of care they
 * need: call the emergency number, go to an emergency department, speak to a doctor today, book an
 * appointment, or look after it at home.
 *
 * Answers stay in memory on the page: they are never stored, sent or put in the URL.
 *
 * @summary Back-spasm red-flag triage: the one action to take now.
 * @tagname red-flag-checker
 *
 * @attr clinic-name - The clinic's name, shown in the call and booking actions.
 * @attr clinic-phone - The clinic's phone number, offered as a tel: link for urgent and appointment results.
 * @attr booking-url - The clinic's booking page (http or https only), offered for appointment results.
 * @attr emergency-number - The emergency number to call (default: the region's, from a language tag such as en-GB, else 911).
 * @attr heading - The widget's heading text.
 * @attr heading-level - The heading's level, 1 to 6 (default 2).
 * @attr theme - `auto` (default: follows the device's light or dark setting), `light` or `dark`.
 * @attr lang - The widget's language: `en` built in, `es` and `fr` with their language packs. Default: the nearest ancestor's `lang`. A regional tag such as `en-GB` also sets the default emergency number.
 *
 * @fires red-flag-result - When a result is shown. `detail: { level, policyVersion }` only, never the answers.
 *
 * @csspart base - The card around the whole widget.
 * @csspart heading - The widget's heading.
 * @csspart progress - The progress bar and its label.
 * @csspart question - Each question's fieldset.
 * @csspart button - Every button.
 * @csspart result - The result section.
 * @csspart action - The one action to take now (a call or booking link).
 * @csspart summary - The printable summary for a clinician.
 * @csspart disclaimer - The disclaimer.
 *
 * @cssproperty --bsw-accent - Buttons, focus and progress colour.
 * @cssproperty --bsw-danger - Colour of emergency results.
 * @cssproperty --bsw-surface - Background of the card.
 * @cssproperty --bsw-text - Text colour (default: inherited from the page).
 * @cssproperty --bsw-radius - Corner radius.
 * @cssproperty --bsw-spacing - Base spacing.
 * @cssproperty --bsw-font-size - Base font size.
 */
export class RedFlagChecker extends BswElement {
  static override styles = [baseStyles, checkerStyles];

  static override properties = {
    clinicName: { attribute: 'clinic-name' },
    clinicPhone: { attribute: 'clinic-phone' },
    bookingUrl: { attribute: 'booking-url' },
    emergencyNumber: { attribute: 'emergency-number' },
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    step: { state: true },
    answers: { state: true },
    age: { state: true },
    durationDays: { state: true },
    improving: { state: true },
    result: { state: true },
    missing: { state: true },
    showSummary: { state: true },
    announcement: { state: true },
  };

  clinicName: string | null = null;
  clinicPhone: string | null = null;
  bookingUrl: string | null = null;
  emergencyNumber: string | null = null;
  heading: string | null = null;
  headingLevel: string | null = null;

  private step = 0;
  private answers = new Map<QuestionId, Answer>();
  private age = '';
  private durationDays: number | undefined;
  private improving: Answer | undefined;
  private result: TriageResult | null = null;
  private missing: string[] = [];
  private showSummary = false;
  private announcement = '';

  /** The wording in the visitor's language. */
  private text: CheckerContent = englishChecker;
  private resultDate = new Date();
  private focusAfterRender: string | null = null;

  /* Validated attribute values, read in willUpdate. */
  private clinic = { name: '', phone: null as PhoneNumber | null, booking: null as string | null };
  private emergency: PhoneNumber = { display: '911', href: 'tel:911' };
  private level = 2;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.text = localeSection(this, 'checker', englishChecker);
    if (changed.has('clinicName')) this.clinic.name = readText(this, 'clinic-name', this.clinicName, '');
    if (changed.has('clinicPhone')) this.clinic.phone = readPhone(this, 'clinic-phone', this.clinicPhone, null);
    if (changed.has('bookingUrl')) this.clinic.booking = readHttpUrl(this, 'booking-url', this.bookingUrl);
    // The region's number (from a language tag such as en-GB) unless the site sets one.
    const regional = parsePhone(emergencyNumberFor(regionOf(nearestLang(this)))) as PhoneNumber;
    this.emergency = readPhone(this, 'emergency-number', this.emergencyNumber, regional) ?? regional;
    if (changed.has('headingLevel')) {
      this.level = readInteger(this, 'heading-level', this.headingLevel, { min: 1, max: 6, fallback: 2 });
    }
  }

  protected override updated(): void {
    if (!this.focusAfterRender) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender);
    this.focusAfterRender = null;
    target?.focus();
  }

  /** Where the visitor is: a step's questions, or the result. */
  override render(): TemplateResult {
    const text = this.text;
    return html`
      <div class="card" part="base">
        ${this.headingTag(this.level, readText(this, 'heading', this.heading, text.heading), 'heading', 'heading')}
        ${this.result ? this.renderResult(this.result) : this.renderStep()}
        <div role="status" aria-live="polite" class="visually-hidden">${this.announcement}</div>
      </div>
    `;
  }

  private renderStep(): TemplateResult {
    const text = this.text;
    const sectionId = sectionOrder[this.step] as SectionId;
    const total = sectionOrder.length;
    const last = this.step === total - 1;
    const progress = fill(text.ui.progress, { current: this.step + 1, total });
    return html`
      ${this.step === 0
        ? html`<p class="intro">${text.intro}</p>
            <p class="muted privacy">${text.privacy}</p>`
        : nothing}
      <div class="progress" part="progress">
        <span id="progress-label">${progress}</span>
        <progress max=${total} value=${this.step + 1} aria-labelledby="progress-label"></progress>
      </div>
      <form novalidate @submit=${this.onSubmit} @change=${this.onChange}>
        ${this.headingTag(this.level + 1, text.sections[sectionId].title, 'step-title', 'step-title')}
        <p class="muted">${text.sections[sectionId].intro}</p>
        ${sectionId === 'pain' ? this.renderPainContext() : nothing}
        ${sectionId === 'person' ? this.renderAge() : nothing}
        ${this.questionsOf(sectionId).map((id) => this.renderQuestion(id))}
        ${this.missing.length > 0
          ? html`<p class="error" id="step-error">${fill(text.ui.unanswered, { count: this.missing.length })}</p>`
          : nothing}
        <div class="actions">
          ${this.step > 0
            ? html`<button type="button" part="button" @click=${this.goBack}>${text.ui.back}</button>`
            : nothing}
          <button type="submit" class="primary" part="button">${last ? text.ui.seeResult : text.ui.next}</button>
        </div>
      </form>
    `;
  }

  private renderQuestion(id: QuestionId): TemplateResult {
    const wording = this.text.questions[id];
    return this.renderChoice(id, wording.text, wording.hint, this.answers.get(id));
  }

  /** A native radio group (yes / no / not sure) in a fieldset whose legend is the question. */
  private renderChoice(name: string, legend: string, hint: string | undefined, value: Answer | undefined) {
    const missing = this.missing.includes(name);
    return html`
      <fieldset part="question" class=${missing ? 'question missing' : 'question'} data-name=${name}
        aria-describedby=${missing ? 'step-error' : nothing}>
        <legend>${legend}</legend>
        ${hint ? html`<p class="hint muted">${hint}</p>` : nothing}
        <div class="choices">
          ${answerOrder.map(
            (answer) => html`
              <label class="choice">
                <input type="radio" name=${name} value=${answer} .checked=${value === answer} />
                <span>${this.text.answers[answer]}</span>
              </label>
            `,
          )}
        </div>
      </fieldset>
    `;
  }

  private renderPainContext(): TemplateResult {
    const context = this.text.context;
    const missing = this.missing.includes('durationDays');
    return html`
      <fieldset part="question" class=${missing ? 'question missing' : 'question'} data-name="durationDays"
        aria-describedby=${missing ? 'step-error' : nothing}>
        <legend>${context.durationLegend}</legend>
        <div class="choices stacked">
          ${context.durations.map(
            (option) => html`
              <label class="choice">
                <input type="radio" name="durationDays" value=${option.days} .checked=${this.durationDays === option.days} />
                <span>${option.label}</span>
              </label>
            `,
          )}
        </div>
      </fieldset>
      ${this.renderChoice('improving', context.improvingLegend, undefined, this.improving)}
    `;
  }

  private renderAge(): TemplateResult {
    const context = this.text.context;
    const invalid = this.missing.includes('age');
    return html`
      <div class="question age" part="question" data-name="age">
        <label for="age">${context.ageLabel}</label>
        <p class="hint muted" id="age-hint">${invalid ? context.ageError : context.ageHint}</p>
        <input id="age" name="age" type="text" inputmode="numeric" autocomplete="off" maxlength="3"
          .value=${this.age} aria-describedby="age-hint" aria-invalid=${invalid ? 'true' : 'false'}
          @input=${(event: Event) => (this.age = (event.target as HTMLInputElement).value)} />
      </div>
    `;
  }

  private renderResult(result: TriageResult): TemplateResult {
    const text = this.text;
    const values = { emergency: this.emergency.display };
    const wording = text.levels[result.level];
    const urgent = emergencyLevels.includes(result.level);
    const advice = adviceIds.filter((id) => result.reasons.includes(id)).map((id) => text.advice[id]);
    const cited: Cited[] = [...advice, ...(result.level === 'self-care' ? [...text.selfCare, ...text.comeBackIf] : [])];
    // Each "not sure" is listed once: among the reasons when it set the level, else in the list below.
    const otherUnsure = result.unsure.filter((id) => !result.reasons.includes(id));
    const sub = this.level + 1;
    return html`
      <section part="result" class="result level-${result.level}" aria-labelledby="result-title">
        ${this.headingTag(sub, fill(wording.title, values), 'result-title', urgent ? 'result-title urgent' : 'result-title')}
        <p class="action-text">${fill(wording.action, values)}</p>
        ${this.renderAction(result.level)}
        ${advice.length > 0 ? html`<ul class="advice">${advice.map((item) => html`<li>${item.text}</li>`)}</ul>` : nothing}
        ${this.headingTag(sub + 1, text.ui.why, undefined, 'subheading')}
        ${result.reasons.length > 0
          ? html`<ul class="reasons">${result.reasons.map((id) => html`<li>${this.reasonText(id)}</li>`)}</ul>`
          : html`<p>${text.ui.whyNone}</p>`}
        ${otherUnsure.length > 0
          ? html`<p>${text.ui.unsureNote}</p>
              <ul class="unsure">${otherUnsure.map((id) => html`<li>${text.questions[id].unsure}</li>`)}</ul>`
          : nothing}
        ${result.level === 'self-care'
          ? html`${this.headingTag(sub + 1, text.ui.selfCareHeading, undefined, 'subheading')}
              <ul class="plan">${text.selfCare.map((item) => html`<li>${item.text}</li>`)}</ul>
              ${this.headingTag(sub + 1, text.ui.comeBackHeading, undefined, 'subheading')}
              <ul class="come-back">${text.comeBackIf.map((item) => html`<li>${item.text}</li>`)}</ul>`
          : nothing}
        ${this.renderSummary(result)}
        <div class="actions no-print">
          <button type="button" part="button" @click=${this.changeAnswers}>${text.ui.backToQuestions}</button>
          <button type="button" part="button" aria-expanded=${this.showSummary ? 'true' : 'false'}
            aria-controls="summary" @click=${() => (this.showSummary = !this.showSummary)}>
            ${this.showSummary ? text.ui.summaryHide : text.ui.summaryShow}
          </button>
          <button type="button" part="button" @click=${this.print}>${text.ui.print}</button>
          <button type="button" part="button" @click=${this.startAgain}>${text.ui.startAgain}</button>
        </div>
        ${this.renderSources(result, cited)}
        <p class="disclaimer muted" part="disclaimer">${fill(text.disclaimer, values)}</p>
      </section>
    `;
  }

  /** The one action to take now: a tel: link, the booking link, or what to do without one. */
  private renderAction(level: LevelId) {
    const ui = this.text.ui;
    const clinic = this.clinic.name || ui.clinicFallback;
    const phone = this.clinic.phone;
    if (level === 'call-emergency' || level === 'emergency-department') {
      const label = fill(ui.callNumber, { number: this.emergency.display });
      return html`<a class="button danger action" part="action" href=${this.emergency.href}>${label}</a>`;
    }
    if (level === 'appointment' && this.clinic.booking) {
      const label = this.clinic.name ? fill(ui.bookWith, { clinic: this.clinic.name }) : ui.book;
      return html`<a class="button primary action" part="action" href=${this.clinic.booking} target="_blank"
        rel="noopener noreferrer">${label}</a>`;
    }
    if ((level === 'appointment' || level === 'urgent') && phone) {
      const template = level === 'urgent' ? ui.callClinicToday : ui.callClinic;
      const label = fill(template, { clinic, phone: phone.display });
      return html`<a class="button primary action" part="action" href=${phone.href}>${label}</a>`;
    }
    if (level === 'urgent') return html`<p class="action-text">${ui.noClinicUrgent}</p>`;
    if (level === 'appointment') return html`<p class="action-text">${ui.noClinicAppointment}</p>`;
    return nothing;
  }

  /** Answers given, level and date: something a visitor can show or print for a clinician. */
  private renderSummary(result: TriageResult) {
    const text = this.text;
    const lang = this.language;
    const duration = text.context.durations.find((option) => option.days === this.durationDays);
    const row = (label: string, value: string) => html`<dt>${label}</dt><dd>${value}</dd>`;
    const answer = (value: Answer | undefined) => (value ? text.answers[value] : text.ui.notAnswered);
    return html`
      <div id="summary" class="summary" part="summary" ?hidden=${!this.showSummary}>
        ${this.headingTag(this.level + 2, text.ui.summaryHeading, undefined, 'subheading')}
        <dl>
          ${row(text.ui.summaryDate, this.resultDate.toLocaleString(lang, { dateStyle: 'long', timeStyle: 'short' }))}
          ${row(text.ui.summaryLevel, fill(text.levels[result.level].title, { emergency: this.emergency.display }))}
          ${row(text.ui.summaryAge, this.age.trim() || text.ui.notAnswered)}
          ${row(text.ui.summaryDuration, duration?.label ?? text.ui.notAnswered)}
          ${row(text.ui.summaryImproving, answer(this.improving))}
          ${row(text.ui.summaryPolicy, policyVersion)}
          ${questionPolicy.map((q) => row(text.questions[q.id].text, answer(this.answers.get(q.id))))}
        </dl>
      </div>
    `;
  }

  private renderSources(result: TriageResult, cited: readonly Cited[]) {
    const keys = new Set<SourceKey>();
    for (const id of result.reasons) {
      const driver = questionPolicy.find((q) => q.id === id) ?? combinationPolicy.find((c) => c.id === id);
      driver?.sources.forEach((key) => keys.add(key));
    }
    cited.forEach((item) => item.sources.forEach((key) => keys.add(key)));
    if (keys.size === 0) return nothing;
    return html`
      <details class="sources">
        <summary>${this.text.ui.sourcesHeading}</summary>
        <ul>${[...keys].map((key) => html`<li>${sources[key].publisher}: ${sources[key].title}</li>`)}</ul>
      </details>
    `;
  }

  /** A reason as a statement in the visitor's words, in its "not sure" form when that was the answer. */
  private reasonText(id: QuestionId | CombinationId): string {
    const text = this.text;
    if (id in text.questions) {
      const wording = text.questions[id as QuestionId];
      return this.answers.get(id as QuestionId) === 'unsure' ? wording.unsure : wording.yes;
    }
    return text.combinations[id as CombinationId];
  }

  /** The questions of a section that are asked now: a follow-up only after a "yes" or "not sure". */
  private questionsOf(section: SectionId): QuestionId[] {
    return questionPolicy
      .filter((q) => q.section === section && (!q.followUpOf || asksFollowUps(this.answers.get(q.followUpOf))))
      .map((q) => q.id);
  }

  /** A heading at a level the site chooses, without building markup from strings. */
  private headingTag(level: number, label: string, id: string | undefined, className: string) {
    // ifDefined, not `?? nothing`: lit-analyzer types `nothing` as a value, not as "no attribute".
    return html`<div role="heading" aria-level=${Math.min(level, 6)} id=${ifDefined(id)} class=${className}
      part=${ifDefined(className === 'heading' ? 'heading' : undefined)}
      tabindex=${ifDefined(id && id !== 'heading' ? '-1' : undefined)}>${label}</div>`;
  }

  private onChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (input.type !== 'radio') return;
    if (input.name === 'durationDays') this.durationDays = Number(input.value);
    else if (input.name === 'improving') this.improving = input.value as Answer;
    else this.answers = withAnswer(this.answers, input.name as QuestionId, input.value as Answer);
    this.missing = this.missing.filter((name) => name !== input.name);
    // An emergency answer ends the questions at once: the visitor needs the action, not more questions.
    const now = this.evaluate();
    if (emergencyLevels.includes(now.level)) this.showResult(now);
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    const sectionId = sectionOrder[this.step] as SectionId;
    const missing: string[] = [];
    if (sectionId === 'pain') {
      if (this.durationDays === undefined) missing.push('durationDays');
      if (this.improving === undefined) missing.push('improving');
    }
    if (sectionId === 'person' && this.parsedAge() === undefined) missing.push('age');
    for (const id of this.questionsOf(sectionId)) if (!this.answers.has(id)) missing.push(id);
    this.missing = missing;
    if (missing.length > 0) {
      const first = missing[0] === 'age' ? '#age' : `[data-name="${missing[0]}"] input`;
      this.focusAfterRender = first;
      this.announcement = fill(this.text.ui.unanswered, { count: missing.length });
      return;
    }
    if (this.step < sectionOrder.length - 1) this.goToStep(this.step + 1);
    else this.showResult(this.evaluate());
  }

  private parsedAge(): number | undefined {
    const value = this.age.trim();
    if (!/^\d{1,3}$/.test(value)) return undefined;
    const age = Number(value);
    return age >= 1 && age <= 120 ? age : undefined;
  }

  private evaluate(): TriageResult {
    return triage({
      answers: Object.fromEntries(this.answers),
      age: this.parsedAge(),
      durationDays: this.durationDays,
      improving: this.improving,
    });
  }

  private showResult(result: TriageResult): void {
    this.result = result;
    this.resultDate = new Date();
    this.missing = [];
    this.showSummary = false;
    const title = fill(this.text.levels[result.level].title, { emergency: this.emergency.display });
    this.announcement = fill(this.text.ui.resultAnnouncement, { title });
    this.focusAfterRender = '#result-title';
    this.dispatchEvent(
      new CustomEvent<RedFlagResultDetail>('red-flag-result', {
        detail: { level: result.level, policyVersion },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private goToStep(step: number): void {
    const text = this.text;
    this.step = step;
    this.missing = [];
    const sectionId = sectionOrder[step] as SectionId;
    this.announcement = fill(text.ui.stepAnnouncement, {
      current: step + 1,
      total: sectionOrder.length,
      title: text.sections[sectionId].title,
    });
    this.focusAfterRender = '#step-title';
  }

  private goBack(): void {
    this.goToStep(Math.max(0, this.step - 1));
  }

  /** Back from a result to the step that produced it, with every answer kept. */
  private changeAnswers(): void {
    this.result = null;
    this.goToStep(this.step);
  }

  private startAgain(): void {
    this.answers = new Map();
    this.age = '';
    this.durationDays = undefined;
    this.improving = undefined;
    this.result = null;
    this.goToStep(0);
  }

  private async print(): Promise<void> {
    this.showSummary = true;
    await this.updateComplete;
    window.print();
  }
}
