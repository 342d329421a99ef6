import { describeDurations } from './duration-cases';

// Chromium's ICU data leaves out Irish, Icelandic and Maltese: Intl answers in English there.
describeDurations('Chromium', { words: ['ga', 'is', 'mt'], english: ['ga', 'is', 'mt'] });
