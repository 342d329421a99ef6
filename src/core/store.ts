import type { ConsentConfig } from './config';
import { describeError, type ConsentError } from './consent-error';
import { detectGlobalPrivacyControl, hasDocument } from './environment';
import { compareOrder, evaluateStored, lapsesAt, type CategoryChoice, type DecisionOrder, type Evaluation } from './evaluate';
import { createGatedCookies, type GatedCookies } from './gated-cookies';
import { callSafely } from './notify';
import { createConsentId, encodeConsentRecord, type ConsentMethod, type ConsentRecord } from './record';
import { createStorageQueue } from './storage-queue';
import { startSync, type SyncLink } from './sync';
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
  /** Clock in milliseconds, for tests. @default Date.now */
  now?: () => number;
  /**
   * How long an asynchronous storage call may take, in milliseconds. A `get()` that has not
   * answered by then leaves the store ready and undecided (reported as a storage error); an answer
   * that arrives later is still taken if nobody decided meanwhile.
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
  // Only the newest storage read counts.
  let reads = 0;
  // The current decision's place in time (seconds, id), to converge with other stores on the newest.
  let order: DecisionOrder = [0, ''];
  // Choices saved while stored consent was still loading, applied on top of what loads.
  let saved: Partial<Record<C, boolean>> | undefined;
  let connections = 0;
  let link: SyncLink | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

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
  const evaluate = (raw: unknown): Evaluation<C> => evaluateStored(config, raw, now() / 1000, gpc, report);

  const initial: ConsentState<C> = {
    // Without a DOM (a server) nothing is read: the state stays what the server knows.
    status: initialValue !== undefined ? 'ready' : 'loading',
    ...evaluate(initialValue),
    preferencesOpen: false,
    gpc,
  };
  let state = initial;
  silent = false;

  const lapsed = (record: ConsentRecord | null) => !!record && lapsesAt(config, record) <= now() / 1000;

  const isGranted = (category: C) => {
    const choice = getState().choices[category];
    if (process.env.NODE_ENV !== 'production' && choice === undefined) warn(`unknown category "${String(category)}": treated as not granted`);
    // A decision that lapsed a moment ago grants nothing, even before the expiry timer has run.
    return choice === 'granted' && (!!config.categories[category].required || !lapsed(state.record));
  };

  const cookies = createGatedCookies(config, isGranted, { report, storageCookie: storage.key });
  // Cookies of categories without consent (left by an older decision, another tab or a script that
  // ran before consentkit) are erased while connected, whenever the decision is (re)read.
  const sweep = () => connections && cookies.erase(ids.filter((id) => state.choices[id] !== 'granted'));

  // Re-reads the current decision at the moment it lapses (timers are capped near 24.8 days).
  const schedule = () => {
    clearTimeout(timer);
    if (connections && state.record) timer = setTimeout(refresh, Math.min(lapsesAt(config, state.record) * 1000 - now(), 2 ** 31 - 1));
  };

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

  /**
   * Takes what storage (`at` absent) or another store says as the current decision, unless it
   * changes nothing. Storage holding an older decision than this page's has lost a write (it failed,
   * or a late one overtook it): the newer decision is stored again instead.
   */
  function adopt(raw: unknown, at?: DecisionOrder) {
    const next = evaluate(raw);
    const { record } = next;
    if (!at && record && compareOrder([record.decidedAt, record.id], order) < 0) return write(state.record);
    if (
      state.status === 'loading' ||
      state.gpc !== gpc ||
      state.record?.id !== record?.id ||
      state.decided !== next.decided ||
      ids.some((id) => state.choices[id] !== next.choices[id])
    ) {
      order = at ?? (record ? [record.decidedAt, record.id] : [0, '']);
      setState({ status: 'ready', ...next, gpc });
    } else {
      if (at) order = at;
      schedule();
    }
    sweep();
  }

  // The current decision, read again: it may have lapsed, or GPC may have changed what it grants.
  function refresh() {
    adopt(state.record && encodeConsentRecord(state.record), order);
  }

  const load = () => {
    const read = ++reads;
    const started = generation;
    queue('get', [], (raw, ok) => {
      if (read !== reads || started !== generation) return;
      // A failed read keeps whatever this page already decided; only a first read falls back to undecided.
      if (ok) adopt(raw);
      else if (state.status === 'loading') setState({ status: 'ready' });
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
   * Stores a decision (or its absence), then tells the other stores. A message carries the value
   * itself: a cookie written here can reach another tab's `document.cookie` after the message does.
   */
  const write = (record: ConsentRecord | null, at = order) => {
    const value = record && encodeConsentRecord(record);
    let late = false;
    queue(value ? 'set' : 'remove', value ? [value, record] : [], () => {
      link?.post([value, ...at]);
      // A write that landed after its timeout may have overwritten a newer decision: store that again.
      if (late && compareOrder(at, order) < 0) write(state.record);
      late = true;
    });
  };

  /**
   * A place in time for a decision made here now: after the current one (made here or adopted), even
   * within one millisecond, so that a later click always wins. Ids begin with their time in
   * milliseconds; an id that does not (an older format) counts as the end of its second.
   */
  const stamp = (): DecisionOrder => {
    const [at, id] = order;
    const ms = parseInt(id.slice(0, 12), 16);
    const time = Math.max(now(), (ms >= at * 1000 && ms < at * 1000 + 1000 ? ms : at * 1000 + 999) + 1);
    return [Math.floor(time / 1000), createConsentId(time)];
  };

  /** A message from another store: the newer decision wins; an older one is answered with ours. */
  const receive = (message: unknown) => {
    if (!Array.isArray(message) || typeof message[1] !== 'number' || typeof message[2] !== 'string') return;
    const at = [message[1], message[2]] as const;
    const newer = compareOrder(at, order);
    if (newer > 0) {
      generation++;
      // The value still goes through the codec and every check of a stored one.
      adopt(message[0], at);
    } else if (newer < 0) write(state.record);
  };

  /**
   * One path for every decision: explicit choices win, then what the method implies. It is stored
   * first, then announced, so that no listener can stop it from being kept (guarantee G2).
   */
  function decide(method: ConsentMethod, wanted?: Partial<Record<C, boolean>>) {
    read();
    if (state.status === 'loading' && method === 'custom') {
      saved = { ...saved, ...wanted };
      return;
    }
    saved = undefined;
    generation++;
    order = stamp();
    const [decidedAt, id] = order;
    const record: ConsentRecord = {
      schema: 1,
      revision: config.revision,
      id,
      decidedAt,
      expiresAt: decidedAt + config.consentExpirySeconds,
      method,
      gpc,
      choices: Object.fromEntries(
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
    };
    write(record);
    setState({ status: 'ready', ...evaluate(encodeConsentRecord(record)), preferencesOpen: false });
    emit('onDecision', state.record!, state);
  }

  return {
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
      order = stamp();
      cookies.erase(ids);
      write(null);
      setState({ status: 'ready', ...evaluate(null) });
    },
    openPreferences: () => setState({ preferencesOpen: true }),
    closePreferences: () => setState({ preferencesOpen: false }),
    connect() {
      if (!hasDocument()) return () => {};
      read();
      release();
      if (!connections++) {
        link = startSync(storage, receive, () => {
          // GPC turned on must deny sale/sharing categories at once, not once storage answers.
          if (options.gpc === undefined && gpc !== (gpc = detectGlobalPrivacyControl())) refresh();
          load();
        });
        if (state.status === 'ready') sweep();
        schedule();
      }
      let open = true;
      return () => {
        if (!open) return;
        open = false;
        if (!--connections) {
          link!.stop();
          clearTimeout(timer);
          link = undefined;
        }
      };
    },
  };
}
