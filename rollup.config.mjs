import { cdnBundle } from './scripts/bundle-options.mjs';

// One self-contained bundle per entry: a site pastes one script tag and needs nothing else.
const entries = {
  'back-spasm-widgets': 'dist/index.js',
  'red-flag-checker': 'dist/red-flag-checker/index.js',
  'ice-heat-timer': 'dist/ice-heat-timer/index.js',
  'prevention-checklist': 'dist/prevention-checklist/index.js',
  // Language packs: small scripts that add a language to whichever widgets are on the page.
  'locales/es': 'dist/locales/es.js',
  'locales/fr': 'dist/locales/fr.js',
};

export default [
  ...Object.entries(entries).map(([name, input]) => cdnBundle(name, input)),
  // A classic (non-module) script for page builders that strip type="module" from script tags.
  cdnBundle('back-spasm-widgets.classic', entries['back-spasm-widgets'], { format: 'iife' }),
  cdnBundle('locales/es.classic', entries['locales/es'], { format: 'iife' }),
  cdnBundle('locales/fr.classic', entries['locales/fr'], { format: 'iife' }),
];
