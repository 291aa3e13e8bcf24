// Generates custom-elements.json from the elements' JSDoc (@attr, @prop, @fires, @csspart,
// @cssproperty) and their Lit properties. Editors, frameworks, the framework types
// (scripts/framework-types.mjs) and the README's API tables read it.

/** Declarations of each module. */
const declarationsOf = (manifest) => manifest.modules.flatMap((module) => module.declarations ?? []);

/**
 * Internal state (`{ state: true }` in `static properties`, always a private field) has no
 * attribute; the analyzer only knows that from decorators, so this drops what it infers.
 */
const noAttributesForPrivateState = {
  name: 'no-attributes-for-private-state',
  packageLinkPhase({ customElementsManifest }) {
    for (const declaration of declarationsOf(customElementsManifest)) {
      if (!declaration.attributes) continue;
      const isPrivate = (name) =>
        (declaration.members ?? []).some((member) => member.name === name && member.privacy === 'private');
      declaration.attributes = declaration.attributes.filter((attribute) => !isPrivate(attribute.fieldName));
    }
  },
};

/**
 * Each attribute's type, from its property's (`@prop {…}` in the element's JSDoc): what the
 * property takes as text. `null`, booleans, dates and arrays are property-only values; numbers
 * stay, as frameworks pass `heading-level={3}` and `duration={20}` as attributes too.
 */
const ATTRIBUTE_TYPES = {
  // The property also takes epoch milliseconds; the attribute is an ISO date-time only.
  started: 'string',
};
const attributeTypesFromProperties = {
  name: 'attribute-types-from-properties',
  packageLinkPhase({ customElementsManifest }) {
    const textOnly = (type) =>
      type
        .split('|')
        .map((part) => part.trim())
        .filter((part) => part && !['null', 'undefined', 'boolean', 'Date'].includes(part) && !part.endsWith('[]'))
        .join(' | ');
    for (const declaration of declarationsOf(customElementsManifest)) {
      for (const attribute of declaration.attributes ?? []) {
        const field = (declaration.members ?? []).find((member) => member.kind === 'field' && member.name === attribute.fieldName);
        if (ATTRIBUTE_TYPES[attribute.name]) attribute.type = { text: ATTRIBUTE_TYPES[attribute.name] };
        else if (field?.type?.text) attribute.type = { text: textOnly(field.type.text) || 'string' };
        else attribute.type ??= { text: 'string' };
      }
    }
  },
};

/** The shared base class and its helpers are internal: not in the package's public API. */
const isInternalModule = (path) => /^\/?src\/internal\/base\.(ts|js)$/.test(path ?? '');
const INTERNAL_MEMBERS = new Set(['bswVersion']);

/**
 * The public API only: each element carries what it inherits (its `theme`, its `lang`) as its
 * own, and the internal base class, its module and its constants are left out.
 */
const publicApiOnly = {
  name: 'public-api-only',
  packageLinkPhase({ customElementsManifest }) {
    customElementsManifest.modules = customElementsManifest.modules.filter((module) => !isInternalModule(module.path));
    for (const declaration of declarationsOf(customElementsManifest)) {
      if (isInternalModule(declaration.superclass?.module)) declaration.superclass = { name: 'LitElement', package: 'lit' };
      declaration.members = declaration.members?.filter((member) => !INTERNAL_MEMBERS.has(member.name));
      for (const list of [declaration.members, declaration.attributes, declaration.events]) {
        for (const item of list ?? []) {
          if (isInternalModule(item.inheritedFrom?.module)) delete item.inheritedFrom;
        }
      }
    }
  },
};

/**
 * Paths name the published JavaScript (`dist/…/*.js`), not the TypeScript sources, which are not
 * in the package.
 */
const publishedPaths = {
  name: 'published-paths',
  packageLinkPhase({ customElementsManifest }) {
    const toDist = (path) => path.replace(/^\/?src\/(.*)\.(ts|js)$/, 'dist/$1.js');
    const visit = (value) => {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) {
          if ((key === 'path' || key === 'module') && typeof child === 'string') value[key] = toDist(child);
          else visit(child);
        }
      }
    };
    visit(customElementsManifest.modules);
  },
};

export default {
  globs: ['src/red-flag-checker/red-flag-checker.ts', 'src/ice-heat-timer/ice-heat-timer.ts', 'src/prevention-checklist/prevention-checklist.ts', 'src/internal/base.ts'],
  outdir: '.',
  litelement: true,
  dev: false,
  plugins: [noAttributesForPrivateState, attributeTypesFromProperties, publicApiOnly, publishedPaths],
};
