import type { ConsentConfig, ConsentStorage, ConsentStore } from '../../src/index';
import { consentValue } from '../../src/testing/index';
import { createStoryStore as createStore, type ConsentStoryParameters } from '../../src/testing/storybook/index';
import { balancedMasteringConfig } from '../demo/balanced-mastering';

/**
 * `parameters.consent` of a story (consentkit/testing/storybook's): the preview's `withConsent`
 * decorator wraps every story in a `ConsentProvider` in that state, kept in memory, unless the
 * toolbar's Consent menu picks another. The policy defaults to the demo site's.
 */
export type StoryConsentParameters = ConsentStoryParameters;

/** The policy every story uses unless it names its own. */
export const storyConfig = balancedMasteringConfig;

/** A fresh store for one render of a story that makes its own providers (the state matrix's cells). */
export function createStoryStore(parameters: StoryConsentParameters = {}): ConsentStore<string, string> {
  return createStore(parameters.config ?? storyConfig, parameters);
}

/**
 * The stored value of a decision made now, as a returning visitor's storage holds it: Accept all,
 * Reject all, or custom `choices` (categories left out refused). Made by consentkit's own store
 * (consentkit/testing's `consentValue`), never encoded by hand, e.g. for a story whose storage
 * holds a decision taken under an older `revision`.
 */
export function decidedValue(config: ConsentConfig<string, string>, method: 'accept-all' | 'reject-all' | 'custom', choices: Record<string, boolean> = {}, gpc = false): string {
  return consentValue(config, method === 'accept-all' ? 'accepted' : method === 'reject-all' ? 'rejected' : choices, { gpc })!;
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
