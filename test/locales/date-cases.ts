import { formatDate } from '../../src/components/format-date';
import { LOCALES, type LocaleTag } from './all-locales';

/** 12 March 2025, 14:05 UTC, in seconds as a consent record stores it. */
const DECIDED_AT = Date.UTC(2025, 2, 12, 14, 5) / 1000;
/** Thirteen months later, as `expiresAt`. */
const EXPIRES_AT = Date.UTC(2026, 3, 12, 14, 5) / 1000;
const UTC = { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' } as const;
// Newer ICU data puts narrow no-break spaces in some locales ("2:05 PM"): right, and not tested here.
const plain = (text: string) => text.replace(/\s/g, ' ');

/**
 * Registers the record-date tests for the runtime at hand. `numeric`: locales this runtime has no
 * date data for, which are written in numbers only rather than in English.
 */
export function describeDates(runtime: string, numeric: readonly LocaleTag[]): void {
  const tags = Object.keys(LOCALES) as LocaleTag[];
  const english = plain(formatDate(DECIDED_AT, 'en', UTC));

  describe(`record dates, ${runtime}`, () => {
    test('given a record decided on 12 March 2025 at 14:05 UTC, English, German, French and Japanese write it their way', () => {
      expect(english).toBe('March 12, 2025 at 2:05 PM');
      expect(plain(formatDate(DECIDED_AT, 'de', UTC))).toBe('12. März 2025 um 14:05');
      expect(plain(formatDate(DECIDED_AT, 'fr', UTC))).toBe('12 mars 2025 à 14:05');
      expect(plain(formatDate(DECIDED_AT, 'ja', UTC))).toBe('2025年3月12日 14:05');
    });

    test.each(tags.filter((tag) => tag !== 'en'))('%s writes the decision and expiry dates in its own words and digits, never in English', (tag) => {
      for (const [seconds, year] of [
        [DECIDED_AT, 2025],
        [EXPIRES_AT, 2026],
      ] as const) {
        const text = plain(formatDate(seconds, tag, UTC));
        if (numeric.includes(tag)) {
          expect(text).toBe(year === 2025 ? '2025-03-12 14:05' : '2026-04-12 14:05');
          continue;
        }
        expect(text).not.toBe(plain(formatDate(seconds, 'en', UTC)));
        // Persian counts years in its own calendar (1403, 1405), so only the digits are checked there.
        if (tag !== 'fa') expect(text).toContain(new Intl.NumberFormat(tag, { useGrouping: false }).format(year));
        else expect(text).toMatch(/^[۰-۹]/);
      }
    });

    test('given a locale the runtime has no data for, or a malformed tag, the date is written in numbers, year first', () => {
      expect(formatDate(DECIDED_AT, 'xx', UTC)).toBe('2025-03-12 14:05');
      expect(formatDate(DECIDED_AT, 'en_US', UTC)).toBe('2025-03-12 14:05');
      expect(formatDate(DECIDED_AT, 'xx', { dateStyle: 'medium', timeZone: 'UTC' })).toBe('2025-03-12');
    });

    test('given a time that is no date, the result is empty rather than an exception', () => {
      for (const seconds of [Number.NaN, Number.POSITIVE_INFINITY, 1e20]) expect(formatDate(seconds, 'de', UTC)).toBe('');
    });

    test('options pass through: a medium date alone, in the zone asked for', () => {
      expect(formatDate(DECIDED_AT, 'de', { dateStyle: 'medium', timeZone: 'UTC' })).toBe('12.03.2025');
      // 14:05 UTC is already the 13th in Auckland (UTC+13 in March).
      expect(plain(formatDate(DECIDED_AT, 'en', { ...UTC, timeZone: 'Pacific/Auckland' }))).toBe('March 13, 2025 at 3:05 AM');
    });
  });
}
