import type { ConsentConfig, ConsentKey } from './config';
import type { ConsentError } from './consent-error';
import type { Evaluation } from './evaluate';
import type { JurisdictionModel } from './jurisdictions';
import type { ConsentMethod, ConsentRecord } from './record';
import type { ConsentCallbacks, ConsentState, ConsentStoreOptions } from './store-types';
import type { SyncLink } from './sync';
import type { ConsentStorage } from '../storage/types';

/**
 * What storage knows when a value is applied: `true`, it was just read; `'next'`, a read or a
 * decision of this page follows at once (so nothing need be read for a GPC opt-out).
 */
export type Freshness = true | 'next';

/** A stored value's meaning now, and the newest plausible record it holds. */
export type Evaluated<C extends string, S extends string> = [Evaluation<C, S>, ConsentRecord | undefined];

/**
 * One store's working parts (internal). The store is split by concern, one file each: its state
 * (store.ts), reports (store-reports.ts), decisions (store-decisions.ts), storage and the other
 * tabs (store-sync.ts) and lifecycle (store-lifecycle.ts). They work on one state, so they share
 * it here, and reach each other's functions through it. Fields are read here at every use, never
 * copied: a part must see what another has just changed.
 */
export interface StoreContext<C extends string, S extends string> {
  // Fixed when the store is created.
  readonly config: ConsentConfig<C, string, S, string>;
  readonly options: ConsentStoreOptions<C, S>;
  readonly storage: ConsentStorage;
  readonly now: () => number;
  /** Every key a choice is kept under: category ids, then `service:<id>`. */
  readonly keys: ConsentKey<C, S>[];
  /** Services with a consent of their own. */
  readonly services: { id: S; category: C }[];
  readonly model: JurisdictionModel;
  /** The visitor's region, when it is a valid region code. */
  readonly region: string | undefined;

  // What the store knows now.
  state: ConsentState<C, S>;
  /**
   * The newest decision or reset this store knows of, as it is stored: what every store and storage
   * converge on. A reset is stored as a short-lived marker, never as a removal: "nothing stored" has
   * no place in time, so a late removal could not be told from a withdrawal and could erase a newer
   * decision.
   */
  latest: ConsentRecord | undefined;
  gpc: boolean;
  dnt: boolean;
  /**
   * A server's reading (`initialValue`) grants nothing in a browser until storage has answered or
   * this page has decided: the HTML may come from a cache, or the person may have decided otherwise
   * since the request. Renders still show it, as hydration must.
   */
  confirmed: boolean;
  /** Bumped by every decision made or adopted here: a storage read started before it is stale. */
  generation: number;
  /** Choices saved while stored consent was still loading, applied on top of what loads. */
  saved: Partial<Record<ConsentKey<C, S>, boolean>> | undefined;
  /**
   * Reports wait for `release()`, and changes tell nobody: while the store is created (maybe inside
   * a render), and during a first read made by a render.
   */
  silent: boolean;
  /** Set while connected and the sync code has loaded. */
  link: SyncLink | undefined;

  // The state (store.ts).
  evaluate(raw: unknown, at?: number, gpc?: boolean, dnt?: boolean): Evaluated<C, S>;
  /** Compares a record's place in time with `latest`'s. */
  isNewer(record?: ConsentRecord): number;
  setState(patch: Partial<ConsentState<C, S>>): void;
  adopt(next: Evaluated<C, S>, read?: Freshness): void;
  /** Shows the current decision again: it may have lapsed, or the signals changed what it grants. */
  refresh(read?: Freshness): void;
  checkSignals(read?: Freshness): void;
  notify(): void;
  // Reports (store-reports.ts).
  report(error: ConsentError): void;
  emit<E extends keyof ConsentCallbacks<C, S>>(key: E, ...args: Parameters<NonNullable<ConsentCallbacks<C, S>[E]>>): void;
  /** Reports what waited. */
  release(): void;
  /** Reports wait. */
  pending(): boolean;
  // Decisions (store-decisions.ts).
  decide(method: ConsentMethod, wanted?: Partial<Record<string, boolean>>): void;
  honourGpc(read?: Freshness): void;
  // Storage and the other tabs (store-sync.ts).
  load(check?: boolean, refused?: ConsentRecord): void;
  write(record: ConsentRecord): void;
  receive(message: unknown): void;
  // Lifecycle (store-lifecycle.ts).
  read(quiet?: boolean): void;
  post(value: string): void;
  erase(revoked: readonly string[], erased?: (name: string, key: string) => void): void;
  sweep(): void;
  schedule(): void;
}
