import { useCallback, useSyncExternalStore } from 'react';
import type { CookieName } from './register';
import { useConsentContext } from './context';

/**
 * Reads and writes one declared cookie: `[value, set, remove]`. `set` writes with the declared
 * duration as Max-Age and returns false, writing nothing, when the cookie's category has no
 * consent. Every reader of the cookie re-renders when it changes or is erased on revocation.
 */
export function useCookie(name: CookieName): readonly [value: string | undefined, set: (value: string) => boolean, remove: () => void] {
  const { store } = useConsentContext('useCookie');
  const { cookies } = store;
  const value = useSyncExternalStore(
    useCallback((listener: () => void) => cookies.subscribe(name, listener), [cookies, name]),
    () => cookies.get(name),
    () => undefined,
  );
  const set = useCallback((next: string) => cookies.set(name, next), [cookies, name]);
  const remove = useCallback(() => cookies.remove(name), [cookies, name]);
  return [value, set, remove] as const;
}
