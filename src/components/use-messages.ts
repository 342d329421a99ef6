import { useConsentContext } from '../react/context';
import type { ConsentMessages, ConsentMessagesSection, PartialConsentMessages } from './messages';

type AnySection = ConsentMessagesSection | 'privacyChoices';

/**
 * The strings of one section: its English defaults, then the provider's `messages`, then the
 * component's own overrides. Also returns the `locale` and `dir` to apply on the root.
 */
export function useMessages<S extends AnySection>(
  part: string,
  section: S,
  defaults: NonNullable<ConsentMessages[S]>,
  override?: Partial<ConsentMessages[S]>,
): { text: NonNullable<ConsentMessages[S]>; locale: string; dir: ConsentMessages['dir'] } {
  const provided = useConsentContext(part).messages as PartialConsentMessages | undefined;
  // A handful of keys: merging on each render costs less than memo bookkeeping.
  return {
    text: { ...defaults, ...provided?.[section], ...override } as NonNullable<ConsentMessages[S]>,
    locale: provided?.locale ?? 'en',
    dir: provided?.dir ?? 'ltr',
  };
}
