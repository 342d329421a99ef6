import type { ConsentStorage } from './types';

/** Options for {@link localStorageAdapter}. */
export interface LocalStorageAdapterOptions {
  /** @default 'ck_consent' */
  key?: string;
}

/**
 * Stores the consent record in `localStorage`; other tabs learn of changes through the `storage`
 * event. Reading `window.localStorage` itself can throw (blocked storage): the store catches it.
 */
export function localStorageAdapter(options: LocalStorageAdapterOptions = {}): ConsentStorage {
  const { key = 'ck_consent' } = options;
  return {
    key,
    get: () => localStorage.getItem(key),
    set: (value) => localStorage.setItem(key, value),
    remove: () => localStorage.removeItem(key),
    subscribe(onChange) {
      const listener = (event: StorageEvent) => {
        if (event.key === key || event.key === null) onChange();
      };
      addEventListener('storage', listener);
      return () => removeEventListener('storage', listener);
    },
  };
}
