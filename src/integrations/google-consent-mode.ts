import type { ConsentStore } from '../core/store';
import { warn } from '../core/warn';

/** Google Consent Mode v2 signals. */
export type GoogleConsentType =
  | 'ad_storage'
  | 'ad_user_data'
  | 'ad_personalization'
  | 'analytics_storage'
  | 'functionality_storage'
  | 'personalization_storage'
  | 'security_storage';

const TYPES: readonly GoogleConsentType[] = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
];

type Signals = Partial<Record<GoogleConsentType, 'granted' | 'denied'>>;

declare global {
  interface Window {
    dataLayer?: unknown[];
  }
}

/**
 * Keeps Google Consent Mode in step with the store. First a `default` that covers all seven
 * signals, before any Google tag can read it: granted for signals mapped only to required
 * categories (such as `security_storage` to `essential`), denied for every other one, mapped or
 * not. Then an `update` after every change of a mapped signal.
 * `map` says which signals each category carries, e.g.
 * `{ analytics: ['analytics_storage'], marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'] }`.
 * A `dataLayer` that throws is reported in development and never reaches the store.
 * Returns a function that stops the updates.
 */
export function connectGoogleConsentMode<C extends string>(
  store: ConsentStore<C, string>,
  map: Partial<Record<C, readonly GoogleConsentType[]>>,
): () => void {
  if (typeof window === 'undefined') return () => {};
  // gtag() pushes its `arguments` object, not an array; Google's tags only read that shape.
  function gtag(..._args: unknown[]) {
    try {
      // eslint-disable-next-line prefer-rest-params
      (window.dataLayer = window.dataLayer || []).push(arguments);
    } catch (error) {
      if (process.env.NODE_ENV !== 'production') warn('Google Consent Mode: dataLayer.push() failed', error);
    }
  }
  const signals = (granted: (category: C) => boolean): Signals => {
    const result: Signals = {};
    for (const category of Object.keys(map) as C[]) {
      for (const type of map[category] ?? []) {
        // A signal shared by several categories is granted only when all of them are.
        result[type] = granted(category) && result[type] !== 'denied' ? 'granted' : 'denied';
      }
    }
    return result;
  };
  // Before a decision only required categories are granted.
  const initial = signals((category) => !!store.config.categories[category]?.required);
  gtag('consent', 'default', { ...Object.fromEntries(TYPES.map((type) => [type, 'denied'])), ...initial });
  let last = JSON.stringify(initial);
  const update = () => {
    const next = signals(store.isGranted);
    const key = JSON.stringify(next);
    if (key !== last) {
      last = key;
      gtag('consent', 'update', next);
    }
  };
  update();
  return store.subscribe(update);
}
