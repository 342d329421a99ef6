import type { CategoryDefinition } from './config';

/**
 * How the law where the person is treats consent:
 * - `'opt-in'`: nothing but required categories runs before a decision grants it (guarantee G1);
 * - `'opt-out'`: `saleOrSharing` categories (and those marked `optOut`) run until the person opts
 *   out or sends Global Privacy Control; the others wait for a decision as under opt-in;
 * - `'notice-only'`: every category runs after notice; the person may still refuse, and GPC still
 *   refuses `saleOrSharing` ones;
 * - `'none'`: as `'notice-only'`, with nothing shown unless the site renders it.
 */
export type JurisdictionModel = 'opt-in' | 'opt-out' | 'notice-only' | 'none';

/** The models, in the order the stored record numbers them (0-3). */
export const JURISDICTION_MODELS: readonly JurisdictionModel[] = ['opt-in', 'opt-out', 'notice-only', 'none'];

type Upper = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I' | 'J' | 'K' | 'L' | 'M' | 'N' | 'O' | 'P' | 'Q' | 'R' | 'S' | 'T' | 'U' | 'V' | 'W' | 'X' | 'Y' | 'Z';

/** An ISO 3166-1 alpha-2 country code, e.g. `'DE'` (two capital letters). */
export type CountryCode = `${Upper}${Upper}`;

/** A US state or district, as its ISO 3166-2 code, e.g. `'US-CA'`. */
export type UsStateCode = `US-${
  | 'AL' | 'AK' | 'AZ' | 'AR' | 'CA' | 'CO' | 'CT' | 'DE' | 'DC' | 'FL' | 'GA' | 'HI' | 'ID' | 'IL' | 'IN' | 'IA' | 'KS' | 'KY' | 'LA' | 'ME' | 'MD' | 'MA' | 'MI' | 'MN' | 'MS' | 'MO' | 'MT'
  | 'NE' | 'NV' | 'NH' | 'NJ' | 'NM' | 'NY' | 'NC' | 'ND' | 'OH' | 'OK' | 'OR' | 'PA' | 'RI' | 'SC' | 'SD' | 'TN' | 'TX' | 'UT' | 'VT' | 'VA' | 'WA' | 'WV' | 'WI' | 'WY'}`;

/** Where a person is: a country, or a US state. */
export type RegionCode = CountryCode | UsStateCode;

/**
 * Per-region models a site sets over {@link DEFAULT_JURISDICTIONS}: a country (`'DE'`), a US state
 * (`'US-CA'`), a country's subdivisions not named (`'US-*'`), or `'*'`, every country not named.
 */
export type JurisdictionMap = Partial<Record<RegionCode | `${CountryCode}-*` | '*', JurisdictionModel>>;

/** A region code's form: two capital letters, or a US state (`US-CA`); also how the record stores it. */
export const REGION = /^[A-Z]{2}(?:-[A-Z\d]{1,3})?$/;

const optIn = (codes: string) => codes.split(' ').map((code) => [code, 'opt-in']);

/**
 * The mapping consentkit ships. Keep it in step with the README's "Jurisdictions" table.
 *
 * Opt-in:
 * - EU member states: GDPR (Regulation (EU) 2016/679) art. 6-7 with the ePrivacy Directive
 *   2002/58/EC art. 5(3) (consent before storing or reading anything on a device);
 * - EEA (IS, LI, NO): the same rules through the EEA Agreement;
 * - GB: UK GDPR and PECR reg. 6; CH: revised FADP (in force 1 September 2023);
 * - BR: LGPD (Lei 13.709/2018) art. 7-8.
 *
 * Opt-out (US states with comprehensive privacy laws that give a right to opt out of sale,
 * sharing or targeted advertising, most of them honouring universal opt-out signals such as GPC):
 * CA (CCPA as amended by CPRA, Cal. Civ. Code 1798.120, 1798.135; regs 7025 on GPC),
 * CO (CPA, C.R.S. 6-1-1306), CT (CTDPA, Pub. Act 22-15), VA (VCDPA, Va. Code 59.1-577),
 * UT (UCPA, Utah Code 13-61), TX (TDPSA), OR (OCPA), MT (MCDPA), IA (ICDPA), DE (DPDPA),
 * NH (SB 255), NJ (SB 332), NE (LB 1074), TN (TIPA), MN (MCDPA), MD (MODPA), IN (ICDPA),
 * KY (KCDPA), RI (RIDTPPA).
 *
 * The rest of the US is notice-only; `'US'` itself (a request whose state is unknown) is opt-out,
 * the strictest US model, so a Californian whose state was not detected keeps the right. Every
 * country not named is `'none'` (`'*'`); sites subject to other laws (Canada's PIPEDA, India's
 * DPDP Act, South Korea's PIPA…) override it. A person whose region is unknown is treated as
 * opt-in.
 */
export const DEFAULT_JURISDICTIONS: Readonly<Record<string, JurisdictionModel>> = Object.freeze({
  ...Object.fromEntries([
    // EU 27, then EEA, then UK, Switzerland and Brazil.
    ...optIn('AT BE BG HR CY CZ DK EE FI FR DE GR IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO GB CH BR'),
    ...'CA CO CT VA UT TX OR MT IA DE NH NJ NE TN MN MD IN KY RI'.split(' ').map((state) => [`US-${state}`, 'opt-out']),
  ]),
  US: 'opt-out',
  'US-*': 'notice-only',
  '*': 'none',
});

/**
 * The model for `region` under a site's overrides: the region's own entry, its country's for a
 * subdivision (`US-CA` falls back to `US-*` then `US`), then `'*'`. Without a region (or with one
 * that is not a region code) the person is treated as opt-in: nothing is granted by a guess.
 */
export function jurisdictionModel(region: string | undefined | null, overrides: JurisdictionMap = {}): JurisdictionModel {
  if (!region || !REGION.test(region)) return 'opt-in';
  const country = region.slice(0, 2);
  const map: Record<string, JurisdictionModel | undefined> = { ...DEFAULT_JURISDICTIONS, ...overrides };
  return (region.length > 2 && (map[region] ?? map[`${country}-*`])) || map[country] || map['*'] || 'none';
}

/**
 * The category runs without a decision under `model`: under opt-out when it sells or shares data
 * (or is marked `optOut`), under notice-only and none always, under opt-in never.
 */
export const runsByDefault = (category: Readonly<CategoryDefinition>, model: JurisdictionModel): boolean =>
  model !== 'opt-in' && (model !== 'opt-out' || !!(category.saleOrSharing || category.optOut));
