const PREFIX = '[back-spasm-widgets]';
// Shared by every copy of the library on the page, so two bundles never repeat one warning.
const SHARED = Symbol.for('back-spasm-widgets.warnings');
const shared = ((globalThis as { [SHARED]?: { warned: WeakMap<object, Set<string>>; scope: object } })[SHARED] ??= {
  warned: new WeakMap(),
  scope: {},
});
const warned = shared.warned;
const globalScope = shared.scope;

/**
 * Logs one console.warn per owner and key, so a bad value is reported once, not on every render.
 * `owner` is usually the element; omit it for library-wide warnings.
 */
export function warnOnce(key: string, message: string, owner: object = globalScope): void {
  let keys = warned.get(owner);
  if (!keys) {
    keys = new Set();
    warned.set(owner, keys);
  }
  if (keys.has(key)) return;
  keys.add(key);
  console.warn(`${PREFIX} ${message}`);
}

/** Describes a value for a warning message without ever throwing, however odd the value. */
export function describe(value: unknown): string {
  try {
    const text = typeof value === 'string' ? JSON.stringify(value) : typeof value === 'bigint' ? `${value}n` : String(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
  } catch {
    return Object.prototype.toString.call(value);
  }
}
