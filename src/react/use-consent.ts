import { useMemo } from 'react';
import type { CategoryChoice, ConsentState } from '../core/store';
import type { ConsentRecord } from '../core/record';
import type { CategoryId } from './register';
import { useConsentContext } from './context';
import { useStoreState } from './use-store-state';

/** What `useConsent()` returns: the decision and the actions to change it. */
export interface ConsentControls {
  /** Storage has not answered yet (async adapters); render no consent UI until it has. */
  loading: boolean;
  /** A valid, current decision exists. */
  decided: boolean;
  /** Each category's choice. */
  choices: Readonly<Record<CategoryId, CategoryChoice>>;
  /** The stored proof of the decision (id, time, method, expiry), or null. */
  record: ConsentRecord | null;
  /** Asked again because the policy's `revision` changed since the person's last decision. */
  policyUpdated: boolean;
  /** Global Privacy Control is on. */
  gpc: boolean;
  /** The preferences dialog is open. */
  preferencesOpen: boolean;
  acceptAll(): void;
  rejectAll(): void;
  /** Persists a chosen subset, e.g. `save({ functional: true, analytics: false })`. */
  save(choices: Partial<Record<CategoryId, boolean>>): void;
  /** Forgets the decision and erases every declared cookie. */
  reset(): void;
  openPreferences(): void;
  closePreferences(): void;
  /**
   * Asks for one category in context (the mounted `ConsentPrompt` shows Allow / Not now) and
   * resolves with whether it is granted: see the store's `requestConsent`.
   */
  requestConsent(category: CategoryId): Promise<boolean>;
}

/** Whether one category is granted. Re-renders only when that category's grant changes. */
export function useConsent(category: CategoryId): boolean;
/** The whole decision and its actions. Re-renders on every consent change. */
export function useConsent(): ConsentControls;
export function useConsent(category?: CategoryId): boolean | ConsentControls {
  const { store } = useConsentContext('useConsent');
  const selected = useStoreState<boolean | ConsentState<CategoryId>>('useConsent', (state) =>
    category === undefined ? state : state.choices[category] === 'granted',
  );
  return useMemo(() => {
    if (typeof selected === 'boolean') return selected;
    const { status, ...fields } = selected;
    const { acceptAll, rejectAll, save, reset, openPreferences, closePreferences, requestConsent } = store;
    return { ...fields, loading: status === 'loading', acceptAll, rejectAll, save, reset, openPreferences, closePreferences, requestConsent };
  }, [selected, store]);
}
