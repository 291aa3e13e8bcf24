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
  /* Forced colours drop the bar's backgrounds, so it would show empty: the system's Highlight fills
     it over a Canvas track inside a CanvasText border. */
  @media (forced-colors: active) {
    progress {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
    }
    progress::-webkit-progress-bar {
      background: Canvas;
    }
    progress::-webkit-progress-value {
      background: Highlight;
    }
    progress::-moz-progress-bar {
      background: Highlight;
    }
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
  /* The sentence and its unseen alternative in one cell: the line is as tall as the taller one. */
  .streak-line {
    display: grid;
  }
  .streak,
  .streak-room {
    grid-area: 1 / 1;
    margin: 0;
  }
  .streak-room {
    visibility: hidden;
  }
  /* Seven equal columns; each day's name, mark and count share rows across the days (subgrid), so they line up. */
  .days {
    display: grid;
    grid-template-columns: repeat(7, minmax(0, 1fr));
    grid-template-rows: auto auto auto;
    column-gap: 0.25em;
    margin: 0;
    padding: 0;
    list-style: none;
    text-align: center;
  }
  .day {
    display: grid;
    grid-row: span 3;
    grid-template-rows: subgrid;
    justify-items: center;
    align-items: start;
    row-gap: 0.3em;
    min-width: 0;
    font-size: 0.85em;
  }
  .weekday {
    line-height: 1.2;
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
    color: var(--_success-text);
  }
  .day.today .weekday {
    font-weight: 700;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  /* A day's count takes its two lines (the number, then the word) even before anything is done, so
     the week's first tick does not push the habits down under the visitor's finger. */
  .count {
    min-height: calc(1.2em * 1.15 + 1.2em);
    font-size: 0.9em;
    line-height: 1.2;
    color: var(--_muted);
  }
  .count .number {
    display: block;
    font-size: 1.15em;
    font-weight: 700;
    color: var(--_text);
  }

  fieldset {
    margin: 0 0 var(--_space);
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.5rem;
    font-size: 1.1em;
    font-weight: 700;
  }
  /* Each habit is a box like the checker's answer buttons: the same border, radius, accent and spacing. */
  .items {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.625rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .item.ticked {
    background: color-mix(in srgb, var(--_accent) 14%, var(--_surface));
  }
  .tick-row {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
    min-height: 48px;
    padding: 0.6rem 1rem;
    cursor: pointer;
    touch-action: manipulation;
  }
  @media (hover: hover) {
    .item:not(.ticked) .tick-row:hover {
      background: var(--_surface-alt);
      border-radius: calc(var(--_radius) - 2px);
    }
  }
  /* A native checkbox, drawn at least 24 px square in every engine; the tick is a shape over it. */
  .tick-box {
    display: grid;
    flex: none;
    margin-top: calc((1.5em - max(24px, 1.625em)) / 2);
  }
  .tick-box > * {
    grid-area: 1 / 1;
  }
  .tick-box input {
    appearance: none;
    -webkit-appearance: none;
    width: max(24px, 1.625em);
    height: max(24px, 1.625em);
    margin: 0;
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.4);
    background: var(--_surface);
    cursor: pointer;
  }
  .tick-box input:checked {
    background: var(--_accent);
  }
  .tick-mark {
    display: none;
    place-self: center;
    width: 0.45em;
    height: 0.85em;
    border: solid var(--_accent-text);
    border-width: 0 3px 3px 0;
    transform: translateY(-0.08em) rotate(45deg);
    pointer-events: none;
  }
  input:checked + .tick-mark {
    display: block;
  }
  .tick-label {
    min-width: 0;
  }
  .why-box {
    margin: -0.5rem 0 0;
    padding: 0 1rem 0.25rem calc(1rem + max(24px, 1.625em) + 0.75rem);
  }
  .why-toggle {
    justify-content: flex-start;
    gap: 0.5rem;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .why-panel {
    padding-bottom: 0.5rem;
  }
  .why {
    margin: 0;
  }
  .why-panel .sources {
    margin-top: 0.25rem;
  }
  .why-panel .sources ul {
    margin-bottom: 0;
    padding-inline-start: 1.25em;
  }
  .banner-text {
    margin: 0;
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
    .banner,
    .tick-mark,
    .footer button,
    [role='status'] {
      display: none !important;
    }
    fieldset {
      break-inside: avoid;
    }
    .items {
      gap: 0;
    }
    .item,
    .item.ticked {
      border: none;
      background: #fff;
    }
    /* A paper checklist starts empty: each checkbox prints as a plain box, ticked or not. */
    .tick-box {
      margin-top: 0.2em;
    }
    .tick-box input,
    .tick-box input:checked {
      width: 1.1em;
      height: 1.1em;
      border: 1.5px solid #000;
      border-radius: 2px;
      background: #fff;
    }
    .tick-row {
      min-height: 0;
      padding: 0.4em 0;
    }
  }
`;
