// Generates custom-elements.json from the elements' JSDoc (@attr, @fires, @csspart, @cssproperty)
// and their Lit properties. Editors, frameworks and the README's API tables read it.
export default {
  globs: ['src/red-flag-checker/red-flag-checker.ts', 'src/ice-heat-timer/ice-heat-timer.ts', 'src/prevention-checklist/prevention-checklist.ts', 'src/internal/base.ts'],
  outdir: '.',
  litelement: true,
  dev: false,
};
