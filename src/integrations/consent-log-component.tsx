'use client';

import { useEffect, useRef } from 'react';
import type { PartialConsentMessages } from '../components/messages';
import { useProvidedMessages } from '../components/use-provided-messages';
import { logConsent, type ConsentLogOptions } from './consent-log';
import { consentLocale, consentTexts } from './consent-texts';

/** Props of {@link ConsentLog}. */
export interface ConsentLogProps extends Omit<ConsentLogOptions, 'texts' | 'locale'> {
  /**
   * The overrides given to the banner's and dialog's own `messages` props, if any, so that the
   * logged texts are the ones on screen. The provider's `messages` are read already.
   */
  messages?: PartialConsentMessages;
}

/**
 * Proof of consent: sends each decision and withdrawal made under the provider, with the texts on
 * screen (its `messages` and the config's), to `endpoint` (see `logConsent`). Renders nothing;
 * apps that do not render it ship none of its code.
 */
export function ConsentLog({ endpoint, messages, ...options }: ConsentLogProps): null {
  const { store, provided } = useProvidedMessages('ConsentLog');
  const latest = useRef({ provided: provided as PartialConsentMessages | undefined, messages, options });
  latest.current = { provided, messages, options };
  useEffect(
    () =>
      logConsent(store, {
        ...latest.current.options,
        endpoint,
        texts: () => consentTexts(store.config, latest.current.provided, latest.current.messages),
        locale: () => consentLocale(latest.current.provided, latest.current.messages),
        onRefused: (status, payload) => latest.current.options.onRefused?.(status, payload),
      }),
    [store, endpoint],
  );
  return null;
}
