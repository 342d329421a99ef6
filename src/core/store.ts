import type { ConsentConfig } from './config';
import { MAX_LIFETIME_SECONDS } from './duration';
import { describeError, type ConsentError } from './consent-error';
import { detectGlobalPrivacyControl, hasDocument } from './environment';
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
  // Storage, clock and GPC are read once; the callbacks are looked up on every call, so that
  // whoever owns `options` (the provider) can keep them current.
  const { storage = cookieAdapter(), now = Date.now, initialValue } = options;
  const gpc = options.gpc ?? detectGlobalPrivacyControl();
  const { categoryIds: ids, categories } = config;
  const listeners = new Set<() => void>();
  // Bumped by every local decision so that a slow storage read cannot overwrite it.
  let generation = 0;
  let channel: BroadcastChannel | undefined;
  // Set while connected: erases cookies of categories without consent.
  let sweep: (() => void) | undefined;

  const report = (error: ConsentError) => {
    if (process.env.NODE_ENV !== 'production') warn(describeError(error), 'error' in error ? error.error : undefined);
    options.onError?.(error);
  };

  /**
   * Calls a storage method, sync or async, so that a throw or rejection is reported, never
   * raised. `done` runs either way.
   */
  const guard = (operation: 'get' | 'set' | 'remove', done: (value?: unknown) => void, ...args: unknown[]) => {
    const fail = (error: unknown) => {
      report({ kind: 'storage', operation, error });
      done();
    };
    try {
      const result = (storage[operation] as (...a: unknown[]) => unknown)(...args) as Promise<unknown> | undefined;
      if (typeof result?.then === 'function') result.then(done, fail);
      else done(result);
    } catch (error) {
      fail(error);
    }
  };

  /** Every category's choice; required categories are granted whatever `choose` says. */
  const choicesBy = (choose: (id: C) => CategoryChoice) =>
    Object.fromEntries(ids.map((id) => [id, categories[id].required ? 'granted' : choose(id)])) as Record<C, CategoryChoice>;

  const evaluate = (raw: unknown): Evaluated<C> => {
    const result = decodeConsentRecord(raw, ids);
    if (result.ok) {
      const { record } = result;
      const { decidedAt, expiresAt } = record;
      const nowSeconds = now() / 1000;
      const lifetime = expiresAt - decidedAt;
      if (lifetime <= 0 || lifetime > MAX_LIFETIME_SECONDS || decidedAt > nowSeconds + 86400) {
        report({ kind: 'record', reason: 'tampered' });
      } else if (
        // A lapsed decision (by the record's expiry or the policy's current, maybe shorter,
        // lifetime), a new policy revision or a new category: ask again (not an error).
        record.revision === config.revision &&
        Math.min(expiresAt, decidedAt + config.consentExpirySeconds) > nowSeconds &&
        ids.every((id) => categories[id].required || typeof record.choices[id] === 'boolean')
      ) {
        return { decided: true, choices: choicesBy((id) => (record.choices[id] ? 'granted' : 'denied')), record };
      }
    } else if (result.reason !== 'empty') {
      report({ kind: 'record', reason: result.reason });
    }
    return {
      decided: false,
      choices: choicesBy((id) => (gpc && categories[id].saleOrSharing ? 'denied' : 'undecided')),
      record: null,
    };
  };

  // evaluate(undefined) is the undecided state: what a server renders without a stored value.
  const initial: ConsentState<C> = {
    status: initialValue !== undefined ? 'ready' : 'loading',
    ...evaluate(initialValue),
    preferencesOpen: false,
    gpc,
  };
  let state = initial;

  const isGranted = (category: C) => {
    const choice = state.choices[category];
    if (process.env.NODE_ENV !== 'production' && choice === undefined) warn(`unknown category "${String(category)}": treated as not granted`);
    return choice === 'granted';
  };

  const cookies = createGatedCookies(config, isGranted, { report, storageCookie: storage.key });

  const setState = (patch: Partial<ConsentState<C>>) => {
    const previous = state;
    state = { ...state, ...patch };
    const changed = ids.filter((id) => previous.choices[id] !== state.choices[id]);
    // Revocation erases the category's cookies before anyone is told, so no listener sees them.
    cookies.erase(changed.filter((id) => previous.choices[id] === 'granted'));
    listeners.forEach((listener) => listener());
    // The diff is built only for a listener, and only when consent (not just the dialog) changed.
    if (options.onChange && (changed.length || previous.decided !== state.decided)) {
      const diff = Object.fromEntries(changed.map((id) => [id, { from: previous.choices[id], to: state.choices[id] }]));
      options.onChange({ previous, next: state, diff: diff as ConsentChange<C>['diff'] });
    }
  };

  /** Adopts a stored value (read from storage, or sent by another tab) as the current decision. */
  const adopt = (raw: unknown) => {
    setState({ status: 'ready', ...evaluate(raw) });
    sweep?.();
  };

  const load = () => {
    const started = generation;
    guard('get', (raw) => {
      // A decision made meanwhile wins over what storage said.
      if (started === generation) adopt(raw);
      else setState({ status: 'ready' });
    });
  };

  /**
   * Tells other tabs about a decision. The message carries the stored value itself: a cookie
   * written here can reach another tab's `document.cookie` after the message does.
   */
  const announce = (value: string | null) => () => channel?.postMessage(value);

  /**
   * One path for every decision: explicit choices win, then what the method implies. The record
   * is encoded, then read back through the same checks as a stored one, so what a reload reads is
   * exactly what this page decided.
   */
  const decide = (method: ConsentMethod, wanted?: Partial<Record<C, boolean>> | null) => {
    generation++;
    const decidedAt = Math.floor(now() / 1000);
    const value = encodeConsentRecord({
      revision: config.revision,
      id: createConsentId(),
      decidedAt,
      expiresAt: decidedAt + config.consentExpirySeconds,
      method,
      gpc,
      choices: Object.fromEntries(
        ids.map((id) => {
          const explicit = wanted?.[id];
          return [
            id,
            !!categories[id].required ||
              (typeof explicit === 'boolean'
                ? explicit
                : method === 'accept-all'
                  ? !(gpc && categories[id].saleOrSharing)
                  : // save() keeps earlier grants for categories it leaves out; reject-all keeps none.
                    method === 'custom' && state.choices[id] === 'granted'),
          ];
        }),
      ),
    } as ConsentRecord);
    const next = evaluate(value);
    setState({ status: 'ready', ...next, preferencesOpen: false });
    guard('set', announce(value), value, next.record);
    options.onDecision?.(next.record!, state);
  };

  // Synchronous storage is read at once on the client, so a returning visitor never sees the banner.
  if (initialValue === undefined && hasDocument()) load();

  return {
    config,
    cookies,
    getState: () => state,
    getInitialState: () => initial,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
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
      generation++;
      cookies.erase(ids);
      setState({ status: 'ready', ...evaluate(null) });
      guard('remove', announce(null));
    },
    openPreferences: () => setState({ preferencesOpen: true }),
    closePreferences: () => setState({ preferencesOpen: false }),
    connect() {
      if (!hasDocument()) return () => {};
      // Cookies of categories without consent (left by an older decision or a script that ran
      // before consentkit) are swept once storage has answered, and again after each sync.
      sweep = () => cookies.erase(ids.filter((id) => state.choices[id] !== 'granted'));
      if (state.status === 'ready') sweep();
      const unsubscribe = storage.subscribe?.(load);
      if (!unsubscribe && typeof BroadcastChannel !== 'undefined') {
        channel = new BroadcastChannel(`consentkit:${storage.key ?? 'default'}`);
        channel.onmessage = ({ data }: MessageEvent) => {
          generation++;
          // A value from another tab still goes through the codec; anything else: read storage.
          if (typeof data === 'string' || data === null) adopt(data);
          else load();
        };
      }
      return () => {
        unsubscribe?.();
        channel?.close();
        sweep = channel = undefined;
      };
    },
  };
}
