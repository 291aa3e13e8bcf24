// A Rollup plugin that removes the indentation and comments inside Lit's html`` and css``
// templates of our own modules. Newlines are kept, so line numbers (and source maps) stay right.
// HTML: every whitespace run becomes one space or the same newlines, which renders the same. A
// line break between two tags (or before a template's first tag, or after its last) is layout of the
// source, not text: it moves inside the tag (`<li\n>`), so it creates no text node to build or lay
// out. Spaces on one line are kept: between inline elements they are text.
// CSS: comments go, and whitespace around { } ; : , is dropped.

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

export function minifyTemplates({ include = /\/dist\// } = {}) {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!include.test(id) || !/\b(html|css|svg)\s*`/.test(code)) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !TAGS.has(node.tag.name)) return;
        const isCss = node.tag.name === 'css';
        const { quasis } = node.quasi;
        quasis.forEach((quasi, index) => {
          const raw = code.slice(quasi.start, quasi.end);
          let next = squeeze(raw, isCss);
          if (!isCss) next = foldTagBreaks(next, index === 0, index === quasis.length - 1);
          if (next !== raw) edits.push({ start: quasi.start, end: quasi.end, text: next });
        });
      });
      if (edits.length === 0) return null;
      let out = '';
      let last = 0;
      for (const edit of edits.sort((a, b) => a.start - b.start)) {
        out += code.slice(last, edit.start) + edit.text;
        last = edit.end;
      }
      out += code.slice(last);
      return { code: out, map: null };
    },
  };
}
