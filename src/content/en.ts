import { checker } from './en/checker.js';
import { checklist } from './en/checklist.js';
import { timer } from './en/timer.js';
import type { LocaleContent } from './types.js';

/** English content: the reference locale. */
export const en: LocaleContent = { lang: 'en', checker, timer, checklist };
