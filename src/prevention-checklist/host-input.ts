/*
 * What a site gives the checklist besides plain attributes: a `categories` value set as a property
 * (frameworks such as React 19 and Vue set properties, not attributes, so any value can arrive), and
 * the text of its own items written as child elements.
 */
import { attributeText } from '../internal/attributes.js';
import { attributeSettled, describe, warnAttribute } from '../internal/warn.js';
import { categoryIds, parseCategories, type ChecklistCategoryId } from '../prevention/index.js';

/**
 * The `categories` value as the comma-separated text of the attribute, or null for "all". Text is
 * used as it is; an array of category ids means the same as those ids joined with commas
 * (`['posture', 'smoking']` is "posture,smoking"); numbers, bigints and booleans, alone or in an
 * array, are read as their text; null and undefined mean "not set". Anything else (an object, a
 * function, a symbol) is ignored, as are such items of an array, with one warning until a usable
 * value is set.
 */
export function readCategoryList(host: Element, raw: unknown): string | null {
  const items = Array.isArray(raw) ? (raw as unknown[]) : [raw];
  const parts: string[] = [];
  let ignored = false;
  for (const item of items) {
    const text = attributeText(item);
    if (typeof text === 'string') parts.push(text);
    else if (text !== null) ignored = true;
  }
  if (ignored) {
    warnAttribute(
      host,
      'categories',
      () =>
        `<${host.localName}> categories=${describe(raw)} ${Array.isArray(raw) ? 'has items that are' : 'is'} not category ids; ` +
        `${parts.length > 0 ? 'they are ignored' : 'showing all categories'}.`,
    );
  } else {
    attributeSettled(host, 'categories');
  }
  return Array.isArray(raw) || parts.length > 0 ? parts.join(',') : null;
}

/** The warning slot for unknown category ids, apart from the one for values that are not text. */
const CATEGORY_IDS = 'categories ids';

/**
 * The categories to show for a `categories` value (see readCategoryList): the known ids in the
 * standard order, or every category when it names none that is known. Unknown ids are ignored with
 * one warning naming them; further values with unknown ids (a script trying a thousand, or a value
 * typed one character at a time) stay quiet until a value without any arrives.
 */
export function readCategories(host: Element, raw: unknown): readonly ChecklistCategoryId[] {
  const text = readCategoryList(host, raw);
  const { shown, unknown, noneKnown } = parseCategories(text);
  if (unknown.length === 0) {
    attributeSettled(host, CATEGORY_IDS);
  } else {
    warnAttribute(host, CATEGORY_IDS, () => {
      const known = `(known: ${categoryIds.join(', ')})`;
      const what = noneKnown
        ? `names no known category ${known}; showing all categories`
        : `has unknown ${unknown.map((id) => describe(id)).join(', ')}; ignored ${known}`;
      return `<${host.localName}> categories=${describe(text)} ${what}.`;
    });
  }
  return shown;
}

/** Children whose text a reader never sees. */
const UNSEEN = new Set(['script', 'style', 'template', 'noscript']);
/** Elements that start a line of their own, so their text never runs into the text around them. */
const OWN_LINE = new Set([
  'br',
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'section',
  'article',
  'tr',
  'td',
  'th',
]);
/** Deeper markup than this is not read (a site's item is a line of text, not a document). */
const MAX_DEPTH = 32;

/** Whether an element is hidden from readers by what it is or by its own attributes. */
function isUnseen(element: Element): boolean {
  return (
    UNSEEN.has(element.localName) ||
    element.hasAttribute('hidden') ||
    (element.getAttribute('aria-hidden') ?? '').trim().toLowerCase() === 'true'
  );
}

/**
 * The text a reader sees in an element: its text, in order, leaving out script, style, template and
 * noscript elements, and elements with the `hidden` attribute or aria-hidden="true" (with everything
 * inside them). A line break or a block element counts as a space.
 */
export function readableText(element: Element, depth = 0): string {
  let text = '';
  for (const node of element.childNodes) {
    if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE) {
      text += (node as CharacterData).data;
    } else if (node.nodeType === Node.ELEMENT_NODE && depth < MAX_DEPTH) {
      const child = node as Element;
      if (isUnseen(child)) continue;
      const space = OWN_LINE.has(child.localName) ? ' ' : '';
      text += `${space}${readableText(child, depth + 1)}${space}`;
    }
  }
  return text;
}
