import { css, html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface Choice<T> {
  readonly value: T;
  readonly label: string;
}

/**
 * Full-width answer buttons in one column, each at least 48 px tall: one tap chooses. The chosen
 * one is pressed (aria-pressed) and carries a tick, so it never relies on colour alone. Every widget
 * uses these for a choice between a few answers.
 */
export function choiceButtons<T extends string | number>(options: {
  readonly name: string;
  readonly choices: readonly Choice<T>[];
  readonly chosen: T | undefined;
  readonly onChoose: (value: T) => void;
  /** The id of the legend or heading that names the group. */
  readonly labelledBy?: string;
}): TemplateResult {
  const { name, choices, chosen, onChoose, labelledBy } = options;
  return html`<div class="choice-buttons" part="choices" role=${ifDefined(labelledBy ? 'group' : undefined)} data-name=${name}
    aria-labelledby=${ifDefined(labelledBy)}>
    ${choices.map(
      (choice) => html`<button type="button" class="choice-button" part="choice" data-value=${String(choice.value)}
        aria-pressed=${chosen === choice.value ? 'true' : 'false'} @click=${() => onChoose(choice.value)}>
        <span class="tick" aria-hidden="true"></span><span>${choice.label}</span>
      </button>`,
    )}
  </div>`;
}

export const choiceStyles = css`
  .choice-buttons {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.625rem;
    margin: 0 0 var(--_space);
  }
  .choice-button {
    display: flex;
    align-items: center;
    justify-content: flex-start;
    gap: 0.75rem;
    width: 100%;
    min-height: 48px;
    padding: 0.6rem 1rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
    touch-action: manipulation;
  }
  /* Only where a pointer hovers: on touch, :hover sticks to the button just tapped, and the next screen's button in the same place would look chosen. */
  @media (hover: hover) {
    .choice-button:hover {
      background: var(--_surface-alt);
    }
  }
  .choice-button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  .tick {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    border: 2px solid currentColor;
    border-radius: 50%;
  }
  .choice-button[aria-pressed='true'] .tick {
    border-radius: 0;
    border-width: 0 3px 3px 0;
    width: 0.6rem;
    height: 1.1rem;
    margin-inline: 0.35rem 0.3rem;
    transform: rotate(45deg) translate(-0.1rem, -0.15rem);
  }
`;
