import { css } from 'lit';

export const checkerStyles = css`
  /* Every question screen keeps one height, so the host page does not move while a visitor answers;
     it fits the first screen (the emergency line and the age) and the longest question on a 390 px phone. */
  .screen {
    min-height: var(--bsw-screen-height, 42rem);
  }
  .screen.check {
    min-height: 0;
  }
  .screen-top {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-height: 44px;
    margin: 0 0 0.5rem;
  }
  .back {
    min-height: 44px;
    padding-inline: 0.25rem 0.5rem;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .back::before {
    content: '';
    width: 0.45em;
    height: 0.45em;
    border-block-end: 2px solid currentColor;
    border-inline-start: 2px solid currentColor;
    transform: rotate(45deg);
    margin-inline-end: 0.2em;
  }
  :host(:dir(rtl)) .back::before {
    transform: rotate(-135deg);
  }
  .progress {
    margin: 0;
    color: var(--_muted);
    font-weight: 600;
    font-size: 0.95em;
  }
  .intro {
    font-size: 1.05em;
  }
  .emergency-first,
  .emergency-link {
    font-weight: 700;
  }
  .emergency-link {
    margin: 0 0 0.5rem;
    font-size: 0.95em;
  }
  .emergency-first a,
  .emergency-link a {
    color: var(--_danger);
  }
  /* The urgent line in the banner: the banner's own text colour, underlined, in light and dark. */
  .closed a {
    color: inherit;
    font-weight: 700;
  }
  .question-items {
    margin: 0 0 var(--_space);
    padding-inline-start: 1.25em;
  }
  .question-items li + li {
    margin-top: 0.35em;
  }
  .net-heading {
    font-weight: 700;
    margin: 0.75em 0 0.25em;
  }
  .question-title,
  .result-title,
  .error-summary-title {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
    margin: 0 0 0.5rem;
    outline-offset: 4px;
  }
  .subheading {
    font-weight: 700;
    margin: var(--_space) 0 0.4rem;
  }
  fieldset.question {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    width: 100%;
  }
  .hint {
    margin: 0 0 var(--_space);
  }
  .footnote {
    margin-bottom: 0;
    padding-top: 0.5rem;
    font-size: 0.9em;
  }
  .question.age label {
    font: inherit;
  }
  .question.age input {
    display: block;
    width: 5.5em;
    min-height: 48px;
    margin: 0 0 var(--_space);
    padding: 0.4rem 0.6rem;
    border: 2px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 1.15em;
  }
  .question.age.invalid {
    border-inline-start: 5px solid var(--_danger);
    padding-inline-start: 0.9rem;
  }
  .question.age.invalid input {
    border-color: var(--_danger);
  }
  .continue {
    min-height: 48px;
    min-width: 8rem;
  }
  .error-summary {
    border: 4px solid var(--_danger);
    padding: var(--_space);
    margin: 0 0 var(--_space);
  }
  .error-summary ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .error-summary a,
  .error-message {
    color: var(--_danger);
    font-weight: 700;
  }
  .error-message {
    margin: 0 0 0.5rem;
  }
  button.link {
    min-height: 44px;
    padding: 0.25rem 0.1rem;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.2em;
    font-weight: 600;
  }
  .check-list {
    margin: 0 0 var(--_space);
  }
  .check-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 0 0.75rem;
    padding: 0.5rem 0;
    border-bottom: 1px solid var(--_border);
  }
  .check-row dt {
    grid-column: 1 / -1;
    font-weight: 600;
  }
  .check-row dd {
    margin: 0;
  }
  .check-change {
    text-align: end;
  }
  .result-title {
    font-size: 1.4em;
  }
  .action-text {
    margin: 0 0 0.75rem;
  }
  .action {
    width: 100%;
    min-height: 52px;
    font-size: 1.1em;
    margin: 0 0 0.75rem;
    text-align: center;
  }
  ul {
    padding-inline-start: 1.25rem;
  }
  li + li {
    margin-top: 0.25rem;
  }
  /* Advice that belongs to one answer: part of the action, so it reads as strongly. */
  .advice {
    font-weight: 700;
    margin: 0;
  }
  .more-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: var(--_space) 0 0;
    padding-top: 0.5rem;
    border-top: 1px solid var(--_border);
  }
  .summary {
    margin-top: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface-alt);
  }
  .summary dl {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
    gap: 0.25rem 1rem;
    margin: 0;
  }
  .summary dt {
    font-weight: 400;
  }
  .summary dd {
    margin: 0;
    font-weight: 600;
  }
  .summary[hidden] {
    display: none;
  }
  .disclaimer {
    margin-top: var(--_space);
    font-size: 0.9em;
  }
  /* Printed from "Print summary": the widget's heading, the result and the summary only. */
  @media print {
    :host([data-bsw-printing]) .details,
    :host([data-bsw-printing]) .more-actions,
    :host([data-bsw-printing]) .action,
    :host([data-bsw-printing]) .disclaimer {
      display: none !important;
    }
    .summary,
    .summary[hidden] {
      display: block;
      background: none;
      border: 1px solid #000;
    }
    .banner {
      background: none;
    }
    /* A page printed whole shows the one action as black words in a black outline, not pale on white. */
    .button.action {
      border-color: #000;
      background: none;
      color: #000;
    }
  }
`;
