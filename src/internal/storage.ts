import { describe, warnOnce } from './warn.js';

/*
 * Safe persistence for widget state (never for symptom answers). Values live under a namespaced,
 * versioned key as { v, data }. When localStorage is missing, blocked, full, corrupt or written by a
 * newer version, the store keeps working in memory and warns once.
 *
 * What is kept in memory is one per page and key, shared by every store of that key, every instance
 * of a widget and every copy of the library on the page: a widget moved to another parent, or a
 * second widget of the same kind, shows and keeps what the first one saved, for as long as the page
 * lives. A save by one instance is passed to the other instances on the page (localStorage's own
 * `storage` event only reaches other pages).
 *
 * Data written by a newer version, on load or from another tab, is never overwritten: the page keeps
 * what it has in memory, shows it, and warns once.
 *
 * A write that fails (storage full or blocked, or a write that storage silently does not keep, found
 * by reading it back) keeps the value in memory, and the next change tries storage again: once a
 * write is kept, the store is no longer memory-only.
 *
 * Stored text is written and read by the small JSON writer and reader below, never by the page's
 * JSON object: a page may replace JSON.stringify or JSON.parse, or give Array.prototype or
 * Object.prototype a `toJSON` (Prototype.js does), and the data must still come back as it was.
 * Only own properties are written, and read objects have no prototype, so nothing a page added to
 * Object.prototype is ever read as stored data.
 */

export const STORAGE_PREFIX = 'back-spasm-widgets:';

interface Envelope {
  v: number;
  data: unknown;
}

export interface StoreOptions<T> {
  /** Short name, namespaced with STORAGE_PREFIX, e.g. "ice-heat-timer". */
  name: string;
  /** Format version; stored data with a higher version is ignored (with a warning) and kept. */
  version: number;
  /** Returns the value if `data` is a valid stored value, else null (the store then warns). */
  validate: (data: unknown) => T | null;
  /** Reads data stored by an older format version; without it, older data is not used. */
  migrate?: (version: number, data: unknown) => T | null;
}

export interface Store<T> {
  readonly key: string;
  /** The stored value, or null when there is none (or it could not be used). */
  load(): T | null;
  /** Saves the value; returns false when it could be kept in memory only. */
  save(value: T): boolean;
  clear(): void;
  /**
   * Calls back when another tab, or another instance on this page, changes the value (null when it
   * was cleared); returns the function that stops listening.
   */
  subscribe(onChange: (value: T | null) => void): () => void;
  /** True when values are kept in memory only. */
  readonly memoryOnly: boolean;
}

/** What the page keeps for one key. */
interface PageEntry {
  /** The value this page last read, saved or cleared, as stored text (null: none). */
  text: string | null;
  memoryOnly: boolean;
  /** True while this page's last write was not kept: the next change tries storage again. */
  unsaved: boolean;
  /** The other tab's write that last switched this key to memory, so every instance hears of it. */
  switchedBy: Event | null;
  /** Same-page listeners, each with the store that registered it. */
  readonly listeners: Set<{ readonly owner: object; readonly notify: (text: string | null) => void }>;
}

// On globalThis under a registered symbol, so every copy of the library on the page shares it.
const PAGE = Symbol.for('back-spasm-widgets.storage');
type Registry = Map<string, PageEntry>;

function registry(): Registry {
  const holder = globalThis as { [PAGE]?: Registry };
  return (holder[PAGE] ??= new Map<string, PageEntry>());
}

function entryFor(key: string): PageEntry {
  const entries = registry();
  let entry = entries.get(key);
  if (!entry) {
    entry = { text: null, memoryOnly: false, unsaved: false, switchedBy: null, listeners: new Set() };
    entries.set(key, entry);
  }
  return entry;
}

/**
 * Forgets what the page keeps in memory for every key (values, memory-only state, listeners), as
 * if the page had been reloaded. For tests that change the page's storage between cases.
 */
export function forgetPageMemory(): void {
  registry().clear();
}

function getLocalStorage(): Storage | null {
  try {
    const storage = globalThis.localStorage;
    return storage ?? null;
  } catch {
    return null;
  }
}

// Control characters are what JSON strings must escape.
/* eslint-disable no-control-regex */
/** JSON whitespace, then one token: punctuation, a string, a number or a literal. */
const TOKEN = /[ \t\n\r]*(?:([[\]{},:])|("(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[\da-fA-F]{4}))*")|(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(true|false|null))/y;
const SHORT = '\b\f\n\r\t';

/** A string as JSON text; lone surrogates are escaped, as JSON.stringify does. */
const quote = (text: string): string =>
  `"${text.replace(/[\ud800-\udbff][\udc00-\udfff]|["\\\u0000-\u001f\ud800-\udfff]/g, (found) => {
    if (found.length > 1) return found;
    const short = SHORT.indexOf(found);
    return short >= 0 ? `\\${'bfnrt'[short]}` : found === '"' || found === '\\' ? `\\${found}` : `\\u${found.charCodeAt(0).toString(16).padStart(4, '0')}`;
  })}"`;

/* eslint-enable no-control-regex */

const unquote = (text: string): string =>
  text.slice(1, -1).replace(/\\(?:u(.{4})|(.))/g, (_, hex: string | undefined, char: string) => {
    if (hex) return String.fromCharCode(parseInt(hex, 16));
    const short = 'bfnrt'.indexOf(char);
    return short >= 0 ? (SHORT[short] as string) : char;
  });

/**
 * JSON text for plain data (null, booleans, numbers, strings, arrays and objects), as
 * JSON.stringify would write it but from own enumerable properties only, with no `toJSON`.
 */
export function writeJson(value: unknown): string | undefined {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return Number.isFinite(value) ? `${value}` : 'null';
  if (typeof value === 'string') return quote(value);
  if (typeof value !== 'object') return undefined;
  let text = '';
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) text += `${index ? ',' : ''}${writeJson(value[index]) ?? 'null'}`;
    return `[${text}]`;
  }
  const keys = Object.keys(value);
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index] as string;
    const item = writeJson((value as Record<string, unknown>)[key]);
    if (item !== undefined) text += `${text ? ',' : ''}${quote(key)}:${item}`;
  }
  return `{${text}}`;
}

/** Reads JSON text; its objects have no prototype. Throws a SyntaxError when it is not JSON. */
export function readJson(text: string): unknown {
  let at = 0;
  const next = (): RegExpExecArray => {
    TOKEN.lastIndex = at;
    const found = TOKEN.exec(text);
    if (!found) throw new SyntaxError(`not JSON at ${at}`);
    at = TOKEN.lastIndex;
    return found;
  };
  const read = (found: RegExpExecArray): unknown => {
    const mark = found[1];
    if (found[2]) return unquote(found[2]);
    if (found[3]) return Number(found[3]);
    if (found[4]) return found[4] === 'null' ? null : found[4] === 'true';
    const list = mark === '[';
    if (!list && mark !== '{') throw new SyntaxError(`unexpected ${mark} at ${at}`);
    const end = list ? ']' : '}';
    const into = (list ? [] : Object.create(null)) as Record<string | number, unknown>;
    let item = next();
    if (item[1] === end) return into;
    for (let index = 0; ; index++) {
      if (list) {
        into[index] = read(item);
      } else {
        if (!item[2] || next()[1] !== ':') throw new SyntaxError(`expected a name at ${at}`);
        into[unquote(item[2])] = read(next());
      }
      item = next();
      if (item[1] === end) return into;
      if (item[1] !== ',') throw new SyntaxError(`expected , or ${end} at ${at}`);
      item = next();
    }
  };
  const value = read(next());
  if (!/^[ \t\n\r]*$/.test(text.slice(at))) throw new SyntaxError(`more after JSON at ${at}`);
  return value;
}

type Decoded<T> = { value: T | null } | { newer: number };

export function createStore<T>({ name, version, validate, migrate }: StoreOptions<T>): Store<T> {
  const key = `${STORAGE_PREFIX}${name}`;
  const owner = {};

  const warn = (why: string, then = 'keeping it in memory for this page only') =>
    warnOnce(`storage:${key}:${why}`, `Saved data for ${name} ${why}; ${then}.`);
  const fallBack = (why: string) => {
    entryFor(key).memoryOnly = true;
    warn(why);
  };

  const newer = (found: number) =>
    fallBack(`was written by a newer version (format ${found}, this is ${version}) and is left as it is`);

  /** Decodes stored text; reports why it cannot be used, except for newer data (the caller does). */
  const decode = (text: string | null): Decoded<T> => {
    if (text == null) return { value: null };
    let envelope: Envelope;
    try {
      envelope = readJson(text) as Envelope;
    } catch {
      fallBack(`is corrupt (${describe(text)})`);
      return { value: null };
    }
    if (!envelope || typeof envelope !== 'object' || typeof envelope.v !== 'number') {
      fallBack('has an unknown format');
      return { value: null };
    }
    if (envelope.v > version) return { newer: envelope.v };
    let value: T | null;
    try {
      value = envelope.v === version ? validate(envelope.data) : (migrate?.(envelope.v, envelope.data) ?? null);
    } catch {
      value = null;
    }
    if (value == null) fallBack('is not valid');
    return { value };
  };

  /** What this page holds in memory for the key. */
  const fromMemory = (): T | null => {
    const decoded = decode(entryFor(key).text);
    return 'value' in decoded ? decoded.value : null;
  };

  const notifyOthers = (text: string | null) => {
    for (const listener of [...entryFor(key).listeners]) {
      if (listener.owner !== owner) listener.notify(text);
    }
  };

  return {
    key,
    get memoryOnly() {
      const entry = entryFor(key);
      return entry.memoryOnly || entry.unsaved;
    },
    load() {
      const entry = entryFor(key);
      // After a failed write, storage holds older data than the page: the page's is the one to show.
      if (entry.memoryOnly || entry.unsaved) return fromMemory();
      const storage = getLocalStorage();
      if (!storage) {
        fallBack('cannot be stored (storage is unavailable)');
        return fromMemory();
      }
      let text: string | null;
      try {
        text = storage.getItem(key);
      } catch {
        fallBack('cannot be read (storage is blocked)');
        return fromMemory();
      }
      const decoded = decode(text);
      if ('newer' in decoded) {
        // Never overwrite the newer data; keep showing what this page had, if anything.
        newer(decoded.newer);
        return fromMemory();
      }
      // Decoding may have switched to memory (corrupt data): that data is then never overwritten.
      if (decoded.value != null) entry.text = text;
      return decoded.value;
    },
    save(value) {
      const entry = entryFor(key);
      const text = writeJson({ v: version, data: value } satisfies Envelope) as string;
      entry.text = text;
      let stored = false;
      if (!entry.memoryOnly) {
        // Tried on every change, so a write works again once space is freed.
        const storage = getLocalStorage();
        let why = 'cannot be stored (storage is unavailable)';
        if (storage) {
          try {
            storage.setItem(key, text);
            // Read back: some storage returns from setItem without keeping anything.
            why = storage.getItem(key) === text ? '' : 'cannot be saved (storage did not keep it)';
          } catch {
            why = 'cannot be saved (storage is full or blocked)';
          }
        }
        stored = !why;
        entry.unsaved = !stored;
        if (why) warn(why, 'keeping it in memory, and trying again on the next change');
      }
      notifyOthers(text);
      return stored;
    },
    clear() {
      const entry = entryFor(key);
      entry.text = null;
      if (!entry.memoryOnly) {
        try {
          const storage = getLocalStorage();
          storage?.removeItem(key);
          if (storage) entry.unsaved = false;
        } catch {
          fallBack('cannot be cleared (storage is blocked)');
        }
      }
      notifyOthers(null);
    },
    subscribe(onChange) {
      const entry = entryFor(key);
      const fromPage = {
        owner,
        notify: (text: string | null) => {
          const decoded = decode(text);
          if ('value' in decoded) onChange(decoded.value);
        },
      };
      entry.listeners.add(fromPage);
      const fromOtherTab = (event: StorageEvent) => {
        if (event.key !== key && event.key !== null) return;
        const entry = entryFor(key);
        if (entry.memoryOnly) {
          // Kept in memory: other tabs' writes no longer reach this page, except the one that
          // switched it (another instance's listener may have heard it first).
          if (entry.switchedBy === event) onChange(fromMemory());
          return;
        }
        if (event.key === null) {
          onChange(null);
          return;
        }
        const decoded = decode(event.newValue);
        if ('newer' in decoded) newer(decoded.newer);
        if (entry.memoryOnly) {
          // Newer or unusable data from another tab: keep what this page shows and has, in memory.
          entry.switchedBy = event;
          onChange(fromMemory());
          return;
        }
        onChange('value' in decoded ? decoded.value : null);
      };
      globalThis.addEventListener?.('storage', fromOtherTab);
      return () => {
        entryFor(key).listeners.delete(fromPage);
        globalThis.removeEventListener?.('storage', fromOtherTab);
      };
    },
  };
}
