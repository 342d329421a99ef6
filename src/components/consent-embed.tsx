import { useEffect, useId, useLayoutEffect, useRef, useState, type IframeHTMLAttributes, type ReactNode } from 'react';
import { clsx } from 'clsx';
import { isLink } from '../core/link';
import { warn } from '../core/warn';
import { useConsentContext } from '../react/context';
import type { CategoryId } from '../react/register';
import { useStoreState } from '../react/use-store-state';
import { configLink, configText } from './config-text';
import type { ConsentEmbedPreset } from './embed-presets';
import { englishEmbed } from './english';
import { fill } from './fill';
import type { ConsentMessages } from './messages';
import { useMessages } from './use-messages';

const NAME = 'ConsentEmbed';

const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/** Class names for the parts of {@link ConsentEmbed}, added to the stable `ck-` classes. */
export interface ConsentEmbedClassNames {
  root?: string;
  placeholder?: string;
  title?: string;
  notice?: string;
  purpose?: string;
  link?: string;
  actions?: string;
  button?: string;
  iframe?: string;
}

/** Props of {@link ConsentEmbed}. */
export interface ConsentEmbedProps {
  /** The iframe's URL. Nothing is requested from it before consent: the iframe does not exist. */
  src: string;
  /** What the embed is ("Launch video"): the iframe's accessible name, and the placeholder's first line. */
  title: string;
  /**
   * The third party in `config.services`, by its `id` or its `name` (default: the preset's): the
   * placeholder names it and shows its purpose and privacy policy link. A service with an `id` has
   * a consent of its own: "Always allow" grants that service (and so its category) and no other,
   * and the embed loads once the service is granted. Without an `id`, its category is what counts.
   */
  service?: string;
  /**
   * The category that must be granted, and that "Always allow" grants. A service with an `id` must
   * be granted as well: a person who refused that service is never overruled by its category.
   * @default the service's category in `config.services`
   */
  category?: CategoryId;
  /** Provider data: `youtubeEmbed`, `vimeoEmbed`, `googleMapsEmbed`, `spotifyEmbed`, or your own. */
  preset?: ConsentEmbedPreset;
  /**
   * CSS aspect ratio of the box, kept by the placeholder and the iframe alike, so that nothing on
   * the page moves when the embed loads.
   * @default the preset's, else '16 / 9'
   */
  aspectRatio?: string;
  /** A fixed CSS height instead of a ratio. @default the preset's */
  height?: string;
  /** More iframe attributes (`allow`, `referrerPolicy`, `sandbox`, `loading`…), over the preset's. */
  iframeProps?: Omit<IframeHTMLAttributes<HTMLIFrameElement>, 'src' | 'title'>;
  /** Added to the root element. */
  className?: string;
  /** Added to each part. */
  classNames?: ConsentEmbedClassNames;
  /** Text for this embed only, on top of the provider's messages. */
  messages?: Partial<ConsentMessages['embed']>;
}

/**
 * An iframe from a third party (a video, a map, a player) that does not exist until its category
 * is granted: before that no request reaches the third party. In its place, a card of the same
 * size names the service, its purpose and its privacy policy (from `config.services`, else the
 * preset) and offers "Load this once" (this embed, this page view, nothing saved) and
 * "Always allow …" (saves a grant of the service, or of the category for a service without an
 * `id`, which loads every embed that needs it).
 * The card is a labelled group of real buttons and a link; once the embed loads from one of its
 * buttons, focus moves into the iframe. Withdrawing consent puts the card back.
 */
export function ConsentEmbed({
  src,
  title,
  service,
  category: categoryProp,
  preset,
  aspectRatio,
  height = preset?.height,
  iframeProps,
  className,
  classNames = {},
  messages,
}: ConsentEmbedProps) {
  const { store } = useConsentContext(NAME);
  const { config } = store;
  const wanted = service ?? preset?.service.id;
  const declared = config.services.find((item) => (item.id !== undefined && item.id === wanted) || item.name === wanted || item.name === preset?.service.name);
  const name = declared?.name ?? preset?.service.name ?? service;
  const category = categoryProp ?? declared?.category;
  const about = declared ?? preset?.service;
  const known = category !== undefined && config.categoryIds.includes(category);
  // What "Always allow" grants: the service's own consent, when it has one in the config; else (or
  // when the embed names a category) the category's. Both must hold to load it, as `isGranted` reads
  // a service: a refused service stays refused whatever category the embed names.
  const serviceKey = declared?.id && `service:${declared.id}`;
  const key = serviceKey && !categoryProp ? serviceKey : known ? category : undefined;
  const also = key === category ? serviceKey || undefined : category;
  const granted = useStoreState(
    NAME,
    (state) => key !== undefined && state.choices[key as CategoryId] === 'granted' && (also === undefined || state.choices[also as CategoryId] === 'granted'),
  );
  // "Load this once" holds for this source, under this consent key and this decision: another
  // video, or any decision made since (a withdrawal above all), brings the card back.
  const decision = useStoreState(NAME, (state) => state.record?.id ?? '');
  const view = `${key}\n${src}\n${decision}`;
  const [onceFor, setOnceFor] = useState<string>();
  const once = onceFor === view;
  // Any decision or withdrawal since ends it, also one that brings back the decision of that moment
  // (none, after a refusal then a reset): heard from the store, so that changes rendered together count.
  useEffect(() => {
    let seen = store.getState().record?.id;
    return store.subscribe(() => {
      const id = store.getState().record?.id;
      if (id !== seen) {
        seen = id;
        setOnceFor(undefined);
      }
    });
  }, [store]);
  const { text, locale, dir } = useMessages(NAME, 'embed', englishEmbed, messages);
  const root = useRef<HTMLDivElement>(null);
  // Set by a button of the card: the iframe that replaces it takes focus.
  const moveFocus = useRef(false);
  const id = useId();
  const loaded = granted || once;

  useEffect(() => {
    if (process.env.NODE_ENV !== 'production') {
      if (!known) warn(`${NAME} "${title}": ${category === undefined ? `give a category, or declare the service "${name}" in config.services` : `"${category}" is not a declared category`}; it loads only when asked to once`);
      if (preset && !src.startsWith(`${preset.origin}/`)) warn(`${NAME} "${title}": src is not on ${preset.origin}, where the ${preset.service.name} preset expects it`);
    }
  }, [known, category, name, title, preset, src]);

  // The box keeps the embed's size from the first frame, through the CSSOM (allowed under a
  // strict style-src); the theme's 16 / 9 holds in server HTML until then.
  useIsomorphicLayoutEffect(() => {
    const { style } = root.current!;
    style.aspectRatio = height ? 'auto' : (aspectRatio ?? preset?.aspectRatio ?? '16 / 9');
    style.height = height ?? '';
  }, [aspectRatio, height, preset]);

  const frame = useRef<HTMLIFrameElement>(null);
  useEffect(() => {
    if (loaded && moveFocus.current) frame.current?.focus();
    moveFocus.current = false;
  }, [loaded]);

  // "Always allow" names what it grants: the service, or the whole category.
  const categoryTitle = known ? config.categories[category!]?.title : undefined;
  const grants = configText(key === category ? categoryTitle : name, locale, config);
  const serviceName = configText(about?.name ?? name ?? categoryTitle, locale, config);
  const policy = configLink(about?.privacyPolicyUrl, locale, config);
  const act = (run: () => void) => () => {
    moveFocus.current = true;
    run();
  };
  const button = (label: ReactNode, onClick: () => void) => (
    <button type="button" className={clsx('ck-button', classNames.button)} onClick={act(onClick)} aria-describedby={`${id}t`}>
      {label}
    </button>
  );

  return (
    <div ref={root} className={clsx('ck-embed', className, classNames.root)} data-state={loaded ? 'loaded' : 'blocked'} dir={dir}>
      {loaded ? (
        <iframe
          ref={frame}
          className={clsx('ck-embed-frame', classNames.iframe)}
          src={src}
          title={title}
          allow={preset?.allow}
          referrerPolicy={preset?.referrerPolicy}
          {...iframeProps}
        />
      ) : (
        <div role="group" aria-labelledby={`${id}t`} className={clsx('ck-embed-placeholder', classNames.placeholder)}>
          <p id={`${id}t`} className={clsx('ck-embed-title', classNames.title)}>
            {configText(title)}
          </p>
          <p className={clsx('ck-embed-notice', classNames.notice)}>{fill(text.notice, { service: serviceName })}</p>
          {about?.purpose && <p className={clsx('ck-embed-purpose', classNames.purpose)}>{configText(about.purpose, locale, config)}</p>}
          {isLink(policy) && (
            <a className={clsx('ck-embed-link', classNames.link)} href={policy} rel="noopener noreferrer">
              {fill(text.privacyPolicy, { service: serviceName })}
            </a>
          )}
          <div className={clsx('ck-embed-actions', classNames.actions)}>
            {button(text.loadOnce, () => setOnceFor(view))}
            {key && button(fill(text.alwaysAllow, { service: grants }), () => store.save({ [key]: true }))}
          </div>
        </div>
      )}
    </div>
  );
}
