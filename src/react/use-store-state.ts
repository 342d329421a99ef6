import { useSyncExternalStore } from 'react';
import type { ConsentState } from '../core/store';
import type { CategoryId, ServiceId } from './register';
import { useConsentContext } from './context';

/**
 * Subscribes to one slice of the store. The slice must be a primitive or a stable reference so that
 * unrelated changes do not re-render (the same rule as zustand selectors).
 */
export function useStoreState<T>(hook: string, select: (state: ConsentState<CategoryId, ServiceId>) => T): T {
  const { store } = useConsentContext(hook);
  return useSyncExternalStore(
    store.subscribe,
    () => select(store.getState()),
    () => select(store.getInitialState()),
  );
}
