import { useState, type ComponentType, type ReactElement } from 'react';
import type { ConsentConfig } from '../../core/config';
import { createConsentStore, type ConsentStore } from '../../core/store';
import { ConsentProvider, type ConsentProviderProps } from '../../react/provider';
import type { ConsentStorage } from '../../storage/types';
import { createTestStore, type TestChoices } from '../consent';

/**
 * Where a story's consent starts: a first visit, Accept all, Reject all, the story's own `choices`
 * (`'custom'`), or storage that never answers (`'loading'`, the state an async adapter is in
 * before it does).
 */
export type ConsentStoryState = 'undecided' | 'accepted' | 'rejected' | 'custom' | 'loading';

/** A story's `parameters.consent`. */
export interface ConsentStoryParameters<C extends string = string> {
  /** The policy of this story's provider. @default the decorator's `config` */
  config?: ConsentConfig<string, string>;
  /**
   * Where consent starts when the toolbar's Consent menu is at "the story's own".
   * @default 'undecided'
   */
  state?: ConsentStoryState;
  /** The decision of the `'custom'` state: categories named `true` are granted, every other one refused. */
  choices?: TestChoices<C>;
  /**
   * Global Privacy Control, pinned so that the browser showing the story does not decide.
   * @default false
   */
  gpc?: boolean;
  /**
   * Where the visitor is (e.g. `'US-CA'`, `'DE'`): the store's `region`, which picks the consent
   * model. Without it the visitor is treated as opt-in, as a provider without a region does.
   * @default undefined (opt-in)
   */
  region?: string;
  /** The story's own storage (e.g. a slow async adapter), made once per render; the state is then what it holds. */
  storage?: () => ConsentStorage;
  /**
   * `false`: no provider, for a story that renders its own.
   * @default true
   */
  provider?: boolean;
}

/** What the decorator reads of Storybook's story context (Storybook's own context type fits). */
export interface ConsentStoryContext {
  id: string;
  globals: Record<string, unknown>;
  parameters: Record<string, unknown>;
}

/** Options of {@link withConsent}. */
export interface ConsentDecoratorOptions<C extends string = string, N extends string = string> {
  /** The app's config, for every story that names none in `parameters.consent.config`. */
  config: ConsentConfig<C, N>;
  /** Props for each story's `ConsentProvider` (messages for the toolbar's locale, a nonce, callbacks). */
  provider?: (context: ConsentStoryContext) => Omit<ConsentProviderProps<C, N>, 'config' | 'store' | 'children' | 'storage' | 'serverState' | 'initialValue'>;
}

/** The toolbar's states; anything else (the reset item) leaves the story's own. */
const TOOLBAR_STATES: readonly string[] = ['undecided', 'accepted', 'rejected', 'custom'];

/**
 * The Consent menu for Storybook's toolbar: spread into the preview's `globalTypes`. "The story's
 * own" (no value) leaves each story in its `parameters.consent.state`; a story pins one with
 * `globals: { consent: 'accepted' }`.
 */
export const consentGlobalTypes = {
  consent: {
    description: 'Where consent starts in every story (consentkit/testing/storybook)',
    toolbar: {
      title: 'Consent',
      icon: 'lock' as const,
      items: [
        { type: 'reset' as const, title: "The story's own" },
        { value: 'undecided', title: 'Undecided (first visit)' },
        { value: 'accepted', title: 'Accepted all' },
        { value: 'rejected', title: 'Rejected all' },
        { value: 'custom', title: "Custom (the story's choices)" },
      ],
      dynamicTitle: true,
    },
  },
};

/** The state a story starts in: the toolbar's, else the story's own, else a first visit. */
export function consentStoryState(context: ConsentStoryContext): ConsentStoryState {
  const chosen = context.globals.consent;
  const own = (context.parameters.consent as ConsentStoryParameters | undefined)?.state;
  return typeof chosen === 'string' && TOOLBAR_STATES.includes(chosen) ? (chosen as ConsentStoryState) : (own ?? 'undecided');
}

/**
 * A store for one story render, in `state` (by default the story's own `parameters.consent.state`),
 * kept in memory: each render starts afresh, so no story sees another's decision. For a story that
 * renders providers of its own (`provider: false`), one per cell.
 */
export function createStoryStore(
  config: ConsentConfig<string, string>,
  parameters: ConsentStoryParameters = {},
  state: ConsentStoryState = parameters.state ?? 'undecided',
): ConsentStore<string, string> {
  const { gpc = false, region } = parameters;
  if (parameters.storage) return createConsentStore(config, { storage: parameters.storage(), gpc, region });
  if (state === 'loading') {
    // No timeout: the story stays loading for as long as it is looked at.
    return createConsentStore(config, { storage: { get: () => new Promise<never>(() => {}), set() {} }, gpc, region, loadTimeout: Infinity });
  }
  return createTestStore(config, state === 'custom' ? (parameters.choices ?? {}) : state, { gpc, region });
}

function StoryConsent({ make, props, children }: { make: () => ConsentStore<string, string>; props: object; children: ReactElement }) {
  const [store] = useState(make);
  return (
    <ConsentProvider {...props} store={store}>
      {children}
    </ConsentProvider>
  );
}

/**
 * A Storybook decorator that renders every story under a `ConsentProvider` in the state the
 * toolbar's Consent menu (see {@link consentGlobalTypes}) or the story's `parameters.consent` asks
 * for, with its decision kept in memory.
 *
 * @example
 * // .storybook/preview.tsx
 * export default { decorators: [withConsent({ config })], globalTypes: { ...consentGlobalTypes } };
 */
export function withConsent<C extends string, N extends string>(options: ConsentDecoratorOptions<C, N>) {
  return (Story: ComponentType, context: ConsentStoryContext): ReactElement => {
    const parameters = (context.parameters.consent ?? {}) as ConsentStoryParameters;
    if (parameters.provider === false) return <Story />;
    const state = consentStoryState(context);
    const config = parameters.config ?? (options.config as ConsentConfig<string, string>);
    return (
      // Keyed by story, state and region: another story, or another state or region from the toolbar, starts afresh.
      <StoryConsent key={`${context.id}:${state}:${parameters.region}`} make={() => createStoryStore(config, parameters, state)} props={options.provider?.(context) ?? {}}>
        <Story />
      </StoryConsent>
    );
  };
}
