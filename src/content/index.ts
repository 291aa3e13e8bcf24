/*
 * Shared, typed content: wording per locale, the triage policy, and the sources.
 * No DOM and no Lit, so it can be used anywhere, including Node.
 */
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import type { LocaleContent } from './types.js';

export { en, es, fr };
export * from './types.js';
export { sources, sourceKeys, type Source } from './sources.js';
export { emergencyNumberFor, DEFAULT_EMERGENCY_NUMBER } from './emergency-numbers.js';
export {
  policyVersion,
  levelOrder,
  sectionOrder,
  questionPolicy,
  combinationPolicy,
  nerveSigns,
  adviceIds,
  type QuestionPolicy,
  type CombinationPolicy,
} from './policy.js';

/** Every language the library has, by language subtag. English is built into the widgets; the others are language packs (`back-spasm-widgets/locales/es`). */
export const locales = { en, es, fr } satisfies Record<string, LocaleContent>;
export type Locale = keyof typeof locales;

export { fill } from './fill.js';
export { registerContent, registeredLanguages, CONTENT_EVENT, type Section } from './registry.js';
