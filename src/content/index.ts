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

export { fill } from './fill.js';
export { registerContent, registeredLanguages, CONTENT_EVENT, type Section } from './registry.js';
