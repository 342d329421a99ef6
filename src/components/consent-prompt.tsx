import { useCallback, useEffect, useId, useRef, useSyncExternalStore, type KeyboardEvent, type SyntheticEvent } from 'react';
import { clsx } from 'clsx';
import { currentRequest, watchRequests } from '../core/consent-request';
import { isLink } from '../core/link';
import { useConsentContext } from '../react/context';
import { useStoreState } from '../react/use-store-state';
import { configLink, configText } from './config-text';
import { describeKey } from './describe-key';
import { englishPrompt } from './english';
import { fill } from './fill';
import type { ConsentMessages } from './messages';
import { useMessages } from './use-messages';

const NAME = 'ConsentPrompt';

/** Class names for the parts of {@link ConsentPrompt}, added to the stable `ck-` classes. */
export interface ConsentPromptClassNames {
  root?: string;
  title?: string;
  description?: string;
  link?: string;
  actions?: string;
  button?: string;
}

/** Props of {@link ConsentPrompt}. */
export interface ConsentPromptProps {
  /** Added to the root `<dialog>`. */
  className?: string;
  /** Added to each part. */
  classNames?: ConsentPromptClassNames;
  /** Text for this prompt only, on top of the provider's messages. */
  messages?: Partial<ConsentMessages['prompt']>;
}

/**
 * The small prompt `requestConsent()` opens: a modal `<dialog>` naming what is asked for and why
 * (the category's title and description, or the service's name, purpose and privacy policy link),
 * with Allow and Not now, equal. Focus moves to its
 * heading, Tab stays inside, Escape means Not now, and focus returns to where it was. One
 * question at a time, oldest first. Render it once inside the provider, beside
 * `ConsentPreferences`: without it, `requestConsent()` resolves false at once. Renders nothing
 * until something is asked.
 */
export function ConsentPrompt({ className, classNames = {}, messages }: ConsentPromptProps) {
  const { store } = useConsentContext(NAME);
  const subscribe = useCallback((listener: () => void) => watchRequests(store, listener), [store]);
  const request = useSyncExternalStore(subscribe, () => currentRequest(store), () => undefined);
  // Nothing can be saved until stored consent has loaded: the question waits until then.
  const ready = useStoreState(NAME, (state) => state.status === 'ready');
  const { text, locale, dir } = useMessages(NAME, 'prompt', englishPrompt, messages);
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const shown = ready ? request : undefined;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !shown) return;
    // Without the dialog API (older engines, jsdom) the `open` attribute alone shows it.
    if (!dialog.showModal) dialog.setAttribute('open', '');
    else if (!dialog.open) dialog.showModal();
    // Start on the heading, not on Allow: the first focus must not favour one answer.
    dialog.querySelector<HTMLElement>('h2')?.focus();
    return () => {
      const { opener } = shown;
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, [shown]);

  if (!shown) return null;
  const about = describeKey(store.config, shown.target);
  const policy = configLink(about.policy, locale, store.config);
  const answer = (allow: boolean) => () => shown.answer(allow);
  const button = (label: string, onClick: () => void) => (
    <button type="button" className={clsx('ck-button', classNames.button)} onClick={onClick}>
      {label}
    </button>
  );
  return (
    <dialog
      ref={ref}
      className={clsx('ck-prompt', className, classNames.root)}
      dir={dir}
      aria-labelledby={`${id}t`}
      aria-describedby={`${id}d`}
      data-target={shown.target}
      // Escape, or the browser closing it: Not now.
      onCancel={(event: SyntheticEvent) => {
        event.preventDefault();
        shown.answer(false);
      }}
      onClose={answer(false)}
      // Escape answers at once (and keeps the browser from closing the dialog under React).
      onKeyDown={(event: KeyboardEvent) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        shown.answer(false);
      }}
    >
      <h2 id={`${id}t`} className={clsx('ck-prompt-title', classNames.title)} tabIndex={-1}>
        {fill(text.title, { name: configText(about.name, locale, store.config) })}
      </h2>
      <p id={`${id}d`} className={clsx('ck-prompt-description', classNames.description)}>
        {configText(about.description, locale, store.config)}
      </p>
      {isLink(policy) && (
        <p className={clsx('ck-prompt-link', classNames.link)}>
          <a href={policy} rel="noopener noreferrer">
            {fill(text.privacyPolicy, { name: configText(about.name, locale, store.config) })}
          </a>
        </p>
      )}
      <div className={clsx('ck-prompt-actions', classNames.actions)}>
        {button(text.allow, answer(true))}
        {button(text.notNow, answer(false))}
      </div>
    </dialog>
  );
}
