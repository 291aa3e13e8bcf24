// A Rollup plugin that removes the indentation and comments inside Lit's html`` and css``
// templates of our own modules. Newlines are kept, so line numbers (and source maps) stay right.
// HTML: every whitespace run becomes one space or the same newlines, which renders the same.
// CSS: comments go, and whitespace around { } ; : , is dropped.

const TAGS = new Set(['html', 'css', 'svg']);

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
      if (!include.test(id) || !/\b(html|css|svg)`/.test(code)) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !TAGS.has(node.tag.name)) return;
        const isCss = node.tag.name === 'css';
        for (const quasi of node.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          const next = squeeze(raw, isCss);
          if (next !== raw) edits.push({ start: quasi.start, end: quasi.end, text: next });
        }
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
