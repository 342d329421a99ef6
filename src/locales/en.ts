import { englishEmbed, englishPrompt } from '../components/english';
import { englishPrivacyChoices } from '../components/english-privacy-choices';
import { englishNotice } from '../components/english-notice';
import { englishMessages, type ConsentMessages, type ExtraMessages } from '../components/messages';

/** English: the defaults. */
export const en: ConsentMessages = englishMessages;

/**
 * The texts of the optional parts: the updated-policy notice and the policy link, embeds, the
 * prompt, the US opt-out link and its dialog. Spread them in when the site uses any of these:
 * `{ ...en, ...enExtra }`.
 */
export const enExtra: ExtraMessages = { notice: englishNotice, embed: englishEmbed, prompt: englishPrompt, privacyChoices: englishPrivacyChoices };
