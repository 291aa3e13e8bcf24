import { datePartsOf, isRealDate } from './dates.js';
import { attributeSettled, describe, warnAttribute } from './warn.js';

/*
 * Attribute readers. Each takes the raw value (the attribute's text, or whatever a framework set as
 * the property) and returns a usable value. An absent or empty value quietly means "use the default";
 * any other invalid value logs one warning naming the element, the attribute and the value, then uses
 * the default. Further invalid values of the same attribute stay quiet until a valid one arrives, and
 * no value is kept after its warning.
 *
 * Frameworks such as React 19 and Vue set properties, not attributes, so a value may be any type:
 * numbers (finite), bigints and booleans are read as their text, as the attribute would give them
 * (duration={20} means duration="20"); null and undefined mean absent; anything else (arrays,
 * objects, functions, symbols) is not used, with the same one warning.
 */

function tagOf(host: Element): string {
  return host.localName || 'element';
}

function reject<T>(host: Element, name: string, raw: unknown, fallback: T, why: string, shown?: string): T {
  warnAttribute(host, name, () => {
    const using = shown ?? (fallback === null ? 'none' : describe(fallback));
    return `<${tagOf(host)}> ${name}=${describe(raw)} ${why}; using ${using}.`;
  });
  return fallback;
}

/** The value is usable (or absent): a later invalid value is reported again. */
function accept<T>(host: Element, name: string, value: T): T {
  attributeSettled(host, name);
  return value;
}

function isBlank(raw: string | null | undefined): raw is null | undefined | '' {
  return raw == null || raw.trim() === '';
}

const NOT_TEXT = Symbol('not text');

/** The text an attribute with this value would have; null when absent; NOT_TEXT for other types. */
export function attributeText(raw: unknown): string | null | typeof NOT_TEXT {
  if (raw == null) return null;
  if (typeof raw === 'string') return raw;
  if ((typeof raw === 'number' && Number.isFinite(raw)) || typeof raw === 'bigint' || typeof raw === 'boolean') {
    return String(raw);
  }
  return NOT_TEXT;
}

function kindOf(raw: unknown): string {
  if (Array.isArray(raw)) return 'a list';
  if (typeof raw === 'number') return 'not a finite number';
  return `a ${typeof raw === 'object' ? 'object' : typeof raw}`;
}

/**
 * The value as text, or null for "use the default" (absent, empty, or of a type no attribute has,
 * which is reported).
 */
function textOf(host: Element, name: string, raw: unknown): string | null {
  const text = attributeText(raw);
  if (text === NOT_TEXT) return reject(host, name, raw, null, `is ${kindOf(raw)}, not text`, 'the default');
  if (text == null || text.trim() === '') return accept(host, name, null);
  return text;
}

/** A value from a fixed list, compared case-insensitively and without surrounding spaces. */
export function readEnum<T extends string>(host: Element, name: string, raw: unknown, allowed: readonly T[], fallback: T): T {
  const text = textOf(host, name, raw);
  if (text == null) return fallback;
  const value = text.trim().toLowerCase();
  const match = allowed.find((option) => option === value);
  return match ? accept(host, name, match) : reject(host, name, raw, fallback, `is not one of ${allowed.join(', ')}`);
}

/** A whole number; out-of-range values are clamped (with a warning), others use the fallback. */
export function readInteger(
  host: Element,
  name: string,
  raw: unknown,
  { min, max, fallback }: { min: number; max: number; fallback: number },
): number {
  const text = textOf(host, name, raw);
  if (text == null) return fallback;
  const trimmed = text.trim();
  if (!/^[+-]?\d+(\.\d+)?$/.test(trimmed)) {
    return reject(host, name, raw, fallback, 'is not a number');
  }
  const value = Math.round(Number(trimmed));
  if (value < min) return reject(host, name, raw, min, `is below ${min}`);
  if (value > max) return reject(host, name, raw, max, `is above ${max}`);
  return accept(host, name, value);
}

/** Plain text for display; trimmed and length-limited so a huge value cannot swamp the layout. */
export function readText(host: Element, name: string, raw: unknown, fallback: string, maxLength = 120): string {
  const text = textOf(host, name, raw);
  if (text == null) return fallback;
  const value = text.trim().replace(/\s+/g, ' ');
  if (value.length > maxLength) {
    return reject(host, name, raw, `${value.slice(0, maxLength - 1)}…`, `is longer than ${maxLength} characters`);
  }
  return accept(host, name, value);
}

/**
 * A telephone number as people write it ("+1 604 555 0100", "(604) 555-0100", "999").
 * Returns the text to show and the tel: URL to dial, or null for the fallback.
 */
export interface PhoneNumber {
  display: string;
  href: string;
}

export function parsePhone(raw: string | null | undefined): PhoneNumber | null {
  if (isBlank(raw)) return null;
  const display = raw.trim();
  if (display.length > 32 || !/^\+?[\d\s().-]+$/.test(display)) return null;
  const digits = display.replace(/\D/g, '');
  if (digits.length < 2 || digits.length > 15) return null;
  return { display, href: `tel:${display.startsWith('+') ? '+' : ''}${digits}` };
}

export function readPhone(host: Element, name: string, raw: unknown, fallback: PhoneNumber | null): PhoneNumber | null {
  const text = textOf(host, name, raw);
  if (text == null) return fallback;
  const phone = parsePhone(text);
  if (phone) return accept(host, name, phone);
  return reject(host, name, raw, fallback, 'is not a phone number', fallback ? describe(fallback.display) : 'none');
}

/*
 * A web address typed without its scheme. Site owners often paste "www.clinic.example/book" or
 * "clinic.example/book"; resolved against the page, that would become a path on the page's own site
 * (https://their-site.example/www.clinic.example/book). So a value is read as "https://" + value,
 * with one warning, when its first part (everything before the first "/", "?" or "#"):
 *   - is two or more labels joined by dots, each of letters, digits and hyphens (not starting or
 *     ending with a hyphen), the last one being at least two letters or an "xn--" label: so
 *     "www.sunrise.example", "sunrise.example" and "clinic.co.uk" are host names;
 *   - may end with a port, ":" and 1 to 5 digits ("clinic.example:8443/book");
 *   - does not end in a web page's extension (.html, .htm, .xhtml, .shtml, .php, .asp, .aspx,
 *     .jsp, .cfm), so "book.html" and "book.php?id=2" stay pages on the page's own site.
 * Everything else is read as before: a value starting with "/", "./", "../", "?" or "#", or a plain
 * word such as "book", resolves against the page; "localhost" and IP addresses are not host names
 * here ("localhost:8080/x" reads as a scheme named "localhost" and is refused); a value with a
 * scheme is used only when the scheme is http: or https:.
 */
const HOST_NAME =
  /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+(?:\p{L}{2,63}|xn--[a-z\d-]+)(?::\d{1,5})?$/iu;
const PAGE_EXTENSION = /\.(?:html?|xhtml|shtml|php|aspx?|jsp|cfm)(?::\d{1,5})?$/i;

/**
 * The https address a value means when it starts with a host name but has no scheme, such as
 * "www.sunrise.example/book" (giving "https://www.sunrise.example/book"); null for anything else,
 * including paths, full addresses and values that are not addresses at all. The snippet builder
 * uses it too, so the page and the widget follow one rule.
 */
export function httpsAddressForHostName(raw: string | null | undefined): string | null {
  if (isBlank(raw)) return null;
  const value = raw.trim();
  const firstPart = value.split(/[/?#]/, 1)[0] as string;
  if (!HOST_NAME.test(firstPart) || PAGE_EXTENSION.test(firstPart)) return null;
  try {
    return new URL(`https://${value}`).href;
  } catch {
    return null;
  }
}

/**
 * An http(s) URL; relative URLs resolve against the page, and a value that starts with a host name
 * but no scheme is read as https (see above). Anything else (javascript:, data:) is refused.
 */
export function readHttpUrl(host: Element, name: string, raw: unknown): string | null {
  const text = textOf(host, name, raw);
  if (text == null) return null;
  const https = httpsAddressForHostName(text);
  if (https) {
    // Worth saying even though the address is used: said once, until a value that needs no note.
    warnAttribute(
      host,
      name,
      () => `<${tagOf(host)}> ${name}=${describe(text)} looks like a web address without https://; read as ${describe(https)}.`,
    );
    return https;
  }
  let url: URL;
  try {
    url = new URL(text.trim(), host.ownerDocument?.baseURI ?? undefined);
  } catch {
    return reject(host, name, raw, null, 'is not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return reject(host, name, raw, null, 'is not an http or https address');
  }
  return accept(host, name, url.href);
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** The time of a real Date, from any window; undefined for anything else (even one that says it is a Date). */
function dateTime(raw: unknown): number | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  try {
    return Date.prototype.getTime.call(raw);
  } catch {
    return undefined;
  }
}

/**
 * A date-time such as 2026-11-20T08:30 or 2026-11-20T08:30:00Z (local time when no zone is given);
 * returns epoch milliseconds. Dates that do not exist, such as 2026-02-30, are refused. A framework
 * may also pass a Date or epoch milliseconds.
 */
export function readDateTime(host: Element, name: string, raw: unknown): number | null {
  const given = dateTime(raw);
  if (given !== undefined) {
    return Number.isNaN(given) ? reject(host, name, raw, null, 'is an invalid date') : accept(host, name, given);
  }
  if (typeof raw === 'number' && Number.isFinite(raw)) return accept(host, name, raw);
  const text = textOf(host, name, raw);
  if (text == null) return null;
  const trimmed = text.trim();
  const parts = DATE_TIME.exec(trimmed);
  if (!parts) return reject(host, name, raw, null, 'is not an ISO date-time');
  if (!isRealDate(datePartsOf(parts))) return reject(host, name, raw, null, 'is not a real date');
  const time = Date.parse(trimmed);
  if (Number.isNaN(time)) return reject(host, name, raw, null, 'is not an ISO date-time');
  return accept(host, name, time);
}
