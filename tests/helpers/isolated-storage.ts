import { forgetPageMemory } from '../../src/internal/storage.js';

/*
 * Importing this gives the test page a localStorage of its own and ignores the real `storage`
 * events of other pages (test files may run side by side on one origin); tests dispatch their own.
 */
export function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (index: number) => [...items.keys()][index] ?? null,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, String(value)),
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
  };
}

export const pageStorage = memoryStorage();

/**
 * Makes `window.localStorage` return what `get` returns (or throw what it throws), and forgets what
 * the page kept in memory, as a fresh page would.
 */
export const useStorage = (get: () => Storage) => {
  forgetPageMemory();
  Object.defineProperty(window, 'localStorage', { configurable: true, get });
};

useStorage(() => pageStorage);
window.addEventListener('storage', (event) => event.isTrusted && event.stopImmediatePropagation(), true);
