import { checker } from './es/checker.js';
import { checklist } from './es/checklist.js';
import { timer } from './es/timer.js';
import type { LocaleContent } from './types.js';

/** Spanish content. */
export const es: LocaleContent = { lang: 'es', checker, timer, checklist };
