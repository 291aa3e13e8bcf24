import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

// One self-contained bundle per entry: a site pastes one script tag and needs nothing else.
const entries = {
  'back-spasm-widgets': 'dist/index.js',
  'red-flag-checker': 'dist/red-flag-checker/index.js',
  'ice-heat-timer': 'dist/ice-heat-timer/index.js',
  'prevention-checklist': 'dist/prevention-checklist/index.js',
};

export default Object.entries(entries).map(([name, input]) => ({
  input,
  output: { file: `cdn/${name}.js`, format: 'es', sourcemap: true },
  plugins: [
    nodeResolve({ exportConditions: ['production'] }),
    terser({ ecma: 2021, module: true, format: { comments: false }, compress: { passes: 2 } }),
  ],
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
}));
