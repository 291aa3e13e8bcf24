// How every cdn/ bundle is made, in one place, so the build and the size benchmark's baseline are
// bundled exactly alike.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './minify-templates.mjs';
import { sharedLitPolicy } from './shared-lit-policy.mjs';

/**
 * The plugins of a cdn/ bundle: Lit's production build inlined (its Trusted Types policy shared by
 * every bundle on the page), templates squeezed, minified.
 */
export const cdnPlugins = () => [
  nodeResolve({ exportConditions: ['production'] }),
  sharedLitPolicy(),
  minifyTemplates(),
  terser({ ecma: 2021, format: { comments: false }, compress: { passes: 2 } }),
];

/** Rollup's warnings for a cdn/ bundle, without the one TypeScript's decorator helper causes. */
export const onwarn = (warning, warn) => {
  // The helper reads `this` at module level, where it is undefined on purpose.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

/**
 * Rollup options for one self-contained, minified bundle: `input` with everything it imports,
 * written to `${outDir}/${name}.js` with a source map.
 */
export function cdnBundle(name, input, { outDir = 'cdn', format = 'es' } = {}) {
  return {
    input,
    output: { file: `${outDir}/${name}.js`, format, sourcemap: true },
    plugins: cdnPlugins(),
    onwarn,
  };
}
