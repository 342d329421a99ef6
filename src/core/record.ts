import { MAX_LIFETIME_SECONDS } from './duration';
import { JURISDICTION_MODELS, type JurisdictionModel } from './jurisdictions';

/**
 * How a decision was made, as stored in the record. `'reset'` marks a forgotten decision: it grants
 * nothing, names no category, and lets every tab tell a reset from an older decision. `'gpc'` is an
 * opt-out recorded with no click, where the law makes Global Privacy Control one (the opt-out
 * model): the sale/sharing categories refused on top of the decision it was applied to.
 */
export type ConsentMethod = 'accept-all' | 'reject-all' | 'custom' | 'reset' | 'gpc';

/** Where a decision sits in time: its decision time in seconds, then a key that orders decisions of one second. */
export type DecisionOrder = readonly [at: number, key: string];

/**
 * A record's place in time: its decision time, its id as a stable tie-break. A `'gpc'` opt-out sits
 * right after the decision or reset it was applied to (`basis`), not at its own time: any decision
 * or reset made after that one, in any tab, wins over it, however late the opt-out is stored. So an
 * opt-out stored by a tab that had not heard of a newer decision never brings back what that
 * decision took away. Nothing at all comes before everything.
 */
export const orderOf = (record?: ConsentRecord | null): DecisionOrder =>
  !record ? [0, ''] : record.basis ? [record.basis[0], `${record.basis[1]}+${record.id}`] : [record.decidedAt, record.id];

/**
 * Whether a decoded record is one a store could have written by `nowSeconds`: it lives more than
 * nothing and at most 13 months, and was made no later than a day from now (clocks differ). Any
 * other was tampered with, and is never a candidate: a record dated years ahead would otherwise
 * sort after every real decision, a withdrawal included.
 */
export const isPlausible = (record: ConsentRecord, nowSeconds: number): boolean => {
  const lifetime = record.expiresAt - record.decidedAt;
  return lifetime > 0 && lifetime <= MAX_LIFETIME_SECONDS && record.decidedAt <= nowSeconds + 86400;
};

/**
 * The record `value` holds, when it decodes (see {@link decodeConsentRecord}) and is plausible by
 * `nowSeconds` (see {@link isPlausible}): for code that takes a stored value from outside and has
 * no use for why it was refused.
 */
export const plausibleRecord = (value: unknown, nowSeconds: number, categoryIds?: readonly string[], serviceIds?: readonly (string | undefined)[]): ConsentRecord | undefined =>
  newestPlausible([value], nowSeconds, categoryIds, serviceIds)[0];

/**
 * The newest of several stored copies (duplicate cookies, values read at once) that holds a record
 * a store could have written, by {@link orderOf}, with that copy. `refused` hears why each other
 * copy holds none (an absent one aside): the store reports it. One rule for the store and the server,
 * so that both pick the same copy.
 */
export function newestPlausible<T>(
  copies: readonly T[],
  nowSeconds: number,
  categoryIds: readonly string[] = [],
  serviceIds?: readonly (string | undefined)[],
  refused?: (reason: 'oversized' | 'malformed' | 'tampered') => void,
): [ConsentRecord | undefined, T | undefined] {
  let newest: ConsentRecord | undefined;
  let found: T | undefined;
  for (const copy of copies) {
    const result = decodeConsentRecord(copy, categoryIds, serviceIds);
    if (!result.ok) {
      if (result.reason !== 'empty') refused?.(result.reason);
    } else if (!isPlausible(result.record, nowSeconds)) refused?.('tampered');
    else if (compareOrder(orderOf(result.record), orderOf(newest)) > 0) [newest, found] = [result.record, copy];
  }
  return [newest, found];
}

/** Negative, zero or positive as `a` is older than, the same as, or newer than `b`. */
export const compareOrder = (a: DecisionOrder, b: DecisionOrder): number => a[0] - b[0] || (a[1] < b[1] ? -1 : +(a[1] > b[1]));

/** The proof of a decision: what is stored, and what a site can show or log. */
export interface ConsentRecord {
  /**
   * Schema version of the stored format: 3 when the record notes the jurisdiction model it was
   * made under, else 2 when it carries service choices or the Do Not Track flag, else 1 (the format
   * of 0.1.0, which every version still reads).
   */
  schema: 1 | 2 | 3;
  /** Policy revision the person decided on. */
  revision: number;
  /**
   * Id of this decision (32 hex chars), to find it in server logs: the decision time in milliseconds
   * (12 hex digits), then 80 random bits, so that ids of one second sort by time.
   */
  id: string;
  /** Decision time, seconds since the epoch. */
  decidedAt: number;
  /** When the decision lapses and the person is asked again, seconds since the epoch. */
  expiresAt: number;
  /** Which control recorded it. */
  method: ConsentMethod;
  /** Global Privacy Control was on when the decision was made. */
  gpc: boolean;
  /** Each category's choice; only categories of the current config survive decoding. */
  choices: Record<string, boolean>;
  /**
   * Each service's choice, by service id (schema 2): also which services the decision covered, so
   * that a service added since is asked for. Only services of the current config survive decoding.
   */
  services?: Record<string, boolean>;
  /** Do Not Track was on when the decision was made (schema 2; absent means off). */
  dnt?: boolean;
  /**
   * The jurisdiction model the decision was made under (schema 3; absent means opt-in, as every
   * decision before jurisdictions was). One made under another model is not opt-in consent.
   */
  model?: JurisdictionModel;
  /** Where the person was when deciding, e.g. `'US-CA'` (schema 3, when known). */
  region?: string;
  /**
   * Of a `'gpc'` opt-out (schema 3, and only there): the place in time of the decision or reset it
   * was applied to, `[0, '']` when there was none. It orders the opt-out (see {@link orderOf}).
   */
  basis?: DecisionOrder;
}

/** Why a stored value was not accepted. */
export type DecodeFailure = 'empty' | 'oversized' | 'malformed';

/** Result of {@link decodeConsentRecord}: never throws, says why on failure. */
export type DecodeResult = { ok: true; record: ConsentRecord } | { ok: false; reason: DecodeFailure };

/** Largest encoded record accepted: what one cookie can hold. */
export const MAX_RECORD_LENGTH = 4096;

const METHODS: ConsentMethod[] = ['accept-all', 'reject-all', 'custom', 'reset', 'gpc'];
// The whole format in one anchored pattern: schema, revision, 32-hex id, decision and expiry times,
/**
 * A choice of a record (or of `save()`'s argument) by id: its own entry only, so that a name a
 * polluted Object.prototype carries reads as absent and grants nothing.
 */
export const choiceOf = (map: Readonly<Partial<Record<string, boolean>>> | undefined, id: string): boolean | undefined =>
  map && Object.prototype.hasOwnProperty.call(map, id) ? map[id] : undefined;

// method 0-4, flags, then `id:0|1` choices joined by "!"; schema 2 adds service choices after a
// ".", and schema 3 the model's number (0-3) with the region after another ".", then for a GPC
// opt-out (method 4) its basis, `<decided>-<id>`, after a last ".". Flags are GPC (1)
// and, from schema 2, Do Not Track (2). Integers have no leading zeros and at
// most 16 digits; Number.isSafeInteger then checks that they read back exactly.
const RECORD =
  /^([123])\.(0|[1-9]\d{0,15})\.([\da-f]{32})\.(0|[1-9]\d{0,15})\.(0|[1-9]\d{0,15})\.([0-4])\.([0-3])\.(|[\w-]{1,32}:[01](?:![\w-]{1,32}:[01])*)(?:\.(|[\w-]{1,32}:[01](?:![\w-]{1,32}:[01])*)(?:\.([0-3])([A-Z]{2}(?:-[A-Z\d]{1,3})?)?(?:\.(0|[1-9]\d{0,15})-([\da-f]{32})?)?)?)?$/;

const list = (map: Record<string, boolean>) =>
  Object.keys(map)
    .filter((id) => /^[\w-]{1,32}$/.test(id))
    .map((id) => `${id}:${+!!map[id]}`)
    .join('!');

/**
 * Encodes a record in a compact, cookie-safe form (only RFC 6265 cookie-octets, no `;`, `,`, space
 * or quote), e.g. `1.3.9f…e1.1764390000.1780114800.2.0.essential:1!analytics:0`. A record with
 * service choices or Do Not Track on is written in schema 2 (`2.….2.2.essential:1!analytics:1.ga:1`);
 * one made under a jurisdiction model in schema 3 (`3.….2.0.ads:0..1US-CA`: opt-out, California);
 * any other in schema 1, byte for byte as 0.1.0 wrote it.
 */
export function encodeConsentRecord(record: ConsentRecord): string {
  const { services, dnt, model, region = '', basis } = record;
  const v3 = !!model;
  const v2 = !!(services || dnt || v3);
  return [
    v3 ? 3 : v2 ? 2 : 1,
    record.revision,
    record.id,
    record.decidedAt,
    record.expiresAt,
    METHODS.indexOf(record.method),
    +record.gpc + 2 * +!!dnt,
    list(record.choices),
    ...(v2 ? [list(services ?? {})] : []),
    ...(v3 ? [JURISDICTION_MODELS.indexOf(model) + region] : []),
    ...(v3 && basis ? [basis.join('-')] : []),
  ].join('.');
}

/**
 * Parses a stored value, of either schema. Anything not produced by {@link encodeConsentRecord} is
 * refused: non-strings, oversized or truncated values, unknown schema, non-boolean choices. Choices
 * for ids not in `categoryIds` (services: not in `serviceIds`) are dropped, so `__proto__` or
 * `constructor` never reach an object.
 */
export function decodeConsentRecord(raw: unknown, categoryIds: readonly string[], serviceIds: readonly (string | undefined)[] = []): DecodeResult {
  // Anything but a string reads as "", which the pattern refuses.
  const text = typeof raw === 'string' ? raw : '';
  const oversized = text.length > MAX_RECORD_LENGTH;
  // Nothing stored (a first visit) is told apart before the pattern runs: its first use compiles it.
  const [, schema, revision, id, decidedAt, expiresAt, method, flags, list, serviceList, model, region, basisAt, basisId = ''] = (text && !oversized && RECORD.exec(text)) || [];
  const times = [revision, decidedAt, expiresAt].map(Number);
  // A GPC opt-out, and only one, has a basis (an id with a time, or neither): made with GPC on, no later than itself.
  const gpcOptOut = method === '4';
  const basisValid = gpcOptOut ? basisAt !== undefined && +basisAt <= times[1]! && !basisId === !+basisAt && +flags! % 2 === 1 : basisAt === undefined;
  const v3 = schema === '3';
  const v2 = v3 || schema === '2';
  const pairs = (items?: string) => (items ? items.split('!').map((item) => item.split(':') as [string, string]) : []);
  const known = (items: [string, string][], ids: readonly (string | undefined)[]) =>
    Object.fromEntries(items.filter(([key]) => ids.includes(key)).map(([key, value]) => [key, value === '1']));
  // An id listed twice is not something the encoder writes: refuse rather than pick one.
  const unique = (items: [string, string][]) => new Set(items.map(([key]) => key)).size === items.length;
  const items = pairs(list);
  const serviceItems = pairs(serviceList);
  // Without a match every number is NaN. Schema 1 has no service list and no Do Not Track flag.
  return times.every(Number.isSafeInteger) && unique(items) && unique(serviceItems) && (v2 ? serviceList !== undefined : serviceList === undefined && +flags! < 2) && v3 === !!model && basisValid
    ? {
        ok: true,
        record: {
          schema: v3 ? 3 : v2 ? 2 : 1,
          revision: times[0]!,
          id: id!,
          decidedAt: times[1]!,
          expiresAt: times[2]!,
          method: METHODS[+method!]!,
          gpc: !!(+flags! & 1),
          choices: known(items, categoryIds),
          ...(v2 && { services: known(serviceItems, serviceIds), dnt: +flags! > 1 }),
          ...(v3 && { model: JURISDICTION_MODELS[+model!], ...(region && { region }) }),
          ...(gpcOptOut && { basis: [+basisAt!, basisId] as const }),
        },
      }
    : { ok: false, reason: raw === null || raw === undefined || raw === '' ? 'empty' : oversized ? 'oversized' : 'malformed' };
}

/**
 * A fresh consent id for a decision made at `ms`: the time as 12 hex digits, then 10 random bytes.
 * Decisions are made in browsers, which all have `crypto.getRandomValues`.
 */
export const createConsentId = (ms: number): string =>
  ms.toString(16).padStart(12, '0').slice(-12) +
  Array.from(crypto.getRandomValues(new Uint8Array(10)), (byte) => (byte + 256).toString(16).slice(1)).join('');
