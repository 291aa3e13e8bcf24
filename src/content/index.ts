/*
 * Shared, typed content: wording per locale, the triage policy, and the sources.
 * No DOM and no Lit, so it can be used anywhere, including Node.
 */
import { en } from './en.js';
import type { LocaleContent } from './types.js';

export { en };
export * from './types.js';
export { sources, sourceKeys, type Source } from './sources.js';
export {
  levelOrder,
  stepOrder,
  questionPolicy,
  combinationPolicy,
  type QuestionPolicy,
  type CombinationPolicy,
} from './policy.js';

/** Every locale the widgets can show, by language subtag. */
export const locales = { en } satisfies Record<string, LocaleContent>;
export type Locale = keyof typeof locales;

/** Fills {placeholders} in a content string; unknown placeholders are left as they are. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}
