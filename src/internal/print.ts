import { isElement, parentAcrossShadow } from './dom.js';

/*
 * Printing one widget alone, without the host page: for the time of printing, the document adopts a
 * print stylesheet that hides everything but the widget and the elements that hold it, and the
 * widget is marked so its own print styles show only what it prints. A constructed stylesheet,
 * not a <style> element, so it works under a strict Content Security Policy.
 */

/** Set on the widget while it prints; its own styles choose what shows. */
export const PRINTING = 'data-bsw-printing';
/** Set on the widget and every element that holds it while it prints. */
const PATH = 'data-bsw-print-path';

const printRules = `@media print {
  [${PATH}] {
    display: block !important; position: static !important; float: none !important;
    margin: 0 !important; padding: 0 !important; border: 0 !important; box-shadow: none !important;
    width: auto !important; max-width: none !important; height: auto !important; min-height: 0 !important;
    overflow: visible !important; transform: none !important; background: none !important;
    columns: auto !important; content-visibility: visible !important;
  }
  body > :not([${PATH}]), [${PATH}] > :not([${PATH}]) { display: none !important; }
}`;

const sheets = new WeakMap<Document, CSSStyleSheet | null>();

/** The print stylesheet, made by the window of the widget's document (only it may adopt it). */
function printSheet(doc: Document): CSSStyleSheet | null {
  if (sheets.has(doc)) return sheets.get(doc) ?? null;
  let sheet: CSSStyleSheet | null;
  try {
    const View = doc.defaultView?.CSSStyleSheet;
    if (typeof View !== 'function') throw new TypeError('no constructed stylesheets');
    sheet = new View();
    sheet.replaceSync(printRules);
  } catch {
    // An engine without constructed stylesheets prints the whole page, the widget's summary included.
    sheet = null;
  }
  sheets.set(doc, sheet);
  return sheet;
}

/** The widget and the elements that hold it in the document, across shadow roots. */
function holders(host: Element): Element[] {
  const list: Element[] = [];
  let node: Node | null = host;
  while (node) {
    if (isElement(node)) list.push(node);
    node = parentAcrossShadow(node);
  }
  return list;
}

/**
 * Prints `host` alone. The marks and the stylesheet stay until the browser says printing is over
 * (afterprint), or the visitor next uses the page, whichever comes first.
 */
export function printAlone(host: HTMLElement): void {
  const doc = host.ownerDocument;
  const view = doc.defaultView ?? window;
  const marked = holders(host);
  for (const element of marked) element.setAttribute(PATH, '');
  host.setAttribute(PRINTING, '');
  const adopted = printSheet(doc);
  if (adopted && 'adoptedStyleSheets' in doc) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, adopted];

  const later = ['pointerdown', 'keydown'] as const;
  const done = () => {
    for (const element of marked) element.removeAttribute(PATH);
    host.removeAttribute(PRINTING);
    if (adopted) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((item) => item !== adopted);
    view.removeEventListener('afterprint', done);
    for (const type of later) view.removeEventListener(type, done, true);
  };
  view.addEventListener('afterprint', done, { once: true });
  try {
    view.print();
  } finally {
    // Only after print() returns: the key or tap that asked for printing must not end it.
    if (host.hasAttribute(PRINTING)) for (const type of later) view.addEventListener(type, done, { capture: true, once: true });
  }
}
