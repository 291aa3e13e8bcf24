import { attributeText } from './attributes.js';
import { isElement, parentAcrossShadow } from './dom.js';
import { attributeSettled, describe, warnAttribute } from './warn.js';

/*
 * The visitor's region (CLINICAL.md, "Numbers"): the site's `region` attribute when it is a country
 * code; else the region of the nearest language tag that names one, from the widget up through its
 * ancestors (across shadow roots) to <html>, so a widget with lang="es" on an en-GB page is in GB;
 * else none. It chooses the emergency number, the urgent line and the medicine's name.
 */

const countries = new Map<string, string | null>();
let names: Intl.DisplayNames | null | undefined;

/** English region names, to tell a country's code from an unassigned one; null where Intl has none. */
function regionNames(): Intl.DisplayNames | null {
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    } catch {
      names = null;
    }
  }
  return names;
}

/**
 * The country an ISO 3166-1 alpha-2 code names, upper-cased and with old codes replaced as Intl
 * does ("gb" and "UK" give "GB", in every engine); null for anything else: not two letters, a code no country has
 * ("XX"), an area that is not a country ("EU", "UN", "ZZ") or a code kept for private use.
 */
export function countryCode(text: string): string | null {
  let code = countries.get(text);
  if (code === undefined) {
    code = null;
    if (/^[a-z]{2}$/i.test(text)) {
      try {
        code = (Intl.getCanonicalLocales(`und-${text}`)[0] ?? '').slice(4) || null;
        // WebKit keeps "UK" as it is (Chromium and Firefox give "GB"): the one old code a site
        // owner is likely to write is replaced here, so every engine finds the same number.
        if (code === 'UK') code = 'GB';
        if (code && /^(?:AA|Q[M-Z]|X[A-JL-Z]|ZZ|EU|EZ|UN)$/.test(code)) code = null;
        // Where Intl can name regions, a code it cannot name is no country's.
        const known = regionNames();
        if (code && known && known.of(code) === undefined) code = null;
      } catch {
        code = null;
      }
    }
    // Codes come from the page, which may change them endlessly: the cache stays small.
    if (countries.size >= 200) countries.clear();
    countries.set(text, code);
  }
  return code;
}

const tagCountries = new Map<string, string | null>();

/**
 * The country a language tag names ("en-GB" and "en_gb" give "GB", "sr-Latn-RS" gives "RS"); null
 * when it names none: no region, a region that is not a country ("es-419"), or letters that only
 * follow an extension or private-use singleton ("en-u-ca-buddhist" is not Canada, "en-x-co" not
 * Colombia). A tag Intl rejects is read as written, up to its first singleton.
 */
export function tagCountry(tag: string): string | null {
  let code = tagCountries.get(tag);
  if (code === undefined) {
    let text = tag.trim().replace(/_/g, '-');
    try {
      text = Intl.getCanonicalLocales(text)[0] ?? text;
    } catch {
      // Not a tag Intl accepts ("zh-yue-HK", "en-GB-{{variant}}"): read its subtags as they are.
    }
    code = null;
    const parts = text.split('-');
    // A tag that starts with a singleton ("x-gb", "i-klingon") names no language, nor any region.
    if ((parts[0] ?? '').length < 2) parts.length = 0;
    // After the language: an extended language (3 letters), a script (4), then the region (2
    // letters, or 3 digits for an area); variants are longer, and a singleton starts an extension.
    for (const part of parts.slice(1)) {
      if (part.length <= 1) break;
      if (/^[a-z]{2}$/i.test(part)) {
        code = countryCode(part);
        break;
      }
      if (/^\d{3}$/.test(part) || part.length > 4) break;
    }
    if (tagCountries.size >= 200) tagCountries.clear();
    tagCountries.set(tag, code);
  }
  return code;
}

/**
 * The country of the nearest language tag that names one, from `host` up through its ancestors
 * (across shadow roots) to <html>; null if none does. One walk up: each element's own lang.
 */
function tagRegion(host: Element): string | null {
  for (let node: Node | null = host; node; node = parentAcrossShadow(node)) {
    // The host itself is read even where nodes carry no nodeType (a server renderer's DOM shim).
    const element = node === host ? host : isElement(node) ? node : null;
    const lang = element?.getAttribute('lang');
    if (lang == null || lang.trim() === '') continue;
    const code = tagCountry(lang);
    if (code) return code;
  }
  return null;
}

/**
 * The visitor's region for a widget: its `region` attribute (`attribute`, an ISO 3166-1 alpha-2
 * code such as "GB", in any case; or the property, whatever a framework set) when valid; else the
 * region of the nearest language tag that names a country, from the widget up through its
 * ancestors and shadow hosts to <html>; else null. An invalid `region` is reported once per
 * element (until a valid one arrives) and then ignored.
 */
export function regionFor(host: Element, attribute: unknown): string | null {
  const raw = attributeText(attribute);
  const text = typeof raw === 'string' ? raw.trim() : '';
  const own = text ? countryCode(text) : null;
  if (own || raw === null || (typeof raw === 'string' && !text)) {
    attributeSettled(host, 'region');
    return own ?? tagRegion(host);
  }
  const fallback = tagRegion(host);
  warnAttribute(
    host,
    'region',
    () =>
      `<${host.localName || 'element'}> region=${describe(attribute)} is not a country code (two letters, ISO 3166-1, such as "GB" or "US"); using ${fallback ? `${fallback}, from the language tags` : 'none'}.`,
  );
  return fallback;
}
