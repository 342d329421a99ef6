import type { ConsentConfig, ConsentKey } from './config';
import type { ConsentError } from './consent-error';
import type { CategoryChoice } from './evaluate';
import type { GatedCookies } from './gated-cookies';
import type { JurisdictionModel } from './jurisdictions';
import type { ConsentRecord } from './record';
import type { ConsentStorage } from '../storage/types';

// The store's public contract, apart from the code that keeps it (store.ts).

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
