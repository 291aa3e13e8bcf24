import { describe, warnOnce } from './warn.js';

/*
 * Attribute readers. Each takes the raw attribute value (null when absent) and returns a usable
 * value. An absent or empty attribute quietly means "use the default"; any other invalid value
 * logs one warning naming the element, the attribute and the value, then uses the default.
 */

function tagOf(host: Element): string {
  return host.localName || 'element';
}

function reject<T>(host: Element, name: string, raw: string, fallback: T, why: string, shown?: string): T {
  const using = shown ?? (fallback === null ? 'none' : describe(fallback));
  warnOnce(`attr:${name}:${raw}`, `<${tagOf(host)}> ${name}=${describe(raw)} ${why}; using ${using}.`, host);
  return fallback;
}

function isBlank(raw: string | null | undefined): raw is null | undefined | '' {
  return raw == null || raw.trim() === '';
}

/** A value from a fixed list, compared case-insensitively. */
export function readEnum<T extends string>(
  host: Element,
  name: string,
  raw: string | null | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (isBlank(raw)) return fallback;
  const value = raw.trim().toLowerCase();
  const match = allowed.find((option) => option === value);
  return match ?? reject(host, name, raw, fallback, `is not one of ${allowed.join(', ')}`);
}

/** A whole number; out-of-range values are clamped (with a warning), others use the fallback. */
export function readInteger(
  host: Element,
  name: string,
  raw: string | null | undefined,
  { min, max, fallback }: { min: number; max: number; fallback: number },
): number {
  if (isBlank(raw)) return fallback;
  const trimmed = raw.trim();
  if (!/^[+-]?\d+(\.\d+)?$/.test(trimmed)) {
    return reject(host, name, raw, fallback, 'is not a number');
  }
  const value = Math.round(Number(trimmed));
  if (value < min) return reject(host, name, raw, min, `is below ${min}`);
  if (value > max) return reject(host, name, raw, max, `is above ${max}`);
  return value;
}

/** Plain text for display; trimmed and length-limited so a huge value cannot swamp the layout. */
export function readText(
  host: Element,
  name: string,
  raw: string | null | undefined,
  fallback: string,
  maxLength = 120,
): string {
  if (isBlank(raw)) return fallback;
  const value = raw.trim().replace(/\s+/g, ' ');
  if (value.length > maxLength) {
    return reject(host, name, raw, `${value.slice(0, maxLength - 1)}…`, `is longer than ${maxLength} characters`);
  }
  return value;
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

export function readPhone(
  host: Element,
  name: string,
  raw: string | null | undefined,
  fallback: PhoneNumber | null,
): PhoneNumber | null {
  if (isBlank(raw)) return fallback;
  const phone = parsePhone(raw);
  if (phone) return phone;
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
export function readHttpUrl(host: Element, name: string, raw: string | null | undefined): string | null {
  if (isBlank(raw)) return null;
  const https = httpsAddressForHostName(raw);
  if (https) {
    const message = `<${tagOf(host)}> ${name}=${describe(raw)} looks like a web address without https://; read as ${describe(https)}.`;
    warnOnce(`attr:${name}:${raw}`, message, host);
    return https;
  }
  let url: URL;
  try {
    url = new URL(raw.trim(), host.ownerDocument?.baseURI ?? undefined);
  } catch {
    return reject(host, name, raw, null, 'is not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return reject(host, name, raw, null, 'is not an http or https address');
  }
  return url.href;
}

/** A date-time such as 2026-11-20T08:30 or 2026-11-20T08:30:00Z; returns epoch milliseconds. */
export function readDateTime(host: Element, name: string, raw: string | null | undefined): number | null {
  if (isBlank(raw)) return null;
  const trimmed = raw.trim();
  const time = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(trimmed)
    ? Date.parse(trimmed)
    : Number.NaN;
  if (Number.isNaN(time)) return reject(host, name, raw, null, 'is not an ISO date-time');
  return time;
}
