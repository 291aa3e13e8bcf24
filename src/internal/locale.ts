import { conform, registeredLanguages, registeredSection, type Section } from '../content/registry.js';
import type { LocaleContent } from '../content/types.js';
import { isElement, parentAcrossShadow } from './dom.js';
import { attributeSettled, describe, warnAttribute, warnOnce } from './warn.js';

/** The nearest language tag: the element's own lang, else the nearest ancestor's, across shadow roots. */
export function nearestLang(host: Element): string {
  let node: Node | null = host;
  while (node) {
    // The host itself is read even where nodes carry no nodeType (a server renderer's DOM shim).
    const element = node === host ? host : isElement(node) ? node : null;
    if (element) {
      const lang = element.getAttribute('lang');
      if (lang != null && lang.trim() !== '') return lang.trim();
    }
    node = parentAcrossShadow(node);
  }
  return 'en';
}

/** The primary language subtag, lower-cased: "es-MX" gives "es". */
export function baseLanguage(tag: string): string {
  return (tag.toLowerCase().split(/[-_]/)[0] ?? '').trim();
}

const canonicalTags = new Map<string, string | null>();

/**
 * A tag as Intl writes it ("en_gb" gives "en-GB"; an underscore is read as a hyphen, as everywhere
 * here), or null when Intl rejects it ("{{lang}}", "C.UTF-8", "x-default").
 */
function canonicalTag(tag: string): string | null {
  let value = canonicalTags.get(tag);
  if (value === undefined) {
    try {
      value = Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0] ?? null;
    } catch {
      value = null;
    }
    // Tags come from the page, which may change them endlessly: the cache stays small.
    if (canonicalTags.size >= 200) canonicalTags.clear();
    canonicalTags.set(tag, value);
  }
  return value;
}

/**
 * The element's language tag in a form every Intl date, number and plural format accepts: its
 * nearest `lang` ("en-GB"). A tag Intl rejects gives its primary language when Intl accepts that
 * ("es-{{region}}" gives "es"), else English, with one warning per element until its tag is valid again.
 */
export function intlLocale(host: Element, tag: string = nearestLang(host)): string {
  const canonical = canonicalTag(tag);
  if (canonical) {
    attributeSettled(host, 'lang');
    return canonical;
  }
  if (!canonicalTag('en')) {
    // Not the tag: Intl itself is missing or broken. The tag's language, if it looks like one.
    intlBroken();
    const language = baseLanguage(tag);
    return /^[a-z]{2,3}$/.test(language) ? language : 'en';
  }
  const fallback = canonicalTag(baseLanguage(tag)) ?? 'en';
  // Like an attribute's: once per element until a valid tag, and the tag is not kept.
  warnAttribute(
    host,
    'lang',
    () =>
      `<${host.localName}> has lang ${describe(tag)}, which is not a valid language tag (such as "en" or "es-MX"); using ${fallback === 'en' ? 'English' : describe(fallback)}.`,
  );
  return fallback;
}

const checked = new WeakMap<object, unknown>();

/** The language packs the library ships (src/locales), by primary language subtag. */
export const languagePacks: readonly string[] = ['es', 'fr'];

/** Per element, the language its content was last given in by localeSection (primary subtag). */
const shownIn = new WeakMap<Element, string>();

/**
 * The language (primary subtag) an element's content is shown in, as localeSection last gave it:
 * "en" for English, built in or shown in place of a language whose pack is missing.
 */
export function shownLanguage(host: Element): string {
  return shownIn.get(host) ?? 'en';
}

/** A language's English name ("de" gives "German"), or null where none is known. */
function languageName(lang: string): string | null {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(lang);
    return name && name.toLowerCase() !== lang.toLowerCase() ? name : null;
  } catch {
    return null;
  }
}

/** A language for a warning: German ("de"), or "xx" where it has no English name. */
const named = (lang: string): string => {
  const name = languageName(lang);
  return name ? `${name} (${describe(lang)})` : describe(lang);
};

/**
 * The one warning of a page (per language, whichever bundles are on it) about a language shown in
 * English, written for the site's staff: what they see, why, and what to do.
 */
function warnMissingLanguage(host: Element, tag: string, lang: string): void {
  const name = languageName(lang);
  const widgets = `widgets whose lang is ${name ?? describe(lang)} (such as <${host.localName}>, lang=${describe(tag)})`;
  if (languagePacks.includes(lang)) {
    warnOnce(
      `lang:${lang}`,
      `The ${name ?? describe(lang)} language pack is not on the page, so ${widgets} show English. ` +
        `To show them in ${name ?? describe(lang)}, add the "${lang}" language pack: the file locales/${lang}.js from the same folder as the widgets' script ` +
        `(locales/${lang}.classic.js with the classic script), or import 'back-spasm-widgets/locales/${lang}'.`,
    );
    return;
  }
  const available = ['en', ...languagePacks].map(named);
  warnOnce(
    `lang:${lang}`,
    `There is no ${named(lang)} language pack, so ${widgets} show English, marked as English for screen readers. ` +
      `The widgets come in ${available.slice(0, -1).join(', ')} and ${available.at(-1) ?? ''}.`,
  );
}

/**
 * One section of content for an element, in its language ("es-MX" uses "es"). English is built in;
 * other languages come from language packs. A missing language, or a pack with missing entries,
 * gives English (for those entries) and one warning per page. Records the language shown (see
 * shownLanguage).
 */
export function localeSection<K extends Section>(host: Element, section: K, english: LocaleContent[K]): LocaleContent[K] {
  const tag = nearestLang(host);
  const lang = baseLanguage(intlLocale(host, tag));
  if (lang === 'en' || lang === '') {
    shownIn.set(host, 'en');
    return english;
  }
  const candidate = registeredSection(lang, section);
  if (!candidate || typeof candidate !== 'object') {
    shownIn.set(host, 'en');
    // A language pack may load after the widgets: only warn once the page has finished loading.
    if (typeof document !== 'undefined' && document.readyState !== 'complete') return english;
    if (registeredLanguages().includes(lang)) {
      // A pack is on the page without this widget's text (a pack of another release, or a site's own).
      warnOnce(
        `content:${lang}:${section}`,
        `The "${lang}" language pack on the page has no text for <${host.localName}>, so it shows English. Use the language pack of the same release as the widgets.`,
      );
    } else {
      warnMissingLanguage(host, tag, lang);
    }
    return english;
  }
  shownIn.set(host, lang);
  const cached = checked.get(candidate);
  if (cached) return cached as LocaleContent[K];
  const { value, missing } = conform(english, candidate);
  if (missing.length > 0) {
    warnOnce(
      `content:${lang}:${section}`,
      `The "${lang}" content for ${section} is incomplete (${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ', ...' : ''}); using English there.`,
    );
  }
  checked.set(candidate, value);
  return value;
}

const PLAIN_TAG = /^([a-z]{2,3})(?:-([A-Z]{2}|\d{3}))?$/;

/**
 * The language and region of a tag that is a language with an optional region, as
 * Intl.getCanonicalLocales writes it ("en", "en-GB", "es-419"); null for anything else (a script,
 * a variant or an extension). For the tables of tags whose dates and times the content writes.
 */
export function plainTag(locale: string): { readonly language: string; readonly region: string | undefined } | null {
  const match = PLAIN_TAG.exec(locale);
  return match ? { language: match[1] ?? '', region: match[2] } : null;
}

/** Whether `region` is one of the space-separated regions in `list` ("US CA PH"). */
export const listsRegion = (list: string, region: string): boolean => ` ${list} `.includes(` ${region} `);

/** The region of a language tag ("en-GB" gives "GB"), if it names one. */
export function regionOf(tag: string): string | null {
  const region = tag.split(/[-_]/).slice(1).find((part) => /^[A-Za-z]{2}$|^\d{3}$/.test(part));
  return region ? region.toUpperCase() : null;
}

/** The one warning of a page whose Intl (dates, plurals, language tags) is missing or broken. */
const intlBroken = (): void =>
  warnOnce('intl', "This browser's Intl (its date and language support) is missing or broken, so the widgets show dates plainly, in English.");

/**
 * What stands in for Intl where it is missing or broken: dates as the Date object writes them, and
 * English plurals.
 */
const plainIntl = {
  date: (options: Intl.DateTimeFormatOptions) => ({
    format: (time?: number | Date) => {
      const date = new Date(time ?? Date.now());
      try {
        return date.toLocaleString('en', options);
      } catch {
        return date.toString();
      }
    },
  }),
  plural: () => ({ select: (count: number) => (count === 1 ? 'one' : 'other') }),
};

const formats = new Map<string, Intl.DateTimeFormat | Intl.PluralRules>();

/**
 * A shared Intl formatter (building one costs far more than using it, and every widget on a page
 * asks for the same few). A tag Intl rejects gives English, which still tells the date or count.
 */
function cachedIntl<T extends Intl.DateTimeFormat | Intl.PluralRules>(
  kind: 'date' | 'plural',
  locale: string,
  options: object,
  make: (locale: string) => T,
): T {
  // Not JSON.stringify: a page may have replaced it, or given Object.prototype a toJSON.
  const key = `${kind}|${locale}|${Object.entries(options).join('|')}`;
  let value = formats.get(key) as T | undefined;
  if (!value) {
    try {
      value = make(locale);
    } catch {
      try {
        value = make('en');
      } catch {
        intlBroken();
        value = plainIntl[kind](options) as unknown as T;
      }
    }
    formats.set(key, value);
  }
  return value;
}

/** A cached `Intl.DateTimeFormat` for `locale` (English when Intl rejects the tag). */
export const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cachedIntl('date', locale, options, (tag) => new Intl.DateTimeFormat(tag, options));

/** Cached `Intl.PluralRules` for `locale` (English when Intl rejects the tag). */
export const pluralRules = (locale: string): Intl.PluralRules =>
  cachedIntl('plural', locale, {}, (tag) => new Intl.PluralRules(tag));
