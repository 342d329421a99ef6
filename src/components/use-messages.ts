import { warn } from '../core/warn';
import type { ConsentMessages, ConsentMessagesSection, PartialConsentMessages } from './messages';
import { useProvidedMessages } from './use-provided-messages';

type AnySection = ConsentMessagesSection | 'privacyChoices';

/** One section's strings, with the `locale` and `dir` to apply on the root. */
interface SectionMessages<S extends AnySection> {
  text: NonNullable<ConsentMessages[S]>;
  locale: string;
  dir: ConsentMessages['dir'];
}

/**
 * The strings of one section: its English defaults, then the provider's `messages`, then the
 * component's own overrides. An entry that is not a non-empty string (`table.units` excepted,
 * which is an object) keeps the default, with a development warning naming it. Also returns the
 * `locale` and `dir` to apply on the root, and the provider's messages it read (`provided`): a
 * component that needs another section, or passes them on, reads them there rather than resolving
 * the locale again.
 */
export function useMessages<S extends AnySection>(
  part: string,
  section: S,
  defaults: NonNullable<ConsentMessages[S]>,
  override?: Partial<ConsentMessages[S]>,
): SectionMessages<S> & { provided: PartialConsentMessages } {
  const { provided } = useProvidedMessages(part);
  return { ...sectionMessages(provided, section, defaults, override), provided };
}

/** {@link useMessages} for messages already resolved: another section of the same component. */
export function sectionMessages<S extends AnySection>(
  provided: PartialConsentMessages | undefined,
  section: S,
  defaults: NonNullable<ConsentMessages[S]>,
  override?: Partial<ConsentMessages[S]>,
): SectionMessages<S> {
  // A handful of keys: merging on each render costs less than memo bookkeeping. Key by key, because
  // a missing translation (an i18n `t()` returning undefined) would blank its default, leaving
  // "Reject all" an unnamed button beside a labelled "Accept all", and an object (CMS JSON) would
  // reach React as a child and crash the app. An empty string keeps the default as well: no entry is
  // meant to be blank, most name a button, link, heading, column or landmark, and a blank one would
  // leave it nameless (a decorative icon is marked by `PrivacyChoicesLink`'s `iconAlt=""` prop).
  const text: Record<string, unknown> = { ...defaults };
  for (const from of [provided?.[section], override] as Record<string, unknown>[])
    for (const key in from) {
      const value = from[key];
      if (value && (typeof value == 'string' || (key == 'units' && typeof value == 'object'))) text[key] = value;
      else if (process.env.NODE_ENV !== 'production') warn(`messages.${section}.${key} is ${value === '' ? 'empty' : `not a string (${value === null ? 'null' : typeof value})`}: the default is kept`);
    }
  return {
    text: text as NonNullable<ConsentMessages[S]>,
    // `useLocale` has checked both; `dir` is cheap to check again, for a context built otherwise.
    locale: provided?.locale || 'en',
    dir: provided?.dir == 'rtl' ? 'rtl' : 'ltr',
  };
}
