import type { ConsentConfig } from '../core/config';
import { useConsentContext, type ConsentContextValue } from '../react/context';
import { useLocale } from '../react/locale';
import type { PartialConsentMessages } from './messages';

/**
 * The provider's context, with its messages in the locale to show (`locale` and `dir` set; see
 * `useLocale`). The provider hands its `messages` and `locale` props over as given and each
 * component resolves them here: an app that renders only the provider and hooks ships no locale
 * detection.
 */
export function useProvidedMessages(part: string): ConsentContextValue & { provided: PartialConsentMessages } {
  const context = useConsentContext(part);
  return { ...context, provided: useLocale(context.locale, context.messages, context.store.config as ConsentConfig) };
}
