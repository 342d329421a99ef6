import { useEffect, useRef } from 'react';
import { useConsentContext } from '../react/context';
import type { CategoryId } from '../react/register';
import { gateScript, type GatedScriptOptions } from './script-gate';

/** Props of {@link ConsentScript}. */
export interface ConsentScriptProps extends GatedScriptOptions {
  /** The category that must be granted before the script exists. */
  category: CategoryId;
}

/**
 * Loads a third-party script only after its category is granted (and never during server
 * rendering): `<ConsentScript category="analytics" src="https://…/gtag.js?id=G-XXXX" />`.
 * Renders nothing. The script is added once; changing props later does not add it again.
 * Without a `nonce` prop it carries the provider's `nonce`.
 */
export function ConsentScript({ category, ...options }: ConsentScriptProps): null {
  const { store, nonce } = useConsentContext('ConsentScript');
  const latest = useRef(options);
  latest.current = options;
  useEffect(
    () =>
      gateScript(store, category, {
        ...latest.current,
        nonce: latest.current.nonce ?? nonce,
        onLoad: () => latest.current.onLoad?.(),
        onError: (error) => latest.current.onError?.(error),
        onRevoke: () => latest.current.onRevoke?.(),
      }),
    [store, category, nonce],
  );
  return null;
}
