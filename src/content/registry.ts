/*
 * Languages other than English arrive as language packs (cdn/locales/es.js, or
 * `import 'back-spasm-widgets/locales/es'`), so a page downloads only the languages it uses.
 * Packs register here. The registry lives on globalThis under a shared symbol, so a pack reaches
 * the widgets whichever bundle loaded them. No DOM: a plain event tells widgets to re-render.
 */
import type { LocaleContent } from './types.js';

export type Section = 'checker' | 'timer' | 'checklist';

const REGISTRY = Symbol.for('back-spasm-widgets.content');
/** Dispatched on globalThis when a language pack registers, so widgets already shown re-render. */
export const CONTENT_EVENT = 'back-spasm-widgets:content';

type Registry = Map<string, Partial<LocaleContent>>;

function registry(): Registry {
  const scope = globalThis as { [REGISTRY]?: Registry };
  return (scope[REGISTRY] ??= new Map<string, Partial<LocaleContent>>());
}

/** Registers (or extends) the content of a language, by its primary language subtag ("es"). */
export function registerContent(lang: string, content: Partial<LocaleContent>): void {
  const key = lang.toLowerCase();
  registry().set(key, { ...registry().get(key), ...content });
  if (typeof globalThis.dispatchEvent === 'function' && typeof Event === 'function') {
    globalThis.dispatchEvent(new Event(CONTENT_EVENT));
  }
}

/** The registered content of one section in one language, if any (unchecked: see localeSection). */
export function registeredSection<K extends Section>(lang: string, section: K): unknown {
  return registry().get(lang.toLowerCase())?.[section];
}

export function registeredLanguages(): string[] {
  return ['en', ...registry().keys()].filter((lang, index, all) => all.indexOf(lang) === index);
}

/**
 * Checks `candidate` against the English `reference`, key by key: anything missing or of another
 * type is taken from English. Returns the merged value and the paths that had to be filled.
 */
export function conform<T>(reference: T, candidate: unknown, path = ''): { value: T; missing: string[] } {
  if (typeof reference === 'string') {
    return typeof candidate === 'string' && candidate.trim() !== ''
      ? { value: candidate as T, missing: [] }
      : { value: reference, missing: [path] };
  }
  if (typeof reference === 'number') {
    return typeof candidate === 'number' && Number.isFinite(candidate)
      ? { value: candidate as T, missing: [] }
      : { value: reference, missing: [path] };
  }
  if (Array.isArray(reference)) {
    if (!Array.isArray(candidate) || candidate.length !== reference.length) return { value: reference, missing: [path] };
    const missing: string[] = [];
    const value = reference.map((item: unknown, index) => {
      const result = conform(item, candidate[index], `${path}[${index}]`);
      missing.push(...result.missing);
      return result.value;
    });
    return { value: value as T, missing };
  }
  if (reference && typeof reference === 'object') {
    if (!candidate || typeof candidate !== 'object') return { value: reference, missing: [path] };
    const missing: string[] = [];
    const value: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(reference)) {
      const result = conform(item, (candidate as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
      missing.push(...result.missing);
      value[key] = result.value;
    }
    return { value: value as T, missing };
  }
  return { value: reference, missing: [] };
}
