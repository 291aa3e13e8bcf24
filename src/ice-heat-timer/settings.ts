import { readDateTime, readEnum, readInteger } from '../internal/attributes.js';
import { describe, warnAttribute, warnOnce } from '../internal/warn.js';
import { DEFAULT_SESSION_MINUTES, MAX_SESSION_MINUTES, MIN_SESSION_MINUTES, modes, type Mode } from '../therapy/index.js';

/*
 * The timer's settings, read from its public properties. A site sets them as attributes (always
 * text), but frameworks such as React 19 and Vue set the properties themselves, with any type:
 * duration={20}, headingLevel={3}, sound={false}, started={new Date()}. Every value goes through
 * the shared readers (src/internal/attributes.ts), which read numbers and booleans as their text,
 * null and undefined as no value, and anything else as no value with one warning; nothing here
 * calls a string method on a value that may not be a string. On top of that, `sound` takes true and
 * false (on and off, as its attribute values), and `started` a Date or epoch milliseconds.
 */

export interface TimerSettings {
  /** Session length in minutes, 5 to 20. */
  readonly minutes: number;
  readonly mode: Mode;
  /** When the spasm started (epoch ms), if the site said. */
  readonly started: number | null;
  readonly sound: boolean;
}

/** The public properties the settings come from, as set. */
export interface TimerProperties {
  readonly duration: unknown;
  readonly mode: unknown;
  readonly started: unknown;
  readonly sound: unknown;
}

/** The time a Date holds (NaN for an invalid one), or undefined for anything that is not a Date. */
function timeOfDate(value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    // Works for a Date of any frame, and throws for anything else (even an object that calls itself a Date).
    return Date.prototype.getTime.call(value as Date);
  } catch {
    return undefined;
  }
}

/**
 * When the spasm started, from `started`: an ISO date-time text, epoch milliseconds or a Date. An
 * unusable value gives null (not known) with one warning.
 */
export function readStarted(host: Element, value: unknown): number | null {
  const isObject = typeof value === 'object' && value !== null;
  if (isObject && timeOfDate(value) === undefined && Object.prototype.toString.call(value) === '[object Date]') {
    // An object that only calls itself a Date.
    warnAttribute(host, 'started', () => `<${host.localName}> started=${describe(value)} is not a date; using none.`);
    return null;
  }
  // A Date (of any frame), epoch milliseconds or text.
  return readDateTime(host, 'started', value);
}

/** The settings, with one warning for each unusable value; `now` tells a start in the future. */
export function readSettings(host: Element, properties: TimerProperties, now: number): TimerSettings {
  const minutes = readInteger(host, 'duration', properties.duration, {
    min: MIN_SESSION_MINUTES,
    max: MAX_SESSION_MINUTES,
    fallback: DEFAULT_SESSION_MINUTES,
  });
  const mode = readEnum(host, 'mode', properties.mode, modes, 'auto');
  // true and false mean on and off, as the attribute's values do.
  const sound = typeof properties.sound === 'boolean' ? (properties.sound ? 'on' : 'off') : properties.sound;
  const soundOn = readEnum(host, 'sound', sound, ['on', 'off'] as const, 'on') === 'on';
  const started = readStarted(host, properties.started);
  if (started !== null && started > now) {
    warnOnce(
      `attr:started:future:${started}`,
      `<${host.localName}> started=${describe(properties.started)} is in the future; using the current time.`,
      host,
    );
  }
  return { minutes, mode, started, sound: soundOn };
}
