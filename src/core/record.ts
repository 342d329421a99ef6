/** How a decision was made, as stored in the record. */
export type ConsentMethod = 'accept-all' | 'reject-all' | 'custom';

/** The proof of a decision: what is stored, and what a site can show or log. */
export interface ConsentRecord {
  /** Schema version of the stored format. */
  schema: 1;
  /** Policy revision the person decided on. */
  revision: number;
  /** Random id of this decision (32 hex chars), to find it in server logs. */
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

const METHODS: ConsentMethod[] = ['accept-all', 'reject-all', 'custom'];
const SCHEMA = '1';
const HEX_ID = /^[0-9a-f]{32}$/;
// Up to 16 digits, then Number.isSafeInteger: any revision the config accepts must read back.
const INT = /^(0|[1-9][0-9]{0,15})$/;
const int = (text: string) => INT.test(text) && Number.isSafeInteger(Number(text));
const CHOICE = /^([A-Za-z0-9_-]{1,32}):([01])$/;

/**
 * Encodes a record in a compact, cookie-safe form (only RFC 6265 cookie-octets, no `;`, `,`, space
 * or quote), e.g. `1.3.9f…e1.1764390000.1780114800.c.0.essential:1!analytics:0`.
 */
export function encodeConsentRecord(record: ConsentRecord): string {
  const choices = Object.keys(record.choices)
    .filter((id) => /^[A-Za-z0-9_-]{1,32}$/.test(id))
    .map((id) => `${id}:${record.choices[id] ? 1 : 0}`)
    .join('!');
  return [SCHEMA, record.revision, record.id, record.decidedAt, record.expiresAt, METHODS.indexOf(record.method), record.gpc ? 1 : 0, choices].join('.');
}

/**
 * Parses a stored value. Anything not produced by {@link encodeConsentRecord} is refused:
 * non-strings, oversized or truncated values, unknown schema, non-boolean choices. Choices for ids
 * not in `categoryIds` are dropped, so `__proto__` or `constructor` never reach an object.
 */
export function decodeConsentRecord(raw: unknown, categoryIds: readonly string[]): DecodeResult {
  if (raw === null || raw === undefined || raw === '') return { ok: false, reason: 'empty' };
  if (typeof raw !== 'string') return { ok: false, reason: 'malformed' };
  if (raw.length > MAX_RECORD_LENGTH) return { ok: false, reason: 'oversized' };
  const parts = raw.split('.');
  if (parts.length !== 8) return { ok: false, reason: 'malformed' };
  const [schema, revision, id, decidedAt, expiresAt, method, gpc, list] = parts as [string, string, string, string, string, string, string, string];
  const method_ = METHODS[Number(method)];
  if (schema !== SCHEMA || !int(revision) || !HEX_ID.test(id) || !int(decidedAt) || !int(expiresAt) || !/^[012]$/.test(method) || !method_ || !/^[01]$/.test(gpc)) {
    return { ok: false, reason: 'malformed' };
  }
  const choices: Record<string, boolean> = {};
  const seen = new Set<string>();
  if (list) {
    for (const item of list.split('!')) {
      const match = CHOICE.exec(item);
      if (!match) return { ok: false, reason: 'malformed' };
      const [, key, value] = match as unknown as [string, string, string];
      // A category listed twice is not something the encoder writes: refuse rather than pick one.
      if (seen.has(key)) return { ok: false, reason: 'malformed' };
      seen.add(key);
      if (categoryIds.includes(key)) choices[key] = value === '1';
    }
  }
  return {
    ok: true,
    record: { schema: 1, revision: Number(revision), id, decidedAt: Number(decidedAt), expiresAt: Number(expiresAt), method: method_, gpc: gpc === '1', choices },
  };
}

/** A fresh random consent id: 16 random bytes as hex. Decisions are made in browsers, which all have `crypto.getRandomValues`. */
export function createConsentId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
