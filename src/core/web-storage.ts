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
 * The declarations that govern `key` in `area`: the one with exactly that key, else every family
 * that matches it, as `cookieDeclarations` finds a cookie's (config.ts; not imported from there:
 * the sync code that erases keys loads apart from the first load, and must share no module with
 * it, or bundlers that split by module would put that one in a first-load file of its own).
 */
export function storageDeclarations<C extends string, S extends string>(config: ConsentConfig<C, string, S>, key: string, area: StorageArea = 'local'): Readonly<StorageDeclaration<C, S>>[] {
  const declared = config.storage.filter((declaration) => (declaration.area ?? 'local') === area);
  const own = declared.filter((declaration) => declaration.key === key);
  return own.length ? own : declared.filter((declaration) => matchesKey(declaration.key, key));
}

/** The declaration that governs `key` in `area`, for its lifetime: the first of {@link storageDeclarations}. */
export const findStorage = <C extends string, S extends string>(config: ConsentConfig<C, string, S>, key: string, area: StorageArea = 'local'): Readonly<StorageDeclaration<C, S>> | undefined =>
  storageDeclarations(config, key, area)[0];

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
        // A key two families match goes with either's withdrawal.
        const declarations = storageDeclarations(config, key, area);
        const revoked = declarations.some((declaration) => keys.includes(declaration.category) || keys.includes(`service:${declaration.service}`));
        if (declarations.length && (revoked || expiryOf(storage.getItem(key)) <= now)) storage.removeItem(key);
      }
    } catch {}
  }
}
