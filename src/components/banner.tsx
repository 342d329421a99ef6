import { useEffect, useId, useRef, type KeyboardEvent, type SyntheticEvent } from 'react';
import { useConsentContext } from '../react/context';
import { useStoreState } from '../react/use-store-state';
import { clsx } from 'clsx';
import { englishBanner, type ConsentMessages } from './messages';
import { useMessages } from './use-messages';

const NAME = 'ConsentBanner';

/** Class names for the parts of {@link ConsentBanner}, added to the stable `ck-` classes. */
export interface ConsentBannerClassNames {
  root?: string;
  title?: string;
  description?: string;
  actions?: string;
  button?: string;
}

/** Props of {@link ConsentBanner}. */
export interface ConsentBannerProps {
  /**
   * Render a modal `<dialog>` that blocks the page until the person decides (Escape does not
   * dismiss it) instead of a non-modal region.
   * @default false
   */
  modal?: boolean;
  /** Added to the root element. */
  className?: string;
  /** Added to each part. */
  classNames?: ConsentBannerClassNames;
  /** Text for this banner only, on top of the provider's messages. */
  messages?: Partial<ConsentMessages['banner']>;
}

/**
 * The first layer: shown only once stored consent is known and while the person has not decided.
 * Three equal buttons: Accept all, Reject all, Customize (opens the preferences dialog).
 * Closing or ignoring it grants nothing.
 */
export function ConsentBanner({ modal = false, className, classNames = {}, messages }: ConsentBannerProps) {
  const { store } = useConsentContext(NAME);
  const shown = useStoreState(NAME, (state) => state.status === 'ready' && !state.decided);
  const preferencesOpen = useStoreState(NAME, (state) => state.preferencesOpen);
  // Rendered from the server's state, before the store has read storage: the theme hides it while
  // the pre-paint script has found a current decision (see prePaintScript in consentkit/server).
  const prerendered = useStoreState(NAME, (state) => state === store.getInitialState());
  const { text, dir } = useMessages(NAME, 'banner', englishBanner, messages);
  const ref = useRef<HTMLDivElement & HTMLDialogElement>(null);
  const id = useId();

  // The root exists only while the banner shows, so one effect serves both kinds.
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (modal) {
      // The modal banner steps out of the top layer while the preferences dialog is open (a modal
      // <dialog> would make it inert) and comes back if the person closes them without deciding.
      const want = !preferencesOpen;
      if (want === element.open) return;
      // Without the dialog API (older engines, jsdom) the `open` attribute alone shows it.
      if (element.showModal) want ? element.showModal() : element.close();
      else element.toggleAttribute('open', want);
      // Start on the heading, not on "Accept all": the first focus must not favour one answer.
      if (want) element.querySelector<HTMLElement>('h2')?.focus();
      return;
    }
    // WCAG 2.4.11: a fixed banner must not hide the focused element. The page keeps a bottom
    // scroll padding as tall as the banner while it shows, and as much extra space at its end:
    // scroll padding alone cannot scroll past the end, where footer links sit. Inline styles set
    // through the CSSOM are allowed under a strict CSP. (A modal banner makes the page inert.)
    const root = document.documentElement;
    const { style } = root;
    const { scrollPaddingBottom, paddingBottom } = style;
    const base = parseFloat(getComputedStyle(root).paddingBottom) || 0;
    const update = () => {
      const height = element.getBoundingClientRect().height;
      style.scrollPaddingBottom = `${height}px`;
      style.paddingBottom = `${base + height}px`;
    };
    update();
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(update) : undefined;
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      Object.assign(style, { scrollPaddingBottom, paddingBottom });
    };
  }, [shown, modal, preferencesOpen]);

  if (!shown) return null;

  const Root = modal ? 'dialog' : 'div';
  const button = (label: string, onClick: () => void) => (
    <button type="button" className={clsx('ck-button', classNames.button)} onClick={onClick}>
      {label}
    </button>
  );

  return (
    <Root
      ref={ref}
      className={clsx('ck-banner', className, classNames.root)}
      dir={dir}
      aria-describedby={`${id}d`}
      data-ck-prerendered={prerendered ? '' : undefined}
      {...(modal
        ? {
            'data-modal': '',
            'aria-labelledby': `${id}t`,
            // Tells supporting browsers that no light-dismiss or Escape may close it.
            closedby: 'none',
            onCancel: (event: SyntheticEvent) => event.preventDefault(),
            onKeyDown: (event: KeyboardEvent) => event.key === 'Escape' && event.preventDefault(),
            // Browsers may still close a modal dialog on a repeated Escape; a decision is required, so reopen.
            onClose: () => {
              const state = store.getState();
              if (!state.decided && !state.preferencesOpen) ref.current?.showModal();
            },
          }
        : { role: 'region', 'aria-label': text.label })}
    >
      <div className="ck-banner-text">
        <h2 id={`${id}t`} className={clsx('ck-banner-title', classNames.title)} tabIndex={modal ? -1 : undefined}>
          {text.title}
        </h2>
        <p id={`${id}d`} className={clsx('ck-banner-description', classNames.description)}>
          {text.description}
        </p>
      </div>
      <div className={clsx('ck-banner-actions', classNames.actions)}>
        {button(text.acceptAll, store.acceptAll)}
        {button(text.rejectAll, store.rejectAll)}
        {button(text.customize, store.openPreferences)}
      </div>
    </Root>
  );
}
