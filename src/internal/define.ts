import { VERSION } from './version.js';
import { warnOnce } from './warn.js';

/** Elements of this library carry their version, so a second copy on the page can name both. */
export interface VersionedElement extends CustomElementConstructor {
  readonly bswVersion?: string;
}

/**
 * Registers a custom element once. Loading a bundle twice (or two versions of the library) never
 * throws: the first definition wins, and a different version is reported once.
 */
export function defineElement(tag: string, element: VersionedElement): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing: VersionedElement | undefined = registry.get(tag);
  if (existing) {
    if (existing !== element && existing.bswVersion !== VERSION) {
      // One warning for the whole copy, not one per element: the first element it names stands for all.
      warnOnce(
        `define:version:${existing.bswVersion}`,
        `Version ${existing.bswVersion ?? '(unknown)'} of back-spasm-widgets is already on this page ` +
          `(it defines <${tag}>); this copy (version ${VERSION}) is not used.`,
      );
    }
    return;
  }
  try {
    registry.define(tag, element);
  } catch (error) {
    warnOnce(`define:${tag}:error`, `<${tag}> could not be registered: ${String(error)}`);
  }
}
