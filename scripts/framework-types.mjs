// Writes the framework and editor types from custom-elements.json (see the README's "TypeScript,
// JSX and editors"), with the maintained generators:
//   dist/types/react.d.ts     React 19 JSX IntrinsicElements (@wc-toolkit/jsx-types)
//   dist/types/preact.d.ts    Preact JSX IntrinsicElements (@wc-toolkit/jsx-types)
//   dist/types/vue.d.ts       Vue GlobalComponents (custom-element-vuejs-integration)
//   dist/types/svelte.d.ts    Svelte elements (custom-element-svelte-integration)
//   vscode.html-custom-data.json   VS Code html.customData (custom-element-vs-code-integration)
//   web-types.json            JetBrains web-types (custom-element-jet-brains-integration)
// Attribute and property types come from the manifest (the unions each element accepts); event
// detail types and element classes are imported from the published dist/ modules.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateSvelteTypes } from 'custom-element-svelte-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

const root = fileURLToPath(new URL('..', import.meta.url));
const typesDir = `${root}dist/types`;
const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
const copy = () => structuredClone(manifest);

const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((declaration) => ({ module, declaration })),
);

/** The import path of a module of dist/, from dist/types/. */
const fromTypes = (modulePath) => posix.relative('dist/types', modulePath);

/** `CustomEvent<Detail>` → `Detail`. */
const detailOf = (type) => /^CustomEvent<(.+)>$/.exec(type ?? '')?.[1]?.trim();

/** `import type { Element, Details… }` from each element's published module. */
const classImports = (withClass) =>
  elements
    .map(({ module, declaration }) => {
      const names = [
        ...(withClass ? [declaration.name] : []),
        ...new Set((declaration.events ?? []).map((event) => detailOf(event.type?.text)).filter((name) => /^[A-Z][\w$]*$/.test(name ?? ''))),
      ];
      return names.length ? `import type { ${names.join(', ')} } from '${fromTypes(module.path)}';` : '';
    })
    .filter(Boolean)
    .join('\n');

const header = (what) =>
  `// ${what} for back-spasm-widgets, generated from custom-elements.json by scripts/framework-types.mjs.\n`;

/** Each custom element declaration of a manifest. */
const declarationsOf = (source) => source.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.customElement);

/** For JSX: `lang` (an attribute of every element, no Lit field) is also its property. */
const forJsx = () => {
  const result = copy();
  for (const declaration of declarationsOf(result)) {
    for (const attribute of declaration.attributes ?? []) attribute.fieldName ??= attribute.name;
  }
  return result;
};

/**
 * For the Vue and Svelte generators: each event's type is its detail's (they wrap it in
 * CustomEvent), each attribute takes what its property takes (both frameworks set the property
 * when the element has one), and read-only properties are left out (they cannot be bound).
 */
const forTemplates = () => {
  const result = copy();
  for (const declaration of declarationsOf(result)) {
    for (const event of declaration.events ?? []) {
      const detail = detailOf(event.type?.text);
      if (detail) event.type = { text: detail };
    }
    declaration.members = declaration.members?.filter((member) => !member.readonly && !member.static);
    for (const attribute of declaration.attributes ?? []) {
      const field = declaration.members?.find((member) => member.kind === 'field' && member.name === attribute.fieldName);
      if (field?.type) attribute.type = { ...field.type };
    }
  }
  return result;
};

/** Removes `declare module 'name' { … }` / `declare global { … }` blocks that `keep` rejects. */
function keepAmbientBlocks(source, keep) {
  const pattern = /^\s*declare (?:module\s+(['"])([^'"]+)\1|global)\s*\{/gm;
  let result = '';
  let last = 0;
  let match;
  while ((match = pattern.exec(source))) {
    let depth = 0;
    let end = match.index + match[0].length - 1;
    for (; end < source.length; end += 1) {
      if (source[end] === '{') depth += 1;
      else if (source[end] === '}' && --depth === 0) break;
    }
    const name = match[2] ?? 'global';
    result += source.slice(last, match.index);
    if (keep(name)) result += source.slice(match.index, end + 1);
    last = end + 1;
    pattern.lastIndex = last;
  }
  return result + source.slice(last);
}

const scratch = mkdtempSync(join(tmpdir(), 'bsw-framework-types-'));
try {
  mkdirSync(typesDir, { recursive: true });

  // React 19 and Preact: one generation, two files, each augmenting only its own JSX namespace
  // and typing `ref` with that framework's Ref (so `ref={useRef(null)}` type-checks).
  generateJsxTypes(forJsx(), {
    outdir: scratch,
    fileName: 'jsx.d.ts',
    useCemTypes: true,
    stronglyTypedEvents: true,
    componentTypePath: (_name, _tag, modulePath) => fromTypes(modulePath),
  });
  const jsx = readFileSync(join(scratch, 'jsx.d.ts'), 'utf8');
  const refLine = /^(\s*)ref\?:.*$/m;
  if (!refLine.test(jsx)) throw new Error('framework-types: the JSX types have no `ref` prop to type');
  for (const [framework, modules] of [
    ['react', ['react']],
    ['preact', ['preact']],
  ]) {
    const source = keepAmbientBlocks(jsx, (name) => modules.includes(name)).replace(
      refLine,
      `$1ref?: import('${framework}').Ref<T> | undefined;`,
    );
    writeFileSync(`${typesDir}/${framework}.d.ts`, header(`${framework === 'react' ? 'React 19' : 'Preact'} JSX types`) + source);
  }

  // Vue 3: GlobalComponents, with the manifest's types; only the `vue` augmentation is kept, as a
  // global JSX namespace would clash with React's in a project that has both.
  generateVuejsTypes(forTemplates(), { outdir: scratch, fileName: 'vue.d.ts', hideLogs: true });
  // Vue normalises `heading-level` to `headingLevel` and `@red-flag-result` to `onRedFlagResult`,
  // so the props are declared under those names.
  const camel = (text) => text.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
  const vue = keepAmbientBlocks(readFileSync(join(scratch, 'vue.d.ts'), 'utf8'), (name) => name === 'vue')
    .replace(/^(\s*)"on([a-z][\w-]*)"\?:/gm, (_, space, event) => `${space}on${camel(event).replace(/^\w/, (c) => c.toUpperCase())}?:`)
    .replace(/^(\s*)"([a-z][\w]*(?:-[\w]+)+)"\?:/gm, (_, space, name) => `${space}${camel(name)}?:`);
  writeFileSync(`${typesDir}/vue.d.ts`, `${header('Vue 3 types')}${classImports(false)}\n${vue}`);

  // Svelte: the elements' props and events for svelte/elements.
  generateSvelteTypes(forTemplates(), { outdir: scratch, fileName: 'svelte.d.ts', hideLogs: true });
  // The file imports the detail types, so it is a module: its svelteHTML namespace is declared
  // global, and the JSX namespace (React's, not Svelte's) is not referred to.
  const svelte = readFileSync(join(scratch, 'svelte.d.ts'), 'utf8')
    .replace(/^declare namespace svelteHTML \{([\s\S]*?)^\}/m, 'declare global {\n  namespace svelteHTML {$1  }\n}')
    .replace(/children\?: JSX\.Element;/, 'children?: unknown;')
    .replace(/style\?: JSX\.CSSProperties;/, 'style?: string;');
  if (/\bJSX\./.test(svelte) || !svelte.includes('declare global')) throw new Error('framework-types: unexpected Svelte types');
  writeFileSync(`${typesDir}/svelte.d.ts`, `${header('Svelte types')}${classImports(false)}\n${svelte}`);

  // Editors: VS Code's html.customData and JetBrains' web-types, at the package root.
  generateVsCodeCustomElementData(copy(), { outdir: root, htmlFileName: 'vscode.html-custom-data.json', cssFileName: null, hideLogs: true });
  generateJetBrainsWebTypes(copy(), { outdir: root, webTypesFileName: 'web-types.json', packageJson: false, hideLogs: true });
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
