import { css } from 'lit';

export const timerStyles = css`
  :host {
    --_ice: var(--bsw-ice, #0b5cad);
    --_heat: var(--bsw-heat, #a34400);
    --_ring-track: var(--bsw-ring-track, #d5dce3);
    --_ring-size: var(--bsw-ring-size, min(15rem, 70vw));
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
  .timer {
    position: relative;
    width: var(--_ring-size);
    max-width: 100%;
    aspect-ratio: 1;
    margin: 0 auto var(--_space);
  }
  .ring {
    display: block;
    width: 100%;
    height: 100%;
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
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    text-align: center;
    padding: 18%;
  }
  .countdown {
    margin: 0;
    font-size: calc(var(--_ring-size) * 0.2);
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  .face .label {
    margin: 0;
    text-wrap: balance;
    font-size: 0.95em;
    font-weight: 600;
  }
  .face .state {
    margin: 0;
    font-size: 0.9em;
    color: var(--_muted);
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
