import { useMemo, useSyncExternalStore } from 'react';
import type { StorageArea } from '../core/config';
import { createGatedStorage } from '../core/gated-storage';
import { findStorage } from '../core/web-storage';
import { useConsentContext } from './context';
import type { StorageKey } from './register';

/** Options for {@link useStorageItem}. */
export interface UseStorageItemOptions {
  /**
   * `'local'` for `localStorage`, `'session'` for `sessionStorage`.
   * @default the area the key is declared in (`'local'` when declared in both)
   */
  area?: StorageArea;
}

/**
 * Reads and writes one declared `localStorage` or `sessionStorage` key: `[value, set, remove]`,
 * under the same rules as `useCookie`. `set` returns false, writing nothing, while the key's
 * category (or `service`) has no consent, or when it is not declared in `config.storage`; it also
 * returns false, reporting through `onError`, when the browser refused the write (storage full or
 * blocked). A declared length is enforced: the expiry is stored beside the value, which reads as
 * undefined (and is removed) once it passes. Every reader re-renders when the value changes (here,
 * in another tab, on revocation, which erases it, or at its expiry).
 *
 * On the server and during hydration it returns undefined; the stored value is read once hydration
 * is over.
 */
export function useStorageItem(key: StorageKey, options: UseStorageItemOptions = {}): readonly [value: string | undefined, set: (value: string) => boolean, remove: () => void] {
  const { store } = useConsentContext('useStorageItem');
  const { config } = store;
  const area = options.area ?? (!findStorage(config, key) && findStorage(config, key, 'session') ? 'session' : 'local');
  const [storage, subscribe, set, remove] = useMemo(() => {
    const gated = createGatedStorage(store, area);
    return [gated, (listener: () => void) => gated.subscribe(key, listener), (next: string) => gated.set(key, next), () => gated.remove(key)] as const;
  }, [store, area, key]);
  return [useSyncExternalStore(subscribe, () => storage.get(key), () => undefined), set, remove] as const;
}
