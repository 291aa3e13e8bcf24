// ESLint flat config. `npm run lint` (scripts/lint.mjs) runs it together with lit-analyzer.
// TypeScript files are linted with type information from tests/tsconfig.json (it covers src/ and
// tests/, so one program serves both); JavaScript files get the same rules without types.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

// Global names without the `globals` package (not installed): Node's own, read from this process,
// and the browser's, read from the DOM declarations TypeScript ships.
const nodeGlobals = Object.fromEntries(Object.getOwnPropertyNames(globalThis).map((name) => [name, 'readonly']));
const domLib = readFileSync(createRequire(import.meta.url).resolve('typescript/lib/lib.dom.d.ts'), 'utf8');
const browserGlobals = Object.fromEntries(
  [...domLib.matchAll(/^declare (?:var|function) (\w+)/gm)].map(([, name]) => [name, 'readonly']),
);

export default defineConfig([
  globalIgnores(['dist/', 'cdn/', 'coverage/', 'node_modules/', 'demo/*/', 'custom-elements.json']),

  {
    name: 'project/files',
    files: ['**/*.{ts,js,mjs,cjs}'],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  js.configs.recommended,
  tseslint.configs.recommended,

  // Type-aware rules for TypeScript only: JavaScript files are not in a tsconfig program.
  {
    name: 'project/typescript-type-checked',
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeCheckedOnly],
    languageOptions: {
      parserOptions: {
        project: ['./tests/tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // @open-wc/semantic-dom-diff types chai's `equal` as returning a Promise (for its async
      // `.dom.equal`), so every plain `expect(x).to.equal(y)` would be a "floating promise".
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'chai', name: 'Equal' }] },
      ],
    },
  },

  // Lit templates and custom elements: everywhere templates or elements are written.
  {
    name: 'project/lit-and-wc',
    files: ['src/**/*.ts', 'tests/**/*.{ts,js}', 'demo/*.js', 'bench/**/*.{js,mjs}'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice']],
    // eslint-plugin-wc's own detection of LitElement calls `require.resolve` from an ES module,
    // which throws and is swallowed, so the base classes are named here.
    settings: { wc: { elementBaseClasses: ['LitElement', 'BswElement'] } },
    rules: {
      // LitElement implements every lifecycle callback and requires the super call, so a guard
      // (`super.connectedCallback?.()`) would only hide a broken base class.
      'wc/guard-super-call': 'off',
    },
  },

  {
    name: 'project/lit-event-bindings',
    files: ['src/*-*/*.ts'],
    rules: {
      // Lit calls a listener bound in a template (@click=${this.onClick}) with `this` set to the host.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    name: 'project/tests',
    files: ['tests/**'],
    rules: {
      // chai's property assertions (`expect(x).to.exist`) are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },

  // Browser code: the library, its tests and fixtures, the demo page and the benchmark element.
  {
    name: 'project/browser-globals',
    files: ['src/**', 'tests/**/*.{ts,js}', 'demo/*.js', 'bench/baseline/**'],
    languageOptions: { globals: browserGlobals },
  },

  // Node code: scripts, config files, Node tests and the benchmark driver (whose page.evaluate()
  // callbacks run in the browser, hence browser globals too).
  {
    name: 'project/node-globals',
    files: ['scripts/**', 'tests/node/**', '*.{js,mjs,cjs}', 'bench/*.mjs'],
    languageOptions: { globals: nodeGlobals },
  },
  {
    name: 'project/bench-driver',
    files: ['bench/*.mjs'],
    languageOptions: { globals: browserGlobals },
  },
  {
    name: 'project/commonjs',
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly', __dirname: 'readonly' } },
  },
]);
