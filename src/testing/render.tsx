import type { JSXElementConstructor, ReactElement, ReactNode } from 'react';
import { act, render, type RenderOptions, type RenderResult } from '@testing-library/react';
import type { ConsentConfig } from '../core/config';
import type { ConsentStore } from '../core/store';
import { ConsentProvider, type ConsentProviderProps } from '../react/provider';
import { applyConsent, createTestStore, type TestConsent, type TestConsentOptions } from './consent';

/**
 * Changes the decision as the person would (see {@link applyConsent}) inside React's `act()`, and
 * resolves once every component has re-rendered and every effect (a gated script, an erased cookie)
 * has run.
 *
 * @example await setConsent(store, { analytics: true })
 */
export async function setConsent<C extends string>(store: ConsentStore<C, string>, consent: TestConsent<C>): Promise<void> {
  await act(async () => applyConsent(store, consent));
}

/** Options of {@link renderWithConsent}: Testing Library's render options, and where consent starts. */
export interface RenderWithConsentOptions<C extends string = string, N extends string = string>
  extends Omit<RenderOptions, 'wrapper' | 'queries'>,
    TestConsentOptions {
  /** The app's config. */
  config: ConsentConfig<C, N>;
  /**
   * Where consent starts.
   * @default 'undecided'
   */
  consent?: TestConsent<C>;
  /** Other providers of the app, rendered inside the consent provider and around `ui`. */
  wrapper?: JSXElementConstructor<{ children: ReactNode }>;
  /** Props for the `ConsentProvider` (messages, nonce, onChange, onDecision, onError). */
  provider?: Omit<ConsentProviderProps<C, N>, 'config' | 'store' | 'children' | 'storage' | 'serverState' | 'initialValue'>;
}

/** What {@link renderWithConsent} returns besides Testing Library's result. */
export interface ConsentTestControls<C extends string = string, N extends string = string> {
  /** The provider's store: read `getState()`, call actions, check `isGranted()`. */
  store: ConsentStore<C, N>;
  /** Changes the decision mid-test and resolves once the tree has re-rendered (see {@link setConsent}). */
  setConsent(consent: TestConsent<C>): Promise<void>;
}

/**
 * Renders `ui` under a `ConsentProvider` whose store starts in `consent`, kept in memory: no
 * consent cookie or localStorage key is read or written, so tests never share a decision. `rerender`
 * keeps the same provider and store.
 *
 * @example
 * const { setConsent } = renderWithConsent(<Dashboard />, { config, consent: 'rejected' });
 * expect(screen.queryByTestId('analytics-widget')).toBeNull();
 * await setConsent({ analytics: true });
 * expect(screen.getByTestId('analytics-widget')).toBeVisible();
 */
export function renderWithConsent<C extends string, N extends string>(
  ui: ReactElement,
  options: RenderWithConsentOptions<C, N>,
): RenderResult & ConsentTestControls<C, N> {
  const { config, consent, gpc, now, wrapper: Inner, provider, ...renderOptions } = options;
  const store = createTestStore(config, consent, { gpc, now });
  const Wrapper = ({ children }: { children: ReactNode }) => (
    <ConsentProvider {...provider} store={store}>
      {Inner ? <Inner>{children}</Inner> : children}
    </ConsentProvider>
  );
  const result: RenderResult = render(ui, { ...renderOptions, wrapper: Wrapper });
  return { ...result, store, setConsent: (next) => setConsent(store, next) };
}
