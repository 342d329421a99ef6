import { useEffect, useRef } from 'react';
import { useConsentContext } from '../react/context';
import { installCookieGuard, type CookieGuardOptions } from './cookie-guard';

/** Props of {@link ConsentCookieGuard}. */
export type ConsentCookieGuardProps = CookieGuardOptions;

/**
 * Runs {@link installCookieGuard} on the provider's store while mounted: writes to declared cookies
 * without consent are blocked, and those already written are erased on withdrawal. Renders nothing.
 * It installs after the first render; to cover scripts that run earlier, install the guard on a
 * store of your own in the module the app's entry imports first (see the README).
 */
export function ConsentCookieGuard(props: ConsentCookieGuardProps): null {
  const { store } = useConsentContext('ConsentCookieGuard');
  const latest = useRef(props);
  latest.current = props;
  useEffect(() => installCookieGuard(store, { onBlock: (name) => latest.current.onBlock?.(name) }), [store]);
  return null;
}
