import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/minify-templates.mjs';

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

const plugins = () => [
  nodeResolve({ exportConditions: ['production'] }),
  minifyTemplates(),
  terser({ ecma: 2021, format: { comments: false }, compress: { passes: 2 } }),
];

const onwarn = (warning, warn) => {
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

export default [
  ...Object.entries(entries).map(([name, input]) => ({
    input,
    output: { file: `cdn/${name}.js`, format: 'es', sourcemap: true },
    plugins: plugins(),
    onwarn,
  })),
  // A classic (non-module) script for page builders that strip type="module" from script tags.
  {
    input: entries['back-spasm-widgets'],
    output: { file: 'cdn/back-spasm-widgets.classic.js', format: 'iife', sourcemap: true },
    plugins: plugins(),
    onwarn,
  },
];

