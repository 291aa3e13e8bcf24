// Generates custom-elements.json from the elements' JSDoc (@attr, @fires, @csspart, @cssproperty)
// and their Lit properties. Editors, frameworks and the README's API tables read it.

/**
 * Internal state (`{ state: true }` in `static properties`, always a private field) has no
 * attribute; the analyzer only knows that from decorators, so this drops what it infers.
 */
const noAttributesForPrivateState = {
  name: 'no-attributes-for-private-state',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.attributes) continue;
        const isPrivate = (name) =>
          (declaration.members ?? []).some((member) => member.name === name && member.privacy === 'private');
        declaration.attributes = declaration.attributes.filter((attribute) => !isPrivate(attribute.fieldName));
      }
    }
  },
};

export default {
  globs: ['src/red-flag-checker/red-flag-checker.ts', 'src/ice-heat-timer/ice-heat-timer.ts', 'src/prevention-checklist/prevention-checklist.ts', 'src/internal/base.ts'],
  outdir: '.',
  litelement: true,
  dev: false,
  plugins: [noAttributesForPrivateState],
};
