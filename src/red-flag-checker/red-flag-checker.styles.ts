import { css } from 'lit';

export const checkerStyles = css`
  .intro {
    font-size: 1.05em;
  }
  .progress {
    display: grid;
    gap: 0.25rem;
    margin: 0 0 var(--_space);
    font-weight: 600;
  }
  progress {
    width: 100%;
    height: 0.6rem;
    accent-color: var(--_accent);
  }
  .step-title,
  .result-title {
    font-size: 1.2em;
    font-weight: 700;
    margin: 0 0 0.25rem;
    outline-offset: 4px;
  }
  .subheading {
    font-weight: 700;
    margin: var(--_space) 0 0.4rem;
  }
  fieldset.question,
  .question.age {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    margin: 0 0 calc(var(--_space) * 0.75);
    padding: 0.75rem 1rem 1rem;
    min-inline-size: 0;
  }
  fieldset.missing,
  .question.age:has([aria-invalid='true']) {
    border: 2px solid var(--_danger);
  }
  legend,
  .question.age label {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  .hint {
    margin: 0.25rem 0 0.5rem;
    font-size: 0.95em;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.5rem;
  }
  .choices.stacked {
    flex-direction: column;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 44px;
    padding: 0.4rem 0.9rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface-alt);
    cursor: pointer;
  }
  .choice:has(input:checked) {
    border: 2px solid var(--_accent);
    font-weight: 600;
  }
  .choice input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .question.age input {
    display: block;
    width: 6rem;
    min-height: 44px;
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: 8px;
    font: inherit;
    color: inherit;
    background: var(--_surface);
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-top: var(--_space);
  }
  .result {
    border-inline-start: 6px solid var(--_success);
    padding-inline-start: var(--_space);
  }
  .result.level-call-emergency,
  .result.level-emergency-department {
    border-color: var(--_danger);
  }
  .result.level-urgent {
    border-color: var(--_warning);
  }
  .result.level-appointment {
    border-color: var(--_accent);
  }
  .result-title.urgent {
    color: var(--_danger);
    font-size: 1.4em;
  }
  .action {
    font-size: 1.1em;
    margin: 0 0 var(--_space);
  }
  ul {
    padding-inline-start: 1.25rem;
  }
  /* Advice that belongs to one answer: part of the action, so it reads as strongly. */
  .advice {
    font-weight: 600;
    margin: 0 0 var(--_space);
  }
  li + li {
    margin-top: 0.25rem;
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
  .sources {
    margin-top: var(--_space);
  }
  .sources summary {
    cursor: pointer;
    min-height: 44px;
    display: flex;
    align-items: center;
  }
  .disclaimer {
    margin-top: var(--_space);
    font-size: 0.9em;
  }
  @media print {
    .summary[hidden] {
      display: block;
    }
    .sources {
      display: none;
    }
  }
`;
