import {
  createConsentStore,
  encodeConsentRecord,
  memoryAdapter,
  type ConsentConfig,
  type ConsentMethod,
  type ConsentStorage,
  type ConsentStore,
} from '../../src/index';
import { balancedMasteringConfig } from '../demo/balanced-mastering';

/** How a story's consent starts: a first visit, a returning visitor, or storage still answering. */
export type StoryConsentState = 'undecided' | 'accepted' | 'rejected' | 'custom' | 'loading';

/**
 * `parameters.consent` of a story. The preview wraps every story in a `ConsentProvider` with a
 * fresh in-memory storage built from these, so no story sees another story's decision.
 */
export interface StoryConsentParameters {
  /**
   * The policy the story's provider uses.
   * @default balancedMasteringConfig
   */
  config?: ConsentConfig<string, string>;
  /**
   * Where consent starts.
   * @default 'undecided'
   */
  state?: StoryConsentState;
  /**
   * Choices of a `'custom'` decision, by category id or `'service:<id>'`; categories left out are
   * refused, services left out follow their category.
   */
  choices?: Record<string, boolean>;
  /**
   * Global Privacy Control. Stories pin it so that the browser running them does not decide.
   * @default false
   */
  gpc?: boolean;
  /** Replaces the in-memory storage, e.g. with a slow async adapter. Called once per story render. */
  storage?: () => ConsentStorage;
  /**
   * `false`: the story renders its own provider(s), as the state matrix does.
   * @default true
   */
  provider?: boolean;
}

/**
 * The stored value of a decision made a minute ago, as a returning visitor's storage would hold it.
 * Non-required categories not named in `choices` are refused; required ones are always granted.
 * Services with an `id` get a choice of their own (schema 2), as the store writes them: a service
 * not named in `choices` follows its category.
 */
export function decidedValue(
  config: ConsentConfig<string, string>,
  method: ConsentMethod,
  choices: Record<string, boolean> = {},
  gpc = false,
): string {
  const decidedAt = Math.floor(Date.now() / 1000) - 60;
  const stored: Record<string, boolean> = {};
  for (const id of config.categoryIds) {
    const category = config.categories[id]!;
    stored[id] =
      !!category.required ||
      (method === 'accept-all' ? !(gpc && category.saleOrSharing) : method === 'custom' ? choices[id] === true : false);
  }
  const services = config.services.filter((service) => service.id);
  return encodeConsentRecord({
    schema: services.length ? 2 : 1,
    revision: config.revision,
    // A fixed id keeps screenshots and the readout stable between runs.
    id: '5eedc0ffee5eedc0ffee5eedc0ffee00',
    decidedAt,
    expiresAt: decidedAt + config.consentExpirySeconds,
    method,
    gpc,
    choices: stored,
    ...(services.length && {
      services: Object.fromEntries(services.map(({ id, category }) => [id, stored[category]! && (choices[`service:${id}`] ?? true)])),
    }),
  });
}

/** Storage whose `get()` never answers: with no timeout, the provider stays in its loading state for good. */
export function pendingAdapter(): ConsentStorage {
  return {
    get: () => new Promise<never>(() => {}),
    set: () => {},
    remove: () => {},
    subscribe: () => () => {},
  };
}

/**
 * An async storage with latency, standing in for a backend: every call answers after `delayMs`.
 * `initial` is the value the "server" already holds.
 */
export function slowAdapter(delayMs: number, initial?: string): ConsentStorage {
  let value = initial;
  const later = <T>(result: () => T) => new Promise<T>((resolve) => setTimeout(() => resolve(result()), delayMs));
  return {
    get: () => later(() => value),
    set: (next) =>
      later(() => {
        value = next;
      }),
    remove: () =>
      later(() => {
        value = undefined;
      }),
    subscribe: () => () => {},
  };
}

/** The storage a story's parameters ask for. */
export function storyStorage(parameters: StoryConsentParameters = {}): ConsentStorage {
  if (parameters.storage) return parameters.storage();
  const config = parameters.config ?? balancedMasteringConfig;
  const gpc = parameters.gpc ?? false;
  switch (parameters.state ?? 'undecided') {
    case 'accepted':
      return memoryAdapter(decidedValue(config, 'accept-all', {}, gpc));
    case 'rejected':
      return memoryAdapter(decidedValue(config, 'reject-all', {}, gpc));
    case 'custom':
      return memoryAdapter(decidedValue(config, 'custom', parameters.choices, gpc));
    case 'loading':
      return pendingAdapter();
    default:
      return memoryAdapter();
  }
}

/** A fresh store for one story render, from its `parameters.consent`. */
export function createStoryStore(parameters: StoryConsentParameters = {}): ConsentStore<string, string> {
  return createConsentStore(parameters.config ?? balancedMasteringConfig, {
    storage: storyStorage(parameters),
    gpc: parameters.gpc ?? false,
    // A loading story stays loading: its storage never answers, and the store waits for good.
    ...(parameters.state === 'loading' ? { loadTimeout: Infinity } : {}),
  });
}
