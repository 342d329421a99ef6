import type { ConsentConfig } from './config';
import { describeError, type ConsentError } from './consent-error';
import { HOST_PREFIX, matchesCookie } from './cookie-syntax';
import { detectGlobalPrivacyControl, hasDocument } from './environment';
import { compareOrder, evaluateStored, lapsesAt, orderOf, type CategoryChoice, type Evaluation } from './evaluate';
import { createGatedCookies, type GatedCookies } from './gated-cookies';
import { callSafely } from './notify';
import { createConsentId, encodeConsentRecord, type ConsentMethod, type ConsentRecord } from './record';
import { createStorageQueue } from './storage-queue';
import type { SyncLink } from './sync';
import { warn } from './warn';
import { cookieAdapter } from '../storage/cookie';
import type { ConsentStorage } from '../storage/types';

export type { CategoryChoice };

/** Everything the store knows; a new object on every change. */
export interface ConsentState<C extends string = string> {
  /** `'loading'` until the storage has answered (async adapters); UI waits for `'ready'`. */
  status: 'loading' | 'ready';
  /** A valid, current decision exists. False when missing, expired, from another revision or incomplete. */
  decided: boolean;
  /** Each category's choice. Required categories are always `'granted'`. */
  choices: Readonly<Record<C, CategoryChoice>>;
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
}

/** Passed to `onChange`: what a decision, reset or sync changed. */
export interface ConsentChange<C extends string = string> {
  previous: ConsentState<C>;
  next: ConsentState<C>;
  /** Categories whose choice changed, with the old and new choice. */
  diff: Partial<Record<C, { from: CategoryChoice; to: CategoryChoice }>>;
}

/**
 * App code the store calls. Each runs in isolation: one that throws is reported
 * (`kind: 'callback'`) and rethrown asynchronously, and never stops a decision from being stored
 * and announced.
 */
export interface ConsentCallbacks<C extends string = string> {
  /** Called after every change of decision or choices, from this page, another tab or storage. */
  onChange?: (change: ConsentChange<C>) => void;
  /** Called when the person (in this tab) decides: accept all, reject all or save; after it is stored. */
  onDecision?: (record: ConsentRecord, state: ConsentState<C>) => void;
  /** Called when storage fails, a stored value is refused, a cookie is not written or a callback throws. */
  onError?: (error: ConsentError) => void;
}

/** Options for {@link createConsentStore}. */
export interface ConsentStoreOptions<C extends string = string> extends ConsentCallbacks<C> {
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
   * The server's clock (milliseconds) when it read `initialValue`: the first render evaluates the
   * value at that moment, so a client clock that has passed the decision's expiry (or lags behind
   * its time) cannot make hydration differ from the server. Storage is read at the page's own time.
   * @default the `now` clock
   */
  initialTime?: number;
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
export interface ConsentStore<C extends string = string, N extends string = string> {
  readonly config: ConsentConfig<C, N>;
  /** Current state. */
  getState(): ConsentState<C>;
  /** State before this page read storage: what a server renders, and what hydration starts from. */
  getInitialState(): ConsentState<C>;
  /** Calls `listener` after every state change; returns an unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** Adds callbacks (the same as the options' ones) for as long as needed; returns a remove function. */
  observe(callbacks: ConsentCallbacks<C>): () => void;
  /** The category is granted by a current decision (required ones always are; unknown ids never are). */
  isGranted(category: C): boolean;
  /** Grants every category (except sale/sharing ones while GPC is on) and persists. */
  acceptAll(): void;
  /** Denies every non-required category and persists. */
  rejectAll(): void;
  /**
   * Persists a chosen subset; categories left out keep their current grant, or are denied. Made
   * while stored consent is still loading, it waits for it and applies on top of what loads.
   */
  save(choices: Partial<Record<C, boolean>>): void;
  /** Forgets the decision and erases every declared cookie, as on account deletion. */
  reset(): void;
  /** Opens the preferences dialog (works outside React too, e.g. from a footer link). */
  openPreferences(): void;
  /** Closes the preferences dialog without saving. */
  closePreferences(): void;
  /**
   * Asks the person for one category, in context, through the mounted `ConsentPrompt` (Allow /
   * Not now), and resolves with whether it is granted once they answer: Allow saves a grant of
   * that category, keeping every other choice; Not now (or Escape) saves nothing. Already granted:
   * true at once, nothing shown. Resolves false, showing nothing, for an unknown category, on a
   * server, or when no `ConsentPrompt` is mounted (development builds say why).
   */
  requestConsent(category: C): Promise<boolean>;
  /**
   * Follows the page: other tabs and stores on the same storage, storage change events, back/forward
   * cache restores, the tab becoming visible, the decision's expiry; and erases cookies of
   * categories without consent. Counted: each call returns its own stop function, and the store
   * stays connected until every one has been called.
   */
  connect(): () => void;
  /** Consent-gated access to the declared cookies. */
  readonly cookies: GatedCookies<N>;
}

/**
 * Creates a consent store. One per provider (or per app), never a module singleton, so that
 * server requests and tests do not share consent.
 */
export function createConsentStore<C extends string, N extends string>(
  config: ConsentConfig<C, N>,
  options: ConsentStoreOptions<C> = {},
): ConsentStore<C, N> {
  // Storage, clock and timeout are read once; callbacks are looked up on every call, so that
  // whoever owns `options` (the provider) can keep them current.
  const { storage = cookieAdapter(), now = Date.now, initialValue, loadTimeout = 3000 } = options;
  const { categoryIds: ids } = config;
  // A declared cookie covering the consent cookie would be erased with its category, and the decision with it.
  const clash = config.cookies.findIndex(({ name }) => storage.key !== undefined && [storage.key, storage.key.replace(HOST_PREFIX, '')].some((key) => matchesCookie(name, key)));
  if (clash >= 0) throw new TypeError(`[consentkit] config.cookies[${clash}].name matches the consent cookie "${storage.key}"`);
  let gpc = options.gpc ?? detectGlobalPrivacyControl();
  const listeners = new Set<() => void>();
  const observers = new Set<ConsentCallbacks<C>>([options]);
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
  let saved: Partial<Record<C, boolean>> | undefined;
  let connections = 0;
  let link: SyncLink | undefined;

  const emit = <K extends keyof ConsentCallbacks<C>>(key: K, ...args: Parameters<NonNullable<ConsentCallbacks<C>[K]>>) =>
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
  const evaluate = (raw: unknown, at = now(), signal = gpc) => {
    const seen = String(raw);
    const errors: ConsentError[] = [];
    const result = evaluateStored(config, raw, at / 1000, signal, (error) => errors.push(error));
    if (seen !== refused) errors.forEach(report);
    if (errors.length) refused = seen;
    return result;
  };

  const { initialGpc = gpc } = options;
  const [known, given] = evaluate(initialValue, options.initialTime, initialGpc);
  // The newest decision or reset this store knows of, as it is stored: what every store and storage
  // converge on. A reset is stored as a short-lived marker, never as a removal: "nothing stored" has
  // no place in time, so a late removal could not be told from a withdrawal and could erase a newer
  // decision.
  let latest = given;
  const isNewer = (record?: ConsentRecord) => compareOrder(orderOf(record), orderOf(latest));
  const initial: ConsentState<C> = {
    // Without a DOM (a server) nothing is read: the state stays what the server knows.
    status: initialValue !== undefined ? 'ready' : 'loading',
    ...known,
    preferencesOpen: false,
    gpc: initialGpc,
  };
  let state = initial;
  silent = false;

  const lapsed = (record: ConsentRecord | null) => !!record && lapsesAt(config, record) <= now() / 1000;

  const isGranted = (category: C) => {
    const choice = getState().choices[category];
    if (process.env.NODE_ENV !== 'production' && choice === undefined) warn(`unknown category "${String(category)}": treated as not granted`);
    // A decision that lapsed a moment ago grants nothing, even before the expiry timer has run; nor
    // does a sale/sharing grant made without GPC while this browser has it on, even while the first
    // render still shows the server's signal (guarantee G1).
    const { categories } = config;
    return choice === 'granted' && (!!categories[category].required || (!lapsed(state.record) && !(gpc && categories[category].saleOrSharing && !state.record!.gpc)));
  };

  const cookies = createGatedCookies(config, isGranted, { report, storageCookie: storage.key });
  // Cookies of categories without consent (left by an older decision, another tab or a script that
  // ran before consentkit) are erased while connected, whenever the decision is (re)read.
  const sweep = () => link && cookies.erase(ids.filter((id) => state.choices[id] !== 'granted'));

  // Re-reads the current decision at the moment it lapses.
  const schedule = () => state.record && link?.wake(lapsesAt(config, state.record) * 1000 - now(), refresh);

  function setState(patch: Partial<ConsentState<C>>) {
    const previous = state;
    state = { ...state, ...patch };
    if (silent) return;
    const changed = ids.filter((id) => previous.choices[id] !== state.choices[id]);
    // Revocation erases the category's cookies before anyone is told, so no listener sees them.
    cookies.erase(changed.filter((id) => previous.choices[id] === 'granted'));
    schedule();
    listeners.forEach((listener) => callSafely(report, 'subscribe listener', listener));
    if (changed.length || previous.decided !== state.decided) {
      const diff = Object.fromEntries(changed.map((id) => [id, { from: previous.choices[id], to: state.choices[id] }]));
      emit('onChange', { previous, next: state, diff: diff as ConsentChange<C>['diff'] });
    }
  }

  /** Shows what a stored value means now, unless it changes nothing. */
  function apply([next, newest]: [Evaluation<C>, ConsentRecord | undefined]) {
    if (isNewer(newest) > 0) latest = newest;
    if (
      state.status === 'loading' ||
      state.gpc !== gpc ||
      state.record?.id !== next.record?.id ||
      state.decided !== next.decided ||
      ids.some((id) => state.choices[id] !== next.choices[id])
    ) {
      setState({ status: 'ready', ...next, gpc });
    } else schedule();
    sweep();
  }

  // The current decision, read again: it may have lapsed, or GPC may have changed what it grants.
  function refresh() {
    apply(evaluate(latest && encodeConsentRecord(latest)));
  }

  // GPC turned on must deny sale/sharing categories at once, not once storage answers.
  const checkGpc = () => options.gpc === undefined && gpc !== (gpc = detectGlobalPrivacyControl()) && refresh();

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
  const stamp = (method: ConsentMethod, lifetime: number, choices: Record<string, boolean>): ConsentRecord => {
    const [at, id] = orderOf(latest);
    const ms = parseInt(id.slice(0, 12), 16);
    const time = Math.max(now(), (ms >= at * 1000 && ms < at * 1000 + 1000 ? ms : at * 1000 + 999) + 1);
    const decidedAt = Math.floor(time / 1000);
    latest = { schema: 1, revision: config.revision, id: createConsentId(time), decidedAt, expiresAt: decidedAt + lifetime, method, gpc, choices };
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
  function decide(method: ConsentMethod, wanted?: Partial<Record<C, boolean>>) {
    read();
    // A decision is made under the GPC signal of this moment, whatever the page saw earlier.
    checkGpc();
    if (state.status === 'loading' && method === 'custom') {
      saved = { ...saved, ...wanted };
      return;
    }
    saved = undefined;
    generation++;
    const record = stamp(
      method,
      config.consentExpirySeconds,
      Object.fromEntries(
        ids.map((id) => {
          const explicit = wanted?.[id];
          return [
            id,
            !!config.categories[id].required ||
              (typeof explicit === 'boolean'
                ? explicit
                : method === 'accept-all'
                  ? !(gpc && config.categories[id].saleOrSharing)
                  : // save() keeps current grants for categories it leaves out; reject-all keeps none.
                    method === 'custom' && state.choices[id] === 'granted'),
          ];
        }),
      ),
    );
    setState({ status: 'ready', ...evaluate(encodeConsentRecord(record))[0], preferencesOpen: false });
    emit('onDecision', state.record!, state);
  }

  const store: ConsentStore<C, N> = {
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
    acceptAll: () => decide('accept-all'),
    rejectAll: () => decide('reject-all'),
    save(wanted) {
      if (process.env.NODE_ENV !== 'production') {
        for (const key of Object.keys(wanted ?? {})) {
          if (!ids.includes(key as C)) warn(`save(): unknown category "${key}" ignored`);
          else if (typeof wanted[key as C] !== 'boolean') warn(`save(): choice for "${key}" is not a boolean; ignored`);
        }
      }
      decide('custom', wanted);
    },
    reset() {
      read();
      saved = undefined;
      generation++;
      cookies.erase(ids);
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
        // Following other tabs is not needed for first paint: its code loads once a store connects.
        void import('./sync').then(({ startSync }) => {
          if (!connections || link) return;
          link = startSync(storage, receive, () => {
            checkGpc();
            load();
          });
          // A decision made here while this loaded is announced now; one made elsewhere meanwhile
          // is found by reading storage again (the read also sweeps and arms the expiry).
          if (started !== generation && latest) link.post(encodeConsentRecord(latest));
          load();
        });
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
