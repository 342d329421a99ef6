import type { ConsentError } from './consent-error';

/**
 * Calls app code (a listener or callback) so that its failure cannot stop the library's own work:
 * the error is reported (`kind: 'callback'`) and rethrown asynchronously through `reportError`,
 * so the bug still shows in the console and in error monitoring, but the decision it interrupted
 * is stored, every other listener runs, and other tabs are told (guarantee G2).
 */
export function callSafely<A extends unknown[]>(
  report: ((error: ConsentError) => void) | undefined,
  callback: string,
  run: ((...args: A) => unknown) | undefined,
  ...args: A
): void {
  try {
    run?.(...args);
  } catch (error) {
    report?.({ kind: 'callback', callback, error });
    rethrowLater(error);
  }
}

/** Surfaces an error outside the current call stack, as an uncaught error would be. */
export const rethrowLater = (error: unknown): void => {
  if (typeof reportError === 'function') reportError(error);
  else
    setTimeout(() => {
      throw error;
    });
};
