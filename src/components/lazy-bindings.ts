import { useSyncExternalStore } from 'react';
import type { ConsentState } from '../core/store';
import type { ConsentContextValue } from '../react/context';
import type { CategoryId, ServiceId } from '../react/register';
import type { ConsentMessages, PartialConsentMessages } from './messages';

// What the lazily loaded parts (the preferences dialog, the privacy choices dialog, the toggle
// row) use instead of the React bindings: they receive the store and the provider's messages as
// props, and import nothing that the first load imports. A module shared by the first load and a
// lazy chunk makes bundlers that split by file (esbuild) emit a third first-load file for it, one
// more request before first paint; so these few lines are kept apart from `useStoreState` and
// `useMessages` on purpose.

/** The store as the lazy parts receive it. */
export type LazyStore = ConsentContextValue['store'];

/** Subscribes to one slice of `store` (a primitive or a stable reference), as `useStoreState` does. */
export const useSlice = <T>(store: LazyStore, select: (state: ConsentState<CategoryId, ServiceId>) => T): T =>
  useSyncExternalStore(
    store.subscribe,
    () => select(store.getState()),
    () => select(store.getInitialState()),
  );

/**
 * One section's strings: English defaults, then the provider's messages, then the part's own
 * overrides. Entry by entry, with `useMessages`'s rule and for its reasons (use-messages.ts): what
 * is not a non-empty string (`table.units` excepted, an object) keeps the default.
 */
// The entries already reported: once each, as `warn` does for the first load.
const reported = new Set<string>();

export const sectionText = <S extends keyof ConsentMessages>(
  provided: PartialConsentMessages | undefined,
  section: S,
  defaults: NonNullable<ConsentMessages[S]>,
  override?: object,
): NonNullable<ConsentMessages[S]> => {
  const text: Record<string, unknown> = { ...(defaults as object) };
  for (const from of [provided?.[section], override] as Record<string, unknown>[])
    for (const key in from) {
      const value = from[key];
      if (value && (typeof value == 'string' || (key == 'units' && typeof value == 'object'))) text[key] = value;
      else if (process.env.NODE_ENV !== 'production' && !reported.has(`${section}.${key}`)) {
        reported.add(`${section}.${key}`);
        // eslint-disable-next-line no-console
        console.warn(`[consentkit] messages.${section}.${key} is not a non-empty string: the default is kept`);
      }
    }
  return text as NonNullable<ConsentMessages[S]>;
};
