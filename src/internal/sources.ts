import { ifDefined } from 'lit/directives/if-defined.js';
import { css, html, nothing, type TemplateResult } from 'lit';
import { sources } from '../content/sources.js';
import type { SourceKey } from '../content/types.js';
import { renderingLanguage } from './base.js';

/** The language the sources are named in (src/content/sources.ts): their publishers and titles. */
const SOURCES_LANG = 'en';

/**
 * The sources of what a section says, behind one disclosure with a visible marker. Text only:
 * the widgets make no network request, so sources are named, not linked. Called while a widget
 * renders: in a widget shown in another language, each source is marked as English, so screen
 * readers read its English title in English.
 */
export function sourcesDisclosure(label: string, keys: Iterable<SourceKey>): TemplateResult | typeof nothing {
  const unique = [...new Set(keys)];
  if (unique.length === 0) return nothing;
  const lang = renderingLanguage() === SOURCES_LANG ? undefined : SOURCES_LANG;
  return html`<details class="sources" part="sources">
    <summary class="disclosure-marker">${label}</summary>
    <ul>${unique.map((key) => html`<li lang=${ifDefined(lang)}>${sources[key].publisher}: ${sources[key].title}</li>`)}</ul>
  </details>`;
}

export const sourcesStyles = css`
  .sources {
    margin: var(--_space) 0 0;
  }
  .sources summary {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 44px;
    cursor: pointer;
    color: var(--_accent);
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    list-style: none;
  }
  .sources summary::-webkit-details-marker {
    display: none;
  }
  /* The marker of every disclosure in the widgets (sources, the timer's date, a habit's why): a
     triangle that points down when open, drawn so no engine hides it. */
  .disclosure-marker::before {
    content: '';
    flex: none;
    width: 0;
    height: 0;
    border-block: 0.35em solid transparent;
    border-inline-start: 0.55em solid currentColor;
    transition: transform 0.15s;
  }
  [open] > .disclosure-marker::before,
  .disclosure-marker[aria-expanded='true']::before {
    transform: rotate(90deg);
  }
  .sources ul {
    margin-top: 0.5rem;
    font-size: 0.95em;
  }
  @media (prefers-reduced-motion: reduce) {
    .disclosure-marker::before {
      transition: none;
    }
  }
  /* Forced colours paint every border in one system colour, which makes the triangle a square that
     looks the same open and closed: it keeps its transparent sides, in the system's text colour. */
  @media (forced-colors: active) {
    .disclosure-marker::before {
      forced-color-adjust: none;
      border-block-color: transparent;
      border-inline-start-color: CanvasText;
    }
  }
`;
