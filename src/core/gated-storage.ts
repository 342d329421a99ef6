/**
 * Consent-gated reads and writes of declared `localStorage` and `sessionStorage` keys, for
 * `useStorageItem` and apps without React. Apart from the store: only apps that use it load it.
 */
import type { ConsentKey, StorageArea } from './config';
import { durationToSeconds } from './duration';
import type { ConsentStore } from './store';
import { warn } from './warn';
import { expiryOf, storageDeclarations, webStorage } from './web-storage';

/** Reads and writes declared keys of one Web Storage area, refusing writes without consent. */
export interface GatedStorage<K extends string = string> {
  /**
   * The stored value, or undefined: none, storage blocked, or past the expiry `set` stored beside
   * it. A value written by other code (with no expiry beside it) is returned as it is.
   */
  get(key: K): string | undefined;
  /**
   * Writes a declared key: with a length as its duration, as `{"expires":<ms>,"value":"…"}` so that
   * the value reads as absent once the length has passed; with `'session'`, the value alone.
   * @returns false, writing nothing, when the key is undeclared in this area or its category (or
   * service) is not granted; false, reporting a `kind: 'write'` error, when the browser refused it
   * (storage full or blocked)
   */
  set(key: K, value: string): boolean;
  /** Removes the key (always allowed: removing never needs consent). */
  remove(key: K): void;
  /**
   * Calls `listener` when the key may have changed: a write or removal through consentkit on this
   * page, a change in another tab (the `storage` event), any consent change (revocation erases
   * keys), and the moment the stored value expires (it is then removed).
   */
  subscribe(key: K, listener: () => void): () => void;
}

// Changes made through consentkit on this page, for every reader of the key (the `storage` event
// reaches only other pages). Storage is shared by the whole page, so one list serves every store.
const readers = new Set<(area: StorageArea, key: string) => void>();

const attempt = <T>(run: () => T): T | undefined => {
  try {
    return run();
  } catch {}
};

/**
 * Gated access to the declared keys of `area` in `store`'s config: writes need the key's category
 * (or `service`) granted, problems go to the store's `onError`.
 * @param area `'local'` for `localStorage`, `'session'` for `sessionStorage`
 */
export function createGatedStorage<K extends string>(store: ConsentStore<string, string, string, K>, area: StorageArea = 'local'): GatedStorage<K> {
  const { config } = store;
  const raw = (key: string) => attempt(() => webStorage(area)!.getItem(key)) ?? null;
  const changed = (key: string) => readers.forEach((reader) => reader(area, key));
  const remove = (key: string) => {
    attempt(() => webStorage(area)!.removeItem(key));
    changed(key);
  };

  return {
    get(key) {
      const stored = raw(key);
      const expires = expiryOf(stored);
      if (stored === null || expires <= Date.now()) return undefined;
      if (expires === Infinity) return stored;
      const value = attempt(() => (JSON.parse(stored) as { value?: unknown }).value);
      return typeof value === 'string' ? value : stored;
    },
    set(key, value) {
      const declarations = storageDeclarations(config, key, area);
      const [declaration] = declarations;
      // A service's key needs the service (which needs its category too); a key two families
      // match, the consent of each.
      const consent = declarations.map(({ category, service }) => (service ? `service:${service}` : category) as ConsentKey).find((needed) => !store.isGranted(needed));
      if (!declaration || consent) {
        if (process.env.NODE_ENV !== 'production') {
          warn(`refused to write ${area}Storage key "${key}": ${consent ? `"${consent}" has no consent` : `it is not declared in config.storage${area === 'session' ? " with area: 'session'" : ''}`}`);
        }
        return false;
      }
      const seconds = durationToSeconds(declaration.duration);
      const text = String(value);
      try {
        webStorage(area)!.setItem(key, seconds ? JSON.stringify({ expires: Date.now() + seconds * 1000, value: text }) : text);
      } catch {
        // Full (QuotaExceededError) or blocked (SecurityError): nothing was kept.
        store.report({ kind: 'write', name: key, reason: 'dropped', area });
        return false;
      }
      changed(key);
      return true;
    },
    remove,
    subscribe(key, listener) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      // Wakes when the current value expires, to remove it and tell the reader.
      const arm = () => {
        clearTimeout(timer);
        const at = expiryOf(raw(key));
        if (at < Infinity) timer = setTimeout(() => (expiryOf(raw(key)) <= Date.now() ? remove(key) : arm()), Math.min(at - Date.now(), 2 ** 31 - 1));
      };
      const notify = () => {
        arm();
        listener();
      };
      const reader = (changedArea: StorageArea, changedKey: string) => changedArea === area && changedKey === key && notify();
      const onStorage = (event: StorageEvent) => (event.key === key || event.key === null) && notify();
      readers.add(reader);
      addEventListener('storage', onStorage);
      const unsubscribe = store.subscribe(notify);
      arm();
      return () => {
        clearTimeout(timer);
        readers.delete(reader);
        removeEventListener('storage', onStorage);
        unsubscribe();
      };
    },
  };
}
