import type { ConsentConfig } from './config';
import { MAX_LIFETIME_SECONDS } from './duration';
import { detectGlobalPrivacyControl, isBrowser } from './environment';
import { createGatedCookies, type GatedCookies } from './gated-cookies';
import { createConsentId, decodeConsentRecord, encodeConsentRecord, type ConsentMethod, type ConsentRecord } from './record';
import { warn } from './warn';
import { cookieAdapter } from '../storage/cookie';
import type { ConsentStorage } from '../storage/types';

/** A category's state: nobody has asked yet, or the person allowed or refused it. */
export type CategoryChoice = 'undecided' | 'granted' | 'denied';

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

/** A problem the store recovered from; consent falls back to "not decided", never to granted. */
export type ConsentError =
  | { kind: 'storage'; operation: 'get' | 'set' | 'remove'; error: unknown }
  | { kind: 'record'; reason: 'oversized' | 'malformed' | 'tampered' };

/** Options for {@link createConsentStore}. */
export interface ConsentStoreOptions<C extends string = string> {
  /**
   * Where the decision is kept.
   * @default cookieAdapter()
   */
  storage?: ConsentStorage;
  /**
   * The stored value as the server saw it (see `readConsentFromCookieHeader`). When given, the
   * store starts from it instead of reading storage, so server and client render the same state.
   */
  initialValue?: string | null;
  /**
   * Global Privacy Control signal.
   * @default navigator.globalPrivacyControl === true
   */
  gpc?: boolean;
  /** Clock in milliseconds, for tests. @default Date.now */
  now?: () => number;
  /** Called after every change of decision or choices. */
  onChange?: (change: ConsentChange<C>) => void;
  /** Called when the person (in this tab) decides: accept all, reject all or save. */
  onDecision?: (record: ConsentRecord, state: ConsentState<C>) => void;
  /** Called when storage fails or a stored value is refused. */
  onError?: (error: ConsentError) => void;
}

/** The framework-free consent store: state, actions and consent-gated cookies. */
export interface ConsentStore<C extends string = string, N extends string = string> {
  readonly config: ConsentConfig<C, N>;
  /** Current state. */
  getState(): ConsentState<C>;
  /** State before storage was read: what a server renders. */
  getInitialState(): ConsentState<C>;
  /** Calls `listener` after every state change; returns an unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** The category is granted (required ones always are; unknown ids never are). */
  isGranted(category: C): boolean;
  /** Grants every category (except sale/sharing ones while GPC is on) and persists. */
  acceptAll(): void;
  /** Denies every non-required category and persists. */
  rejectAll(): void;
  /** Persists a chosen subset; categories left out keep their current grant, or are denied. */
  save(choices: Partial<Record<C, boolean>>): void;
  /** Forgets the decision and erases every declared cookie, as on account deletion. */
  reset(): void;
  /** Opens the preferences dialog (works outside React too, e.g. from a footer link). */
  openPreferences(): void;
  /** Closes the preferences dialog without saving. */
  closePreferences(): void;
  /** Starts cross-tab sync and the cleanup of cookies without consent; returns a stop function. */
  connect(): () => void;
  /** Consent-gated access to the declared cookies. */
  readonly cookies: GatedCookies<N>;
}

type Evaluated<C extends string> = Pick<ConsentState<C>, 'decided' | 'choices' | 'record'>;

/**
 * Creates a consent store. One per provider (or per app), never a module singleton, so that
 * server requests and tests do not share consent.
 */
export function createConsentStore<C extends string, N extends string>(
  config: ConsentConfig<C, N>,
  options: ConsentStoreOptions<C> = {},
): ConsentStore<C, N> {
  const { storage = cookieAdapter(), now = Date.now, onChange, onDecision, onError } = options;
  const gpc = options.gpc ?? detectGlobalPrivacyControl();
  const ids = config.categoryIds;
  const listeners = new Set<() => void>();
  // Bumped by every local decision so that a slow storage read cannot overwrite it.
  let generation = 0;

  const report = (error: ConsentError) => {
    if (process.env.NODE_ENV !== 'production') {
      warn(
        error.kind === 'storage'
          ? `storage.${error.operation}() failed; consent is kept in memory for this page and nothing new is granted`
          : `stored consent is ${error.reason}; treating it as not decided and asking again`,
        error.kind === 'storage' ? error.error : undefined,
      );
    }
    onError?.(error);
  };

  /** Runs a storage call, sync or async, so that a throw or rejection is reported, never raised. */
  const guard = <T>(operation: 'get' | 'set' | 'remove', call: () => T | Promise<T>, done?: (value: T | undefined) => void) => {
    const fail = (error: unknown) => {
      report({ kind: 'storage', operation, error });
      done?.(undefined);
    };
    try {
      const result = call();
      if (result && typeof (result as Promise<T>).then === 'function') {
        (result as Promise<T>).then(done, fail);
        return true;
      }
      done?.(result as T);
    } catch (error) {
      fail(error);
    }
    return false;
  };

  const undecided = (): Evaluated<C> => {
    const choices = {} as Record<C, CategoryChoice>;
    for (const id of ids) {
      const category = config.categories[id];
      choices[id] = category.required ? 'granted' : gpc && category.saleOrSharing ? 'denied' : 'undecided';
    }
    return { decided: false, choices, record: null };
  };

  const evaluate = (raw: unknown): Evaluated<C> => {
    const result = decodeConsentRecord(raw, ids);
    if (!result.ok) {
      if (result.reason !== 'empty') report({ kind: 'record', reason: result.reason });
      return undecided();
    }
    const { record } = result;
    const nowSeconds = now() / 1000;
    const lifetime = record.expiresAt - record.decidedAt;
    if (lifetime <= 0 || lifetime > MAX_LIFETIME_SECONDS || record.decidedAt > nowSeconds + 86400) {
      report({ kind: 'record', reason: 'tampered' });
      return undecided();
    }
    // A lapsed decision (by the record's expiry or the policy's current, maybe shorter, lifetime),
    // a new policy revision or a new category: ask again (not an error). Choices are checked as own
    // booleans: `in` or truthiness would read an id like "constructor" from Object.prototype.
    if (
      record.revision !== config.revision ||
      Math.min(record.expiresAt, record.decidedAt + config.consentExpirySeconds) <= nowSeconds ||
      ids.some((id) => !config.categories[id].required && typeof record.choices[id] !== 'boolean')
    ) {
      return undecided();
    }
    const choices = {} as Record<C, CategoryChoice>;
    for (const id of ids) choices[id] = config.categories[id].required || record.choices[id] === true ? 'granted' : 'denied';
    return { decided: true, choices, record };
  };

  const initial: ConsentState<C> = {
    status: options.initialValue !== undefined ? 'ready' : 'loading',
    ...(options.initialValue !== undefined ? evaluate(options.initialValue) : undecided()),
    preferencesOpen: false,
    gpc,
  };
  let state = initial;

  const isGranted = (category: C) => {
    const choice = state.choices[category];
    if (process.env.NODE_ENV !== 'production' && choice === undefined) warn(`unknown category "${String(category)}": treated as not granted`);
    return choice === 'granted';
  };

  const cookies = createGatedCookies(config, isGranted);

  const setState = (patch: Partial<ConsentState<C>>) => {
    const previous = state;
    state = { ...state, ...patch };
    const diff: ConsentChange<C>['diff'] = {};
    const revoked: C[] = [];
    let changed = previous.decided !== state.decided;
    for (const id of ids) {
      const from = previous.choices[id];
      const to = state.choices[id];
      if (from !== to) {
        diff[id] = { from, to };
        changed = true;
        if (from === 'granted') revoked.push(id);
      }
    }
    // Revocation erases the category's cookies before anyone is told, so no listener sees them.
    if (revoked.length) cookies.erase(revoked);
    listeners.forEach((listener) => listener());
    if (changed) onChange?.({ previous, next: state, diff });
  };

  let channel: BroadcastChannel | undefined;
  const announce = () => channel?.postMessage('changed');

  // Work waiting for the first storage answer (the sweep in connect()).
  let whenReady: (() => void) | undefined;
  const load = () => {
    const started = generation;
    guard('get', () => storage.get(), (raw) => {
      if (started === generation) setState({ status: 'ready', ...evaluate(raw) });
      else if (state.status !== 'ready') setState({ status: 'ready' });
      whenReady?.();
      whenReady = undefined;
    });
  };

  const decide = (method: ConsentMethod, wanted: (id: C) => boolean) => {
    generation++;
    const decidedAt = Math.floor(now() / 1000);
    const record: ConsentRecord = {
      schema: 1,
      revision: config.revision,
      id: createConsentId(),
      decidedAt,
      expiresAt: decidedAt + config.consentExpirySeconds,
      method,
      gpc,
      choices: {},
    };
    const choices = {} as Record<C, CategoryChoice>;
    for (const id of ids) {
      const granted = !!config.categories[id].required || wanted(id);
      record.choices[id] = granted;
      choices[id] = granted ? 'granted' : 'denied';
    }
    setState({ status: 'ready', decided: true, choices, record, preferencesOpen: false });
    guard('set', () => storage.set(encodeConsentRecord(record), record), announce);
    onDecision?.(record, state);
  };

  const store: ConsentStore<C, N> = {
    config,
    cookies,
    getState: () => state,
    getInitialState: () => initial,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    isGranted,
    acceptAll: () => decide('accept-all', (id) => !(gpc && config.categories[id].saleOrSharing)),
    rejectAll: () => decide('reject-all', () => false),
    save(wanted) {
      if (process.env.NODE_ENV !== 'production') {
        for (const key of Object.keys(wanted ?? {})) {
          if (!ids.includes(key as C)) warn(`save(): unknown category "${key}" ignored`);
          else if (typeof wanted[key as C] !== 'boolean') warn(`save(): choice for "${key}" is not a boolean; ignored`);
        }
      }
      decide('custom', (id) => (typeof wanted?.[id] === 'boolean' ? (wanted[id] as boolean) : state.choices[id] === 'granted'));
    },
    reset() {
      generation++;
      cookies.erase(ids);
      setState({ status: 'ready', ...undecided() });
      guard('remove', () => storage.remove(), announce);
    },
    openPreferences: () => setState({ preferencesOpen: true }),
    closePreferences: () => setState({ preferencesOpen: false }),
    connect() {
      if (!isBrowser()) return () => {};
      // Cookies of categories without consent (left by an older decision or a script that ran
      // before consentkit) are swept once storage has answered.
      const sweep = () => cookies.erase(ids.filter((id) => state.choices[id] !== 'granted'));
      if (state.status === 'ready') sweep();
      else whenReady = sweep;
      const resync = () => load();
      let unsubscribe: (() => void) | undefined;
      if (storage.subscribe) unsubscribe = storage.subscribe(resync);
      else if (typeof BroadcastChannel !== 'undefined') {
        channel = new BroadcastChannel(`consentkit:${storage.key ?? 'default'}`);
        channel.onmessage = resync;
      }
      return () => {
        whenReady = undefined;
        unsubscribe?.();
        channel?.close();
        channel = undefined;
      };
    },
  };

  // Synchronous storage is read at once on the client, so a returning visitor never sees the banner.
  if (options.initialValue === undefined && isBrowser()) load();
  return store;
}
