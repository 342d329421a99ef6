/**
 * A moment of a consent record as the locale writes it, for the record readout:
 * "12 March 2025 at 14:05", "12. März 2025 um 14:05", "2025年3月12日 14:05".
 *
 * A runtime without data for the locale would answer in English (Chromium has none for ga, is and
 * mt): the date is then written in numbers only, year first ("2025-03-12 14:05"). A time that is
 * not a date (NaN, out of range) gives an empty string, never an exception.
 *
 * @param seconds - Seconds since the epoch, as in `ConsentRecord.decidedAt` and `expiresAt`.
 * @param locale - BCP 47 tag, usually `messages.locale`.
 * @param options - `Intl.DateTimeFormat` options. Pass `timeZone` when the text is rendered on the
 *   server, or the server's zone and the reader's may differ and hydration will not match.
 *   @defaultValue `{ dateStyle: 'long', timeStyle: 'short' }`
 */
export function formatDate(seconds: number, locale: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'short' }): string {
  const date = new Date(seconds * 1000);
  if (Number.isNaN(date.getTime())) return '';
  let known = false;
  try {
    known = Intl.DateTimeFormat.supportedLocalesOf(locale).length > 0;
  } catch {
    // Not a well-formed language tag: treated like a locale without data.
  }
  if (known) return new Intl.DateTimeFormat(locale, options).format(date);
  const withTime = options.timeStyle !== undefined || options.hour !== undefined;
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const { type, value } of new Intl.DateTimeFormat('en', {
    timeZone: options.timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
  } as Intl.DateTimeFormatOptions).formatToParts(date)) {
    parts[type] = value;
  }
  return `${parts.year}-${parts.month}-${parts.day}${withTime ? ` ${parts.hour}:${parts.minute}` : ''}`;
}
