import type { ConsentConfig, ConsentKey } from './config';
import { describeError, type ConsentError } from './consent-error';
import { HOST_PREFIX, matchesCookie } from './cookie-syntax';
import { detectDoNotTrack, detectGlobalPrivacyControl, hasDocument } from './environment';
import { evaluateStored, lapsesAt, nextDecisionTime, optedOut, refuses, type CategoryChoice, type Evaluation } from './evaluate';
import { decideChoices } from './decide';
import { createGatedCookies } from './gated-cookies';
import { jurisdictionModel, REGION } from './jurisdictions';
import { callSafely } from './notify';
import { compareOrder, createConsentId, encodeConsentRecord, orderOf, type ConsentMethod, type ConsentRecord } from './record';
import { createStorageQueue } from './storage-queue';
import type { ConsentCallbacks, ConsentChange, ConsentState, ConsentStore, ConsentStoreOptions } from './store-types';
import type { SyncLink } from './sync';
import { warn } from './warn';
import type { eraseStorage } from './web-storage';
import { cookieAdapter } from '../storage/cookie';

export type { CategoryChoice };
export type { ConsentCallbacks, ConsentChange, ConsentState, ConsentStore, ConsentStoreOptions } from './store-types';

/**
 * What the store knows of storage when it applies a value: `true`, it was just read; `'next'`, a
 * read or a decision of this page follows at once (so nothing need be read for a GPC opt-out).
 */
type Freshness = true | 'next';

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
  // A server's reading (`initialValue`) grants nothing in a browser until storage has answered or
  // this page has decided: the HTML may come from a cache, or the person may have decided otherwise
  // since the request. Renders still show it, as hydration must.
  let confirmed = !unread || initialValue === undefined;
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
  // The channel of the stores sharing this storage (other tabs, other stores on this page); a
  // memory store (no key, its own change events) is private.
  const channel = (storage.key !== undefined || !storage.subscribe) && typeof BroadcastChannel == 'function' ? `consentkit:${storage.key ?? 'default'}` : undefined;
  /**
   * Tells the other stores. Connected while the channel's code still loads, a message goes out on
   * a channel opened for it: a page closed before that code has loaded must not take a decision
   * (a withdrawal) with it, unheard by the tabs still open. A store no longer connected says nothing.
   */
  const post = (value: string) => {
    if (link) link.post(value);
    else if (connections && channel) {
      const once = new BroadcastChannel(channel);
      once.postMessage(value);
      once.close();
    }
  };
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
    // A key for the value, without String(): an object without a prototype, or one whose toString
    // throws, must reach the codec's checks, not crash the render that reads it.
    const seen = [raw].flat().map((item) => (typeof item == 'string' ? item : typeof item)).join('\n');
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
    if (!confirmed) {
      read();
      if (!confirmed) return false;
    }
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
  const erase = (revoked: readonly string[], erased?: (name: string, key: string) => void) => {
    cookies.erase(revoked, erased);
    eraseStored?.(config, revoked, now());
  };
  // Development builds say once per cookie what the sweep found: a script writing it without
  // consent goes unseen otherwise, as the sweep erases it before anyone looks.
  const found =
    process.env.NODE_ENV !== 'production'
      ? ((swept: Set<string>) => (name: string, key: string) =>
          !swept.has(name) &&
          swept.add(name) &&
          warn(`cookie "${name}" was set without consent for "${key}": erased. Something wrote it before consent (a script that is not gated), or it outlived a withdrawal.`))(new Set())
      : undefined;
  // Cookies and storage keys of categories and services without consent (left by an older decision,
  // another tab or a script that ran before consentkit) are erased while connected, whenever the
  // decision is (re)read; so are stored values past their declared lifetime.
  const sweep = () => link && erase(keys.filter((key) => state.choices[key] !== 'granted'), found);

  // Re-reads the current decision at the moment it lapses.
  const schedule = () => state.record && link?.wake(lapsesAt(config, state.record) * 1000 - now(), refresh);

  const notify = () => listeners.forEach((listener) => callSafely(report, 'subscribe listener', listener));

  function setState(patch: Partial<ConsentState<C, S>>) {
    const previous = state;
    state = { ...state, ...patch };
    if (silent) return;
    const changed = keys.filter((key) => previous.choices[key] !== state.choices[key]);
    // Revocation erases the category's (or service's) cookies and storage keys before anyone is
    // told, so no listener sees them.
    erase(changed.filter((key) => previous.choices[key] === 'granted'));
    schedule();
    notify();
    if (changed.length || previous.decided !== state.decided) {
      const diff = Object.fromEntries(changed.map((key) => [key, { from: previous.choices[key], to: state.choices[key] }]));
      emit('onChange', { previous, next: state, diff: diff as ConsentChange<C, S>['diff'] });
    }
  }

  /**
   * Shows what a stored value means now, unless it changes nothing. `read`: `true` when the value
   * was just read from storage, so a GPC opt-out it calls for may be stored at once; `'next'` when
   * what follows takes care of it; absent, the opt-out reads storage first.
   */
  function apply([next, newest]: [Evaluation<C, S>, ConsentRecord | undefined], read?: Freshness) {
    if (isNewer(newest) > 0) latest = newest;
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
      setState({ status: 'ready', ...next, gpc, dnt });
    } else schedule();
    sweep();
    honourGpc(read);
  }

  /**
   * Outside opt-in, GPC is an opt-out with no click: once connected, it is stored as a decision
   * (method `'gpc'`) refusing the sale/sharing categories on top of the newest decision known here,
   * so that the opt-out stays when the signal goes away, until the person explicitly opts in. It
   * sorts right after that decision (see `orderOf`): one made meanwhile in another tab wins, and
   * this runs again on top of it once it arrives.
   */
  function honourGpc(read?: Freshness) {
    const sold = ids.filter((id) => categories[id].saleOrSharing);
    // Choices the person saved while storage loaded come first (they are applied right after).
    if (link && !saved && model !== 'opt-in' && gpc && !state.record?.gpc && sold.some((id) => state.record?.choices[id] !== false)) {
      // Only on top of what storage holds now: a view from before this tab slept (or from a
      // message) may be older than what another tab stored since, which the opt-out would overwrite.
      if (read === true) decide('gpc', Object.fromEntries(sold.map((id) => [id, false])));
      else if (!read) load();
    }
  }

  /**
   * Shows a value read or heard; with choices saved while stored consent loaded, makes it only the
   * base of those choices, which apply at once: it is never shown, since a grant the person has
   * just refused would start scripts that no later save can stop.
   */
  function adopt(next: [Evaluation<C, S>, ConsentRecord | undefined], read?: Freshness) {
    if (!saved) return apply(next, read);
    if (isNewer(next[1]) > 0) latest = next[1];
    state = { ...state, status: 'ready', ...next[0] };
    const choices = saved;
    saved = undefined;
    decide('custom', choices);
  }

  // The current decision, read again: it may have lapsed, or GPC may have changed what it grants.
  function refresh(read?: Freshness) {
    apply(evaluate(latest && encodeConsentRecord(latest)), read);
  }

  // GPC (or DNT) turned on must deny sale/sharing (or doNotTrack) categories at once, not once storage answers.
  const checkSignals = (read?: Freshness) => {
    const was = [gpc, dnt] + '';
    gpc = options.gpc ?? detectGlobalPrivacyControl();
    dnt = options.doNotTrack ?? detectDoNotTrack();
    if (was !== [gpc, dnt] + '') refresh(read);
  };

  /**
   * Storage holding an older decision than this page knows lost a write (it failed, or a late one
   * overtook it): the newer one is stored again. Nothing stored at all is a withdrawal. But storage
   * that has just refused this very record holds a newer one, or broke its word: a backend that
   * answers `false` and keeps nothing newer is reported, not asked again and again, and the page
   * keeps its decision. True when what storage holds is not to be shown.
   */
  const restore = (found: ConsentRecord | undefined, refused?: ConsentRecord) => {
    if (refused && refused === latest && isNewer(found) < 0) {
      report({ kind: 'storage', operation: 'set', error: new Error(process.env.NODE_ENV !== 'production' ? 'storage.set() answered false, yet storage holds no newer decision' : 'false') });
      return true;
    }
    const older = !!found && isNewer(found) < 0;
    if (older) write(latest!);
    return older;
  };

  /**
   * Reads storage. `check`: the read makes sure storage is not older than what this page knows
   * (after a late write of its own, an older message, or a write storage refused: `refused`); it
   * does so even when its answer is otherwise stale, as the news that made it stale (a message)
   * says nothing of what storage holds. A check that finds a newer decision than this page knew
   * announces it: the page that stored it may have closed before its write landed, unheard.
   */
  const load = (check?: boolean, refused?: ConsentRecord) => {
    const read = ++reads;
    const started = generation;
    let answered = false;
    queue('get', [], (raw, ok) => {
      // Reads answer in the order they were made, so each may be taken, unless a decision was made
      // since it started; an answer that arrives after its timeout only while no newer read exists.
      const late = answered;
      answered = true;
      if (started !== generation || (late && read !== reads)) {
        if (check && ok) restore(evaluate(raw)[1], refused);
        return;
      }
      const confirming = !confirmed;
      confirmed = true;
      // A failed read keeps whatever this page already decided; only a first read falls back to undecided.
      if (ok) {
        const next = evaluate(raw);
        if (!restore(next[1], refused)) {
          if (check && isNewer(next[1]) > 0) post(encodeConsentRecord(next[1]!));
          adopt(next, true);
        }
      } else if (state.status === 'loading') setState({ status: 'ready' });
      if (saved && state.status === 'ready') {
        const choices = saved;
        saved = undefined;
        decide('custom', choices);
      }
      // Whoever asked while the server's reading waited for storage asks again, changed or not.
      if (confirming) notify();
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
   * Stores a decision or reset, and tells the other stores as the write starts, not once it lands:
   * a page closed while its write waits on a slow backend must not take the decision with it (the
   * write may still land, after another page stored an older one, with nobody left to say so). A
   * message carries the value itself: a cookie written here can reach another tab's
   * `document.cookie` after the message does. A write that lands later than it started is announced
   * again: a page that opened meanwhile, and read storage before it landed, heard nothing of it.
   */
  const write = (record: ConsentRecord) => {
    const value = encodeConsentRecord(record);
    let waiting = false;
    post(value);
    queue('set', [value, record], (kept, ok) => {
      if (!ok) return;
      // A newer value became known while this one was on its way (a message, or a write that
      // answered late): this one may have landed over it, so storage is checked. So is a backend
      // that kept a newer one instead (compare-and-set).
      if (kept === false || isNewer(record) < 0) load(true, kept === false ? record : undefined);
      else if (waiting) post(value);
    });
    // A synchronous adapter has answered by now: only a later answer is worth a second message.
    waiting = true;
  };

  /**
   * Records a decision or reset made here now, after the newest one known (made here or adopted),
   * and stores it.
   */
  const stamp = (method: ConsentMethod, lifetime: number, choices: Record<string, boolean>, serviceChoices?: Record<string, boolean>): ConsentRecord => {
    confirmed = true;
    const time = nextDecisionTime(latest, now());
    const decidedAt = Math.floor(time / 1000);
    // An opt-out applied to another opt-out keeps that one's basis: both sit after the same decision.
    const basis = method === 'gpc' ? (latest?.basis ?? orderOf(latest)) : undefined;
    latest = { schema: 1, revision: config.revision, id: createConsentId(time), decidedAt, expiresAt: decidedAt + lifetime, method, gpc, choices };
    // Schema 2 only when there is something to say in it: services, or Do Not Track where it counts.
    if (serviceChoices) latest = { ...latest, schema: 2, services: serviceChoices, dnt: honoursDnt && dnt };
    // The model (and region) only where a region is known, so that other sites keep schema 1 or 2.
    if (region) latest = { ...latest, schema: 3, model, region, ...(basis && { basis }) };
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
    if (newer > 0 || (newer === 0 && next[1])) {
      generation++;
      // Already in storage: the reads it overtakes are dropped, so it confirms a server's reading in
      // their place. The decision this page knows comes again when its write landed late: a read
      // made before it landed may have found none, and is shown no more.
      confirmed = true;
      if (newer > 0 || state.record?.id !== next[1]!.id) adopt(next);
    } else if (newer < 0) load(true);
  };

  /**
   * One path for every decision: explicit choices win, then what the method implies. It is stored
   * first, then announced, so that no listener can stop it from being kept (guarantee G2).
   */
  function decide(method: ConsentMethod, wanted: Partial<Record<string, boolean>> = {}) {
    read();
    // A decision is made under the GPC and DNT signals of this moment, whatever the page saw earlier
    // (and is itself what storage gets next: no read for a GPC opt-out).
    checkSignals('next');
    if (state.status === 'loading' && method === 'custom') {
      saved = { ...saved, ...wanted };
      return;
    }
    saved = undefined;
    generation++;
    const { choices, services: serviceChoices } = decideChoices(config, services, method, wanted, state, gpc, dnt, !!services.length || (honoursDnt && dnt));
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
        // Following other tabs and sweeping are not needed for first paint: their code loads, and
        // they start, once the page is idle (within a second at the latest). A decision made
        // meanwhile is stored and announced as usual; only storage keys wait for the sweep.
        // Nothing is fetched for a store every reader left before the page was idle (an unmount, a
        // test that ended): the module would load into a torn-down page.
        whenIdle(() => connections && import('./sync').then(({ startSync, eraseStorage }) => {
          if (!connections || link) return;
          eraseStored = eraseStorage;
          const reconcile = () => {
            // One read: the one that follows stores a GPC opt-out the new signals call for.
            checkSignals('next');
            load();
          };
          link = startSync(storage, channel, receive, reconcile);
          // A decision made here while this loaded went out on a channel of its own; one made
          // elsewhere meanwhile is found by reading storage again (the read also sweeps and arms the
          // expiry). GPC or DNT may have changed before the page was idle, with nobody listening yet.
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
