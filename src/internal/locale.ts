import { locales, type Locale } from '../content/index.js';
import type { LocaleContent } from '../content/types.js';
import { describe, warnOnce } from './warn.js';

/** The nearest language tag: the element's own lang, else the nearest ancestor's, across shadow roots. */
export function nearestLang(host: Element): string {
  let node: Node | null = host;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang != null && lang.trim() !== '') return lang.trim();
      node = node.parentNode ?? (node.getRootNode() as ShadowRoot).host ?? null;
    } else if (node instanceof ShadowRoot) {
      node = node.host;
    } else {
      node = node.parentNode;
    }
  }
  return 'en';
}

/**
 * The content for an element: its language ("es-MX" falls back to "es"), else English with one warning.
 */
export function contentFor(host: Element): LocaleContent {
  const tag = nearestLang(host);
  const base = tag.toLowerCase().split(/[-_]/)[0] ?? '';
  if (base in locales) return locales[base as Locale];
  warnOnce(`lang:${tag}`, `<${host.localName}> has no content in language ${describe(tag)}; using English.`, host);
  return locales.en;
}

/** The region of a language tag ("en-GB" gives "GB"), if it names one. */
export function regionOf(tag: string): string | null {
  const parts = tag.split(/[-_]/);
  const region = parts.slice(1).find((part) => /^[A-Za-z]{2}$|^\d{3}$/.test(part));
  return region ? region.toUpperCase() : null;
}
