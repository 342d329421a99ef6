import type { ConsentStorage } from '../storage/types';

// Erasing declared storage keys comes with the rest of what a connected store needs, not with the page.
export { eraseStorage } from './web-storage';

/** What a connected store uses to hear from, and talk to, the other stores sharing its storage. */
export interface SyncLink {
  /** Tells every other store on this storage (other tabs, and other stores on this page). */
  post(message: unknown): void;
  /** Runs `run` once `ms` have passed (again and again for delays longer than one timer can wait); replaces the previous one. */
  wake(ms: number, run: () => void): void;
  /** Stops listening. */
  stop(): void;
}

/**
 * Loaded when a store connects, not with the page: following other tabs starts after first paint.
 *
 * Follows changes made outside this store: the adapter's own change events, a BroadcastChannel for
 * shared storage (it reaches other tabs and, unlike the `storage` event, other stores on this
 * page), and the moments a page may have missed something: a back/forward cache restore and the
 * tab becoming visible again (a withdrawal made elsewhere, a lapsed decision, GPC turned on).
 */
export function startSync(storage: ConsentStorage, name: string | undefined, receive: (message: unknown) => void, reconcile: () => void): SyncLink {
  const unsubscribe = storage.subscribe?.(reconcile);
  // The store names the channel (none for a private store), as it posts there before this loads.
  const channel = name ? new BroadcastChannel(name) : undefined;
  if (channel) channel.onmessage = ({ data }: MessageEvent) => receive(data);
  const onShow = (event: Event) => {
    if ((event as PageTransitionEvent).persisted || (event.type !== 'pageshow' && document.visibilityState === 'visible')) reconcile();
  };
  addEventListener('pageshow', onShow);
  document.addEventListener('visibilitychange', onShow);
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    post: (message) => channel?.postMessage(message),
    wake(ms, run) {
      clearTimeout(timer);
      // Timers cap near 24.8 days: a longer wait wakes early and the store asks again.
      timer = setTimeout(run, Math.min(ms, 2 ** 31 - 1));
    },
    stop() {
      clearTimeout(timer);
      unsubscribe?.();
      channel?.close();
      removeEventListener('pageshow', onShow);
      document.removeEventListener('visibilitychange', onShow);
    },
  };
}
