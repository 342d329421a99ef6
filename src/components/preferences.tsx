import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { isLink } from '../core/link';
import { useConsentContext } from '../react/context';
import { useStoreState } from '../react/use-store-state';
import { englishNotice } from './english-notice';
import type { ProviderParts } from './category-toggle-layout';
import type { ConsentMessages } from './messages';
import { useMessages } from './use-messages';

const NAME = 'ConsentPreferences';

// The Radix dialog and switches are fetched the first time the dialog opens, so they cost
// nothing on the first load of a page where most people decide from the banner.
const PreferencesDialog = /* @__PURE__ */ lazy(() => import('./preferences-dialog'));

const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/** Class names for the parts of {@link ConsentPreferences}, added to the stable `ck-` classes. */
export interface ConsentPreferencesClassNames {
  overlay?: string;
  content?: string;
  header?: string;
  title?: string;
  description?: string;
  close?: string;
  body?: string;
  category?: string;
  /** The row header of each category: its `CategoryToggle` root. */
  categoryHeader?: string;
  /** The switch of each category. */
  toggle?: string;
  /** The expandable list of a category's cookies. */
  cookies?: string;
  footer?: string;
  button?: string;
}

/** Props of {@link ConsentPreferences}. */
export interface ConsentPreferencesProps {
  /** Added to the dialog content. */
  className?: string;
  /** Added to each part. */
  classNames?: ConsentPreferencesClassNames;
  /** Text for this dialog only, on top of the provider's messages. */
  messages?: Partial<ConsentMessages['preferences']>;
  /** Controlled open state. Without it the dialog follows the store (`openPreferences()`). */
  open?: boolean;
  /**
   * Open the dialog when this component mounts (through the store, so the banner's
   * Customize keeps working).
   * @default false
   */
  defaultOpen?: boolean;
  /** Called when the dialog opens or closes, or asks to (controlled use). */
  onOpenChange?: (open: boolean) => void;
}

/**
 * Props the lazily loaded dialog receives. Everything it would otherwise take from modules the
 * first load has already loaded (the provider's context, the notice's strings, the link check)
 * comes as a prop, so that the dialog's chunk shares no module with the first load and a bundler
 * adds no chunk of consentkit's to the page's first requests.
 */
export interface PreferencesDialogProps extends Omit<ConsentPreferencesProps, 'open' | 'defaultOpen' | 'onOpenChange'>, ProviderParts {
  /** CSP nonce for the style element Radix's scroll lock adds. */
  nonce: string | undefined;
  /** The policy link's text, resolved (the banner's notice strings). */
  policyLink: string;
  /** Whether a service's privacy policy URL is safe to link (the config check's own test). */
  isLink: (value: unknown) => value is string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The element focused when the dialog opened; focus returns there on close. */
  opener: { current: Element | null };
}

/**
 * The second layer: a modal dialog with one switch per category and the cookies behind each.
 * Opened by the banner's Customize, `ConsentSettingsButton` or `openPreferences()`. Its code is
 * loaded the first time it opens.
 */
export function ConsentPreferences({ open: openProp, defaultOpen = false, onOpenChange, ...rest }: ConsentPreferencesProps) {
  const { store, nonce } = useConsentContext(NAME);
  const { text: notice, provided } = useMessages(NAME, 'notice', englishNotice);
  const storeOpen = useStoreState(NAME, (state) => state.preferencesOpen);
  const open = openProp ?? storeOpen;
  const [loaded, setLoaded] = useState(open);
  if (open && !loaded) setLoaded(true);
  const opener = useRef<Element | null>(null);
  const latest = useRef(onOpenChange);
  latest.current = onOpenChange;

  // Remember who opened the dialog before Radix moves focus into it.
  useIsomorphicLayoutEffect(() => {
    if (open) opener.current = document.activeElement;
  }, [open]);

  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      if (defaultOpen && openProp === undefined) store.openPreferences();
      return;
    }
    latest.current?.(storeOpen);
  }, [storeOpen]); // eslint-disable-line react-hooks/exhaustive-deps

  const setOpen = useCallback(
    (next: boolean) => {
      // The store is the source of truth; its change notifies `onOpenChange` (effect above).
      if (store.getState().preferencesOpen !== next) (next ? store.openPreferences : store.closePreferences)();
      else latest.current?.(next);
    },
    [store],
  );

  if (!loaded) return null;
  return (
    <Suspense fallback={null}>
      <PreferencesDialog {...rest} store={store} provided={provided} nonce={nonce} policyLink={notice.policyLink} isLink={isLink} open={open} onOpenChange={setOpen} opener={opener} />
    </Suspense>
  );
}
