import { html, nothing, type TemplateResult } from 'lit';
import type { TimerContent } from '../content/timer-types.js';
import { choiceButtons } from '../internal/choices.js';
import { modes, startChoices, type Mode, type StartChoice } from '../therapy/index.js';

/** The "enter the date and time" disclosure: what it holds and what the visitor did with it. */
export interface ExactDateView {
  /** The value of the field ("2026-11-20T08:30"), or ''. */
  readonly value: string;
  /** The latest time the field accepts: now. */
  readonly max: string;
  readonly error: 'future' | 'invalid' | null;
  /** The disclosure is open. */
  readonly open: boolean;
  /** The field is built: once the visitor has opened the disclosure, or a date is set. */
  readonly built: boolean;
  readonly onSummaryClick: (event: Event) => void;
  readonly onToggle: (event: Event) => void;
  readonly onChange: (event: Event) => void;
}

export interface QuestionsView {
  readonly content: TimerContent;
  /** The level of the questions' headings. */
  readonly level: number;
  readonly mode: Mode;
  readonly onMode: (mode: Mode) => void;
  /** The quick answer chosen to "when did the spasm start?", if one is. */
  readonly start: StartChoice | undefined;
  readonly onStart: (choice: StartChoice) => void;
  readonly exact: ExactDateView;
}

/**
 * "Ice or heat?", then (unless the visitor chose one) "When did the spasm start?": full-width
 * answer buttons, each group named by the heading above it, and a date and time field under a
 * disclosure for a precise answer.
 */
export function renderQuestions(view: QuestionsView): TemplateResult {
  const { content, level } = view;
  return html`
    <div class="questions" part="choices">
      <div id="mode-question" class="question" role="heading" aria-level=${level}>${content.mode.legend}</div>
      ${choiceButtons({
        name: 'mode',
        choices: modes.map((mode) => ({ value: mode, label: content.mode[mode] })),
        chosen: view.mode,
        onChoose: view.onMode,
        labelledBy: 'mode-question',
      })}
      ${view.mode === 'auto'
        ? html`<div id="started-question" class="question" role="heading" aria-level=${level}>${content.started.legend}</div>
            ${choiceButtons({
              name: 'started',
              choices: startChoices.map((choice) => ({ value: choice, label: content.started.choices[choice] })),
              chosen: view.start,
              onChoose: view.onStart,
              labelledBy: 'started-question',
            })}
            ${renderExactDate(content, view.exact)}`
        : nothing}
    </div>
  `;
}

/*
 * The disclosure's open state belongs to the browser: the template only follows it (through
 * `toggle`), so a tap, a click, Enter or Space opens and closes it the same way everywhere. A click
 * on the summary builds the field first, before the browser opens the disclosure, so it never
 * opens empty.
 */
function renderExactDate(content: TimerContent, exact: ExactDateView): TemplateResult {
  const invalid = exact.error !== null;
  return html`
    <details class="exact" ?open=${exact.open} @toggle=${exact.onToggle}>
      <summary id="exact-label" class="disclosure-marker" @click=${exact.onSummaryClick}>${content.started.exactLabel}</summary>
      ${exact.built
        ? html`<div class="exact-field">
            <input
              id="exact"
              type="datetime-local"
              max=${exact.max}
              .value=${exact.value}
              aria-labelledby="exact-label"
              aria-describedby=${invalid ? 'exact-hint exact-error' : 'exact-hint'}
              aria-invalid=${invalid ? 'true' : 'false'}
              @change=${exact.onChange}
            />
            <p id="exact-hint" class="hint muted">${content.started.exactHint}</p>
            ${invalid
              ? html`<p id="exact-error" class="error">
                  ${exact.error === 'future' ? content.started.futureError : content.started.invalidError}
                </p>`
              : nothing}
          </div>`
        : nothing}
    </details>
  `;
}
