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
 * (a checklist has some twenty), the sources behind their own disclosure.
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
        <span class="tick-label">${item.label}</span>
      </label>
      ${item.why
        ? html`
            <div class="why-box" part="why">
              <button
                type="button"
                class="why-toggle disclosure-marker"
                aria-expanded=${whyOpen ? 'true' : 'false'}
                aria-controls=${whyOpen ? `${elementId}-why` : nothing}
                @click=${onWhy}
              >
                ${ui.why}<span class="visually-hidden">: ${item.label}</span>
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
