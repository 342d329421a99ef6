import type { ConsentConfig, ConsentKey } from './config';
import { describeError, type ConsentError } from './consent-error';
import { HOST_PREFIX, matchesCookie } from './cookie-syntax';
import { detectDoNotTrack, detectGlobalPrivacyControl, hasDocument } from './environment';
import { compareOrder, evaluateStored, lapsesAt, optedOut, orderOf, refuses, type CategoryChoice, type Evaluation } from './evaluate';
import { createGatedCookies, type GatedCookies } from './gated-cookies';
import { jurisdictionModel, REGION, type JurisdictionModel } from './jurisdictions';
import { callSafely } from './notify';
import { createConsentId, encodeConsentRecord, type ConsentMethod, type ConsentRecord } from './record';
import { createStorageQueue } from './storage-queue';
import type { SyncLink } from './sync';
import { warn } from './warn';
import type { eraseStorage } from './web-storage';
import { cookieAdapter } from '../storage/cookie';
import type { ConsentStorage } from '../storage/types';

export type { CategoryChoice };

/** Everything the store knows; a new object on every change. */
export interface ConsentState<C extends string = string, S extends string = string> {
  /** `'loading'` until the storage has answered (async adapters); UI waits for `'ready'`. */
  status: 'loading' | 'ready';
  /**
   * A valid, current decision exists and covers everything. False when missing, expired, from
   * another revision or incomplete: a new category asks everything again; a service added to a
   * granted category asks that category again (it reads undecided, the others keep their choices
   * and `record` stays the decision).
   */
  decided: boolean;
  /**
   * Each category's choice (required categories are always `'granted'`), and each service's with
   * an id, as `'service:<id>'`: `'granted'` only while its category is granted too (a required
   * category's services always are).
   */
  choices: Readonly<Record<ConsentKey<C, S>, CategoryChoice>>;
  /** The stored proof of the current decision, or null. */
  record: ConsentRecord | null;
  /**
   * The person is asked again because the policy changed: no current decision, and the newest
   * stored one was made under an older `revision` (the banner then says so).
   */
  policyUpdated: boolean;
  /** The preferences dialog is open. */
  preferencesOpen: boolean;
  /** Global Privacy Control is on. */
  gpc: boolean;
  /** Do Not Track is on (it changes nothing unless a category is marked `doNotTrack`). */
  dnt: boolean;
  /** The consent model where the person is (`'opt-in'` unless a `region` was given). */
  model: JurisdictionModel;
}

/** Passed to `onChange`: what a decision, reset or sync changed. */
export interface ConsentChange<C extends string = string, S extends string = string> {
  previous: ConsentState<C, S>;
  next: ConsentState<C, S>;
  /** Categories (and services, as `'service:<id>'`) whose choice changed, with the old and new choice. */
  diff: Partial<Record<ConsentKey<C, S>, { from: CategoryChoice; to: CategoryChoice }>>;
}

/**
 * App code the store calls. Each runs in isolation: one that throws is reported
 * (`kind: 'callback'`) and rethrown asynchronously, and never stops a decision from being stored
 * and announced.
 */
export interface ConsentCallbacks<C extends string = string, S extends string = string> {
  /** Called after every change of decision or choices, from this page, another tab or storage. */
  onChange?: (change: ConsentChange<C, S>) => void;
  /** Called when the person (in this tab) decides: accept all, reject all or save; after it is stored. */
  onDecision?: (record: ConsentRecord, state: ConsentState<C, S>) => void;
  /** Called when storage fails, a stored value is refused, a cookie is not written or a callback throws. */
  onError?: (error: ConsentError) => void;
}

/** Options for {@link createConsentStore}. */
export interface ConsentStoreOptions<C extends string = string, S extends string = string> extends ConsentCallbacks<C, S> {
  /**
   * Where the decision is kept.
   * @default cookieAdapter()
   */
  storage?: ConsentStorage;
  /**
   * The stored value as the server saw it (see `readConsentCookie`). When given, the store starts
   * from it so that server and client render the same state, and reads storage once connected
   * (after hydration), never during it.
   */
  initialValue?: string | null;
  /**
   * Global Privacy Control signal. When not given, it is read from the browser, and read again
   * whenever the page becomes visible.
   * @default navigator.globalPrivacyControl === true
   */
  gpc?: boolean;
  /**
   * Global Privacy Control as the server saw it (the request's `Sec-GPC` header), for the first
   * render only: server and hydration then agree, and the browser's own signal (or `gpc`) takes
   * over once the store reads storage after hydration.
   * @default the `gpc` signal
   */
  initialGpc?: boolean;
  /**
   * Do Not Track signal, honoured for categories marked `doNotTrack`. When not given, it is read
   * from the browser, and read again whenever the page becomes visible.
   * @default navigator.doNotTrack === '1'
   */
  doNotTrack?: boolean;
  /**
   * Do Not Track as the server saw it (the request's `DNT` header), for the first render only, as
   * `initialGpc` is for GPC.
   * @default the `doNotTrack` signal
   */
  initialDoNotTrack?: boolean;
  /**
   * The server's clock (milliseconds) when it read `initialValue`: the first render evaluates the
   * value at that moment, so a client clock that has passed the decision's expiry (or lags behind
   * its time) cannot make hydration differ from the server. Storage is read at the page's own time.
   * @default the `now` clock
   */
  initialTime?: number;
  /**
   * Where the person is, e.g. `'US-CA'` or `'DE'` (from `regionFromHeaders` on the server, or the
   * site's own knowledge): picks the consent model from `config.jurisdictions` and the shipped
   * mapping, and is noted in each decision. Without it every person is treated as opt-in.
   * @default undefined (opt-in)
   */
  region?: string;
  /** Clock in milliseconds, for tests. @default Date.now */
  now?: () => number;
  /**
   * How long an asynchronous storage call may take, in milliseconds. A `get()` that has not
   * answered by then leaves the store ready and undecided (reported as a storage error); an answer
   * that arrives later is still taken if nobody decided meanwhile. `Infinity` waits for good.
   * @default 3000
   */
  loadTimeout?: number;
}

/** The framework-free consent store: state, actions and consent-gated cookies. */
export interface ConsentStore<C extends string = string, N extends string = string, S extends string = string, K extends string = string> {
  readonly config: ConsentConfig<C, N, S, K>;
  /** Current state. */
  getState(): ConsentState<C, S>;
  /** State before this page read storage: what a server renders, and what hydration starts from. */
  getInitialState(): ConsentState<C, S>;
  /** Calls `listener` after every state change; returns an unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** Adds callbacks (the same as the options' ones) for as long as needed; returns a remove function. */
  observe(callbacks: ConsentCallbacks<C, S>): () => void;
  /**
   * The category, or the service (`'service:<id>'`), is granted by a current decision (required
   * categories and their services always are; unknown ids never are). A service needs its category
   * granted too.
   */
  isGranted(key: ConsentKey<C, S>): boolean;
  /** Grants every category (except sale/sharing ones while GPC is on) and persists. */
  acceptAll(): void;
  /** Denies every non-required category and persists. */
  rejectAll(): void;
  /**
   * Persists a chosen subset; categories left out keep their current grant, or are denied. Services
   * are named `'service:<id>'`: a category given sets each of its services left out to the same;
   * a service granted grants its category; a service left out (with its category) keeps its
   * current grant, or is denied. Made while stored consent is still loading, it waits for it and
   * applies on top of what loads.
   */
  save(choices: Partial<Record<ConsentKey<C, S>, boolean>>): void;
  /** Forgets the decision and erases every declared cookie, as on account deletion. */
  reset(): void;
  /** Opens the preferences dialog (works outside React too, e.g. from a footer link). */
  openPreferences(): void;
  /** Closes the preferences dialog without saving. */
  closePreferences(): void;
  /**
   * Asks the person for one category or service (`'service:<id>'`), in context, through the
   * mounted `ConsentPrompt` (Allow / Not now), and resolves with whether it is granted once they
   * answer: Allow saves a grant of it (a service's grant grants its category, not the category's
   * other services), keeping every other choice; Not now (or Escape) saves nothing. Already
   * granted: true at once, nothing shown. Resolves false, showing nothing, for an unknown key, on a
   * server, or when no `ConsentPrompt` is mounted (development builds say why).
   */
  requestConsent(key: ConsentKey<C, S>): Promise<boolean>;
  /**
   * Follows the page: other tabs and stores on the same storage, storage change events, back/forward
   * cache restores, the tab becoming visible, the decision's expiry; and erases cookies of
   * categories without consent. Counted: each call returns its own stop function, and the store
   * stays connected until every one has been called.
   */
  connect(): () => void;
  /** Consent-gated access to the declared cookies. */
  readonly cookies: GatedCookies<N>;
  /**
   * Reports a problem the way the store reports its own: to `onError`, and as a development warning.
   * For parts built on the store (the storage hook, integrations).
   */
  report(error: ConsentError): void;
}

/** Runs `run` when the browser is idle, within a second at the latest; after a timer where `requestIdleCallback` is missing (Safari, jsdom). */
const whenIdle = (run: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 1000 }) : setTimeout(run));

/**
 * Creates a consent store. One per provider (or per app), never a module singleton, so that
 * server requests and tests do not share consent.
 */
export function createConsentStore<C extends string, N extends string, S extends string = string, K extends string = string>(
  config: ConsentConfig<C, N, S, K>,
  options: ConsentStoreOptions<C, S> = {},
): ConsentStore<C, N, S, K> {
  // Storage, clock and timeout are read once; callbacks are looked up on every call, so that
  // whoever owns `options` (the provider) can keep them current.
  const { storage = cookieAdapter(), now = Date.now, initialValue, loadTimeout = 3000 } = options;
  const { categoryIds: ids, categories } = config;
  // Services with a consent of their own.
  const services = config.services.filter((service) => service.id) as { id: S; category: C }[];
  // The record marks Do Not Track only where a category honours it, so that other sites keep schema 1.
  const honoursDnt = ids.some((id) => categories[id].doNotTrack);
  // A declared cookie covering the consent cookie would be erased with its category, and the decision with it.
  const clash = config.cookies.findIndex(({ name }) => storage.key !== undefined && [storage.key, storage.key.replace(HOST_PREFIX, '')].some((key) => matchesCookie(name, key)));
  if (clash >= 0) throw new TypeError(`[consentkit] config.cookies[${clash}].name matches the consent cookie "${storage.key}"`);
  // A region the record could not store is no region: opt-in, as without one.
  const region = REGION.test(options.region ?? '') ? options.region : undefined;
  if (process.env.NODE_ENV !== 'production' && options.region && !region) warn(`region "${options.region}" is not a region code such as 'US-CA' or 'DE': treated as unknown (opt-in)`);
  const model = jurisdictionModel(region, config.jurisdictions);
  let gpc = options.gpc ?? detectGlobalPrivacyControl();
  let dnt = options.doNotTrack ?? detectDoNotTrack();
  const listeners = new Set<() => void>();
  const observers = new Set<ConsentCallbacks<C, S>>([options]);
  // Storage is read lazily, on first use, so that a store React creates twice (StrictMode) and
  // throws away never touches it. A read made during a render keeps its reports until after it.
  let unread = hasDocument();
  // Reports made while the store is created (maybe inside a render) wait too.
  let silent = true;
  let held: ConsentError[] = [];
  // Bumped by every decision made or adopted here: a storage read started before it is stale.
  let generation = 0;
  // Storage reads made so far: a late answer counts only if it is the newest.
  let reads = 0;
  // Choices saved while stored consent was still loading, applied on top of what loads.
  let saved: Partial<Record<ConsentKey<C, S>, boolean>> | undefined;
  let connections = 0;
  let link: SyncLink | undefined;
  // Loaded with the sync code once connected: the first load carries no storage-key code.
  let eraseStored: typeof eraseStorage | undefined;

  const emit = <E extends keyof ConsentCallbacks<C, S>>(key: E, ...args: Parameters<NonNullable<ConsentCallbacks<C, S>[E]>>) =>
    observers.forEach((observer) =>
      // A throwing onError is rethrown but not reported again (that would loop).
      callSafely(key === 'onError' ? undefined : report, key, () => (observer[key] as ((...a: typeof args) => void) | undefined)?.(...args)),
    );

  function report(error: ConsentError) {
    if (silent) held.push(error);
    else {
      if (process.env.NODE_ENV !== 'production') warn(describeError(error), 'error' in error ? error.error : undefined);
      emit('onError', error);
    }
  }
  const release = () => {
    const errors = held;
    held = [];
    errors.forEach(report);
  };

  const queue = createStorageQueue(storage, loadTimeout, (operation, error) => report({ kind: 'storage', operation, error }));
  // A stored value refused once is not reported again each time storage is read.
  let refused: string | undefined;
  const evaluate = (raw: unknown, at = now(), signal = gpc, dntSignal = dnt) => {
    const seen = String(raw);
    const errors: ConsentError[] = [];
    const result = evaluateStored(config, raw, at / 1000, signal, (error) => errors.push(error), dntSignal, model);
    if (seen !== refused) errors.forEach(report);
    if (errors.length) refused = seen;
    return result;
  };

  const { initialGpc = gpc, initialDoNotTrack = dnt } = options;
  const [known, given] = evaluate(initialValue, options.initialTime, initialGpc, initialDoNotTrack);
  // Every key a choice is kept under: category ids, then `service:<id>`.
  const keys = Object.keys(known.choices) as ConsentKey<C, S>[];
  // The newest decision or reset this store knows of, as it is stored: what every store and storage
  // converge on. A reset is stored as a short-lived marker, never as a removal: "nothing stored" has
  // no place in time, so a late removal could not be told from a withdrawal and could erase a newer
  // decision.
  let latest = given;
  const isNewer = (record?: ConsentRecord) => compareOrder(orderOf(record), orderOf(latest));
  const initial: ConsentState<C, S> = {
    // Without a DOM (a server) nothing is read: the state stays what the server knows.
    status: initialValue !== undefined ? 'ready' : 'loading',
    ...known,
    preferencesOpen: false,
    gpc: initialGpc,
    dnt: initialDoNotTrack,
    model,
  };
  let state = initial;
  silent = false;

  const lapsed = (record: ConsentRecord | null) => !!record && lapsesAt(config, record) <= now() / 1000;

  const isGranted = (key: ConsentKey<C, S>): boolean => {
    const choice = getState().choices[key];
    const service = services.find(({ id }) => `service:${id}` === key);
    // A service needs its own grant and its category's.
    if (service) return choice === 'granted' && isGranted(service.category);
    if (process.env.NODE_ENV !== 'production' && choice === undefined) warn(`unknown ${String(key).startsWith('service:') ? 'service' : 'category'} "${String(key)}": treated as not granted`);
    // A decision that lapsed a moment ago grants nothing, even before the expiry timer has run; nor
    // does a sale/sharing grant made without GPC while this browser has it on (or a doNotTrack one
    // made without DNT), even while the first render still shows the server's signal (guarantee G1).
    return choice === 'granted' && (!!categories[key as C].required || (!lapsed(state.record) && !optedOut(categories[key as C], gpc, dnt, state.record)));
  };

  const cookies = createGatedCookies(config, isGranted as (key: string) => boolean, { report, storageCookie: storage.key });
  /**
   * Erases the declared cookies and storage keys of these categories and services. Storage keys
   * once connected: a revocation before that (within the first moments of a page) leaves them to
   * the sweep that connecting runs.
   */
  const erase = (revoked: readonly string[]) => {
    cookies.erase(revoked);
    eraseStored?.(config, revoked, now());
  };
  // Cookies and storage keys of categories and services without consent (left by an older decision,
  // another tab or a script that ran before consentkit) are erased while connected, whenever the
  // decision is (re)read; so are stored values past their declared lifetime.
  const sweep = () => link && erase(keys.filter((key) => state.choices[key] !== 'granted'));

  // Re-reads the current decision at the moment it lapses.
  const schedule = () => state.record && link?.wake(lapsesAt(config, state.record) * 1000 - now(), refresh);

  function setState(patch: Partial<ConsentState<C, S>>) {
    const previous = state;
    state = { ...state, ...patch };
    if (silent) return;
    const changed = keys.filter((key) => previous.choices[key] !== state.choices[key]);
    // Revocation erases the category's (or service's) cookies and storage keys before anyone is
    // told, so no listener sees them.
    erase(changed.filter((key) => previous.choices[key] === 'granted'));
    schedule();
    listeners.forEach((listener) => callSafely(report, 'subscribe listener', listener));
    if (changed.length || previous.decided !== state.decided) {
      const diff = Object.fromEntries(changed.map((key) => [key, { from: previous.choices[key], to: state.choices[key] }]));
      emit('onChange', { previous, next: state, diff: diff as ConsentChange<C, S>['diff'] });
    }
  }

  /** Shows what a stored value means now, unless it changes nothing. */
  function apply([next, newest]: [Evaluation<C, S>, ConsentRecord | undefined]) {
    if (isNewer(newest) > 0) latest = newest;
    if (
      state.status === 'loading' ||
      state.gpc !== gpc ||
      state.dnt !== dnt ||
      state.record?.id !== next.record?.id ||
      state.decided !== next.decided ||
      keys.some((key) => state.choices[key] !== next.choices[key])
    ) {
      setState({ status: 'ready', ...next, gpc, dnt });
    } else schedule();
    sweep();
    honourGpc();
  }

  /**
   * Outside opt-in, GPC is an opt-out with no click: once connected, it is stored as a decision
   * refusing the sale/sharing categories (keeping every other current choice), so that the opt-out
   * stays when the signal goes away, until the person explicitly opts in.
   */
  function honourGpc() {
    const sold = ids.filter((id) => categories[id].saleOrSharing);
    // Choices the person saved while storage loaded come first (they are applied right after).
    if (link && !saved && model !== 'opt-in' && gpc && !state.record?.gpc && sold.some((id) => state.record?.choices[id] !== false)) {
      decide('custom', Object.fromEntries(sold.map((id) => [id, false])));
    }
  }

  // The current decision, read again: it may have lapsed, or GPC may have changed what it grants.
  function refresh() {
    apply(evaluate(latest && encodeConsentRecord(latest)));
  }

  // GPC (or DNT) turned on must deny sale/sharing (or doNotTrack) categories at once, not once storage answers.
  const checkSignals = () => {
    const was = [gpc, dnt] + '';
    gpc = options.gpc ?? detectGlobalPrivacyControl();
    dnt = options.doNotTrack ?? detectDoNotTrack();
    if (was !== [gpc, dnt] + '') refresh();
  };

  const load = () => {
    const read = ++reads;
    const started = generation;
    let answered = false;
    queue('get', [], (raw, ok) => {
      // Reads answer in the order they were made, so each may be taken, unless a decision was made
      // since it started; an answer that arrives after its timeout only while no newer read exists.
      const late = answered;
      answered = true;
      if (started !== generation || (late && read !== reads)) return;
      // A failed read keeps whatever this page already decided; only a first read falls back to undecided.
      if (ok) {
        const next = evaluate(raw);
        // Storage holding an older decision than this page knows lost a write (it failed, or a late
        // one overtook it): the newer one is stored again. Nothing stored at all is a withdrawal.
        if (next[1] && isNewer(next[1]) < 0) write(latest!);
        else apply(next);
      } else if (state.status === 'loading') setState({ status: 'ready' });
      if (saved && state.status === 'ready') {
        const choices = saved;
        saved = undefined;
        decide('custom', choices);
      }
    });
  };

  const read = (quiet?: boolean) => {
    if (unread) {
      unread = false;
      silent = !!quiet;
      load();
      silent = false;
    }
    if (held.length) queueMicrotask(release);
  };

  function getState() {
    // With a server's value the first read waits for connect(): hydration must match the server.
    if (initialValue === undefined) read(true);
    return state;
  }

  /**
   * Stores a decision or reset, then tells the other stores. A message carries the stored value
   * itself: a cookie written here can reach another tab's `document.cookie` after the message does.
   */
  const write = (record: ConsentRecord) => {
    const value = encodeConsentRecord(record);
    let late = false;
    queue('set', [value, record], () => {
      link?.post(value);
      // A write that landed after its timeout may have overwritten a newer value: check storage.
      if (late && isNewer(record) < 0) load();
      late = true;
    });
  };

  /**
   * A place in time for a decision or reset made here now: after the newest one known (made here
   * or adopted), even within one millisecond, so that a later click always wins. Ids begin with
   * their time in milliseconds; an id that does not (an older format) counts as the end of its second.
   */
  const stamp = (method: ConsentMethod, lifetime: number, choices: Record<string, boolean>, serviceChoices?: Record<string, boolean>): ConsentRecord => {
    const [at, id] = orderOf(latest);
    const ms = parseInt(id.slice(0, 12), 16);
    const time = Math.max(now(), (ms >= at * 1000 && ms < at * 1000 + 1000 ? ms : at * 1000 + 999) + 1);
    const decidedAt = Math.floor(time / 1000);
    latest = { schema: 1, revision: config.revision, id: createConsentId(time), decidedAt, expiresAt: decidedAt + lifetime, method, gpc, choices };
    // Schema 2 only when there is something to say in it: services, or Do Not Track where it counts.
    if (serviceChoices) latest = { ...latest, schema: 2, services: serviceChoices, dnt: honoursDnt && dnt };
    // The model (and region) only where a region is known, so that other sites keep schema 1 or 2.
    if (region) latest = { ...latest, schema: 3, model, region };
    write(latest);
    return latest;
  };

  /**
   * A message from another store: a newer value wins. An older one means its sender's write may
   * have landed after this page's newer one, so storage is read, and the newer value stored again
   * if it was overwritten. Nothing is written blind: a page that closes right after adopting a value
   * can never leave storage older than it found it.
   */
  const receive = (message: unknown) => {
    // The value goes through the codec and every check of a stored one.
    const next = evaluate(message);
    const newer = isNewer(next[1]);
    if (newer > 0) {
      generation++;
      apply(next);
    } else if (newer < 0) load();
  };

  /**
   * One path for every decision: explicit choices win, then what the method implies. It is stored
   * first, then announced, so that no listener can stop it from being kept (guarantee G2).
   */
  function decide(method: ConsentMethod, wanted: Partial<Record<string, boolean>> = {}) {
    read();
    // A decision is made under the GPC and DNT signals of this moment, whatever the page saw earlier.
    checkSignals();
    if (state.status === 'loading' && method === 'custom') {
      saved = { ...saved, ...wanted };
      return;
    }
    saved = undefined;
    generation++;
    const given = (key: string) => typeof wanted[key] === 'boolean';
    const choices = Object.fromEntries(
      ids.map((id) => [
        id,
        !!categories[id].required ||
          (given(id)
            ? wanted[id]!
            : // A service granted grants its category.
              services.some(({ id: service, category }) => category === id && wanted[`service:${service}`] === true) ||
              (method === 'accept-all'
                ? !optedOut(categories[id], gpc, dnt)
                : // save() keeps current grants for categories it leaves out (also a grant asked
                  // again for a service added since); reject-all keeps none.
                  method === 'custom' && (state.choices[id as C] === 'granted' || (state.choices[id as C] !== 'denied' && !!state.record?.choices[id])))),
      ]),
    );
    const serviceChoices =
      services.length || (honoursDnt && dnt)
        ? Object.fromEntries(
            services.map(({ id, category }) => [
              id,
              // Granted only with its category; then its own choice, else what its category was given
              // (Accept all, Reject all, a category switch), else what the decision held.
              choices[category]! &&
                (!!categories[category].required ||
                  (given(`service:${id}`) ? wanted[`service:${id}`]! : method !== 'custom' || given(category) || !!state.record?.services?.[id])),
            ]),
          )
        : undefined;
    // Acceptances and refusals may live differently long (consentExpiry: { accepted, rejected }).
    const record = stamp(
      method,
      refuses({ method, choices, services: serviceChoices }) ? config.rejectedExpirySeconds : config.consentExpirySeconds,
      choices,
      serviceChoices,
    );
    setState({ status: 'ready', ...evaluate(encodeConsentRecord(record))[0], preferencesOpen: false });
    emit('onDecision', state.record!, state);
  }

  const store: ConsentStore<C, N, S, K> = {
    config,
    cookies,
    getState,
    getInitialState: () => initial,
    subscribe(listener) {
      // Subscribing happens outside render: reports held since a read made during one are due now.
      read();
      release();
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    observe(callbacks) {
      observers.add(callbacks);
      return () => observers.delete(callbacks);
    },
    isGranted,
    report,
    acceptAll: () => decide('accept-all'),
    rejectAll: () => decide('reject-all'),
    save(wanted) {
      if (process.env.NODE_ENV !== 'production') {
        for (const key of Object.keys(wanted ?? {})) {
          if (!keys.includes(key as C)) warn(`save(): unknown ${key.startsWith('service:') ? 'service' : 'category'} "${key}" ignored`);
          else if (typeof wanted[key as C] !== 'boolean') warn(`save(): choice for "${key}" is not a boolean; ignored`);
        }
      }
      decide('custom', wanted);
    },
    reset() {
      read();
      saved = undefined;
      generation++;
      erase(ids);
      // A marker that outlives every race between tabs, then lapses: nothing of the decision is kept.
      stamp('reset', 86400, {});
      setState({ status: 'ready', ...evaluate(null)[0] });
    },
    openPreferences: () => setState({ preferencesOpen: true }),
    closePreferences: () => setState({ preferencesOpen: false }),
    // Asking is code only pages that ask need: it loads on the first request.
    requestConsent: (target) => import('./consent-request').then((asking) => asking.requestConsent(store, target)),
    connect() {
      if (!hasDocument()) return () => {};
      read();
      release();
      if (!connections++) {
        const started = generation;
        // Following other tabs and sweeping are not needed for first paint: their code loads, and
        // they start, once the page is idle (within a second at the latest). A decision made
        // meanwhile is stored and announced as usual; only storage keys wait for the sweep.
        // Nothing is fetched for a store every reader left before the page was idle (an unmount, a
        // test that ended): the module would load into a torn-down page.
        whenIdle(() => connections && import('./sync').then(({ startSync, eraseStorage }) => {
          if (!connections || link) return;
          eraseStored = eraseStorage;
          const reconcile = () => {
            checkSignals();
            load();
          };
          link = startSync(storage, receive, reconcile);
          // A decision made here while this loaded is announced now; one made elsewhere meanwhile
          // is found by reading storage again (the read also sweeps and arms the expiry).
          if (started !== generation && latest) link.post(encodeConsentRecord(latest));
          // GPC or DNT may have changed before the page was idle, with nobody listening yet.
          reconcile();
        }));
      }
      let open = true;
      return () => {
        if (!open) return;
        open = false;
        if (!--connections) {
          link?.stop();
          link = undefined;
        }
      };
    },
  };
  return store;
}
