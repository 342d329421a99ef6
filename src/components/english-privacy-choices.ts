import type { ConsentMessages } from './messages';

// Its own module: the link that shows it may sit in a page's first load, and the lazily loaded
// dialogs import `./english`, so a shared module would become a chunk of its own.
/** English of `PrivacyChoicesLink` and its opt-out dialog. */
export const englishPrivacyChoices: NonNullable<ConsentMessages['privacyChoices']> = {
  link: 'Your Privacy Choices',
  iconAlt: 'California Consumer Privacy Act (CCPA) Opt-Out Icon',
  title: 'Your privacy choices',
  description: 'We sell or share personal information for the purposes below. Turn a switch off to opt out of that sale or sharing.',
  gpcHonoured: 'Your browser sends a Global Privacy Control signal. We have honoured it as a request to opt out of the sale and sharing of your personal information.',
  save: 'Confirm my choices',
  close: 'Close',
};
