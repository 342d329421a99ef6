import { useEffect, useId, useRef, useSyncExternalStore, type KeyboardEvent, type SyntheticEvent } from 'react';
import { isCrawler } from '../core/crawler';
import { useConsentContext } from '../react/context';
import { useStoreState } from '../react/use-store-state';
import type { JurisdictionModel } from '../core/jurisdictions';
import { localizedText } from '../core/localized-text';
import { englishNotice } from './english-notice';
import { englishBanner } from './english-banner';
import type { ConsentMessages } from './messages';
import { sectionMessages, useMessages } from './use-messages';

const NAME = 'ConsentBanner';

// clsx's job for the banner's few class lists, written here: shared with the lazily loaded
// dialogs, clsx would be a chunk of its own in the page's first load.
const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ');

/** Class names for the parts of {@link ConsentBanner}, added to the stable `ck-` classes. */
export interface ConsentBannerClassNames {
  root?: string;
  title?: string;
  description?: string;
  actions?: string;
  button?: string;
}

/** Where a bar or box sits: `start` and `end` follow the text direction. */
export type ConsentBannerPosition = 'bottom' | 'top' | 'bottom-start' | 'bottom-end' | 'top-start' | 'top-end';

/** Props of {@link ConsentBanner}. */
export interface ConsentBannerProps {
  /**
   * How the banner meets the page: `bar`, a strip along the bottom (or top) edge; `box`, a card in
   * a corner; `modal`, a `<dialog>` that blocks the page until the person decides (Escape does not
   * dismiss it). Bar and box are labelled non-modal regions. Every layout lays itself out from its
   * own width (container queries), so it also fits a narrow column.
   * @default 'bar'
   */
  layout?: 'bar' | 'box' | 'modal';
  /**
   * Where a bar or box sits. A bar uses only `top` or `bottom`; a box sits in the corner named,
   * or centred for `top` and `bottom`. The modal is always centred.
   * @default 'bottom' for a bar, 'bottom-end' for a box
   */
  position?: ConsentBannerPosition;
  /**
   * Same as `layout="modal"`.
   * @deprecated Use `layout="modal"`.
   * @default false
   */
  modal?: boolean;
  /** Added to the root element. */
  className?: string;
  /** Added to each part. */
  classNames?: ConsentBannerClassNames;
  /** Text for this banner only, on top of the provider's messages. */
  messages?: Partial<ConsentMessages['banner']>;
  /**
   * The request comes from a known crawler: on the server, pass `isCrawler(userAgent)` from
   * `consentkit/server`, so that the server HTML holds no banner either.
   * @default false
   */
  crawler?: boolean;
  /**
   * Render nothing for known crawlers (search engines, link previews): `crawler` on the server, the
   * browser's user agent once hydrated. Search engines render the page and may quote the banner as
   * its description; a crawler can neither decide nor be tracked. Set false to show it to them too.
   * @default true
   */
  hideFromCrawlers?: boolean;
  /**
   * The jurisdiction models (see `config.jurisdictions`) where the banner shows; elsewhere the
   * `PrivacyChoicesLink` or the preferences dialog is how the person chooses.
   * @default ['opt-in']
   */
  models?: readonly JurisdictionModel[];
}

// The user agent does not change while the page lives.
const unchanging = () => () => {};

/**
 * The first layer: shown only once stored consent is known and while the person has not decided.
 * Accept all and Reject all, identical in size, colour and weight, then Customize (opens the
 * preferences dialog) in a secondary style: the order of every layer. Closing or ignoring it
 * grants nothing.
 */
export function ConsentBanner({
  modal: modalProp,
  layout = modalProp ? 'modal' : 'bar',
  position,
  className,
  classNames = {},
  messages,
  crawler,
  hideFromCrawlers = true,
  models = ['opt-in'],
}: ConsentBannerProps) {
  const { store, mode } = useConsentContext(NAME);
  // Server HTML and hydration follow the `crawler` prop; the browser's own user agent after that.
  const bot = useSyncExternalStore(unchanging, () => isCrawler(navigator.userAgent), () => false);
  const shown = useStoreState(NAME, (state) => state.status === 'ready' && !state.decided && models.includes(state.model)) && mode !== 'in-context' && !(hideFromCrawlers && (crawler || bot));
  // Someone who decided under an older revision is told the policy changed, not greeted anew.
  const updated = useStoreState(NAME, (state) => state.policyUpdated);
  const preferencesOpen = useStoreState(NAME, (state) => state.preferencesOpen);
  // Rendered from the server's state, before the store has read storage: the theme hides it while
  // the pre-paint script has found a current decision (see prePaintScript in consentkit/server).
  const prerendered = useStoreState(NAME, (state) => state === store.getInitialState());
  const { text, dir, provided } = useMessages(NAME, 'banner', englishBanner, messages);
  const { text: notice, locale } = sectionMessages(provided, 'notice', englishNotice);
  // Messages of another language without their extra texts (`deExtra`): the revised-policy layer
  // keeps the locale's own first-visit words rather than switching to English.
  const updatedInLocale = updated && (locale === 'en' || notice.updatedTitle !== englishNotice.updatedTitle);
  const policyUrl = localizedText(store.config.policyUrl, locale, store.config.locales?.[0]);
  const ref = useRef<HTMLDivElement & HTMLDialogElement>(null);
  const id = useId();
  const modal = layout === 'modal';
  // The banner rises in only when it appears on a page already shown without it (after reset(), a
  // new revision, an expiry): at the page's first paint it is there at once, nothing to wait for.
  const ready = useStoreState(NAME, (state) => state.status === 'ready');
  const hiddenWhileReady = useRef(false);
  useEffect(() => {
    if (!shown && ready) hiddenWhileReady.current = true;
  });
  const side = position?.startsWith('top') ? 'Top' : 'Bottom';

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
    // WCAG 2.4.11: a fixed banner must not hide the focused element. On its edge (bottom, or top)
    // the page keeps a scroll padding as tall as the banner and its distance from the edge while it
    // shows, and as much extra space at that end: scroll padding alone cannot scroll past the end,
    // where footer links sit. Inline styles set through the CSSOM are allowed under a strict CSP.
    // (A modal banner makes the page inert.)
    const root = document.documentElement;
    const { style } = root;
    const scroll = `scrollPadding${side}` as const;
    const padding = `padding${side}` as const;
    const saved = { [scroll]: style[scroll], [padding]: style[padding] };
    // Measured by the ResizeObserver alone: its first call comes after layout and before paint, so
    // mounting forces no layout of its own. The page's own padding is read there too, once.
    let base: number | undefined;
    const update = (height: number) => {
      base ??= parseFloat(getComputedStyle(root)[padding]) || 0;
      const size = height + (parseFloat(getComputedStyle(element)[side.toLowerCase() as 'top']) || 0);
      style[scroll] = `${size}px`;
      style[padding] = `${base + size}px`;
    };
    // Engines without ResizeObserver (jsdom) measure once.
    if (typeof ResizeObserver !== 'function') update(element.offsetHeight);
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(([entry]) => update(entry!.borderBoxSize?.[0]?.blockSize ?? element.offsetHeight)) : undefined;
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      Object.assign(style, saved);
    };
  }, [shown, modal, side, preferencesOpen]);

  // Text that scrolls must be reachable by keyboard: it joins the tab order only while it scrolls.
  useEffect(() => {
    const text = ref.current?.firstElementChild as HTMLElement | null;
    if (!text || typeof ResizeObserver !== 'function') return;
    const update = () => {
      text.tabIndex = text.scrollHeight > text.clientHeight ? 0 : -1;
    };
    // Once now as well: the observer's first call waits for the next frame, and a checker (or a
    // person's Tab) can come first.
    update();
    const observer = new ResizeObserver(update);
    observer.observe(text);
    observer.observe(text.lastElementChild!);
    return () => observer.disconnect();
  }, [shown]);

  if (!shown) return null;

  const Root = modal ? 'dialog' : 'div';
  const button = (label: string, onClick: () => void, secondary?: boolean) => (
    <button type="button" className={classes('ck-button', secondary && 'ck-button-secondary', classNames.button)} onClick={onClick}>
      {label}
    </button>
  );

  return (
    <Root
      ref={ref}
      className={classes('ck-banner', className, classNames.root)}
      dir={dir}
      data-layout={layout}
      data-position={position}
      aria-describedby={`${id}d`}
      data-ck-prerendered={prerendered ? '' : undefined}
      data-enter={hiddenWhileReady.current ? '' : undefined}
      {...(modal
        ? {
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
        <h2 id={`${id}t`} className={classes('ck-banner-title', classNames.title)} tabIndex={modal ? -1 : undefined}>
          {updatedInLocale ? notice.updatedTitle : text.title}
        </h2>
        <p id={`${id}d`} className={classes('ck-banner-description', classNames.description)}>
          {updatedInLocale ? notice.updatedDescription : text.description}
          {typeof policyUrl === 'string' && policyUrl && (
            <>
              {' '}
              <a className="ck-banner-link" href={policyUrl}>
                {notice.policyLink}
              </a>
            </>
          )}
        </p>
      </div>
      <div className={classes('ck-banner-actions', classNames.actions)}>
        {button(text.acceptAll, store.acceptAll)}
        {button(text.rejectAll, store.rejectAll)}
        {button(text.customize, store.openPreferences, true)}
      </div>
    </Root>
  );
}
