import type { ConsentStorage } from '../../src/index';

/** A pretend consent API: what a site's backend would keep for one visitor. */
export interface FakeConsentApi {
  /** Round-trip time of every call, in milliseconds. */
  latencyMs: number;
  /** What the "server" holds. */
  value: string | null;
  /** Calls made so far, oldest first: shown beside the docs example. */
  readonly log: readonly string[];
  /** Calls `listener` whenever the log grows; returns an unsubscribe. */
  subscribe(listener: () => void): () => void;
}

export function createFakeConsentApi(latencyMs = 1200, value: string | null = null): FakeConsentApi & { record(entry: string): void } {
  const listeners = new Set<() => void>();
  let log: string[] = [];
  return {
    latencyMs,
    value,
    get log() {
      return log;
    },
    record(entry: string) {
      log = [...log, entry];
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * A storage adapter over an async backend. Adapters only move the encoded string: consentkit
 * decodes and validates it, so a broken or hostile answer reads as "not decided". Until `get()`
 * answers, `useConsent().loading` is true and the banner waits.
 */
export function backendAdapter(api: ReturnType<typeof createFakeConsentApi>): ConsentStorage {
  const call = <T>(name: string, run: () => T) =>
    new Promise<T>((resolve) => {
      api.record(`${name} …`);
      setTimeout(() => {
        const result = run();
        api.record(`${name} ✓`);
        resolve(result);
      }, api.latencyMs);
    });
  return {
    key: 'balanced-mastering-backend',
    get: () => call('GET /api/consent', () => api.value),
    set: (value) =>
      call('PUT /api/consent', () => {
        api.value = value;
      }),
    remove: () =>
      call('DELETE /api/consent', () => {
        api.value = null;
      }),
  };
}
