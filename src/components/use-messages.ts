import { useMemo } from 'react';
import { useConsentContext } from '../react/context';
import { englishMessages, mergeMessages, type ConsentMessages, type ConsentMessagesSection, type PartialConsentMessages } from './messages';

/**
 * The strings of one component: English defaults, then the provider's `messages`, then the
 * component's own overrides for its section. Also returns `locale` and `dir` for the root.
 */
export function useMessages<S extends ConsentMessagesSection>(
  part: string,
  section: S,
  override?: Partial<ConsentMessages[S]>,
): { text: ConsentMessages[S]; all: ConsentMessages } {
  const { messages } = useConsentContext(part);
  const all = useMemo(() => mergeMessages(englishMessages, messages as PartialConsentMessages | undefined), [messages]);
  // Overrides are usually inline objects; merging a handful of keys each render costs less than memo bookkeeping.
  const text = override ? { ...all[section], ...override } : all[section];
  return { text, all };
}
