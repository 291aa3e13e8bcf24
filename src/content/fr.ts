import { checker } from './fr/checker.js';
import { checklist } from './fr/checklist.js';
import { timer } from './fr/timer.js';
import type { LocaleContent } from './types.js';

/** French content. */
export const fr: LocaleContent = { lang: 'fr', checker, timer, checklist };
