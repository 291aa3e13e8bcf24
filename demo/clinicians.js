// "For clinicians": the clinical review sheet of <red-flag-checker>, drawn as plain HTML tables
// from the built content module. The document is the one docs/clinical-policy.md is written from
// (scripts/clinical-sheet.mjs). Every piece of text goes in as a text node, never as markup.
import * as content from '../dist/content/index.js';
import { clinicalDocument } from '../scripts/clinical-sheet.mjs';

/** An element with its children: strings and numbers become text nodes; null is left out. */
function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Text with ids marked `like this`, as text nodes and <code> elements. */
function rich(text) {
  return String(text)
    .split(/`([^`]+)`/)
    .map((part, index) => (index % 2 === 1 ? el('code', {}, part) : part))
    .filter((part) => part !== '');
}

function cell(value) {
  if (value && typeof value === 'object' && 'sources' in value) {
    return el('ul', { class: 'sources' }, value.sources.map((s) => el('li', {}, el('code', {}, s.key), ' ', s.title)));
  }
  if (value && typeof value === 'object' && 'items' in value) {
    return el('ul', { class: 'options' }, value.items.map((item) => el('li', {}, rich(item))));
  }
  return rich(value);
}

function block(b) {
  switch (b.type) {
    case 'paragraph':
      return el('p', {}, rich(b.text));
    case 'list':
      return el('ul', {}, b.items.map((item) => el('li', {}, rich(item))));
    case 'quote':
      return el('blockquote', {}, el('p', {}, rich(b.text)));
    case 'table':
      return el(
        'div',
        { class: 'table-wrap' },
        el(
          'table',
          {},
          el('caption', { class: 'visually-hidden' }, b.label),
          el('thead', {}, el('tr', {}, b.head.map((h) => el('th', { scope: 'col' }, rich(h))))),
          el(
            'tbody',
            {},
            b.rows.map((row) =>
              el('tr', {}, row.map((value, index) => el(index === b.rowHeader ? 'th' : 'td', index === b.rowHeader ? { scope: 'row' } : {}, cell(value)))),
            ),
          ),
        ),
      );
    default:
      throw new Error(`unknown block ${b.type}`);
  }
}

const status = document.getElementById('sheet-status');
document.getElementById('print').addEventListener('click', () => window.print());
try {
  const doc = clinicalDocument(content);
  document.getElementById('policy-version').textContent = doc.policyVersion;
  const sheet = document.getElementById('sheet');
  sheet.append(el('section', { 'aria-label': 'About this sheet' }, doc.intro.map(block)));
  doc.sections.forEach((section, index) => {
    const id = `sheet-section-${index + 1}`;
    sheet.append(el('section', { 'aria-labelledby': id }, el('h2', { id }, rich(section.title)), section.blocks.map(block)));
  });
  status.hidden = true;
  document.body.dataset.ready = 'true';
} catch (error) {
  status.textContent = `The sheet could not be drawn: ${error.message}`;
  throw error;
}
