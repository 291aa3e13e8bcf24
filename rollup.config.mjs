import { cdnBundle, cdnModules, commonModules } from './scripts/bundle-options.mjs';

// The one-widget module files, built together: each carries its own code and imports what every
// widget uses (Lit and the library's shared code) from one chunk, shared-[hash].js, so a page with
// two or three of them loads Lit once.
const widgets = {
  'red-flag-checker': 'dist/red-flag-checker/index.js',
  'ice-heat-timer': 'dist/ice-heat-timer/index.js',
  'prevention-checklist': 'dist/prevention-checklist/index.js',
};
const all = 'dist/index.js';

// Self-contained scripts, each covered whole by its one integrity value: the all-in-one module
// file (the snippet's one line), the language packs (small scripts that add a language to whichever
// widgets are on the page), and a classic (non-module) script for page builders that strip
// type="module" from script tags.
const single = {
  'back-spasm-widgets': all,
  'locales/es': 'dist/locales/es.js',
  'locales/fr': 'dist/locales/fr.js',
};

export default async () => [
  cdnModules(widgets, await commonModules(Object.values(widgets))),
  ...Object.entries(single).map(([name, input]) => cdnBundle(name, input)),
  cdnBundle('back-spasm-widgets.classic', all, { format: 'iife' }),
  cdnBundle('locales/es.classic', single['locales/es'], { format: 'iife' }),
  cdnBundle('locales/fr.classic', single['locales/fr'], { format: 'iife' }),
];
