// The template minifier of the cdn/ build: it must shrink templates without changing what they render.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseAst } from 'rollup/parseAst';
import { minifyTemplates } from '../../scripts/minify-templates.mjs';

/** Runs the plugin on `code` as if it were a module of dist/. */
function minify(code) {
  const result = minifyTemplates().transform.call({ parse: (source) => parseAst(source) }, code, '/p/dist/x.js');
  return result ? result.code : code;
}

test('finds templates written with or without a space after the tag (TypeScript writes html `...`)', () => {
  assert.equal(minify('html `<p>\n    a\n</p>`;'), 'html `<p>\na\n</p>`;');
  assert.notEqual(minify('css`p {\n  color: red;\n}`;'), 'css`p {\n  color: red;\n}`;');
});

test('moves line breaks between tags into the tags, so they make no text nodes', () => {
  assert.equal(minify('html`<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>`;'), 'html`<ul\n><li>a</li\n><li>b</li\n></ul>`;');
  // Before the first tag and after the last of a template.
  assert.equal(minify('html`\n  <li>a</li>\n`;'), 'html`<li\n>a</li\n>`;');
  // Beside a binding, only where the tag next to it is a block.
  assert.equal(minify('html`<div>\n  ${a}\n</div>`;'), 'html`<div\n>${a}</div\n>`;');
  assert.equal(minify('html`<label>\n  ${a}\n</label>`;'), 'html`<label>\n${a}\n</label>`;');
});

test('keeps spaces that are text: on one line, between bindings, and around inline tags', () => {
  assert.equal(minify('html`<b>a</b> <i>b</i>`;'), 'html`<b>a</b> <i>b</i>`;');
  assert.equal(minify('html`<p>${a}\n  ${b}</p>`;'), 'html`<p>${a}\n${b}</p>`;');
  assert.equal(minify('html`<span>x</span>\n  ${a}`;'), 'html`<span>x</span>\n${a}`;');
  // A comment's end is not a tag's.
  assert.equal(minify('html`<!-- c -->\n<p>x</p>`;'), 'html`<!-- c -->\n<p>x</p>`;');
});
