import { useMemo } from 'react';
import type { CategoryChoice, ConsentState } from '../core/store';
import type { JurisdictionModel } from '../core/jurisdictions';
import type { ConsentRecord } from '../core/record';
import type { CategoryId, ConsentKey, ServiceId } from './register';
import { useConsentContext } from './context';
import { useStoreState } from './use-store-state';

/** What `useConsent()` returns: the decision and the actions to change it. */
export interface ConsentControls {
  /** Storage has not answered yet (async adapters); render no consent UI until it has. */
  loading: boolean;
  /** A valid, current decision exists. */
  decided: boolean;
  /**
   * Each category's choice, and each service's (with an `id`) as `'service:<id>'`, granted only
   * with its category.
   */
  choices: Readonly<Record<ConsentKey, CategoryChoice>>;
  /** The stored proof of the decision (id, time, method, expiry), or null. */
  record: ConsentRecord | null;
  /** Asked again because the policy's `revision` changed since the person's last decision. */
  policyUpdated: boolean;
  /** Global Privacy Control is on. */
  gpc: boolean;
  /** Do Not Track is on. */
  dnt: boolean;
  /** The jurisdiction model where the person is (`'opt-in'` without a `region`). */
  model: JurisdictionModel;
  /** The preferences dialog is open. */
  preferencesOpen: boolean;
  acceptAll(): void;
  rejectAll(): void;
  /**
   * Persists a chosen subset, e.g. `save({ functional: true, analytics: false })`; services as
   * `'service:<id>'` (`save({ 'service:stripe': false })`).
   */
  save(choices: Partial<Record<ConsentKey, boolean>>): void;
  /** Forgets the decision and erases every declared cookie. */
  reset(): void;
  openPreferences(): void;
  closePreferences(): void;
  /**
   * Asks for one category or service (`'service:<id>'`) in context (the mounted `ConsentPrompt`
   * shows Allow / Not now) and resolves with whether it is granted: see the store's `requestConsent`.
   */
  requestConsent(key: ConsentKey): Promise<boolean>;
}

/**
 * Whether one category, or one service (`'service:stripe'`), is granted. A service is granted only
 * while its category is too. Re-renders only when that grant changes.
 */
export function useConsent(key: ConsentKey): boolean;
/** The whole decision and its actions. Re-renders on every consent change. */
export function useConsent(): ConsentControls;
export function useConsent(key?: ConsentKey): boolean | ConsentControls {
  const { store } = useConsentContext('useConsent');
  const selected = useStoreState<boolean | ConsentState<CategoryId, ServiceId>>('useConsent', (state) =>
    key === undefined ? state : state.choices[key] === 'granted',
  );
  return useMemo(() => {
    if (typeof selected === 'boolean') return selected;
    const { status, ...fields } = selected;
    const { acceptAll, rejectAll, save, reset, openPreferences, closePreferences, requestConsent } = store;
    return { ...fields, loading: status === 'loading', acceptAll, rejectAll, save, reset, openPreferences, closePreferences, requestConsent };
  }, [selected, store]);
}
