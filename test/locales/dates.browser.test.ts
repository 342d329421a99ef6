import { describeDates } from './date-cases';

// Chromium's ICU data leaves out Irish, Icelandic and Maltese: their dates are written in numbers.
describeDates('Chromium', ['ga', 'is', 'mt']);
