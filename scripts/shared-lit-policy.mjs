// A Rollup plugin that lets every copy of Lit in our bundles share one Trusted Types policy.
//
// Lit creates a Trusted Types policy named "lit-html" when its module runs. Under
// `require-trusted-types-for 'script'; trusted-types lit-html`, a second policy of that name is
// refused, so a page with two of our bundles (two one-widget bundles, the module and the classic
// script, or one bundle pasted twice) would lose every widget of the second. This rewrites that one
// call so the first copy's policy is kept on globalThis under a registered symbol and reused by the
// others; when the page refuses the policy altogether, the reason is logged once as a warning
// instead of stopping the bundle. The build fails if Lit's code no longer has the expected call,
// so a Lit upgrade cannot silently undo this.

const LIT_HTML = /[\\/]lit-html[\\/](?:development[\\/])?lit-html\.js$/;
// Lit's production and development builds: `X.createPolicy("lit-html", { createHTML: (s) => s })`.
const CALL = /([\w$]+)\.createPolicy\(\s*(["'])lit-html\2\s*,\s*\{\s*createHTML:\s*\(?([\w$]+)\)?\s*=>\s*\3\s*,?\s*\}\s*\)/;

const shared = (trustedTypes, policy) =>
  `((t) => { const k = Symbol.for("back-spasm-widgets.lit-html-policy"); try { return globalThis[k] ??= ${trustedTypes}.createPolicy("lit-html", ${policy}); } catch (e) { console.warn("[back-spasm-widgets] The page's Trusted Types policy does not allow the policy named \\"lit-html\\" that the widgets need; add \\"trusted-types lit-html 'allow-duplicates'\\" to the page's Content-Security-Policy. " + e); } })()`;

export function sharedLitPolicy() {
  return {
    name: 'shared-lit-policy',
    transform(code, id) {
      if (!LIT_HTML.test(id)) return null;
      const match = CALL.exec(code);
      if (!match) this.error(`Lit's Trusted Types policy call was not found in ${id}; update scripts/shared-lit-policy.mjs.`);
      const [call, trustedTypes, , argument] = match;
      const replaced = shared(trustedTypes, `{ createHTML: (${argument}) => ${argument} }`);
      return { code: code.slice(0, match.index) + replaced + code.slice(match.index + call.length), map: null };
    },
  };
}
