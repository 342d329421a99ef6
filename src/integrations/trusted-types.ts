import { warn } from '../core/warn';

/**
 * A value made by one of the app's own Trusted Types policies (`TrustedScript`,
 * `TrustedScriptURL`). consentkit assigns it as it is.
 */
export interface TrustedTypesValue {
  toJSON(): string;
}

type Rules = Record<'createScript' | 'createScriptURL', (value: string) => unknown>;

let policy: Rules | null | undefined;

/**
 * `value` in the form a script sink accepts under `require-trusted-types-for 'script'`: the app's
 * trusted value as it is, a string through the `consentkit` policy. Where the browser has no
 * Trusted Types, or the page's `trusted-types` directive does not allow `consentkit`, the string
 * is returned unchanged, and a sink that enforces Trusted Types throws: callers catch it.
 *
 * The policy is created once, on first use, and passes values through: what may run is decided
 * by consent and by `script-src`, as for any script. It never leaves this module, so only the
 * scripts an app hands to consentkit go through it.
 */
export function trusted(kind: keyof Rules, value: string | TrustedTypesValue): unknown {
  if (typeof value !== 'string') return value;
  if (policy === undefined) {
    policy = null;
    const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: Rules): Rules } }).trustedTypes;
    const pass = (input: string) => input;
    try {
      if (factory) policy = factory.createPolicy('consentkit', { createScript: pass, createScriptURL: pass });
    } catch (error) {
      if (process.env.NODE_ENV !== 'production') warn('the Trusted Types policy "consentkit" was refused: add it to the trusted-types directive', error);
    }
  }
  return policy ? policy[kind](value) : value;
}
