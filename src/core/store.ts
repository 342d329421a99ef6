import type { ConsentConfig } from './config';
import { HOST_PREFIX, matchesCookie } from './cookie-syntax';
import { detectDoNotTrack, detectGlobalPrivacyControl, hasDocument } from './environment';
import { evaluateStored, lapsesAt, optedOut, type CategoryChoice } from './evaluate';
import { createGatedCookies } from './gated-cookies';
import { jurisdictionModel, REGION } from './jurisdictions';
import { callSafely } from './notify';
import { compareOrder, encodeConsentRecord, orderOf, type ConsentRecord } from './record';
import type { ConsentError } from './consent-error';
import type { Evaluated, Freshness, StoreContext } from './store-context';
import { createDecisions } from './store-decisions';
import { createLifecycle } from './store-lifecycle';
import { createStoreReports } from './store-reports';
import { createStorageSync } from './store-sync';
import type { ConsentCallbacks, ConsentChange, ConsentState, ConsentStore, ConsentStoreOptions } from './store-types';
import { warn } from './warn';
import { cookieAdapter } from '../storage/cookie';

export type { CategoryChoice };
export type { ConsentCallbacks, ConsentChange, ConsentState, ConsentStore, ConsentStoreOptions } from './store-types';

/**
 * Creates a consent store. One per provider (or per app), never a module singleton, so that
 * server requests and tests do not share consent.
 *
 * This file keeps the state: what a stored value means, what it grants, and who is told when it
 * changes. Decisions, storage sync and the lifecycle live in files of their own (see
 * `StoreContext`).
 */
export function createConsentStore<C extends string, N extends string, S extends string = string, K extends string = string>(
  config: ConsentConfig<C, N, S, K>,
  options: ConsentStoreOptions<C, S> = {},
): ConsentStore<C, N, S, K> {
  // Storage and clock are read once; callbacks are looked up on every call, so that whoever owns
  // `options` (the provider) can keep them current.
  const { storage = cookieAdapter(), now = Date.now, initialValue } = options;
  const { categories } = config;
  // A declared cookie covering the consent cookie would be erased with its category, and the decision with it.
  const clash = config.cookies.findIndex(({ name }) => storage.key !== undefined && [storage.key, storage.key.replace(HOST_PREFIX, '')].some((key) => matchesCookie(name, key)));
  if (clash >= 0) throw new TypeError(`[consentkit] config.cookies[${clash}].name matches the consent cookie "${storage.key}"`);
  // A region the record could not store is no region: opt-in, as without one.
  const region = REGION.test(options.region ?? '') ? options.region : undefined;
  if (process.env.NODE_ENV !== 'production' && options.region && !region) warn(`region "${options.region}" is not a region code such as 'US-CA' or 'DE': treated as unknown (opt-in)`);
  const model = jurisdictionModel(region, config.jurisdictions);
  const listeners = new Set<() => void>();
  const observers = new Set<ConsentCallbacks<C, S>>([options]);
  // A stored value refused once is not reported again each time storage is read.
  let refused: string | undefined;

  const store = {
    config,
    options,
    storage,
    now,
    services: config.services.filter((service) => service.id),
    model,
    region,
    gpc: options.gpc ?? detectGlobalPrivacyControl(),
    dnt: options.doNotTrack ?? detectDoNotTrack(),
    generation: 0,
    silent: true,
    evaluate(raw, at = now(), signal = store.gpc, dntSignal = store.dnt) {
      // A key for the value, without String(): an object without a prototype, or one whose toString
      // throws, must reach the codec's checks, not crash the render that reads it.
      const seen = [raw].flat().map((item) => (typeof item == 'string' ? item : typeof item)).join('\n');
      const errors: ConsentError[] = [];
      const result = evaluateStored(config, raw, at / 1000, signal, (error) => errors.push(error), dntSignal, model);
      if (seen !== refused) errors.forEach(store.report);
      if (errors.length) refused = seen;
      return result;
    },
    isNewer: (record) => compareOrder(orderOf(record), orderOf(store.latest)),
  } as Partial<StoreContext<C, S>> as StoreContext<C, S>;
  Object.assign(store, createStoreReports(store, observers));

  const { initialGpc = store.gpc, initialDoNotTrack = store.dnt } = options;
  const [known, given] = store.evaluate(initialValue, options.initialTime, initialGpc, initialDoNotTrack);
  const keys = Object.keys(known.choices) as StoreContext<C, S>['keys'];
  const initial: ConsentState<C, S> = {
    // Without a DOM (a server) nothing is read: the state stays what the server knows.
    status: initialValue !== undefined ? 'ready' : 'loading',
    ...known,
    preferencesOpen: false,
    gpc: initialGpc,
    dnt: initialDoNotTrack,
    model,
  };
  Object.assign(store, { keys, latest: given, state: initial, confirmed: !hasDocument() || initialValue === undefined });
  store.silent = false;

  const lapsed = (record: ConsentRecord | null) => !!record && lapsesAt(config, record) <= now() / 1000;

  const isGranted = (key: string): boolean => {
    if (!store.confirmed) {
      store.read();
      if (!store.confirmed) return false;
    }
    const choice = getState().choices[key as C];
    const service = store.services.find(({ id }) => `service:${id}` === key);
    // A service needs its own grant and its category's.
    if (service) return choice === 'granted' && isGranted(service.category);
    if (process.env.NODE_ENV !== 'production' && choice === undefined) warn(`unknown ${key.startsWith('service:') ? 'service' : 'category'} "${key}": treated as not granted`);
    // A decision that lapsed a moment ago grants nothing, even before the expiry timer has run; nor
    // does a sale/sharing grant made without GPC while this browser has it on (or a doNotTrack one
    // made without DNT), even while the first render still shows the server's signal (guarantee G1).
    const { state } = store;
    return choice === 'granted' && (!!categories[key as C].required || (!lapsed(state.record) && !optedOut(categories[key as C], store.gpc, store.dnt, state.record)));
  };

  const cookies = createGatedCookies(config, isGranted, { report: store.report, storageCookie: storage.key });

  store.notify = () => listeners.forEach((listener) => callSafely(store.report, 'subscribe listener', listener));

  store.setState = (patch) => {
    const previous = store.state;
    const state = (store.state = { ...previous, ...patch });
    if (store.silent) return;
    const changed = keys.filter((key) => previous.choices[key] !== state.choices[key]);
    // Revocation erases the category's (or service's) cookies and storage keys before anyone is
    // told, so no listener sees them.
    store.erase(changed.filter((key) => previous.choices[key] === 'granted'));
    store.schedule();
    store.notify();
    if (changed.length || previous.decided !== state.decided) {
      const diff = Object.fromEntries(changed.map((key) => [key, { from: previous.choices[key], to: state.choices[key] }]));
      store.emit('onChange', { previous, next: state, diff: diff as ConsentChange<C, S>['diff'] });
    }
  };

  /**
   * Shows what a stored value means now, unless it changes nothing. `read`: `true` when the value
   * was just read from storage, so a GPC opt-out it calls for may be stored at once; `'next'` when
   * what follows takes care of it; absent, the opt-out reads storage first.
   */
  const apply = ([next, newest]: Evaluated<C, S>, read?: Freshness) => {
    if (store.isNewer(newest) > 0) store.latest = newest;
    const { state, gpc, dnt } = store;
    if (
      state.status === 'loading' ||
      state.gpc !== gpc ||
      state.dnt !== dnt ||
      state.record?.id !== next.record?.id ||
      state.decided !== next.decided ||
      // The banner says the policy changed only while an older revision's choice is the last one.
      state.policyUpdated !== next.policyUpdated ||
      keys.some((key) => state.choices[key] !== next.choices[key])
    ) {
      store.setState({ status: 'ready', ...next, gpc, dnt });
    } else store.schedule();
    store.sweep();
    store.honourGpc(read);
  };

  /**
   * Shows a value read or heard; with choices saved while stored consent loaded, makes it only the
   * base of those choices, which apply at once: it is never shown, since a grant the person has
   * just refused would start scripts that no later save can stop.
   */
  store.adopt = (next, read) => {
    const { saved } = store;
    if (!saved) return apply(next, read);
    if (store.isNewer(next[1]) > 0) store.latest = next[1];
    store.state = { ...store.state, status: 'ready', ...next[0] };
    store.saved = undefined;
    store.decide('custom', saved);
  };

  store.refresh = (read) => {
    const { latest } = store;
    apply(store.evaluate(latest && encodeConsentRecord(latest)), read);
  };

  // GPC (or DNT) turned on must deny sale/sharing (or doNotTrack) categories at once, not once storage answers.
  store.checkSignals = (read) => {
    const was = [store.gpc, store.dnt] + '';
    store.gpc = options.gpc ?? detectGlobalPrivacyControl();
    store.dnt = options.doNotTrack ?? detectDoNotTrack();
    if (was !== [store.gpc, store.dnt] + '') store.refresh(read);
  };

  const decisions = createDecisions(store);
  const lifecycle = createLifecycle(store, cookies);
  Object.assign(store, decisions, createStorageSync(store), lifecycle);

  function getState() {
    // With a server's value the first read waits for connect(): hydration must match the server.
    if (initialValue === undefined) store.read(true);
    return store.state;
  }

  const consentStore: ConsentStore<C, N, S, K> = {
    config,
    cookies,
    getState,
    getInitialState: () => initial,
    subscribe(listener) {
      // Subscribing happens outside render: reports held since a read made during one are due now.
      store.read();
      store.release();
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    observe(callbacks) {
      observers.add(callbacks);
      return () => observers.delete(callbacks);
    },
    isGranted,
    report: store.report,
    acceptAll: () => store.decide('accept-all'),
    rejectAll: () => store.decide('reject-all'),
    save: decisions.save,
    reset: decisions.reset,
    openPreferences: () => store.setState({ preferencesOpen: true }),
    closePreferences: () => store.setState({ preferencesOpen: false }),
    // Asking is code only pages that ask need: it loads on the first request.
    requestConsent: (target) => import('./consent-request').then((asking) => asking.requestConsent(consentStore, target)),
    connect: lifecycle.connect,
  };
  return consentStore;
}
