import type { PartialConsentMessages } from '../components/messages';

/** Placeholder: filled in with the component messages. */
export const es: PartialConsentMessages = {};
