/*
 * A site's own checklist items, written as markup inside the element. This module only sees plain
 * strings (each child's id and text), so it stays DOM-free: the element reads the children.
 */

/** A site's own item as written in the markup: its id (if any) and its text. */
export interface CustomItemSource {
  readonly id: string | null;
  readonly text: string;
}

export interface CustomItem {
  readonly id: string;
  readonly label: string;
}

/** At most this many of a site's own items are shown. */
export const MAX_CUSTOM_ITEMS = 12;
/** Longer labels are cut to this many characters. */
export const MAX_LABEL_LENGTH = 120;
const MAX_ID_LENGTH = 48;

const USABLE_ID = /^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u;

/** An id made from an item's text: "Book your next visit!" gives "book-your-next-visit". */
export function idFromText(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_ID_LENGTH)
    .replace(/-+$/, '');
  return slug === '' ? 'item' : slug;
}

/**
 * Turns a site's items into checklist items with unique, stable ids. Ids that are missing or
 * unusable are made from the text; ids already taken (by a built-in habit or an earlier item) get a
 * number. Returns the items and one message for each problem a site owner should fix.
 */
export function readCustomItems(
  sources: readonly CustomItemSource[],
  takenIds: readonly string[],
): { items: CustomItem[]; problems: string[] } {
  const taken = new Set(takenIds);
  const items: CustomItem[] = [];
  const problems: string[] = [];
  for (const source of sources) {
    const label = source.text.replace(/\s+/g, ' ').trim();
    if (label === '') {
      problems.push('an item has no text and is not shown');
      continue;
    }
    if (items.length === MAX_CUSTOM_ITEMS) {
      problems.push(`only the first ${MAX_CUSTOM_ITEMS} of your own items are shown`);
      break;
    }
    const shown = label.length > MAX_LABEL_LENGTH ? `${label.slice(0, MAX_LABEL_LENGTH - 1)}…` : label;
    if (shown !== label) {
      problems.push(`the item "${label.slice(0, 40)}…" is longer than ${MAX_LABEL_LENGTH} characters and is cut short`);
    }
    const given = source.id?.trim() ?? '';
    let base: string;
    if (given === '') {
      base = idFromText(label);
    } else if (given.length <= MAX_ID_LENGTH && USABLE_ID.test(given)) {
      base = given;
    } else {
      base = idFromText(label);
      problems.push(`the item id "${given.slice(0, 60)}" is not usable (letters, digits, - and _ only); using "${base}"`);
    }
    let id = base;
    for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
    if (id !== base && given !== '') problems.push(`the item id "${base}" is already used; using "${id}"`);
    taken.add(id);
    items.push({ id, label: shown });
  }
  return { items, problems };
}
