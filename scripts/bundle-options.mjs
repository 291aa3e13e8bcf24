// How every cdn/ bundle is made, in one place, so the build and the size benchmark's baseline are
// bundled exactly alike.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { resolve } from 'node:path';
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

/**
 * Rollup's `manualChunks` for the module bundles: every module two or more of the one-widget
 * entries reach (Lit, and the library's own shared code) goes to one chunk, `shared-[hash].js`,
 * which they all import; what only one widget reaches stays in that widget's file. A page with
 * two or three widgets, from whichever module bundles, then downloads and evaluates Lit once.
 */
export function sharedChunk(widgetEntries) {
  let reached;
  return (id, { getModuleInfo }) => {
    if (!reached) {
      reached = new Map();
      for (const entry of widgetEntries) {
        const seen = new Set();
        const stack = [entry];
        while (stack.length > 0) {
          const current = stack.pop();
          if (seen.has(current)) continue;
          seen.add(current);
          const info = getModuleInfo(current);
          if (info) stack.push(...info.importedIds, ...info.dynamicallyImportedIds);
        }
        for (const module of seen) reached.set(module, (reached.get(module) ?? 0) + 1);
      }
    }
    return (reached.get(id) ?? 0) >= 2 ? 'shared' : undefined;
  };
}

/**
 * Rollup options for the module bundles, built together: each entry (`name` to input) is written
 * to `${outDir}/${name}.js`, and the code the widget entries share to `${outDir}/shared-[hash].js`
 * (the hash changes with its content, so a cached copy never meets a newer entry).
 */
export function cdnModules(entries, widgetNames, { outDir = 'cdn' } = {}) {
  const widgetEntries = widgetNames.map((name) => resolve(entries[name]));
  return {
    input: entries,
    output: {
      dir: outDir,
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: '[name]-[hash].js',
      manualChunks: sharedChunk(widgetEntries),
    },
    plugins: cdnPlugins(),
    onwarn,
  };
}
