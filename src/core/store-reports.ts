import { describeError, type ConsentError } from './consent-error';
import { callSafely } from './notify';
import type { StoreContext } from './store-context';
import type { ConsentCallbacks } from './store-types';
import { warn } from './warn';

/**
 * How a store tells the app: callbacks of every observer, each called safely, and errors, which
 * development builds also warn about. Reports made while the store is `silent` wait until released.
 */
export function createStoreReports<C extends string, S extends string>(
  store: Pick<StoreContext<C, S>, 'silent'>,
  observers: Set<ConsentCallbacks<C, S>>,
): Pick<StoreContext<C, S>, 'report' | 'emit' | 'release' | 'pending'> {
  let held: ConsentError[] = [];
  const emit: StoreContext<C, S>['emit'] = (key, ...args) =>
    observers.forEach((observer) =>
      // A throwing onError is rethrown but not reported again (that would loop).
      callSafely(key === 'onError' ? undefined : report, key, () => (observer[key] as ((...a: typeof args) => void) | undefined)?.(...args)),
    );
  function report(error: ConsentError) {
    if (store.silent) held.push(error);
    else {
      if (process.env.NODE_ENV !== 'production') warn(describeError(error), 'error' in error ? error.error : undefined);
      emit('onError', error);
    }
  }
  return {
    report,
    emit,
    release() {
      const errors = held;
      held = [];
      errors.forEach(report);
    },
    pending: () => held.length > 0,
  };
}
