import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ChecklistContent } from '../content/checklist-types.js';
import type { SourceKey } from '../content/types.js';
import { sourcesDisclosure } from '../internal/sources.js';

/** A habit as the checklist shows it: one of the built-in habits, or a site's own item (no "why"). */
export interface ShownItem {
  readonly id: string;
  readonly label: string;
  readonly why?: string;
  readonly sources?: readonly SourceKey[];
}

/**
 * One habit: a box, like the checker's answer buttons, whose whole row is the label of its checkbox,
 * then its "Why it helps" disclosure button. The why and its sources are built only when it is open
 * (a checklist has some twenty), the sources behind their own disclosure. The button's name is its
 * own words and the habit's ("Why it helps Drink water…"), joined by aria-labelledby from the text
 * on screen: no hidden copy of the habit's words to lay out, and a page translator's words are
 * the ones heard.
 */
export function habitTemplate(options: {
  readonly item: ShownItem;
  readonly elementId: string;
  readonly ticked: boolean;
  readonly whyOpen: boolean;
  readonly ui: ChecklistContent['ui'];
  readonly onTick: (event: Event) => void;
  readonly onWhy: () => void;
}): TemplateResult {
  const { item, elementId, ticked, whyOpen, ui, onTick, onWhy } = options;
  return html`
    <li class="item ${ticked ? 'ticked' : ''}" part="item" data-id=${item.id}>
      <label class="tick-row" for=${elementId}>
        <span class="tick-box">
          <input type="checkbox" id=${elementId} .checked=${live(ticked)} @change=${onTick} /><span
            class="tick-mark"
            aria-hidden="true"
          ></span>
        </span>
        <span class="tick-label" id="${elementId}-label">${item.label}</span>
      </label>
      ${item.why
        ? html`
            <div class="why-box" part="why">
              <button
                type="button"
                id="${elementId}-why-button"
                class="why-toggle disclosure-marker"
                aria-labelledby="${elementId}-why-button ${elementId}-label"
                aria-expanded=${whyOpen ? 'true' : 'false'}
                aria-controls=${whyOpen ? `${elementId}-why` : nothing}
                @click=${onWhy}
              >
                ${ui.why}
              </button>
              ${whyOpen
                ? html`<div class="why-panel" id="${elementId}-why">
                    <p class="why">${item.why}</p>
                    ${sourcesDisclosure(ui.sources, item.sources ?? [])}
                  </div>`
                : nothing}
            </div>
          `
        : nothing}
    </li>
  `;
}
