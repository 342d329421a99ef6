import type { ConsentStore } from '../core/store';

/** Google Consent Mode v2 signals. */
export type GoogleConsentType =
  | 'ad_storage'
  | 'ad_user_data'
  | 'ad_personalization'
  | 'analytics_storage'
  | 'functionality_storage'
  | 'personalization_storage'
  | 'security_storage';

type Signals = Partial<Record<GoogleConsentType, 'granted' | 'denied'>>;

declare global {
  interface Window {
    dataLayer?: unknown[];
  }
}

/**
 * Keeps Google Consent Mode in step with the store: pushes a `default` of "denied" for every mapped
 * signal at once (before any Google tag can read it), then an `update` after every change.
 * `map` says which signals each category carries, e.g.
 * `{ analytics: ['analytics_storage'], marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'] }`.
 * Returns a function that stops the updates.
 */
export function connectGoogleConsentMode<C extends string>(
  store: ConsentStore<C, string>,
  map: Partial<Record<C, readonly GoogleConsentType[]>>,
): () => void {
  if (typeof window === 'undefined') return () => {};
  // gtag() pushes its `arguments` object, not an array; Google's tags only read that shape.
  function gtag(..._args: unknown[]) {
    // eslint-disable-next-line prefer-rest-params
    (window.dataLayer = window.dataLayer || []).push(arguments);
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
  gtag('consent', 'default', signals(() => false));
  let last = '';
  const update = () => {
    const next = signals(store.isGranted);
    const key = JSON.stringify(next);
    if (key !== last) {
      last = key;
      gtag('consent', 'update', next);
    }
  };
  if (store.getState().decided) update();
  else last = JSON.stringify(signals(() => false));
  return store.subscribe(update);
}
