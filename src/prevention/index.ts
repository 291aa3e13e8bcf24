/*
 * The prevention checklist's logic: habits and their grouping, calendar days, today's ticks, the
 * streak and the 7-day history, and a site's own items. No DOM, no Lit, no storage.
 */
export * from './calendar.js';
export * from './habits.js';
export * from './state.js';
export * from './custom-items.js';
