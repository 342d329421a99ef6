/**
 * Consent states for tests, made the way a person makes them: every preset is a decision a real
 * store takes and stores through the codec, so a test never writes the record format by hand and
 * follows it when the format changes. Framework-free: the React, Playwright and Storybook helpers
 * all build on this module.
 */
import type { ConsentConfig } from '../core/config';
import { createConsentStore, type ConsentStore, type ConsentStoreOptions } from '../core/store';
import { memoryAdapter } from '../storage/memory';

/**
 * Choices of a custom decision: `true` grants, anything else (or leaving it out) refuses. Keys are
 * what the store's `save()` takes, so they follow the config: category ids, and services in the
 * form the store names them.
 */
export type TestChoices<C extends string = string> = NonNullable<Parameters<ConsentStore<C>['save']>[0]>;

/**
 * Where a test starts: nobody decided yet (`'undecided'`), Accept all (`'accepted'`), Reject all
 * (`'rejected'`), or a custom decision (a choices map: named categories granted when `true`, every
 * other one refused; required categories are always granted).
 */
export type TestConsent<C extends string = string> = 'undecided' | 'accepted' | 'rejected' | TestChoices<C>;

/** What every test-consent helper can pin besides the decision. */
export interface TestConsentOptions {
  /**
   * Global Privacy Control while deciding and reading: pinned, so that the machine running the
   * tests does not decide. Under GPC, Accept all leaves `saleOrSharing` categories refused.
   * @default false
   */
  gpc?: boolean;
  /** The clock in milliseconds, e.g. to make a decision that has since lapsed. @default Date.now */
  now?: () => number;
}

/** A storage that keeps what the store writes and nothing else. */
function capture() {
  let value: string | null = null;
  return {
    storage: {
      get: () => null,
      set: (next: string) => {
        value = next;
      },
    },
    written: () => value,
  };
}

/**
 * Makes the store take `consent` as the person would: Accept all, Reject all, a saved set of choices
 * (every category left out refused), or, for `'undecided'`, a reset (which forgets the decision and
 * erases every declared cookie).
 */
export function applyConsent<C extends string>(store: ConsentStore<C, string>, consent: TestConsent<C>): void {
  if (consent === 'accepted') store.acceptAll();
  else if (consent === 'rejected') store.rejectAll();
  else if (consent === 'undecided') store.reset();
  else {
    // Every category named, so that a left-out one is refused rather than kept as it was.
    const choices: Record<string, unknown> = Object.fromEntries(store.config.categoryIds.map((id) => [id, false]));
    for (const [key, value] of Object.entries(consent)) choices[key] = value === true;
    store.save(choices as TestChoices<C>);
  }
}

/**
 * The value storage holds after `consent` was decided now: what the consent cookie (or
 * localStorage key) of a returning visitor contains, or null for someone who never decided. The
 * value is opaque: write it where the app's adapter reads, never build or parse it by hand.
 *
 * @example readConsentState(config, { cookie: `ck_consent=${consentValue(config, 'accepted')}` })
 */
export function consentValue<C extends string>(config: ConsentConfig<C, string>, consent: TestConsent<C> = 'undecided', options: TestConsentOptions = {}): string | null {
  if (consent === 'undecided') return null;
  const { storage, written } = capture();
  // A store of its own, never connected and with no callbacks: it reads nothing and touches no cookie.
  applyConsent(createConsentStore(config, { storage, initialValue: null, gpc: options.gpc ?? false, now: options.now }), consent);
  return written();
}

/**
 * A store that starts in `consent`, as on a returning visitor's page load, over in-memory storage:
 * no cookie or localStorage is read or written for the decision. For hooks, non-React code, and
 * `<ConsentProvider store={…}>`. Ready at once, also without a DOM.
 *
 * @param options store options (callbacks, `loadTimeout`…); `gpc` defaults to false.
 */
export function createTestStore<C extends string, N extends string>(
  config: ConsentConfig<C, N>,
  consent: TestConsent<C> = 'undecided',
  options: Omit<ConsentStoreOptions<C>, 'storage' | 'initialValue' | 'initialGpc' | 'initialTime'> = {},
): ConsentStore<C, N> {
  const value = consentValue(config, consent, options);
  // The value is also the first state, so the store is ready before anything reads it (on a
  // server, a store never reads storage).
  return createConsentStore(config, { ...options, gpc: options.gpc ?? false, storage: memoryAdapter(value ?? undefined), initialValue: value });
}
