import { describe, warnOnce } from './warn.js';

/*
 * Safe persistence for widget state (never for symptom answers). Values live under a namespaced,
 * versioned key as { v, data }. When localStorage is missing, blocked, full, corrupt or written by a
 * future version, the store keeps working in memory and warns once.
 */

export const STORAGE_PREFIX = 'back-spasm-widgets:';

interface Envelope {
  v: number;
  data: unknown;
}

export interface StoreOptions<T> {
  /** Short name, namespaced with STORAGE_PREFIX, e.g. "ice-heat-timer". */
  name: string;
  /** Format version; stored data with a higher version is ignored (with a warning). */
  version: number;
  /** Returns the value if `data` is a valid stored value, else null (the store then warns). */
  validate: (data: unknown) => T | null;
}

export interface Store<T> {
  readonly key: string;
  /** The stored value, or null when there is none (or it could not be used). */
  load(): T | null;
  /** Saves the value; returns false when it could be kept in memory only. */
  save(value: T): boolean;
  clear(): void;
  /** Calls back when another tab changes the value; returns the function that stops listening. */
  subscribe(onChange: (value: T | null) => void): () => void;
  /** True when values are kept in memory only. */
  readonly memoryOnly: boolean;
}

function getLocalStorage(): Storage | null {
  try {
    const storage = globalThis.localStorage;
    return storage ?? null;
  } catch {
    return null;
  }
}

export function createStore<T>({ name, version, validate }: StoreOptions<T>): Store<T> {
  const key = `${STORAGE_PREFIX}${name}`;
  let memory: string | null = null;
  let memoryOnly = false;

  const fallBack = (why: string) => {
    memoryOnly = true;
    warnOnce(`storage:${key}:${why}`, `Saved data for ${name} ${why}; keeping it in memory for this page only.`);
  };

  const decode = (text: string | null): T | null => {
    if (text == null) return null;
    let envelope: Envelope;
    try {
      envelope = JSON.parse(text) as Envelope;
    } catch {
      fallBack(`is corrupt (${describe(text)})`);
      return null;
    }
    if (!envelope || typeof envelope !== 'object' || typeof envelope.v !== 'number') {
      fallBack('has an unknown format');
      return null;
    }
    if (envelope.v > version) {
      fallBack(`was written by a newer version (format ${envelope.v}, this is ${version})`);
      return null;
    }
    const value = envelope.v === version ? validate(envelope.data) : null;
    if (value == null) fallBack('is not valid');
    return value;
  };

  return {
    key,
    get memoryOnly() {
      return memoryOnly;
    },
    load() {
      if (memoryOnly) return decode(memory);
      const storage = getLocalStorage();
      if (!storage) {
        fallBack('cannot be stored (storage is unavailable)');
        return decode(memory);
      }
      let text: string | null;
      try {
        text = storage.getItem(key);
      } catch {
        fallBack('cannot be read (storage is blocked)');
        return decode(memory);
      }
      const value = decode(text);
      // Decoding may have switched to memory (corrupt or future data): never overwrite that data.
      return value;
    },
    save(value) {
      const text = JSON.stringify({ v: version, data: value } satisfies Envelope);
      memory = text;
      if (memoryOnly) return false;
      const storage = getLocalStorage();
      if (!storage) {
        fallBack('cannot be stored (storage is unavailable)');
        return false;
      }
      try {
        storage.setItem(key, text);
        return true;
      } catch {
        fallBack('cannot be saved (storage is full or blocked)');
        return false;
      }
    },
    clear() {
      memory = null;
      if (memoryOnly) return;
      try {
        getLocalStorage()?.removeItem(key);
      } catch {
        fallBack('cannot be cleared (storage is blocked)');
      }
    },
    subscribe(onChange) {
      const listener = (event: StorageEvent) => {
        if (memoryOnly || (event.key !== key && event.key !== null)) return;
        onChange(event.newValue == null ? null : decode(event.newValue));
      };
      globalThis.addEventListener?.('storage', listener);
      return () => globalThis.removeEventListener?.('storage', listener);
    },
  };
}
