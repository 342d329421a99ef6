/**
 * How a decision was made, as stored in the record. `'reset'` marks a forgotten decision: it grants
 * nothing, names no category, and lets every tab tell a reset from an older decision.
 */
export type ConsentMethod = 'accept-all' | 'reject-all' | 'custom' | 'reset';

/** The proof of a decision: what is stored, and what a site can show or log. */
export interface ConsentRecord {
  /** Schema version of the stored format. */
  schema: 1;
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
}

/** Why a stored value was not accepted. */
export type DecodeFailure = 'empty' | 'oversized' | 'malformed';

/** Result of {@link decodeConsentRecord}: never throws, says why on failure. */
export type DecodeResult = { ok: true; record: ConsentRecord } | { ok: false; reason: DecodeFailure };

/** Largest encoded record accepted: what one cookie can hold. */
export const MAX_RECORD_LENGTH = 4096;

const METHODS: ConsentMethod[] = ['accept-all', 'reject-all', 'custom', 'reset'];
// The whole format in one anchored pattern: schema 1, revision, 32-hex id, decision and expiry
// times, method 0-3, GPC 0/1, then `id:0|1` choices joined by "!". Integers have no leading zeros
// and at most 16 digits; Number.isSafeInteger then checks that they read back exactly.
const RECORD = /^1\.(0|[1-9]\d{0,15})\.([\da-f]{32})\.(0|[1-9]\d{0,15})\.(0|[1-9]\d{0,15})\.([0-3])\.([01])\.(|[\w-]{1,32}:[01](?:![\w-]{1,32}:[01])*)$/;

/**
 * Encodes a record in a compact, cookie-safe form (only RFC 6265 cookie-octets, no `;`, `,`, space
 * or quote), e.g. `1.3.9f…e1.1764390000.1780114800.2.0.essential:1!analytics:0`.
 */
export function encodeConsentRecord(record: ConsentRecord): string {
  const { choices } = record;
  return [
    1,
    record.revision,
    record.id,
    record.decidedAt,
    record.expiresAt,
    METHODS.indexOf(record.method),
    +record.gpc,
    Object.keys(choices)
      .filter((id) => /^[\w-]{1,32}$/.test(id))
      .map((id) => `${id}:${+!!choices[id]}`)
      .join('!'),
  ].join('.');
}

/**
 * Parses a stored value. Anything not produced by {@link encodeConsentRecord} is refused:
 * non-strings, oversized or truncated values, unknown schema, non-boolean choices. Choices for ids
 * not in `categoryIds` are dropped, so `__proto__` or `constructor` never reach an object.
 */
export function decodeConsentRecord(raw: unknown, categoryIds: readonly string[]): DecodeResult {
  // Anything but a string reads as "", which the pattern refuses.
  const text = typeof raw === 'string' ? raw : '';
  const oversized = text.length > MAX_RECORD_LENGTH;
  const [, revision, id, decidedAt, expiresAt, method, gpc, list] = (!oversized && RECORD.exec(text)) || [];
  const times = [revision, decidedAt, expiresAt].map(Number);
  const items = list ? list.split('!').map((item) => item.split(':') as [string, string]) : [];
  // Without a match every number is NaN. A category listed twice is not something the encoder
  // writes: refuse rather than pick one.
  return times.every(Number.isSafeInteger) && new Set(items.map(([key]) => key)).size === items.length
    ? {
        ok: true,
        record: {
          schema: 1,
          revision: times[0]!,
          id: id!,
          decidedAt: times[1]!,
          expiresAt: times[2]!,
          method: METHODS[+method!]!,
          gpc: gpc === '1',
          choices: Object.fromEntries(items.filter(([key]) => categoryIds.includes(key)).map(([key, value]) => [key, value === '1'])),
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
