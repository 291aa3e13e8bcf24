// Removes the indentation and comments inside Lit's html`` and css`` templates of our own modules,
// for dist/ (minifyDistTemplates, run on tsc's output, its source maps updated) and cdn/ (the
// Rollup plugin, which returns a source map of its own): the same edits for both. Newlines are kept,
// so only columns move, and every mapping follows its token.
// HTML: every whitespace run becomes one space or the same newlines, which renders the same. A
// line break between two tags (or before a template's first tag, or after its last) is layout of the
// source, not text: it moves inside the tag (`<li\n>`), so it creates no text node to build or lay
// out. Spaces on one line are kept: between inline elements they are text.
// CSS: comments go, and whitespace around { } ; : , is dropped.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAst } from 'rollup/parseAst';

const TAGS = new Set(['html', 'css', 'svg']);

// Elements that are blocks by default: a line break right inside or around one is never text.
const BLOCK = 'address|article|aside|blockquote|details|dialog|div|dl|dd|dt|fieldset|figure|footer|form|h[1-6]|header|legend|li|main|nav|ol|p|section|table|tbody|thead|tfoot|tr|td|th|ul';
const BREAK_AFTER_BLOCK_TAG = new RegExp(`(<\\/?(?:${BLOCK})(?:\\s[^<>]*)?)>(\\s*\\n\\s*)$`);
const BREAK_BEFORE_BLOCK_TAG = new RegExp(`^(\\s*\\n\\s*)<(\\/?(?:${BLOCK}))(?=[\\s/>])`);

/**
 * Moves line breaks that only lay out the source into the tags next to them: `</li>\n<li>` becomes
 * `</li\n><li>`. Between two tags, before a template's first tag and after its last, a break is
 * layout; next to a binding it is kept unless the tag beside it is a block, where it collapses anyway.
 */
function foldTagBreaks(text, first, last) {
  let out = text.replace(/([^-])>(\s*\n\s*)</g, '$1$2><');
  out = first ? out.replace(/^(\s*\n\s*)<([a-zA-Z][^\s/>]*)/, '<$2$1') : out.replace(BREAK_BEFORE_BLOCK_TAG, '<$2$1');
  out = last ? out.replace(/([^-])>(\s*\n\s*)$/, '$1$2>') : out.replace(BREAK_AFTER_BLOCK_TAG, '$1$2>');
  return out;
}

function squeeze(text, isCss) {
  let out = text;
  if (isCss) {
    out = out.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''));
  }
  out = out.replace(/\s+/g, (run) => (run.includes('\n') ? '\n'.repeat(run.split('\n').length - 1) : ' '));
  if (isCss) {
    out = out.replace(/ ?([{};,]) ?/g, '$1').replace(/: /g, ':');
  }
  return out;
}

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) value.forEach((child) => walk(child, visit));
    else if (value && typeof value.type === 'string') walk(value, visit);
  }
}

/** The edits that squeeze every template of `code` (sorted, not overlapping), given its AST. */
export function templateEdits(code, ast) {
  const edits = [];
  walk(ast, (node) => {
    if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !TAGS.has(node.tag.name)) return;
    const isCss = node.tag.name === 'css';
    const { quasis } = node.quasi;
    quasis.forEach((quasi, index) => {
      const raw = code.slice(quasi.start, quasi.end);
      // Until nothing changes (a break moved into a tag can leave a space to squeeze), so a second
      // run, as cdn/ makes on dist/, changes nothing.
      let next = raw;
      let previous;
      do {
        previous = next;
        next = squeeze(previous, isCss);
        if (!isCss) next = foldTagBreaks(next, index === 0, index === quasis.length - 1);
      } while (next !== previous);
      if (next !== raw) edits.push({ start: quasi.start, end: quasi.end, text: next });
    });
  });
  return edits.sort((a, b) => a.start - b.start);
}

function applyEdits(code, edits) {
  let out = '';
  let last = 0;
  for (const edit of edits) {
    out += code.slice(last, edit.start) + edit.text;
    last = edit.end;
  }
  return out + code.slice(last);
}

const lineStarts = (text) => {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
};

/** Offset of the start of line `n` (0-based) of `text`, and that line's length. */
function lineOf(text, n) {
  let start = 0;
  for (let i = 0; i < n; i += 1) start = text.indexOf('\n', start) + 1;
  const end = text.indexOf('\n', start);
  return { start, length: (end === -1 ? text.length : end) - start };
}

/**
 * Where an offset of the old code lands in the new (`forward`), or of the new in the old. Outside
 * an edit, code only shifts. Inside one, the position keeps its line of the template and its column,
 * up to that line's end.
 */
function translate(offset, edits, forward) {
  let delta = 0;
  for (const edit of edits) {
    const start = forward ? edit.start : edit.start + delta;
    const length = forward ? edit.end - edit.start : edit.text.length;
    if (offset < start) break;
    if (offset < start + length) return (forward ? edit.start + delta : edit.start) + inside(offset - start, edit, forward);
    delta += edit.text.length - (edit.end - edit.start);
  }
  return forward ? offset + delta : offset - delta;
}

function inside(relative, edit, forward) {
  // edit.raw is the template's text before the edit.
  const [fromText, toText] = forward ? [edit.raw, edit.text] : [edit.text, edit.raw];
  const before = fromText.slice(0, relative);
  const line = before.split('\n').length - 1;
  const column = relative - (before.lastIndexOf('\n') + 1);
  const target = lineOf(toText, line);
  return target.start + Math.min(column, target.length);
}

/**
 * Squeezes the templates of `code`. Returns null when nothing changes, else the new code and the
 * functions that move a position (0-based line and column) from the old code to the new (`forward`)
 * and back (`backward`).
 */
export function minifyTemplateCode(code, parse = parseAst) {
  if (!/\b(html|css|svg)\s*`/.test(code)) return null;
  const edits = templateEdits(code, parse(code));
  if (edits.length === 0) return null;
  for (const edit of edits) edit.raw = code.slice(edit.start, edit.end);
  const out = applyEdits(code, edits);
  const oldLines = lineStarts(code);
  const newLines = lineStarts(out);
  const move = (fromLines, toLines, forward) => (line, column) => {
    const offset = translate(fromLines[line] + column, edits, forward);
    // Newlines are kept, so the line never changes.
    return [line, offset - toLines[line]];
  };
  return { code: out, forward: move(oldLines, newLines, true), backward: move(newLines, oldLines, false) };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A source map's `mappings`, as absolute segments per generated line: [column, source, line, column, name]. */
export function decodeMappings(mappings) {
  const state = [0, 0, 0, 0, 0];
  return mappings.split(';').map((line) => {
    state[0] = 0;
    if (line === '') return [];
    return line.split(',').map((segment) => {
      const values = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      return values.map((v, i) => (state[i] += v));
    });
  });
}

export function encodeMappings(lines) {
  const state = [0, 0, 0, 0, 0];
  const vlq = (number) => {
    let value = number < 0 ? (-number << 1) | 1 : number << 1;
    let out = '';
    do {
      let digit = value & 31;
      value >>>= 5;
      if (value > 0) digit |= 32;
      out += BASE64[digit];
    } while (value > 0);
    return out;
  };
  return lines
    .map((segments) => {
      state[0] = 0;
      return segments
        .map((segment) =>
          segment
            .map((value, i) => {
              const encoded = vlq(value - state[i]);
              state[i] = value;
              return encoded;
            })
            .join(''),
        )
        .join(',');
    })
    .join(';');
}

/**
 * A source map from the squeezed code back to the code before: a segment at every token of the
 * new code (so a later map's segments all find theirs) and at every line start.
 */
function backMap(result, id) {
  const lines = result.code.split('\n').map((text, line) => {
    const segments = [];
    const token = /[\w$]+|\S/g;
    let match;
    let previous = -1;
    const add = (column) => {
      if (column === previous) return;
      previous = column;
      const [oldLine, oldColumn] = result.backward(line, column);
      segments.push([column, 0, oldLine, oldColumn]);
    };
    add(0);
    while ((match = token.exec(text))) add(match.index);
    return segments;
  });
  return { version: 3, sources: [id], names: [], mappings: encodeMappings(lines) };
}

export function minifyTemplates({ include = /\/dist\// } = {}) {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!include.test(id)) return null;
      const result = minifyTemplateCode(code, (source) => this.parse(source));
      return result ? { code: result.code, map: backMap(result, id) } : null;
    },
  };
}

/**
 * Squeezes the templates of every .js file under `dir` (tsc's output), in place, and moves the
 * generated positions of its .js.map to match, so the map still points at the same source tokens.
 */
export function minifyDistTemplates(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const file = join(entry.parentPath ?? entry.path, entry.name);
    const result = minifyTemplateCode(readFileSync(file, 'utf8'));
    if (!result) continue;
    writeFileSync(file, result.code);
    let map;
    try {
      map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
    } catch {
      continue;
    }
    const lines = decodeMappings(map.mappings).map((segments, line) =>
      segments.map(([column, ...rest]) => [result.forward(line, column)[1], ...rest]),
    );
    map.mappings = encodeMappings(lines);
    writeFileSync(`${file}.map`, JSON.stringify(map));
  }
}
