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
    entry = { text: null, memoryOnly: false, switchedBy: null, listeners: new Set() };
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

type Decoded<T> = { value: T | null } | { newer: number };

export function createStore<T>({ name, version, validate, migrate }: StoreOptions<T>): Store<T> {
  const key = `${STORAGE_PREFIX}${name}`;
  const owner = {};

  const fallBack = (why: string) => {
    entryFor(key).memoryOnly = true;
    warnOnce(`storage:${key}:${why}`, `Saved data for ${name} ${why}; keeping it in memory for this page only.`);
  };

  const newer = (found: number) =>
    fallBack(`was written by a newer version (format ${found}, this is ${version}) and is left as it is`);

  /** Decodes stored text; reports why it cannot be used, except for newer data (the caller does). */
  const decode = (text: string | null): Decoded<T> => {
    if (text == null) return { value: null };
    let envelope: Envelope;
    try {
      envelope = JSON.parse(text) as Envelope;
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
      return entryFor(key).memoryOnly;
    },
    load() {
      const entry = entryFor(key);
      if (entry.memoryOnly) return fromMemory();
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
      const text = JSON.stringify({ v: version, data: value } satisfies Envelope);
      entry.text = text;
      let stored = false;
      if (!entry.memoryOnly) {
        const storage = getLocalStorage();
        if (!storage) {
          fallBack('cannot be stored (storage is unavailable)');
        } else {
          try {
            storage.setItem(key, text);
            stored = true;
          } catch {
            fallBack('cannot be saved (storage is full or blocked)');
          }
        }
      }
      notifyOthers(text);
      return stored;
    },
    clear() {
      const entry = entryFor(key);
      entry.text = null;
      if (!entry.memoryOnly) {
        try {
          getLocalStorage()?.removeItem(key);
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
