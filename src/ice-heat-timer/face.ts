import { html, nothing, type TemplateResult } from 'lit';
import { fill } from '../content/fill.js';
import type { TimerContent } from '../content/timer-types.js';
import type { SourceKey } from '../content/types.js';
import { dateFormat } from '../internal/locale.js';
import { sourcesDisclosure } from '../internal/sources.js';
import { formatCountdown, minutesAndSeconds, progressOf, type Phase, type Session } from '../therapy/index.js';
import { contentMoment } from './times.js';

/*
 * The parts of <ice-heat-timer> that only show what they are given: the progress ring with the
 * countdown, the safety reminders, and the dates and times in its messages.
 */

const RING_RADIUS = 54;
const RING_LENGTH = 2 * Math.PI * RING_RADIUS;

export interface FaceView {
  readonly content: TimerContent;
  readonly session: Session;
  /** The therapy shown, and the session's length in minutes. */
  readonly phase: Phase;
  readonly minutes: number;
  /** Milliseconds left, and the time now (for the ring). */
  readonly left: number;
  readonly now: number;
}

/**
 * The progress ring with the mm:ss countdown inside it (spoken as minutes and seconds), the
 * session's name and length, and its state. The whole face takes focus (from the element, not Tab)
 * when the control the visitor was on goes away.
 */
export function renderFace({ content, session, phase, minutes, left, now }: FaceView): TemplateResult {
  const progress = progressOf(session, now);
  const spoken = minutesAndSeconds(left);
  const statusText = {
    idle: content.ui.statusIdle,
    running: content.ui.statusRunning,
    paused: content.ui.statusPaused,
    done: content.ui.statusDone,
  }[session.status];
  return html`
    <div class="timer" part="timer" tabindex="-1">
      <div class="dial">
        <svg class="ring" part="ring" viewBox="0 0 120 120" aria-hidden="true" focusable="false">
          <circle class="track" cx="60" cy="60" r=${RING_RADIUS}></circle>
          <circle
            class="progress"
            cx="60"
            cy="60"
            r=${RING_RADIUS}
            stroke-dasharray=${RING_LENGTH.toFixed(2)}
            stroke-dashoffset=${(RING_LENGTH * progress).toFixed(2)}
            transform="rotate(-90 60 60)"
          ></circle>
        </svg>
        <div class="face">
          <div class="label">${fill(content.ui.sessionLength, { session: content.phases[phase].session, minutes })}</div>
          <div class="countdown" part="countdown">
            <span aria-hidden="true">${formatCountdown(left)}</span>
            <span class="visually-hidden">${fill(content.ui.timeLeft, spoken)}</span>
          </div>
          <div class="state">${statusText}</div>
        </div>
      </div>
    </div>
  `;
}

/**
 * A "Sources" disclosure. Until `full`, only its closed summary (the same height): the list inside
 * is built in the task after the first render, so the first screen paints sooner.
 */
export function lazySources(label: string, keys: readonly SourceKey[], full: boolean): TemplateResult | typeof nothing {
  if (full) return sourcesDisclosure(label, keys);
  if (keys.length === 0) return nothing;
  return html`<details class="sources" part="sources"><summary class="disclosure-marker">${label}</summary></details>`;
}

/**
 * The safety reminders, who should ask a clinician first, and their sources; `level` is the
 * heading's. The sources' list is built once `full` (see lazySources).
 */
export function renderSafety(content: TimerContent, level: number, full = true): TemplateResult {
  return html`
    <section class="safety" part="safety" aria-labelledby="safety-heading">
      <div id="safety-heading" class="subheading" role="heading" aria-level=${level}>${content.ui.safetyHeading}</div>
      <ul>
        ${content.safety.map((item) => html`<li>${item.text}</li>`)}
      </ul>
      <p id="ask-first"><strong>${content.ui.askFirstHeading}</strong></p>
      <ul aria-labelledby="ask-first">
        ${content.askFirst.map((item) => html`<li>${item.text}</li>`)}
      </ul>
      ${lazySources(content.ui.sources, [...content.safety, ...content.askFirst].flatMap((item) => item.sources), full)}
    </section>
  `;
}

/**
 * A moment in a message: the time alone when it is today, else the weekday, day, month and time,
 * and the year as well when it is not the year of `now` ("Fri, Jan 1, 2027, 1:00 AM"). Written
 * from the content for the tags times.ts covers (no Intl.DateTimeFormat built), else by Intl.
 */
export function formatMoment(locale: string, time: number, now: number): string {
  const written = contentMoment(locale, time, now);
  if (written !== null) return written;
  const date = new Date(time);
  const today = new Date(now);
  const options: Intl.DateTimeFormatOptions =
    date.toDateString() === today.toDateString()
      ? { hour: 'numeric', minute: '2-digit' }
      : { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' };
  if (date.getFullYear() !== today.getFullYear()) options.year = 'numeric';
  return dateFormat(locale, options).format(time);
}
