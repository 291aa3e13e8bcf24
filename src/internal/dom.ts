/*
 * Tree walking that works for nodes of any window (a same-origin iframe, a Picture-in-Picture
 * window) and without DOM globals (server rendering): node types, not `instanceof`.
 */

export function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

/** The parent, or the host of a shadow root: the next node up, across shadow roots. */
export function parentAcrossShadow(node: Node): Node | null {
  if (node.parentNode) return node.parentNode;
  return node.nodeType === 11 ? ((node as ShadowRoot).host ?? null) : null;
}
