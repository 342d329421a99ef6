import { englishEmbed, englishNotice, englishPrompt } from '../components/english';
import { englishMessages, type ConsentMessages } from '../components/messages';

/**
 * English: the defaults, with the sections the components otherwise fill in on their own (the
 * policy notice, embeds, the prompt), so that English is as complete as every other locale.
 */
export const en: ConsentMessages = { ...englishMessages, notice: englishNotice, embed: englishEmbed, prompt: englishPrompt };
