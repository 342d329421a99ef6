/**
 * Declared `localStorage` and `sessionStorage` keys: which declaration governs a key, and the
 * erasure the store runs on revocation and in its sweeps. The gated reads and writes of
 * `useStorageItem` live apart (gated-storage.ts), so that only apps that use the hook load them.
 */
import type { ConsentConfig, StorageArea, StorageDeclaration } from './config';

/**
 * A declared key (exact, or a family with `*`, each `*` any run of characters, the empty one
 * included; every other character literal) covers `key`. Storage keys are not limited to
 * cookie-name characters, so a `*` here also spans `:`, `/` or spaces.
 */
export const matchesKey = (declared: string, key: string): boolean =>
  declared === key ||
  // Every character but `*` is escaped (identity escapes are fine without the u flag).
  (declared.includes('*') && RegExp(`^${declared.replace(/[^*\w]/g, '\\$&').replace(/\*/g, '[^]*')}$`).test(key));

/**
 * The declaration that governs `key` in `area`: the one with exactly that key, else the family that
 * matches it, whatever the declaration order.
 */
export function findStorage<C extends string, S extends string>(config: ConsentConfig<C, string, S>, key: string, area: StorageArea = 'local'): Readonly<StorageDeclaration<C, S>> | undefined {
  const declared = config.storage.filter((declaration) => (declaration.area ?? 'local') === area);
  return declared.find((declaration) => declaration.key === key) ?? declared.find((declaration) => matchesKey(declaration.key, key));
}

/**
 * The Web Storage of `area`, or undefined where there is none (a server) or reading it throws
 * (blocked storage, a sandboxed frame).
 */
export function webStorage(area: StorageArea): Storage | undefined {
  try {
    return (globalThis as unknown as Partial<Record<string, Storage>>)[`${area}Storage`];
  } catch {}
}

// A value `useStorageItem` wrote with a lifetime: `{"expires":<ms>,"value":"…"}`, the expiry first so
// that a sweep reads it without parsing the value.
const EXPIRES = /^\{"expires":(\d{1,16}),"value":/;

/** When a stored value lapses (milliseconds), as `useStorageItem` wrote it; Infinity for any other value. */
export const expiryOf = (stored: string | null): number => +(EXPIRES.exec(stored ?? '')?.[1] ?? Infinity);

/**
 * Removes, from both areas, every declared key of the given categories or services
 * (`'service:<id>'`), and every declared value whose stored expiry has passed. Undeclared keys are
 * never touched. Blocked storage is skipped.
 */
export function eraseStorage(config: ConsentConfig, keys: readonly string[], now = Date.now()): void {
  if (!config.storage.length) return;
  for (const area of ['local', 'session'] as const) {
    try {
      const storage = webStorage(area)!;
      // Listed first: removing while walking by index would skip keys.
      for (const key of Array.from({ length: storage.length }, (_, i) => storage.key(i)!)) {
        const declaration = findStorage(config, key, area);
        if (declaration && (keys.includes(declaration.category) || keys.includes(`service:${declaration.service}`) || expiryOf(storage.getItem(key)) <= now)) storage.removeItem(key);
      }
    } catch {}
  }
}
