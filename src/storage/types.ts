import type { ConsentRecord } from '../core/record';

/** A value or a promise of it: adapters may answer synchronously or not. */
export type MaybePromise<T> = T | Promise<T>;

/**
 * Where the encoded consent record lives. Adapters only move strings: parsing and validation
 * happen once, in the core codec. Any method may throw or reject; the store then keeps working in
 * memory and reports through `onError`.
 */
export interface ConsentStorage {
  /**
   * The stored string, or null/undefined when there is none. Where one key can hold several values
   * (cookies of one name on several paths or domains), every candidate: the newest valid decision wins.
   */
  get(): MaybePromise<string | readonly string[] | null | undefined>;
  /**
   * Stores the encoded record; `record` is given for adapters that need its expiry or id. A backend
   * that compares before it writes (`canReplaceConsent` from `consentkit/server`) answers `false`
   * when it kept a newer decision instead: the store then reads storage again and shows that one.
   */
  set(value: string, record: ConsentRecord): MaybePromise<void | boolean>;
  /**
   * Forgets the stored record, for an app that wipes storage itself. The store never calls it:
   * `reset()` stores a short-lived marker instead, so that a removal landing late can never be
   * mistaken for a newer withdrawal or erase a newer decision.
   */
  remove?(): MaybePromise<void>;
  /**
   * Calls `onChange` when another tab or process changed the stored value; returns an unsubscribe.
   * Without it, the store syncs tabs over a BroadcastChannel.
   */
  subscribe?(onChange: () => void): () => void;
  /** Distinguishes stores of several sites or apps on one origin in cross-tab messages. */
  key?: string;
}
