import { createContext, useContext } from 'react';
import type { ConsentStore } from '../core/store';
import type { ProvidedMessages } from './locale';
import type { CategoryId, CookieName, ServiceId, StorageKey } from './register';

/** What `ConsentProvider` shares with hooks and components. */
export interface ConsentContextValue {
  store: ConsentStore<CategoryId, CookieName, ServiceId, StorageKey>;
  /**
   * The provider's `messages` and `locale` props, as given: the components pick the messages to
   * show (`useProvidedMessages`), so that the hooks carry no locale detection.
   */
  messages?: ProvidedMessages;
  locale?: string;
  /** CSP nonce for every script and style element consentkit (or Radix through it) creates. */
  nonce?: string;
  /** How people are asked: see `ConsentProviderProps['mode']`. */
  mode?: ConsentMode;
}

/**
 * How people are asked: `'banner'`, a first layer on the first visit; `'in-context'`, no first
 * layer, each feature asking when it is first used.
 */
export type ConsentMode = 'banner' | 'in-context';

export const ConsentContext = createContext<ConsentContextValue | null>(null);

/** Reads the provider's context, or throws naming the hook that was misused. */
export function useConsentContext(hook: string): ConsentContextValue {
  const value = useContext(ConsentContext);
  if (!value) throw new Error(`[consentkit] ${hook} must be used inside <ConsentProvider>`);
  return value;
}

/**
 * The provider's store, for imperative use (`store.openPreferences()` from a non-React footer link,
 * `store.subscribe` in an analytics loader).
 */
export function useConsentStore(): ConsentStore<CategoryId, CookieName, ServiceId, StorageKey> {
  return useConsentContext('useConsentStore').store;
}
