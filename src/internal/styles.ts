import { css } from 'lit';

/*
 * Shared styles. Every colour, size and radius reads a public --bsw-* custom property with a
 * fallback; internal --_* properties hold the resolved values. Text inherits the host page's font
 * and colour. Dark follows prefers-color-scheme unless theme="light"; theme="dark" forces it.
 */
export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-width: var(--bsw-max-width, 40rem);
    /* Today's spacing, which the card inherits: a page's rules on every element (a visitor's
       text-spacing stylesheet, WCAG 1.4.12) reach the host and, through it, the text. */
    letter-spacing: normal;
    word-spacing: normal;
  }
  :host([hidden]) {
    display: none;
  }
  /* Layout containment: the browser lays out what is inside a widget apart from the rest of the
     page, which on a page of many widgets roughly halved the frames' work as they render (see the
     README). Nothing inside is placed against the page, so it looks the same. Only on screen: a
     printed checklist still breaks across pages as any block does. A site can set contain: none
     on the tags. */
  @media screen {
    :host {
      contain: layout;
    }
  }
  /* Between upgrade and first render (renders take turns on busy pages), keep the space that the
     optional stylesheet reserved before upgrade, so nothing on the page jumps: the screen's height
     (the timer and the checklist are taller), and for the checker the height of a question screen
     with the widget's heading, padding and border (as in embed.css). These rules apply from the
     moment of connection, before the other styles are adopted (see BswElement). */
  :host([data-bsw-pending]) {
    min-height: min(100vh, 75rem);
  }
  :host(red-flag-checker[data-bsw-pending]) {
    min-height: calc(var(--bsw-screen-height, 42rem) + 4.3125rem);
  }
`;

export const baseStyles = css`
  :host {
    --_accent: var(--bsw-accent, #0b5cad);
    --_accent-text: var(--bsw-accent-text, #ffffff);
    --_danger: var(--bsw-danger, #b3261e);
    --_danger-text: var(--bsw-danger-text, #ffffff);
    --_warning: var(--bsw-warning, #8a4b00);
    --_warning-text: var(--bsw-warning-text, #ffffff);
    --_success: var(--bsw-success, #1e6b35);
    --_success-text: var(--bsw-success-text, #ffffff);
    --_surface: var(--bsw-surface, #ffffff);
    --_surface-alt: var(--bsw-surface-alt, #f2f5f8);
    --_border: var(--bsw-border, #6b7785);
    --_text: var(--bsw-text, currentColor);
    --_muted: var(--bsw-muted, #4a5561);
    --_radius: var(--bsw-radius, 12px);
    --_space: var(--bsw-spacing, 1rem);
    --_font-size: var(--bsw-font-size, max(1rem, 16px));
    --_focus: var(--bsw-focus, #1a73e8);

    font-family: inherit;
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_text);
    text-align: start;
    /* Laid out and painted even off screen (no content-visibility: auto), so that full-page
       screenshots, which site owners' QA tools take, show every widget and not an empty box. */
  }
  /* While a first render is being completed after its first paint (the timer and the checklist show
     their first screen first), the card keeps the space the host reserved. */
  .card.filling {
    min-height: min(100vh, 75rem);
  }
  :host([data-bsw-theme='dark']) {
    --_accent: var(--bsw-accent, #8ab4f8);
    --_accent-text: var(--bsw-accent-text, #0b1a2e);
    --_danger: var(--bsw-danger, #f2b8b5);
    --_danger-text: var(--bsw-danger-text, #3b0b08);
    --_warning: var(--bsw-warning, #ffcc80);
    --_warning-text: var(--bsw-warning-text, #2b1700);
    --_success: var(--bsw-success, #8fd19e);
    --_success-text: var(--bsw-success-text, #0b2613);
    --_surface: var(--bsw-surface, #1d2126);
    --_surface-alt: var(--bsw-surface-alt, #2a3038);
    --_border: var(--bsw-border, #9aa5b1);
    --_text: var(--bsw-text, #eef1f4);
    --_muted: var(--bsw-muted, #c3cad2);
    --_focus: var(--bsw-focus, #8ab4f8);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([data-bsw-theme='light'])) {
      --_accent: var(--bsw-accent, #8ab4f8);
      --_accent-text: var(--bsw-accent-text, #0b1a2e);
      --_danger: var(--bsw-danger, #f2b8b5);
      --_danger-text: var(--bsw-danger-text, #3b0b08);
      --_warning: var(--bsw-warning, #ffcc80);
      --_warning-text: var(--bsw-warning-text, #2b1700);
      --_success: var(--bsw-success, #8fd19e);
      --_success-text: var(--bsw-success-text, #0b2613);
      --_surface: var(--bsw-surface, #1d2126);
      --_surface-alt: var(--bsw-surface-alt, #2a3038);
      --_border: var(--bsw-border, #9aa5b1);
      --_text: var(--bsw-text, #eef1f4);
      --_muted: var(--bsw-muted, #c3cad2);
      --_focus: var(--bsw-focus, #8ab4f8);
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /* Typography is set here, not only on :host, so a page's global rules on every element (which
     reach the host element itself, even with !important) cannot shrink or capitalise it. Spacing
     is inherited from the host (1.5, normal and normal there), so a visitor's own line, letter and
     word spacing reach the text. */
  .card {
    font-size: var(--_font-size);
    font-style: normal;
    font-weight: 400;
    line-height: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    visibility: visible;
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .heading {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-size: 1.35em;
    font-weight: 700;
    line-height: 1.25;
  }
  h3,
  h4,
  p,
  ul,
  ol {
    margin: 0 0 calc(var(--_space) * 0.75);
  }
  .muted {
    color: var(--_muted);
  }
  button,
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5em 1.1em;
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-weight: 600;
    /* A visitor's own text spacing (WCAG 1.4.12) reaches buttons too, which browsers reset. */
    letter-spacing: inherit;
    word-spacing: inherit;
    text-decoration: none;
    cursor: pointer;
  }
  button.primary,
  .button.primary {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  .button.danger,
  button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_danger-text);
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media print {
    :host {
      color: #000;
      max-width: none;
    }
    .card {
      border: 1px solid #000;
      background: #fff;
      color: #000;
    }
    .no-print,
    button {
      display: none !important;
    }
  }
`;
