import { cdnBundle, cdnModules, commonModules } from './scripts/bundle-options.mjs';

// The module bundles, built together: each one-widget file and the all-in-one file carry their own
// code and import what every widget uses (Lit and the library's shared code) from one chunk,
// shared-[hash].js, so a page loads Lit once whichever of them it uses.
const widgets = {
  'red-flag-checker': 'dist/red-flag-checker/index.js',
  'ice-heat-timer': 'dist/ice-heat-timer/index.js',
  'prevention-checklist': 'dist/prevention-checklist/index.js',
};
const modules = { 'back-spasm-widgets': 'dist/index.js', ...widgets };

// Self-contained scripts: the language packs (small scripts that add a language to whichever
// widgets are on the page), and a classic (non-module) script for page builders that strip
// type="module" from script tags, which carries everything.
const single = {
  'locales/es': 'dist/locales/es.js',
  'locales/fr': 'dist/locales/fr.js',
};

export default async () => [
  cdnModules(modules, await commonModules(Object.values(widgets))),
  ...Object.entries(single).map(([name, input]) => cdnBundle(name, input)),
  cdnBundle('back-spasm-widgets.classic', modules['back-spasm-widgets'], { format: 'iife' }),
  cdnBundle('locales/es.classic', single['locales/es'], { format: 'iife' }),
  cdnBundle('locales/fr.classic', single['locales/fr'], { format: 'iife' }),
];
