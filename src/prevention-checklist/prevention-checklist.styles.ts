import { css } from 'lit';

/* Styles of <prevention-checklist>, on top of the shared baseStyles. */
export const checklistStyles = css`
  .intro {
    margin-bottom: var(--_space);
  }

  .progress {
    margin: 0 0 var(--_space);
  }
  .progress label {
    display: block;
    font-weight: 600;
    margin-bottom: 0.35em;
  }
  progress {
    display: block;
    width: 100%;
    height: 0.9em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface-alt);
    overflow: hidden;
    appearance: none;
  }
  progress::-webkit-progress-bar {
    background: var(--_surface-alt);
  }
  progress::-webkit-progress-value {
    background: var(--_accent);
  }
  progress::-moz-progress-bar {
    background: var(--_accent);
  }

  .week-at-a-glance {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.75);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface-alt);
  }
  .subheading {
    margin: 0;
    font-size: 1em;
    font-weight: 700;
  }
  .streak {
    margin: 0;
  }
  .days {
    display: grid;
    grid-template-columns: repeat(7, minmax(0, 1fr));
    gap: 0.25em;
    margin: 0;
    padding: 0;
    list-style: none;
    text-align: center;
  }
  .day {
    display: grid;
    justify-items: center;
    gap: 0.15em;
    font-size: 0.85em;
  }
  .mark {
    display: grid;
    place-items: center;
    width: 2em;
    height: 2em;
    border: 2px solid var(--_border);
    border-radius: 50%;
    font-weight: 700;
    line-height: 1;
  }
  .day.active .mark {
    border-color: var(--_success);
    background: var(--_success);
    color: var(--_surface);
  }
  .day.today .weekday {
    font-weight: 700;
    text-decoration: underline;
  }

  fieldset {
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    min-width: 0;
  }
  legend {
    padding: 0 0.35em;
    font-weight: 700;
  }
  .items {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: grid;
    grid-template-columns: 44px minmax(0, 1fr);
    align-items: start;
    column-gap: 0.25em;
    padding: 0.1em 0;
  }
  .item + .item {
    border-top: 1px solid var(--_surface-alt);
  }
  .item input {
    justify-self: center;
    width: 1.4em;
    height: 1.4em;
    margin: 11px 0 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  .item label {
    display: block;
    min-height: 44px;
    padding: 0.55em 0;
    cursor: pointer;
  }
  .why-box {
    grid-column: 2;
    margin: -0.35em 0 0.5em;
  }
  .why-toggle {
    justify-content: flex-start;
    gap: 0.35em;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-align: start;
  }
  /* Decoration only: the button's aria-expanded says whether it is open. */
  .why-toggle::before {
    content: '▸' / '';
  }
  .why-toggle[aria-expanded='true']::before {
    content: '▾' / '';
  }
  .why,
  .sources {
    margin: 0 0 0.5em;
  }
  .sources {
    font-size: 0.875em;
    color: var(--_muted);
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
  }
  .disclaimer,
  .storage {
    font-size: 0.875em;
  }

  @media print {
    .card {
      border: none;
      padding: 0;
    }
    .intro,
    .progress,
    .week-at-a-glance,
    .storage,
    .why-box,
    .footer button,
    [role='status'] {
      display: none !important;
    }
    fieldset {
      break-inside: avoid;
      border-color: #000;
    }
    /* A paper checklist starts empty: each checkbox prints as a plain box, ticked or not. */
    .item input {
      appearance: none;
      -webkit-appearance: none;
      width: 1.1em;
      height: 1.1em;
      margin-top: 0.6em;
      border: 1.5px solid #000;
      border-radius: 2px;
      background: #fff;
    }
    .item label {
      min-height: 0;
      padding: 0.4em 0;
    }
  }
`;
