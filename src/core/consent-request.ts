import type { ConsentKey } from './config';
import type { ConsentStore } from './store';
import { warn } from './warn';

/** A question `requestConsent` puts to the person, shown by `ConsentPrompt` until it is answered. */
export interface ConsentRequest {
  /** The category, or the service (`'service:<id>'`), asked for. */
  readonly target: string;
  /** The element that had focus when it was asked: focus returns there once it is answered. */
  readonly opener: Element | null;
  /**
   * `true` saves a grant of `target` (other choices kept) and resolves the request with whether it
   * is now granted; `false` saves nothing and resolves it with false. Later answers are ignored.
   */
  answer(allow: boolean): void;
}

interface Requests {
  /** Unanswered questions, oldest first: one prompt at a time. */
  queue: (ConsentRequest & { promise: Promise<boolean> })[];
  /** The mounted prompts: without one, nobody could answer. */
  listeners: Set<() => void>;
}

// Kept beside each store rather than in its state: only pages that ask carry this module.
const byStore = new WeakMap<object, Requests>();

const requestsOf = (store: object): Requests => {
  let requests = byStore.get(store);
  if (!requests) byStore.set(store, (requests = { queue: [], listeners: new Set() }));
  return requests;
};

const notify = (requests: Requests) => requests.listeners.forEach((listener) => listener());

/** The question to show now (the oldest unanswered one), if any. */
export const currentRequest = (store: object): ConsentRequest | undefined => requestsOf(store).queue[0];

/**
 * Calls `listener` whenever the questions change. A subscribed listener is what lets
 * `requestConsent` ask: `ConsentPrompt` subscribes while it is mounted. Returns an unsubscribe.
 */
export function watchRequests(store: object, listener: () => void): () => void {
  const { listeners } = requestsOf(store);
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Asks the person for one category or service (`'service:<id>'`) through the mounted
 * `ConsentPrompt`, and resolves with whether it is granted once they answer. Already granted (or
 * required): true at once, nothing shown. Asking again for what is already being asked for returns
 * the same promise. Resolves false, showing nothing, for an unknown key, on a server, or when no
 * `ConsentPrompt` is mounted (development builds say why). A grant made meanwhile in any other way
 * (the preferences dialog, another tab) answers it too.
 */
export function requestConsent<C extends string, S extends string>(store: ConsentStore<C, string, S>, target: ConsentKey<C, S>): Promise<boolean> {
  const known = Object.keys(store.getState().choices).includes(target);
  if (known && store.isGranted(target)) return Promise.resolve(true);
  const requests = requestsOf(store);
  if (!known || typeof document === 'undefined' || !requests.listeners.size) {
    if (process.env.NODE_ENV !== 'production') {
      warn(`requestConsent("${target}") resolved false: ${known ? 'no <ConsentPrompt /> is mounted inside the provider, so nobody could answer' : 'it is neither a declared category nor a service with an id'}`);
    }
    return Promise.resolve(false);
  }
  const asked = requests.queue.find((request) => request.target === target);
  if (asked) return asked.promise;
  let settle!: (granted: boolean) => void;
  const promise = new Promise<boolean>((resolve) => (settle = resolve));
  const finish = (allow: boolean, save?: boolean) => {
    const at = requests.queue.indexOf(request);
    if (at < 0) return;
    requests.queue.splice(at, 1);
    stop();
    if (save) store.save({ [target]: true } as Partial<Record<ConsentKey<C, S>, boolean>>);
    notify(requests);
    settle(allow && store.isGranted(target));
  };
  const request = { target, opener: document.activeElement, promise, answer: (allow: boolean) => finish(allow, allow) };
  const stop = store.subscribe(() => store.isGranted(target) && finish(true));
  requests.queue.push(request);
  notify(requests);
  return promise;
}
