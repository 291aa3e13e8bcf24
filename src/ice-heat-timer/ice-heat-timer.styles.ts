import { css } from 'lit';

export const timerStyles = css`
  :host {
    --_ice: var(--bsw-ice, #0b5cad);
    --_heat: var(--bsw-heat, #a34400);
    --_ring-track: var(--bsw-ring-track, #d5dce3);
    --_ring-size: var(--bsw-ring-size, min(15rem, 70vw));
  }
  :host([theme='dark']) {
    --_ice: var(--bsw-ice, #8ab4f8);
    --_heat: var(--bsw-heat, #ffb37a);
    --_ring-track: var(--bsw-ring-track, #3a424c);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
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
  fieldset {
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
  }
  legend {
    padding: 0 0.25em;
    font-weight: 700;
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .option {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 44px;
    cursor: pointer;
  }
  .option input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .exact {
    margin-top: 0.5rem;
  }
  .exact summary {
    display: flex;
    align-items: center;
    gap: 0.35em;
    min-height: 44px;
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }
  .exact summary::-webkit-details-marker {
    display: none;
  }
  /* Decoration only: the disclosure itself says whether it is open. */
  .exact summary::before {
    content: '▸' / '';
  }
  .exact[open] summary::before {
    content: '▾' / '';
  }
  .exact-field {
    display: grid;
    gap: 0.25rem;
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
  }
  .phase p {
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
    min-width: 8rem;
  }
  button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .done-message {
    padding: 0.75rem;
    border-inline-start: 4px solid var(--_success);
    background: var(--_surface-alt);
    font-weight: 600;
  }
  .schedule {
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
  .safety li {
    margin-bottom: 0.4rem;
  }
  .sources {
    display: block;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .privacy {
    font-size: 0.9em;
    margin: 0;
  }
  @media print {
    .timer,
    .controls,
    .notify,
    fieldset {
      display: none;
    }
  }
`;
