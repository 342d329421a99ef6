import { findCookie, type ConsentConfig } from './config';
import { cookieNames, deleteCookie, readCookie, writeCookie } from './cookie-jar';
import { durationToSeconds } from './duration';
import type { ConsentError } from './consent-error';
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

// document.cookie throws where cookies are blocked (sandboxed frames, some privacy settings):
// reads then see no cookie and writes report failure, rather than crashing a render.
function attempt<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch {}
}

/** What the store hands to {@link createGatedCookies} besides the config and the grant check. */
export interface GatedCookiesOptions {
  /** Reports a write the browser refused or that could not be made (`kind: 'write'`). */
  report(error: ConsentError): void;
  /** The consent cookie's own name (when stored in a cookie): never swept or erased as a declared cookie. */
  storageCookie?: string;
}

export function createGatedCookies<C extends string, N extends string>(
  config: ConsentConfig<C, N>,
  isGranted: (category: C) => boolean,
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  options: GatedCookiesOptions,
): GatedCookies<N> {
  // Few readers per page: one list, each listener picking its own cookie's name.
  const listeners = new Set<(name: string) => void>();
  const changed = (name: string) => listeners.forEach((listener) => listener(name));

  const remove = (name: string) => {
    // A declaration carries the path and domain the cookie was written with.
    attempt(() => deleteCookie(name, findCookie(config, name)));
    changed(name);
  };

  return {
    get: (name) => attempt(() => readCookie(name)),
    set(name, value) {
      const declaration = findCookie(config, name);
      if (!declaration || !isGranted(declaration.category)) {
        if (process.env.NODE_ENV !== 'production') {
          warn(`refused to write cookie "${name}": ${declaration ? `category "${declaration.category}" has no consent` : 'it is not declared in config.cookies'}`);
        }
        return false;
      }
      const { path, domain, duration } = declaration;
      const written = !!attempt(() => writeCookie(name, value, { maxAge: durationToSeconds(duration), path, domain }));
      if (written) changed(name);
      return written;
    },
    remove,
    subscribe(name, listener) {
      const filtered = (changedName: string) => changedName === name && listener();
      listeners.add(filtered);
      return () => listeners.delete(filtered);
    },
    erase(categories) {
      for (const name of attempt(cookieNames) ?? []) {
        if (categories.includes(findCookie(config, name)?.category as string)) remove(name);
      }
    },
  };
}
