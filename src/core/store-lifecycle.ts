import { lapsesAt } from './evaluate';
import { hasDocument } from './environment';
import type { GatedCookies } from './gated-cookies';
import type { StoreContext } from './store-context';
import { warn } from './warn';
import type { eraseStorage } from './web-storage';

/** Runs `run` when the browser is idle, within a second at the latest; after a timer where `requestIdleCallback` is missing (Safari, jsdom). */
const whenIdle = (run: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 1000 }) : setTimeout(run));

/**
 * A store's lifecycle: storage is first read when someone first asks, and the store follows the
 * other tabs, sweeps what lacks consent and wakes when a decision lapses only while connected, with
 * code that loads once the page is idle.
 */
export function createLifecycle<C extends string, S extends string>(
  store: StoreContext<C, S>,
  cookies: GatedCookies<string>,
): Pick<StoreContext<C, S>, 'read' | 'post' | 'erase' | 'sweep' | 'schedule'> & { connect(): () => void } {
  const { config, storage, keys } = store;
  // Storage is read lazily, on first use, so that a store React creates twice (StrictMode) and
  // throws away never touches it. A read made during a render keeps its reports until after it.
  let unread = hasDocument();
  let connections = 0;
  // The channel of the stores sharing this storage (other tabs, other stores on this page); a
  // memory store (no key, its own change events) is private.
  const channel = (storage.key !== undefined || !storage.subscribe) && typeof BroadcastChannel == 'function' ? `consentkit:${storage.key ?? 'default'}` : undefined;
  // Loaded with the sync code once connected: the first load carries no storage-key code.
  let eraseStored: typeof eraseStorage | undefined;

  const read = (quiet?: boolean) => {
    if (unread) {
      unread = false;
      store.silent = !!quiet;
      store.load();
      store.silent = false;
    }
    if (store.pending()) queueMicrotask(store.release);
  };

  /**
   * Tells the other stores. Connected while the channel's code still loads, a message goes out on
   * a channel opened for it: a page closed before that code has loaded must not take a decision
   * (a withdrawal) with it, unheard by the tabs still open. A store no longer connected says nothing.
   */
  const post = (value: string) => {
    if (store.link) store.link.post(value);
    else if (connections && channel) {
      const once = new BroadcastChannel(channel);
      once.postMessage(value);
      once.close();
    }
  };

  /**
   * Erases the declared cookies and storage keys of these categories and services. Storage keys
   * once connected: a revocation before that (within the first moments of a page) leaves them to
   * the sweep that connecting runs.
   */
  const erase = (revoked: readonly string[], erased?: (name: string, key: string) => void) => {
    cookies.erase(revoked, erased);
    eraseStored?.(config, revoked, store.now());
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

  return {
    read,
    post,
    erase,
    // Cookies and storage keys of categories and services without consent (left by an older
    // decision, another tab or a script that ran before consentkit) are erased while connected,
    // whenever the decision is (re)read; so are stored values past their declared lifetime.
    sweep: () => store.link && erase(keys.filter((key) => store.state.choices[key] !== 'granted'), found),
    // Re-reads the current decision at the moment it lapses.
    schedule() {
      const { record } = store.state;
      if (record) store.link?.wake(lapsesAt(config, record) * 1000 - store.now(), () => store.refresh());
    },
    connect() {
      if (!hasDocument()) return () => {};
      read();
      store.release();
      if (!connections++) {
        // Following other tabs and sweeping are not needed for first paint: their code loads, and
        // they start, once the page is idle (within a second at the latest). A decision made
        // meanwhile is stored and announced as usual; only storage keys wait for the sweep.
        // Nothing is fetched for a store every reader left before the page was idle (an unmount, a
        // test that ended): the module would load into a torn-down page.
        whenIdle(() => connections && import('./sync').then(({ startSync, eraseStorage }) => {
          if (!connections || store.link) return;
          eraseStored = eraseStorage;
          const reconcile = () => {
            // One read: the one that follows stores a GPC opt-out the new signals call for.
            store.checkSignals('next');
            store.load();
          };
          store.link = startSync(storage, channel, store.receive, reconcile);
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
          store.link?.stop();
          store.link = undefined;
        }
      };
    },
  };
}
