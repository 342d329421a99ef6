import { createContext, useContext, useMemo, useSyncExternalStore } from 'react';
import { cookieDeclarations, lackingConsent } from '../core/config';
import type { CookieName } from './register';
import { useConsentContext } from './context';

/** The request's cookie values from `ConsentProvider`'s `serverState`, for server render and hydration. */
export const ServerCookies = createContext<Readonly<Record<string, string>> | undefined>(undefined);

/** Options of {@link useCookie}. */
export interface UseCookieOptions {
  /**
   * While the cookie's category (or its service) has no consent, `set` asks for it (`requestConsent`: the mounted
   * `ConsentPrompt` shows Allow / Not now) instead of only refusing, and writes the value if the
   * person allows. `set` still returns false at once, writing nothing yet; every reader re-renders
   * once the value is written.
   * @default true in the provider's `in-context` mode, else false
   */
  ask?: boolean;
}

/**
 * Reads and writes one declared cookie: `[value, set, remove]`. `set` writes with the declared
 * duration as Max-Age (at most 400 days) and returns false, writing nothing, when the cookie's
 * category has no consent; it also returns false, reporting through `onError`, when the browser did
 * not keep the cookie. Every reader of the cookie re-renders when it changes or is erased on
 * revocation, and when it was changed elsewhere (by the server, another tab or another script):
 * at once where the browser has CookieStore `change` events (Chromium), else when the page regains
 * focus or becomes visible.
 *
 * On the server and during hydration it returns the request's value from the provider's
 * `serverState` (see `readConsentState`), so that a theme cookie renders the same on both sides;
 * without one, `undefined` there. The browser's value is read once hydration is over.
 */
export function useCookie(name: CookieName, options?: UseCookieOptions): readonly [value: string | undefined, set: (value: string) => boolean, remove: () => void] {
  const { store, mode } = useConsentContext('useCookie');
  const { cookies } = store;
  const server = useContext(ServerCookies);
  const ask = options?.ask ?? mode === 'in-context';
  const [subscribe, set, remove] = useMemo(
    () =>
      [
        (listener: () => void) => cookies.subscribe(name, listener),
        (next: string) => {
          // A service's cookie asks for the service (which grants its category with it).
          const key = ask && lackingConsent(cookieDeclarations(store.config, name), store.isGranted);
          if (!key) return cookies.set(name, next);
          void store.requestConsent(key).then((granted) => granted && cookies.set(name, next));
          return false;
        },
        () => cookies.remove(name),
      ] as const,
    [store, cookies, name, ask],
  );
  return [useSyncExternalStore(subscribe, () => cookies.get(name), () => server?.[name]), set, remove] as const;
}
