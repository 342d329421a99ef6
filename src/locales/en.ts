import { englishMessages, type ConsentMessages } from '../components/messages';

/** English (the defaults), for symmetry with the other locale imports. */
export const en: ConsentMessages = englishMessages;
