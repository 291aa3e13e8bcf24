import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { emergencyNumber, urgentLine, usesAcetaminophen } from '../content/emergency-numbers.js';
import { checker as englishChecker } from '../content/en/checker.js';
import { fill } from '../content/fill.js';
import { policyVersion } from '../content/policy.js';
import type { Answer, CheckerContent, LevelId } from '../content/types.js';
import { parsePhone, readHttpUrl, readInteger, readPhone, readText, type PhoneNumber } from '../internal/attributes.js';
import { BswElement } from '../internal/base.js';
import { bannerStyles } from '../internal/banner.js';
import { choiceButtons, choiceStyles, type Choice } from '../internal/choices.js';
import { localeSection } from '../internal/locale.js';
import { regionFor } from '../internal/region.js';
import { MeantInput } from '../internal/meant-input.js';
import { printAlone } from '../internal/print.js';
import { afterNextPaint } from '../internal/yield.js';
import { sourcesStyles } from '../internal/sources.js';
import { baseStyles, hostStyles } from '../internal/styles.js';
import * as flow from '../triage/flow.js';
import { checkerStyles } from './red-flag-checker.styles.js';
import { headingTag, linked, renderResult, type ResultContext } from './result.js';

export interface RedFlagResultDetail {
  /** The level of care; never the answers, so a site can count outcomes without seeing symptoms. */
  level: LevelId;
  /** The version of the clinical policy that gave the level ("3.0"). */
  policyVersion: string;
}

declare global {
  interface HTMLElementEventMap {
    'red-flag-result': CustomEvent<RedFlagResultDetail>;
  }
}

const answerOrder: readonly Answer[] = ['yes', 'no', 'unsure'];

/**
 * The age the checker accepts: a whole number of years from 0 (a baby under 1) to 120, read as the
 * visitor sees it. Spaces and invisible characters around it (a paste brings zero-width spaces and
 * no-break spaces) are trimmed; Arabic-Indic and full-width digits read as the digits they show.
 * Anything else ("4 5", "45.5", "1000") is refused with the error, never read as another number.
 */
export const parseAge = (value: string): number | undefined => {
  const trimmed = value.replace(/^[\s\u200b-\u200d\u2060\ufeff]+|[\s\u200b-\u200d\u2060\ufeff]+$/g, '');
  const digits = trimmed.replace(/[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g, (digit) =>
    String(digit.charCodeAt(0) & 15),
  );
  if (!/^\d{1,3}$/.test(digits)) return undefined;
  const age = Number(digits);
  return age <= 120 ? age : undefined;
};

/**
 * A short check of back-spasm red flags, one question per screen, that tells a visitor which level
 * of care they need: call the emergency number, go to an emergency department, speak to a doctor
 * today, book an appointment, or look after it at home.
 *
 * Answers stay in memory on the page: they are never stored, sent or put in the URL.
 *
 * @summary Back-spasm red-flag triage: the one action to take now.
 * @tagname red-flag-checker
 *
 * @attr clinic-name - The clinic's name, shown in the call and booking actions.
 * @attr clinic-phone - The clinic's phone number, offered as a tel: link for urgent and appointment results.
 * @attr booking-url - The clinic's booking page (http or https only), offered for appointment results.
 * @attr emergency-number - The emergency number to call (default: the region's; without a known region, 911 with the words "or your local emergency number").
 * @attr region - The visitor's country, an ISO 3166 code such as `GB`: it chooses the emergency number, the urgent line and the medicine's name. Default: the region of the nearest language tag that names one (such as `en-GB`), from the widget up to `<html>`.
 * @attr heading - The widget's heading text.
 * @attr heading-level - The heading's level, 1 to 4 (default 2); the questions and the result's title sit one level below, the result's sections two. Higher values are clamped to 4.
 * @attr theme - `auto` (default: follows the device's light or dark setting), `light` or `dark`.
 * @attr lang - The widget's language: `en` built in, `es` and `fr` with their language packs. Default: the nearest ancestor's `lang`. A regional tag such as `en-GB` also sets the default emergency number.
 *
 * @prop {string | null} clinicName - The clinic's name, shown in the call and booking actions.
 * @prop {string | null} clinicPhone - The clinic's phone number, offered as a tel: link for urgent and appointment results.
 * @prop {string | null} bookingUrl - The clinic's booking page (http or https only), offered for appointment results.
 * @prop {string | null} emergencyNumber - The emergency number to call (default: the region's; without a known region, 911 with the words "or your local emergency number").
 * @prop {string | null} region - The visitor's country, an ISO 3166 code such as `GB` (default: from the nearest language tag that names a region).
 * @prop {string | null} heading - The widget's heading text.
 * @prop {number | string | null} headingLevel - The heading's level, 1 to 4 (default 2); the questions and the result's title sit one level below, the result's sections two. Higher values are clamped to 4.
 *
 * @fires {CustomEvent<RedFlagResultDetail>} red-flag-result - When a result is shown. `detail: { level, policyVersion }` only, never the answers.
 *
 * @csspart base - The card around the whole widget.
 * @csspart heading - The widget's heading.
 * @csspart progress - Where the visitor is: the question's number in the whole check.
 * @csspart emergency-link - The "Emergency? Call …" link on every question screen.
 * @csspart question - The question on show (a fieldset whose legend is the question).
 * @csspart choices - The group of answer buttons.
 * @csspart choice - Each answer button.
 * @csspart button - Every other button.
 * @csspart result - The result section.
 * @csspart banner - The result's banner: its colour, icon and word say how urgent it is.
 * @csspart action - The one action to take now (a call or booking link).
 * @csspart sources - The sources disclosure.
 * @csspart summary - The printable summary for a clinician.
 * @csspart disclaimer - The disclaimer.
 *
 * @cssproperty --bsw-accent - Buttons, focus and progress colour.
 * @cssproperty --bsw-danger - Colour of emergency results.
 * @cssproperty --bsw-warning - Colour of urgent results.
 * @cssproperty --bsw-success - Colour of self-care results.
 * @cssproperty --bsw-surface - Background of the card.
 * @cssproperty --bsw-text - Text colour (default: inherited from the page).
 * @cssproperty --bsw-radius - Corner radius.
 * @cssproperty --bsw-spacing - Base spacing.
 * @cssproperty --bsw-font-size - Base font size.
 * @cssproperty --bsw-screen-height - The height every question screen keeps, so the page does not move between questions (default 42rem).
 */
export class RedFlagChecker extends BswElement {
  static override styles = [hostStyles, baseStyles, choiceStyles, bannerStyles, sourcesStyles, checkerStyles];

  static override properties = {
    clinicName: { attribute: 'clinic-name' },
    clinicPhone: { attribute: 'clinic-phone' },
    bookingUrl: { attribute: 'booking-url' },
    emergencyNumber: { attribute: 'emergency-number' },
    region: {},
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    state: { state: true },
    ageText: { state: true },
    ageInvalid: { state: true },
    showSummary: { state: true },
    summaryDated: { state: true },
    announcement: { state: true },
  };

  clinicName: string | null = null;
  clinicPhone: string | null = null;
  bookingUrl: string | null = null;
  emergencyNumber: string | null = null;
  region: string | null = null;
  heading: string | null = null;
  headingLevel: string | null = null;

  /** Where the visitor is and what they answered (see triage/flow.ts). */
  private state: flow.FlowState = flow.start();
  /** Takes an answer only from a tap, click or key meant for the screen on show. */
  private readonly meant = new MeantInput(this);
  /** The screen the last render showed, to tell MeantInput when a new one appears. */
  private shownScreen: string | null = null;
  private ageText = '';
  private ageInvalid = false;
  private showSummary = false;
  /** The summary writes its date (see ResultContext.dated): from when it is first shown or printed. */
  private summaryDated = false;
  private announcement = '';

  /** The wording in the visitor's language. */
  private text: CheckerContent = englishChecker;
  private resultDate = new Date();
  private focusAfterRender: string | null = null;
  /**
   * False from the tap that brings the result until its first frame has painted: that update
   * renders the banner alone (see ResultContext.whole), the largest screen's first part, so the
   * tap paints sooner; the rest follows in the next update (completeResult).
   */
  private resultWhole = true;
  /** The update that renders the rest of the result; null once it has. */
  private resultRest: Promise<void> | null = null;
  /**
   * Meanwhile the card keeps at least the height of the screen before the result, so the page
   * under it does not move up and back down (set through the style object: a strict Content
   * Security Policy allows that).
   */
  private keptHeight = 0;

  /* Validated attribute values, read in willUpdate. */
  private clinic = { name: '', phone: null as PhoneNumber | null, booking: null as string | null };
  private emergency: PhoneNumber = { display: '911', href: 'tel:911' };
  /** The number as the words say it: with "or your local emergency number" where it is a guess. */
  private emergencyWords = '911';
  private urgentLine: PhoneNumber | null = null;
  private acetaminophen = false;
  private level = 2;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.text = localeSection(this, 'checker', englishChecker);
    if (changed.has('clinicName')) this.clinic.name = readText(this, 'clinic-name', this.clinicName, '');
    if (changed.has('clinicPhone')) this.clinic.phone = readPhone(this, 'clinic-phone', this.clinicPhone, null);
    if (changed.has('bookingUrl')) this.clinic.booking = readHttpUrl(this, 'booking-url', this.bookingUrl);
    // The region's number unless the site sets one; a guessed number says so wherever it shows.
    const region = regionFor(this, this.region);
    const regional = emergencyNumber(region);
    const fallback = parsePhone(regional.number) as PhoneNumber;
    const set = readPhone(this, 'emergency-number', this.emergencyNumber, null);
    this.emergency = set ?? fallback;
    this.emergencyWords = set || !regional.guessed ? this.emergency.display : fill(this.text.ui.localNumber, { number: fallback.display });
    const line = urgentLine(region);
    this.urgentLine = line ? parsePhone(line) : null;
    this.acetaminophen = usesAcetaminophen(region);
    if (changed.has('headingLevel')) {
      this.level = readInteger(this, 'heading-level', this.headingLevel, { min: 1, max: 4, fallback: 2 });
    }
  }

  protected override updated(): void {
    const screen = this.state.at === 'result' || this.state.at === 'check' ? this.state.at : `q:${this.state.at}`;
    if (screen !== this.shownScreen) {
      this.shownScreen = screen;
      this.meant.shown();
    }
    const card = this.renderRoot.querySelector<HTMLElement>('.card');
    if (card) card.style.minHeight = this.resultWhole ? '' : `${this.keptHeight}px`;
    if (!this.resultWhole && !this.resultRest) this.resultRest = this.completeResult();
    if (!this.focusAfterRender) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender);
    this.focusAfterRender = null;
    target?.focus();
  }

  /** The rest of the result, once its banner has painted. */
  private async completeResult(): Promise<void> {
    try {
      await afterNextPaint(this.ownerDocument.defaultView);
      if (!this.resultWhole) {
        this.resultWhole = true;
        this.requestUpdate();
        this.performUpdate();
      }
    } finally {
      this.resultWhole = true;
      this.resultRest = null;
    }
  }

  /** `updateComplete` waits for the rest of the result too. */
  protected override owedRender(): Promise<void> | null {
    return this.resultRest;
  }

  /** The widget's heading, then the screen the visitor is on: a question, their answers, or the result. */
  override render(): TemplateResult {
    const at = this.state.at;
    return html`
      <div class="card" part="base" lang=${ifDefined(this.contentLang)}>
        ${headingTag(this.level, readText(this, 'heading', this.heading, this.text.heading), 'heading', 'heading')}
        ${at === 'result' ? this.renderResult() : at === 'check' ? this.renderCheck() : this.renderQuestion(at)}
        <div role="status" aria-live="polite" class="visually-hidden">${this.announcement}</div>
      </div>
    `;
  }

  /** One question: where the visitor is, the question, its hint and its answers. */
  private renderQuestion(id: flow.ScreenId): TemplateResult {
    const text = this.text;
    const progress = flow.progress(this.state);
    const first = !this.state.changing && flow.screens(this.state.values)[0]?.id === id;
    const start = text.start;
    return html`
      <div class="screen" part="screen">
        <div class="screen-top">
          ${flow.canGoBack(this.state)
            ? html`<button type="button" class="back" part="button" @click=${this.goBack}>${text.ui.back}</button>`
            : nothing}
          ${progress
            ? html`<p class="progress" part="progress">${fill(text.ui.progress, { current: progress.index, total: progress.total })}</p>`
            : nothing}
        </div>
        ${first
          ? html`<p class="intro">${text.intro}</p>
              <p class="intro emergency-first">${linked(start.emergency, 'emergency', this.emergencyWords, this.emergency.href)}</p>
              <p class="intro">${start.unsure}</p>
              <p class="intro">${start.someoneElse}</p>`
          : html`<p class="emergency-link"><a part="emergency-link" href=${this.emergency.href}>${fill(text.ui.emergencyLink, {
              emergency: this.emergencyWords,
            })}</a></p>`}
        ${id === 'age' ? this.renderAge() : this.renderChoices(id)}
        <p class="muted footnote">${first ? text.privacy : text.sections[progress?.section ?? 'emergency'].intro}</p>
      </div>
    `;
  }

  /** A question answered with one tap: yes / no / not sure, or how long it has lasted. */
  private renderChoices(id: Exclude<flow.ScreenId, 'age'>): TemplateResult {
    const text = this.text;
    const wording =
      id === 'durationDays'
        ? { text: text.context.durationLegend, hint: undefined }
        : id === 'improving'
          ? { text: text.context.improvingLegend, hint: undefined }
          : text.questions[id];
    const items = 'items' in wording ? wording.items : undefined;
    const described = [wording.hint ? 'question-hint' : '', items ? 'question-items' : ''].filter(Boolean).join(' ');
    const choices: Choice<Answer | number>[] =
      id === 'durationDays'
        ? text.context.durations.map((option) => ({ value: option.days, label: option.label }))
        : answerOrder.map((answer) => ({ value: answer, label: text.answers[answer] }));
    return html`
      <fieldset class="question" part="question" data-name=${id} aria-describedby=${ifDefined(described || undefined)}>
        <legend>${headingTag(this.level + 1, wording.text, 'question-title', 'question-title')}</legend>
        ${items ? html`<ul class="question-items" id="question-items">${items.map((item) => html`<li>${item}</li>`)}</ul>` : nothing}
        ${wording.hint ? html`<p class="hint muted" id="question-hint">${wording.hint}</p>` : nothing}
        ${choiceButtons({ name: id, choices, chosen: flow.answerOf(this.state.values, id), onChoose: (value) => this.choose(value) })}
      </fieldset>
    `;
  }

  /** The age: a number field and Continue, with the GOV.UK error summary when it cannot be read. */
  private renderAge(): TemplateResult {
    const context = this.text.context;
    const ui = this.text.ui;
    const describedBy = this.ageInvalid ? 'age-hint age-error' : 'age-hint';
    return html`
      ${this.ageInvalid
        ? html`<div class="error-summary" id="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
            ${headingTag(this.level + 1, ui.errorSummary, 'error-summary-title', 'error-summary-title')}
            <ul>
              <li><a href="#age" @click=${this.focusAge}>${context.ageError}</a></li>
            </ul>
          </div>`
        : nothing}
      <form class=${this.ageInvalid ? 'question age invalid' : 'question age'} part="question" data-name="age" novalidate
        @submit=${this.submitAge}>
        ${headingTag(this.level + 1, html`<label for="age">${context.ageLabel}</label>`, 'question-title', 'question-title')}
        <p class="hint muted" id="age-hint">${context.ageHint}</p>
        ${this.ageInvalid
          ? html`<p class="error-message" id="age-error"><span class="visually-hidden">${ui.errorPrefix}</span> ${context.ageError}</p>`
          : nothing}
        <input id="age" name="age" type="text" inputmode="numeric" autocomplete="off"
          .value=${live(this.ageText)} aria-describedby=${describedBy} aria-invalid=${this.ageInvalid ? 'true' : 'false'}
          @input=${(event: Event) => (this.ageText = (event.target as HTMLInputElement).value)} />
        <button type="submit" class="primary continue" part="button">${ui.continue}</button>
      </form>
    `;
  }

  /** Check your answers: each question with its answer and a Change button, then the result again. */
  private renderCheck(): TemplateResult {
    const text = this.text;
    return html`
      <div class="screen check" part="screen">
        ${headingTag(this.level + 1, text.ui.checkHeading, 'question-title', 'question-title')}
        <dl class="check-list">
          ${flow.answered(this.state).map((screen) => {
            const question = this.questionText(screen.id);
            return html`<div class="check-row">
              <dt>${question}</dt>
              <dd>${this.answerText(screen.id)}</dd>
              <dd class="check-change">
                <button type="button" class="link" part="button" aria-label=${fill(text.ui.changeLabel, { question })}
                  @click=${() => this.changeAnswer(screen.id)}>${text.ui.change}</button>
              </dd>
            </div>`;
          })}
        </dl>
        <button type="button" class="primary" part="button" @click=${this.finishCheck}>${text.ui.seeResult}</button>
      </div>
    `;
  }

  private renderResult(): TemplateResult {
    const context: ResultContext = {
      text: this.text,
      result: flow.resultOf(this.state),
      values: this.state.values,
      level: this.level,
      emergency: this.emergency,
      emergencyWords: this.emergencyWords,
      urgentLine: this.urgentLine,
      acetaminophen: this.acetaminophen,
      clinic: this.clinic,
      language: this.language,
      date: this.resultDate,
      dated: this.summaryDated,
      whole: this.resultWhole,
      showSummary: this.showSummary,
      questionText: (id) => this.questionText(id),
      answerText: (id) => this.answerText(id),
      onChange: () => this.openCheck(),
      onToggleSummary: () => {
        this.showSummary = !this.showSummary;
        this.summaryDated = true;
      },
      onPrint: () => void this.print(),
      onStartAgain: () => this.startAgain(),
    };
    return renderResult(context);
  }

  private questionText(id: flow.ScreenId): string {
    const context = this.text.context;
    if (id === 'durationDays') return context.durationLegend;
    if (id === 'improving') return context.improvingLegend;
    if (id === 'age') return context.ageLabel;
    return this.text.questions[id].text;
  }

  private answerText(id: flow.ScreenId): string {
    const value = flow.answerOf(this.state.values, id);
    if (value === undefined) return this.text.ui.notAnswered;
    if (id === 'durationDays') return this.text.context.durations.find((option) => option.days === value)?.label ?? String(value);
    if (id === 'age') return String(value);
    return this.text.answers[value as Answer];
  }

  /** Moves the flow on, then focuses the new screen's heading (or the result's). */
  private go(next: flow.FlowState): void {
    const before = this.state;
    this.state = next;
    if (next.at === 'result') {
      if (before.at !== 'result') this.showResult();
      return;
    }
    this.focusAfterRender = '#question-title';
    const progress = flow.progress(next);
    const beforeProgress = flow.progress(before);
    // Only milestones are announced: the start of a new section (the heading takes focus anyway).
    this.announcement =
      progress && progress.section !== beforeProgress?.section
        ? fill(this.text.ui.sectionAnnouncement, { section: this.text.sections[progress.section].title, total: progress.sectionTotal })
        : this.announcement;
    if (next.at === 'age') {
      this.ageText = next.values.age === undefined ? '' : String(next.values.age);
      this.ageInvalid = false;
    }
  }

  private choose(value: Answer | number): void {
    this.go(flow.answer(this.state, value));
  }

  private submitAge(event: Event): void {
    event.preventDefault();
    const age = parseAge(this.ageText);
    if (age === undefined) {
      this.ageInvalid = true;
      this.focusAfterRender = '#error-summary';
      return;
    }
    this.ageInvalid = false;
    this.go(flow.answer(this.state, age));
  }

  private focusAge(event: Event): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLInputElement>('#age')?.focus();
  }

  private goBack(): void {
    this.go(flow.back(this.state));
  }

  private openCheck(): void {
    this.go(flow.checkAnswers(this.state));
  }

  private changeAnswer(id: flow.ScreenId): void {
    this.go(flow.change(this.state, id));
  }

  private finishCheck(): void {
    this.go(flow.finish(this.state));
  }

  private showResult(): void {
    const result = flow.resultOf(this.state);
    this.resultDate = new Date();
    this.showSummary = false;
    this.summaryDated = false;
    this.resultWhole = false;
    // The screen still on show is the one before the result; its layout is already done.
    this.keptHeight = this.renderRoot.querySelector<HTMLElement>('.card')?.offsetHeight ?? 0;
    const title = fill(this.text.levels[result.level].title, { emergency: this.emergencyWords });
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

  private startAgain(): void {
    this.ageText = '';
    this.ageInvalid = false;
    this.showSummary = false;
    this.announcement = '';
    this.go(flow.start());
  }

  /**
   * The browser's own Print (a menu, Ctrl+P) prints the summary too: with its date, written now,
   * and the whole result, if its rest has not rendered yet.
   */
  private readonly datePrint = (): void => {
    if (!this.hasUpdated || (this.summaryDated && this.resultWhole)) return;
    this.summaryDated = true;
    this.resultWhole = true;
    this.requestUpdate();
    this.performUpdate();
  };

  private printedBy: Window | null = null;

  protected override connected(): void {
    this.printedBy = this.ownerDocument.defaultView;
    this.printedBy?.addEventListener('beforeprint', this.datePrint);
  }

  protected override disconnected(): void {
    this.printedBy?.removeEventListener('beforeprint', this.datePrint);
    this.printedBy = null;
  }

  /** Prints the summary alone: the widget's heading, the result, the answers, the date, the policy version. */
  private async print(): Promise<void> {
    this.showSummary = true;
    this.summaryDated = true;
    await this.updateComplete;
    printAlone(this);
  }
}
