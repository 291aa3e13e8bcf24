/** Registers every element of the library. */
export * from './red-flag-checker/index.js';
export * from './ice-heat-timer/index.js';
export * from './prevention-checklist/index.js';
export { VERSION } from './internal/version.js';
