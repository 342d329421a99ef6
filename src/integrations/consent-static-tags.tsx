import { useEffect } from 'react';
import { useConsentContext } from '../react/context';
import { activateStaticTags } from './static-tags';

/** Props of {@link ConsentStaticTags}. */
export interface ConsentStaticTagsProps {
  /** Called when a tag cannot be activated (Trusted Types refused it, or an iframe's URL is not http(s)). */
  onError?: (error: unknown, tag: Element) => void;
}

/**
 * Activates the consent-tagged `<script type="text/plain">` and `<iframe data-src>` tags of the
 * whole page once their consent is given, with the provider's `nonce` (see
 * {@link activateStaticTags}). Render it once inside the provider; it renders nothing.
 */
export function ConsentStaticTags({ onError }: ConsentStaticTagsProps): null {
  const { store, nonce } = useConsentContext('ConsentStaticTags');
  useEffect(() => activateStaticTags(store, { nonce, onError }), [store, nonce, onError]);
  return null;
}
