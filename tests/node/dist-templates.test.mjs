// dist/ (what npm users bundle) gets the same template squeezing as cdn/, and its source maps still
// point at the right place in src/.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseAst } from 'rollup/parseAst';
import { minifyTemplateCode } from '../../scripts/minify-templates.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const files = [
  'dist/red-flag-checker/red-flag-checker.js',
  'dist/red-flag-checker/result.js',
  'dist/ice-heat-timer/ice-heat-timer.js',
  'dist/prevention-checklist/prevention-checklist.js',
];
const read = (path) => readFileSync(`${root}${path}`, 'utf8');

/** Every html`` template of `code`: its literal parts, and the lines it spans (0-based). */
function htmlTemplates(code) {
  const out = [];
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'html') {
      const lineAt = (offset) => code.slice(0, offset).split('\n').length - 1;
      out.push({
        quasis: node.quasi.quasis.map((quasi) => code.slice(quasi.start, quasi.end)),
        lines: [lineAt(node.start), lineAt(node.end)],
      });
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value.type === 'string') visit(value);
    }
  };
  visit(parseAst(code));
  return out;
}

/** A tiny source map reader: absolute segments [column, source, line, column] per generated line. */
function decode(mappings) {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const state = [0, 0, 0, 0, 0];
  return mappings.split(';').map((line) => {
    state[0] = 0;
    return line === ''
      ? []
      : line.split(',').map((segment) => {
          const values = [];
          let value = 0;
          let shift = 0;
          for (const char of segment) {
            const digit = chars.indexOf(char);
            value += (digit & 31) << shift;
            if (digit & 32) {
              shift += 5;
            } else {
              values.push(value & 1 ? -(value >>> 1) : value >>> 1);
              value = 0;
              shift = 0;
            }
          }
          return values.map((delta, i) => (state[i] += delta));
        });
  });
}

test('dist/ templates are squeezed: no indentation, and running the cdn/ minifier again changes nothing', () => {
  for (const file of files) {
    const code = read(file);
    const quasis = htmlTemplates(code).flatMap((template) => template.quasis);
    assert.ok(quasis.length > 3, `${file} has templates`);
    for (const quasi of quasis) {
      assert.doesNotMatch(quasi, /\n[ \t]/, `${file}: a template line starts with indentation: ${JSON.stringify(quasi.slice(0, 80))}`);
      assert.doesNotMatch(quasi, /<[^<>]*>[ \t]*\n\s*</, `${file}: a line break between two tags: ${JSON.stringify(quasi.slice(0, 80))}`);
    }
    assert.equal(minifyTemplateCode(code), null, `${file} is already as small as the cdn/ build makes it`);
  }
});

test('dist/ source maps still map the tokens of squeezed templates to the same tokens in src/', () => {
  for (const file of files) {
    const text = read(file);
    const code = text.split('\n');
    const templateLines = new Set();
    for (const { lines } of htmlTemplates(text)) for (let line = lines[0]; line <= lines[1]; line += 1) templateLines.add(line);
    const mapFile = `${root}${file}.map`;
    const map = JSON.parse(readFileSync(mapFile, 'utf8'));
    assert.equal(map.sources.length, 1);
    const sourcePath = resolve(dirname(mapFile), map.sourceRoot ?? '', map.sources[0]);
    assert.match(sourcePath, /\/src\/.*\.ts$/);
    const source = readFileSync(sourcePath, 'utf8').split('\n');
    let checked = 0;
    for (const [line, segments] of decode(map.mappings).entries()) {
      if (!templateLines.has(line)) continue;
      for (const [column, , sourceLine, sourceColumn] of segments) {
        // Identifiers: every binding's expression is mapped token by token.
        const generated = /^[A-Za-z_$][\w$]*/.exec(code[line].slice(column))?.[0];
        if (!generated) continue;
        const original = source[sourceLine]?.slice(sourceColumn, sourceColumn + generated.length);
        checked += 1;
        assert.equal(original, generated, `${file}:${line + 1}:${column} maps to ${map.sources[0]}:${sourceLine + 1}:${sourceColumn + 1}`);
      }
    }
    assert.ok(checked > 30, `${file}: ${checked} tokens checked`);
  }
});

test('a known token inside a squeezed template maps to its place in the TypeScript source', () => {
  const file = 'dist/red-flag-checker/red-flag-checker.js';
  const code = read(file).split('\n');
  const line = code.findIndex((text) => /^>?\$\{headingTag\(this\.level, readText\(this, 'heading'/.test(text));
  assert.notEqual(line, -1);
  const column = code[line].indexOf('readText');
  const map = JSON.parse(read(`${file}.map`));
  const segment = decode(map.mappings)[line].find(([generated]) => generated === column);
  assert.ok(segment, 'readText has a mapping');
  const source = read('src/red-flag-checker/red-flag-checker.ts').split('\n');
  assert.equal(source[segment[2]].slice(segment[3], segment[3] + 'readText(this, \'heading\''.length), "readText(this, 'heading'");
  // The source line is indented, the dist line is not: the map follows the move.
  assert.ok(segment[3] > column);
});
