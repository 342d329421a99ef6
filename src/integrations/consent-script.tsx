import { useEffect, useRef } from 'react';
import { useConsentStore } from '../react/context';
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
 */
export function ConsentScript({ category, ...options }: ConsentScriptProps): null {
  const store = useConsentStore();
  const latest = useRef(options);
  latest.current = options;
  useEffect(
    () =>
      gateScript(store, category, {
        ...latest.current,
        onLoad: () => latest.current.onLoad?.(),
        onError: () => latest.current.onError?.(),
        onRevoke: () => latest.current.onRevoke?.(),
      }),
    [store, category],
  );
  return null;
}
