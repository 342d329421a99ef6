import { useEffect, useId, useRef, type SyntheticEvent } from 'react';
import { clsx } from 'clsx';
import { useConsentContext } from '../react/context';
import { useStoreState } from '../react/use-store-state';
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
  const { text, dir } = useMessages(NAME, 'banner', englishBanner, messages);
  const ref = useRef<HTMLDivElement & HTMLDialogElement>(null);
  const id = useId();

  // WCAG 2.4.11: a fixed banner must not hide the focused element, so the page keeps a bottom
  // scroll padding as tall as the banner while it shows. (A modal banner makes the page inert.)
  useEffect(() => {
    const element = ref.current;
    if (!shown || modal || !element) return;
    const root = document.documentElement;
    const previous = root.style.scrollPaddingBottom;
    const update = () => {
      root.style.scrollPaddingBottom = `${element.getBoundingClientRect().height}px`;
    };
    update();
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(update) : undefined;
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      root.style.scrollPaddingBottom = previous;
    };
  }, [shown, modal]);

  // The modal banner steps out of the top layer while the preferences dialog is open (a modal
  // <dialog> would make it inert) and comes back if the person closes them without deciding.
  useEffect(() => {
    const dialog = ref.current;
    if (!modal || !shown || !dialog) return;
    const want = !preferencesOpen;
    if (want === dialog.open) return;
    if (want) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      // Start on the heading, not on "Accept all": the first focus must not favour one answer.
      dialog.querySelector<HTMLElement>('.ck-banner-title')?.focus();
    } else if (typeof dialog.close === 'function') dialog.close();
    else dialog.removeAttribute('open');
  }, [modal, shown, preferencesOpen]);

  if (!shown) return null;

  const preventEscape = (event: SyntheticEvent) => event.preventDefault();
  // Browsers may still close a modal dialog on a repeated Escape; a decision is required, so reopen.
  const reopen = () => {
    const dialog = ref.current;
    const state = store.getState();
    if (dialog && !state.decided && !state.preferencesOpen && typeof dialog.showModal === 'function') dialog.showModal();
  };

  const button = (label: string, onClick: () => void) => (
    <button type="button" className={clsx('ck-button', classNames.button)} onClick={onClick}>
      {label}
    </button>
  );

  const content = (
    <>
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
    </>
  );

  const rootClass = clsx('ck-banner', className, classNames.root);
  return modal ? (
    <dialog
      ref={ref}
      className={rootClass}
      dir={dir}
      data-modal=""
      aria-labelledby={`${id}t`}
      aria-describedby={`${id}d`}
      // Tells supporting browsers that no light-dismiss or Escape may close it.
      {...{ closedby: 'none' }}
      onCancel={preventEscape}
      onKeyDown={(event) => event.key === 'Escape' && event.preventDefault()}
      onClose={reopen}
    >
      {content}
    </dialog>
  ) : (
    <div ref={ref} role="region" aria-label={text.label} aria-describedby={`${id}d`} className={rootClass} dir={dir}>
      {content}
    </div>
  );
}
