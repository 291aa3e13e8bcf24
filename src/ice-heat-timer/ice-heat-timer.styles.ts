import { css } from 'lit';

export const timerStyles = css`
  :host {
    --_ice: var(--bsw-ice, #0b5cad);
    --_heat: var(--bsw-heat, #a34400);
    --_ring-track: var(--bsw-ring-track, #d5dce3);
    --_ring-size: var(--bsw-ring-size, 15em);
  }
  :host([data-bsw-theme='dark']) {
    --_ice: var(--bsw-ice, #8ab4f8);
    --_heat: var(--bsw-heat, #ffb37a);
    --_ring-track: var(--bsw-ring-track, #3a424c);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([data-bsw-theme='light'])) {
      --_ice: var(--bsw-ice, #8ab4f8);
      --_heat: var(--bsw-heat, #ffb37a);
      --_ring-track: var(--bsw-ring-track, #3a424c);
    }
  }
  .card {
    --_phase: var(--_ice);
  }
  .card.heat {
    --_phase: var(--_heat);
  }
  .question {
    margin: 0 0 0.5rem;
    font-size: 1.05em;
    font-weight: 700;
    line-height: 1.3;
  }
  .exact {
    margin: calc(var(--_space) * -0.25) 0 var(--_space);
  }
  /* The same look as the sources disclosure: accent text and a drawn triangle that turns when open. */
  .exact summary {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 44px;
    color: var(--_accent);
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
    list-style: none;
  }
  .exact summary::-webkit-details-marker {
    display: none;
  }
  .exact-field {
    display: grid;
    gap: 0.25rem;
    padding-top: 0.25rem;
  }
  .exact input {
    min-height: 44px;
    max-width: 100%;
    padding: 0.25em 0.5em;
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
  }
  .exact input[aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  .hint,
  .error {
    margin: 0;
    font-size: 0.9em;
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
  }
  .phase {
    margin-bottom: var(--_space);
    border-top: 1px solid var(--_border);
    padding-top: calc(var(--_space) * 0.75);
  }
  .phase > p {
    margin-bottom: 0.5rem;
  }
  /*
   * The ring is sized in em: larger text makes a larger ring, never one narrower than its text
   * needs (15em), nor wider than the card. Where the card is too narrow for that (large text on a
   * phone, or zoom), the countdown alone stays in the ring, the session above it and its state
   * below, so no text ever sits on the ring's stroke.
   */
  .timer {
    container-type: inline-size;
    margin: 0 0 var(--_space);
    border-radius: var(--_radius);
  }
  .dial {
    display: grid;
    align-items: center;
    justify-items: center;
    width: max(var(--_ring-size), 15em);
    max-width: 100%;
    margin: 0 auto;
    text-align: center;
  }
  .dial > * {
    grid-area: 1 / 1;
  }
  .ring {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: 1;
  }
  .ring circle {
    fill: none;
    stroke-width: 10;
  }
  .ring .track {
    stroke: var(--_ring-track);
  }
  .ring .progress {
    stroke: var(--_phase);
    stroke-linecap: round;
    transition: stroke-dashoffset 1s linear;
  }
  .face {
    display: flex;
    flex-direction: column;
    align-items: center;
    max-width: 70%;
  }
  .countdown {
    font-size: calc(max(var(--_ring-size), 15em) * 0.17);
    font-size: min(calc(max(var(--_ring-size), 15em) * 0.17), 17cqi);
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  /* Narrower than the face: the ring's inner circle is narrowest at the top. */
  .label {
    max-width: 75%;
    text-wrap: balance;
    font-size: 0.95em;
    font-weight: 600;
  }
  .state {
    font-size: 0.9em;
    color: var(--_muted);
  }
  @container (width < 15em) {
    .face {
      display: contents;
    }
    .face > * {
      grid-column: 1;
    }
    .label {
      grid-row: 1;
    }
    .ring,
    .countdown {
      grid-row: 2;
    }
    .state {
      grid-row: 3;
    }
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.75rem;
    margin-bottom: var(--_space);
  }
  .controls button {
    min-width: 10rem;
    min-height: 48px;
  }
  button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  /* The system's colours: the ring's progress in Highlight over a thinner GrayText track. */
  @media (forced-colors: active) {
    .ring {
      forced-color-adjust: none;
    }
    .ring .track {
      stroke: GrayText;
      stroke-width: 4;
    }
    .ring .progress {
      stroke: Highlight;
    }
    button[aria-disabled='true'] {
      opacity: 1;
      color: GrayText;
      border-color: GrayText;
    }
  }
  .banner p {
    margin: 0;
  }
  .done-message {
    font-weight: 600;
  }
  .schedule > p {
    text-align: center;
  }
  .notify {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.25rem;
    margin-bottom: var(--_space);
  }
  .notify p {
    margin: 0;
  }
  .safety {
    border-top: 1px solid var(--_border);
    padding-top: calc(var(--_space) * 0.75);
  }
  .safety .subheading {
    font-size: 1.1em;
    font-weight: 700;
    margin: 0 0 0.5rem;
  }
  .safety > ul > li {
    margin-bottom: 0.4rem;
  }
  .privacy {
    font-size: 0.9em;
    margin: 0;
  }
  @media print {
    .timer,
    .controls,
    .notify,
    .questions {
      display: none;
    }
  }
`;
