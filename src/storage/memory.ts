import type { ConsentStorage } from './types';

/**
 * Keeps the record in memory only: nothing survives a reload. For tests, stories, and sites that
 * must not store anything before a decision.
 */
export function memoryAdapter(initial?: string): ConsentStorage {
  let value: string | undefined = initial;
  return {
    get: () => value,
    set: (next) => {
      value = next;
    },
    remove: () => {
      value = undefined;
    },
    // A memory store is private to its tab; no cross-tab sync.
    subscribe: () => () => {},
  };
}
