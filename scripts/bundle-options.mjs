// How every cdn/ bundle is made, in one place, so the build and the size benchmark's baseline are
// bundled exactly alike.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { rollup } from 'rollup';
import { minifyTemplates } from './minify-templates.mjs';
import { sharedLitPolicy } from './shared-lit-policy.mjs';

/**
 * The first line of every cdn/ file: V8's explicit compile hint. With it, Chromium compiles every
 * function of the file as the file arrives, off the main thread, instead of each one at its first
 * call; the widgets call most of theirs in their first render, so that render's task is shorter.
 * Other engines read it as a comment.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * The plugins of a cdn/ bundle: Lit's production build inlined (its Trusted Types policy shared by
 * every bundle on the page), templates squeezed, minified, the compile hint first (terser's
 * preamble, which the source map allows for).
 */
export const cdnPlugins = () => [
  nodeResolve({ exportConditions: ['production'] }),
  sharedLitPolicy(),
  minifyTemplates(),
  terser({ ecma: 2021, format: { comments: false, preamble: COMPILE_HINT }, compress: { passes: 2 } }),
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
 * The modules every one of `widgetEntries` reaches (Lit and the library's shared code), found by a
 * first pass over their import graphs. What all of them reach also reaches only such modules, so
 * the set is closed under imports.
 */
export async function commonModules(widgetEntries) {
  const ids = widgetEntries.map((entry) => resolve(entry));
  const graph = new Map();
  const built = await rollup({
    input: ids,
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      {
        name: 'graph',
        buildEnd() {
          for (const id of this.getModuleIds()) graph.set(id, this.getModuleInfo(id)?.importedIds ?? []);
        },
      },
    ],
    onwarn: () => {},
  });
  await built.close();
  const reachedBy = (entry) => {
    const seen = new Set();
    const stack = [entry];
    while (stack.length > 0) {
      const id = stack.pop();
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(...(graph.get(id) ?? []));
    }
    return seen;
  };
  const [first, ...others] = ids.map(reachedBy);
  return new Set([...first].filter((id) => others.every((set) => set.has(id))));
}

const COPY = /\?in=([\w-]+)$/;

/**
 * Gives every entry its own copy of each module that is not `common`: a module is loaded under an id
 * that names the entry (`?in=<entry>`), so Rollup keeps it in that entry's file instead of moving it
 * to a chunk that entries share. Only the common modules are shared (see `cdnModules`).
 */
function copiesPerEntry(entries, common) {
  const names = new Map(Object.entries(entries).map(([name, input]) => [resolve(input), name]));
  return {
    name: 'copies-per-entry',
    async resolveId(source, importer, options) {
      const tag = importer ? COPY.exec(importer)?.[1] : undefined;
      if (!options.isEntry && !tag) return null;
      const resolved = await this.resolve(source, importer?.replace(COPY, ''), { ...options, skipSelf: true });
      if (!resolved || resolved.external || common.has(resolved.id)) return resolved;
      const name = options.isEntry ? names.get(resolved.id) : tag;
      return name ? { ...resolved, id: `${resolved.id}?in=${name}` } : resolved;
    },
    load(id) {
      const match = COPY.exec(id);
      return match ? readFileSync(id.replace(COPY, ''), 'utf8') : null;
    },
  };
}

/**
 * Rollup options for the module bundles, built together: each entry (`name` to input) is written
 * to `${outDir}/${name}.js` with everything it needs, except the modules `common` to all the
 * widgets (Lit, and the library's own shared code), which go to one chunk,
 * `${outDir}/shared-[hash].js`, that every entry imports: a page with several of these files
 * loads Lit once. (The hash changes with the chunk's content, so a cached copy never meets a newer
 * entry.)
 */
export function cdnModules(entries, common, { outDir = 'cdn' } = {}) {
  return {
    input: entries,
    output: {
      dir: outDir,
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: '[name]-[hash].js',
      manualChunks: (id) => (common.has(id) ? 'shared' : undefined),
      // The copies' ids name their entry; their maps name the file.
      sourcemapPathTransform: (path) => path.replace(COPY, ''),
    },
    plugins: [copiesPerEntry(entries, common), ...cdnPlugins()],
    onwarn,
  };
}
