import { cookieDeclarations, findCookie, lackingConsent, type ConsentConfig } from './config';
import { cookieNames, deleteCookie, readCookie, writeCookie } from './cookie-jar';
import { COOKIE_NAME } from './cookie-syntax';
import { durationToSeconds, MAX_COOKIE_SECONDS } from './duration';
import type { ConsentError } from './consent-error';
import { hasDocument } from './environment';
import { warn } from './warn';

/** Reads and writes the site's declared cookies, refusing writes whose category is not granted. */
export interface GatedCookies<N extends string = string> {
  /** Current value of a cookie, or undefined. */
  get(name: N): string | undefined;
  /**
   * Writes a declared cookie with its declared duration as `Max-Age` (none for session cookies; at
   * most 400 days, as browsers keep no cookie longer), then reads it back.
   * @returns false, writing nothing, when the cookie is undeclared or its category is not granted;
   * false, reporting a `kind: 'write'` error, when the name is not an RFC 6265 token (a family's
   * pattern may match more than a token), the value is not valid text, or the browser did not keep it
   */
  set(name: N, value: string): boolean;
  /** Deletes a cookie (always allowed: removing never needs consent). */
  remove(name: N): void;
  /**
   * Calls `listener` when the named cookie may have changed: at once for writes and erasures made
   * through consentkit; for changes made elsewhere (the server, another tab, another script), on
   * CookieStore `change` events where browsers have them (Chromium), else when the page regains
   * focus or becomes visible. Those events are listened to only while some listener is subscribed.
   */
  subscribe(name: N, listener: () => void): () => void;
  /**
   * Erases every declared cookie of the given categories or services (`'service:<id>'`), RegExp
   * families included; never the consent cookie (`storageCookie`, with or without its `__Host-` prefix).
   * `erased` hears of each cookie that was there, with the category or service it was erased for.
   */
  erase(keys: readonly string[], erased?: (name: string, key: string) => void): void;
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

type Watch = 'addEventListener' | 'removeEventListener';

/**
 * Gated access to `config`'s declared cookies: writes need `isGranted(category)`, or
 * `isGranted('service:<id>')` for a cookie of a service; problems go to `options.report`.
 */
export function createGatedCookies<C extends string, N extends string>(
  config: ConsentConfig<C, N>,
  isGranted: (key: string) => boolean,
  options: GatedCookiesOptions,
): GatedCookies<N> {
  // Few readers per page: one list, each listener picking its own cookie's name (or any, when a
  // change came from elsewhere and only a re-read can tell).
  const listeners = new Set<(name?: string) => void>();
  const changed = (name?: string) => listeners.forEach((listener) => listener(name));
  const changedElsewhere = () => changed();
  const watch = (method: Watch) => {
    const { cookieStore } = globalThis as { cookieStore?: EventTarget };
    if (hasDocument()) {
      for (const [target, type] of cookieStore ? ([[cookieStore, 'change']] as const) : ([[window, 'focus'], [document, 'visibilitychange']] as const)) {
        target[method](type, changedElsewhere);
      }
    }
  };
  const unprefixed = (name?: string) => name?.replace(/^__Host-/, '');
  const storageCookie = unprefixed(options.storageCookie);

  const remove = (name: string) => {
    // A declaration carries the path and domain the cookie was written with.
    attempt(() => deleteCookie(name, findCookie(config, name)));
    changed(name);
  };

  return {
    get: (name) => attempt(() => readCookie(name)),
    set(name, value) {
      const declarations = cookieDeclarations(config, name);
      const [declaration] = declarations;
      // A service's cookie needs the service (which needs its category too); a name two families
      // match, the consent of each.
      const lacking = lackingConsent(declarations, isGranted);
      if (!declaration || lacking) {
        if (process.env.NODE_ENV !== 'production') {
          warn(`refused to write cookie "${name}": ${lacking ? `${lacking.startsWith('service:') ? `service "${lacking.slice(8)}"` : `category "${lacking}"`} has no consent` : 'it is not declared in config.cookies'}`);
        }
        return false;
      }
      const { path, domain, duration } = declaration;
      const seconds = durationToSeconds(duration);
      let reason: '' | 'name' | 'value' | 'dropped';
      try {
        // A family's pattern may match `_ga_X; Max-Age=9` or `_ga_a=b`: written as is, that would
        // be an attribute or a cookie of its own.
        reason = !COOKIE_NAME.test(name) ? 'name' : writeCookie(name, value, { maxAge: seconds && Math.min(seconds, MAX_COOKIE_SECONDS), path, domain }) ? '' : 'dropped';
      } catch (error) {
        // A lone surrogate cannot be encoded; anything else is document.cookie refusing access.
        reason = error instanceof URIError ? 'value' : 'dropped';
      }
      if (reason) options.report({ kind: 'write', name, reason });
      else changed(name);
      return !reason;
    },
    remove,
    subscribe(name, listener) {
      const filtered = (changedName?: string) => (!changedName || changedName === name) && listener();
      if (!listeners.size) watch('addEventListener');
      listeners.add(filtered);
      return () => {
        if (listeners.delete(filtered) && !listeners.size) watch('removeEventListener');
      };
    },
    erase(keys, erased) {
      for (const name of attempt(cookieNames) ?? []) {
        // A name two families match goes with either's withdrawal.
        const key = cookieDeclarations(config, name)
          .flatMap((declaration) => [declaration.category, `service:${declaration.service}`])
          .find((revoked) => keys.includes(revoked));
        if (unprefixed(name) !== storageCookie && key) {
          remove(name);
          erased?.(name, key);
        }
      }
    },
  };
}
