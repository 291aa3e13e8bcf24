const PREFIX = '[back-spasm-widgets]';
// Shared by every copy of the library on the page, so two bundles never repeat one warning.
const SHARED = Symbol.for('back-spasm-widgets.warnings');
interface Shared {
  warned: WeakMap<object, Set<string>>;
  scope: object;
  /** Per element, the attributes whose current value has been reported as invalid. */
  attributes?: WeakMap<object, Set<string>>;
}
const shared = ((globalThis as { [SHARED]?: Shared })[SHARED] ??= { warned: new WeakMap(), scope: {} });
const warned = shared.warned;
const globalScope = shared.scope;
const attributes = (shared.attributes ??= new WeakMap());

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

/**
 * Logs one console.warn for an invalid value of an element's attribute (or property), then no more
 * for that element and attribute until a valid value arrives (see attributeSettled): typing a value
 * one character at a time, or a script setting a thousand bad values, gives one warning. Only the
 * attribute's name is kept, never the value. `message` is called only when the warning is logged.
 */
export function warnAttribute(owner: object, name: string, message: () => string): void {
  let names = attributes.get(owner);
  if (!names) {
    names = new Set();
    attributes.set(owner, names);
  }
  if (names.has(name)) return;
  names.add(name);
  console.warn(`${PREFIX} ${message()}`);
}

/** The attribute now has a valid (or no) value: a later invalid value is reported again. */
export function attributeSettled(owner: object, name: string): void {
  attributes.get(owner)?.delete(name);
}
