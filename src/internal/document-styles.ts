import { adoptStyles, type CSSResultOrNative } from 'lit';

/*
 * Styles that follow a widget to its document. A constructed stylesheet can only be adopted by the
 * document whose window made it, so a widget first connected in another document (a same-origin
 * iframe, a Document Picture-in-Picture window), or moved there, gets copies of its stylesheets made
 * by that document's window, once per document and stylesheet. Where that window cannot make them,
 * <style> elements carry the same rules (with the page's `litNonce`, as Lit does).
 */

const MARK = 'data-bsw-style';
const copies = new WeakMap<Document, WeakMap<object, CSSStyleSheet>>();

function cssTextOf(style: CSSResultOrNative): string {
  if (style instanceof CSSStyleSheet) {
    return Array.from(style.cssRules, (rule) => rule.cssText).join('\n');
  }
  return style.cssText;
}

/** The stylesheet for `style` made by the window of `doc`, or null when it cannot make one. */
function copyFor(doc: Document, style: CSSResultOrNative): CSSStyleSheet | null {
  const View = doc.defaultView?.CSSStyleSheet;
  if (typeof View !== 'function') return null;
  let sheets = copies.get(doc);
  if (!sheets) {
    sheets = new WeakMap();
    copies.set(doc, sheets);
  }
  let sheet = sheets.get(style);
  if (!sheet) {
    try {
      sheet = new View();
      sheet.replaceSync(cssTextOf(style));
    } catch {
      return null;
    }
    sheets.set(style, sheet);
  }
  return sheet;
}

function withStyleElements(root: ShadowRoot, styles: readonly CSSResultOrNative[]): void {
  if (root.querySelector(`style[${MARK}]`)) return;
  const doc = root.ownerDocument;
  const nonce = (globalThis as { litNonce?: string }).litNonce;
  for (const style of styles) {
    const element = doc.createElement('style');
    element.setAttribute(MARK, '');
    if (nonce !== undefined) element.setAttribute('nonce', nonce);
    element.textContent = cssTextOf(style);
    root.appendChild(element);
  }
}

/** Whether `root` is in the document whose window made Lit's stylesheets (this script's page). */
export function inHomeDocument(node: Node): boolean {
  return node.ownerDocument === globalThis.document;
}

/** Gives `root` the styles, made for the document it is in now. */
export function adoptInto(root: ShadowRoot, styles: readonly CSSResultOrNative[]): void {
  if (inHomeDocument(root)) {
    try {
      adoptStyles(root, [...styles]);
      return;
    } catch {
      // Fall through to the copies below.
    }
  }
  if ('adoptedStyleSheets' in root) {
    const sheets = styles.map((style) => copyFor(root.ownerDocument, style));
    if (sheets.every((sheet): sheet is CSSStyleSheet => sheet !== null)) {
      try {
        root.adoptedStyleSheets = sheets;
        return;
      } catch {
        // Fall through to <style> elements.
      }
    }
  }
  withStyleElements(root, styles);
}
