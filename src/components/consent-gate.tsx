import type { ReactNode } from 'react';
import { clsx } from 'clsx';
import { useConsentContext } from '../react/context';
import type { CategoryId, ConsentKey, ServiceId } from '../react/register';
import { useConsent } from '../react/use-consent';
import { configText } from './config-text';
import { describeKey } from './describe-key';
import { englishPrompt } from './english';
import { fill } from './fill';
import type { ConsentMessages } from './messages';
import { useMessages } from './use-messages';

const NAME = 'ConsentGate';

/** What a {@link ConsentGate} waits for: a category, or a service with an `id`. */
export type ConsentGateTarget =
  | {
      /** The category that must be granted for the children to exist. */
      category: CategoryId;
      service?: never;
    }
  | {
      /** The service (its `id` in `config.services`) that must be granted, with its category. */
      service: ServiceId;
      category?: never;
    };

/** Props of {@link ConsentGate}. */
export type ConsentGateProps = ConsentGateTarget & ConsentGateOptions;

/** Props of {@link ConsentGate} besides what it waits for. */
export interface ConsentGateOptions {
  /**
   * Rendered instead while it is not granted: a node, or a function given `request`, which asks
   * for it (`requestConsent`) and resolves with the answer, for a button of your own. Without
   * one, nothing is rendered; in the provider's `in-context` mode, a button that asks ("Turn on
   * Analytics", "Turn on YouTube").
   */
  fallback?: ReactNode | ((request: () => Promise<boolean>) => ReactNode);
  /** Added to the default `in-context` button. */
  className?: string;
  /** Text of the default `in-context` button, on top of the provider's messages. */
  messages?: Partial<ConsentMessages['prompt']>;
  children?: ReactNode;
}

/**
 * Renders its children only while `category` (or `service`) is granted by a current decision, and
 * the `fallback` otherwise: a widget that sets cookies or calls a third party does not exist before
 * consent, and unmounts at once when it is withdrawn (its cleanup effects run).
 *
 * ```tsx
 * <ConsentGate category="functional" fallback={(request) => <button onClick={request}>Enable chat</button>}>
 *   <ChatWidget />
 * </ConsentGate>
 * ```
 */
export function ConsentGate({ category, service, fallback, children, ...rest }: ConsentGateProps) {
  const { store, mode } = useConsentContext(NAME);
  const key: ConsentKey = service === undefined ? category! : `service:${service}`;
  // Both named (from JavaScript, past the types): both must hold, as for ConsentEmbed and tags.
  const serviceGranted = useConsent(key);
  const categoryGranted = useConsent(category ?? key);
  const granted = serviceGranted && categoryGranted;
  const request = () => store.requestConsent(key);
  return (
    <>
      {granted
        ? children
        : typeof fallback === 'function'
          ? fallback(request)
          : fallback === undefined && mode === 'in-context'
            ? <AskButton target={key} request={request} {...rest} />
            : fallback}
    </>
  );
}

/** The `in-context` mode's stand-in: one button that opens the prompt. */
function AskButton({ target, request, className, messages }: Omit<ConsentGateOptions, 'fallback'> & { target: ConsentKey; request: () => void }) {
  const { store } = useConsentContext(NAME);
  const { text, locale, dir } = useMessages(NAME, 'prompt', englishPrompt, messages);
  return (
    <button type="button" className={clsx('ck-button', 'ck-gate-ask', className)} dir={dir} onClick={request}>
      {fill(text.ask, { name: configText(describeKey(store.config, target).name, locale, store.config) })}
    </button>
  );
}
