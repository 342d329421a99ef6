import type { ConsentMessages } from './messages';

// The policy notice's English: the banner shows it (its policy link, the revised-policy text) and
// the dialog's header links the policy. Its own module, so that neither drags the other's strings in.
export const englishNotice: NonNullable<ConsentMessages['notice']> = {
  updatedTitle: 'We updated our cookie policy',
  updatedDescription:
    'Our cookie policy has changed since you last made a choice. Please look at it again: nothing optional is used until you decide.',
  policyLink: 'Cookie policy',
};
