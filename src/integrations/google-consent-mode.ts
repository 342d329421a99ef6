import type { ConsentConfig } from '../core/config';
import type { ConsentStore } from '../core/store';
import { check } from '../core/validate-config';
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

/** The seven signals, in the order Google lists them. */
export const GOOGLE_CONSENT_TYPES: readonly GoogleConsentType[] = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
];

/** Which signals each category carries. A category left out keeps its default mapping; `[]` maps it to none. */
export type GoogleConsentMap<C extends string = string> = Partial<Record<C, readonly GoogleConsentType[]>>;

/** Signal values as `gtag('consent', …)` takes them. */
export type GoogleConsentSignals = Partial<Record<GoogleConsentType, 'granted' | 'denied'>>;

/**
 * The `event` of the plain `dataLayer` object pushed after each decision and withdrawal, right
 * after its consent update, for Google Tag Manager "Custom Event" triggers:
 * `{ event: 'consentkit_consent', consentkit: { id, method, granted, denied, gpc } }`.
 */
export const GOOGLE_CONSENT_EVENT = 'consentkit_consent';

const ADS: readonly GoogleConsentType[] = ['ad_storage', 'ad_user_data', 'ad_personalization'];
const STORAGE: readonly GoogleConsentType[] = ['functionality_storage', 'personalization_storage'];
const BY_ID: Record<string, readonly GoogleConsentType[]> = {
  analytics: ['analytics_storage'],
  marketing: ADS,
  advertising: ADS,
  functional: STORAGE,
  preferences: STORAGE,
};

/**
 * The category → signals mapping: required categories carry `security_storage`; `analytics`
 * carries `analytics_storage`; `marketing` and `advertising` the three ad signals; `functional` and
 * `preferences` carry `functionality_storage` and `personalization_storage`; other ids none.
 * `overrides` replace the mapping of the categories they name. An unknown category or signal
 * throws a TypeError naming it.
 */
export function googleConsentMap<C extends string>(config: ConsentConfig<C, string>, overrides: GoogleConsentMap<C> = {}): Record<C, readonly GoogleConsentType[]> {
  for (const [id, types] of Object.entries(overrides) as [string, unknown][]) {
    const field = `googleConsentMode map.${id}`;
    check(config.categoryIds.includes(id as C), field, process.env.NODE_ENV !== 'production' && 'is not a declared category');
    check(types === undefined || (Array.isArray(types) && types.every((type) => GOOGLE_CONSENT_TYPES.includes(type))), field, process.env.NODE_ENV !== 'production' && 'must list Google Consent Mode signals');
  }
  return Object.fromEntries(
    config.categoryIds.map((id) => [id, overrides[id] ?? (config.categories[id].required ? ['security_storage'] : (BY_ID[id] ?? []))]),
  ) as Record<C, readonly GoogleConsentType[]>;
}

/**
 * The mapped signals for the categories `granted` says yes to. A signal several categories carry is
 * granted only when every one of them is.
 */
export function googleConsentSignals<C extends string>(map: Record<C, readonly GoogleConsentType[]>, granted: (category: C) => boolean): GoogleConsentSignals {
  const result: GoogleConsentSignals = {};
  for (const category of Object.keys(map) as C[]) {
    for (const type of map[category]) result[type] = granted(category) && result[type] !== 'denied' ? 'granted' : 'denied';
  }
  return result;
}

/**
 * The `default` command's signals: all seven, granted only for signals carried by required
 * categories alone (such as `security_storage`), denied for every other one, mapped or not.
 */
export const googleConsentDefaults = <C extends string>(config: ConsentConfig<C, string>, map: Record<C, readonly GoogleConsentType[]>): GoogleConsentSignals => ({
  ...Object.fromEntries(GOOGLE_CONSENT_TYPES.map((type) => [type, 'denied'])),
  ...googleConsentSignals(map, (category) => !!config.categories[category].required),
});

declare global {
  interface Window {
    dataLayer?: unknown[];
  }
}

/** Pushes onto `window.dataLayer` (made when missing); one that throws is reported in development and never reaches the caller. */
export function pushDataLayer(entry: unknown) {
  try {
    (window.dataLayer = window.dataLayer || []).push(entry);
  } catch (error) {
    if (process.env.NODE_ENV !== 'production') warn('Google Consent Mode: dataLayer.push() failed', error);
  }
}

/** `gtag()` as Google's snippet defines it: it pushes its `arguments` object, the only shape Google's tags read. */
export function gtag(..._args: unknown[]): void {
  // eslint-disable-next-line prefer-rest-params
  pushDataLayer(arguments);
}

/** Options for {@link connectGoogleConsentMode}. */
export interface GoogleConsentModeOptions {
  /**
   * Push the `default` command. `'auto'` pushes it only when the `dataLayer` holds none yet (the
   * head script from `googleConsentModeDefaults` normally did), and then warns in development: a
   * default pushed this late may come after Google's tags have sent data.
   * @default 'auto'
   */
  defaults?: 'auto' | boolean;
}

const isConsentDefault = (entry: unknown) => {
  const args = entry as ArrayLike<unknown> | null;
  return !!args && typeof args === 'object' && args[0] === 'consent' && args[1] === 'default';
};

/**
 * Keeps Google Consent Mode v2 in step with the store, as `<GoogleConsentMode />` does:
 * - a `default` for all seven signals, unless the page already has one (see `options.defaults`);
 * - an `update` with every mapped signal when a decision is known at once (or the store already
 *   grants what the defaults deny, with no current decision: see below), then after every
 *   decision made here (a first "Reject all" too, though it changes no signal), every withdrawal
 *   (`reset()`, or the decision lapsing), every decision another tab made and every change of a
 *   signal (GPC turned on);
 * - right after each of those updates but the last kind, the plain `dataLayer` event
 *   {@link GOOGLE_CONSENT_EVENT}.
 *
 * Without a current decision the store may still grant something: the categories a decision kept
 * while another is asked again for a service added to it since, or a sale/sharing category where
 * the person's region is opt-out. Those signals are sent in an `update` at once, without the event.
 *
 * `map` changes the default mapping of the categories it names (see {@link googleConsentMap}), e.g.
 * `{ marketing: ['ad_storage', 'ad_user_data'], social: ['ad_personalization'] }`. A throwing
 * `dataLayer` never stops a decision. Returns a function that stops the updates.
 */
export function connectGoogleConsentMode<C extends string>(
  store: ConsentStore<C, string>,
  map?: GoogleConsentMap<C>,
  options: GoogleConsentModeOptions = {},
): () => void {
  const { config } = store;
  const { categoryIds: ids } = config;
  const signals = googleConsentMap(config, map);
  if (typeof window === 'undefined') return () => {};
  const { defaults = 'auto' } = options;
  let found = false;
  try {
    found = Array.prototype.some.call(window.dataLayer ?? [], isConsentDefault);
  } catch {
    // An unreadable dataLayer: pushDataLayer() reports it.
  }
  if (defaults === true || (defaults === 'auto' && !found)) {
    if (process.env.NODE_ENV !== 'production' && defaults === 'auto') {
      warn("Google Consent Mode: no consent default in the dataLayer yet; render googleConsentModeDefaults() in <head>, before Google's tags");
    }
    gtag('consent', 'default', googleConsentDefaults(config, signals));
  }
  // What Google was last told: before any update, the defaults' mapped part.
  let last = JSON.stringify(googleConsentSignals(signals, (category) => !!config.categories[category].required));
  let announced: string | undefined;
  const update = (decision: boolean) => {
    const next = googleConsentSignals(signals, store.isGranted);
    const key = JSON.stringify(next);
    if (decision || key !== last) gtag('consent', 'update', next);
    last = key;
    if (decision) {
      const { record, gpc } = store.getState();
      const granted = ids.filter(store.isGranted);
      announced = record?.id;
      pushDataLayer({
        event: GOOGLE_CONSENT_EVENT,
        consentkit: { id: record?.id ?? null, method: record?.method ?? 'reset', granted, denied: ids.filter((id) => !granted.includes(id)), gpc },
      });
    }
  };
  // Not decided is not nothing granted: a category keeps its grant while another is asked again (a
  // service added to it since), and a sale/sharing category runs without a decision where people
  // opt out. Google hears of those at once, with no decision event.
  update(store.getState().decided);
  return store.observe({
    onChange: ({ previous, next }) => update(previous.record?.id !== next.record?.id || previous.decided !== next.decided),
    // A decision that repeats the current choices changes no state, yet Google must hear of it.
    onDecision: (record) => announced !== record.id && update(true),
  });
}
