import { findCookie, type ConsentConfig } from './config';
import { cookieNames, deleteCookie, readCookie, writeCookie } from './cookie-jar';
import { durationToSeconds } from './duration';
import { warn } from './warn';

/** Reads and writes the site's declared cookies, refusing writes whose category is not granted. */
export interface GatedCookies<N extends string = string> {
  /** Current value of a cookie, or undefined. */
  get(name: N): string | undefined;
  /**
   * Writes a declared cookie with its declared duration as `Max-Age` (none for session cookies).
   * @returns false, writing nothing, when the cookie is undeclared, its category is not granted or
   * cookies are blocked
   */
  set(name: N, value: string): boolean;
  /** Deletes a cookie (always allowed: removing never needs consent). */
  remove(name: N): void;
  /** Calls `listener` when the named cookie is written or erased through consentkit. */
  subscribe(name: N, listener: () => void): () => void;
  /** Erases every declared cookie of the given categories, RegExp families included. */
  erase(categories: readonly string[]): void;
}

export function createGatedCookies<C extends string, N extends string>(
  config: ConsentConfig<C, N>,
  isGranted: (category: C) => boolean,
): GatedCookies<N> {
  const listeners = new Map<string, Set<() => void>>();
  // document.cookie throws where cookies are blocked (sandboxed frames, some privacy settings):
  // reads then see no cookie and writes report failure, rather than crashing a render.
  const attempt = <T>(run: () => T, fallback: T): T => {
    try {
      return run();
    } catch {
      return fallback;
    }
  };
  const notify = (name: string) => listeners.get(name)?.forEach((l) => l());

  const remove = (name: string) => {
    const declaration = findCookie(config, name);
    attempt(() => deleteCookie(name, { path: declaration?.path, domain: declaration?.domain }), undefined);
    notify(name);
  };

  return {
    get: (name) => attempt(() => readCookie(name), undefined),
    set(name, value) {
      const declaration = findCookie(config, name);
      if (!declaration || !isGranted(declaration.category)) {
        if (process.env.NODE_ENV !== 'production') {
          warn(`refused to write cookie "${name}": ${declaration ? `category "${declaration.category}" has no consent` : 'it is not declared in config.cookies'}`);
        }
        return false;
      }
      const written = attempt(() => (writeCookie(name, value, { maxAge: durationToSeconds(declaration.duration), path: declaration.path, domain: declaration.domain }), true), false);
      if (written) notify(name);
      return written;
    },
    remove,
    subscribe(name, listener) {
      let set = listeners.get(name);
      if (!set) listeners.set(name, (set = new Set()));
      set.add(listener);
      return () => set.delete(listener);
    },
    erase(categories) {
      for (const name of attempt(cookieNames, [])) {
        const declaration = findCookie(config, name);
        if (declaration && categories.includes(declaration.category)) remove(name);
      }
    },
  };
}
