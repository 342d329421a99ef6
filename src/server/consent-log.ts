import type { ConsentConfig } from '../core/config';
import { plausibleRecord, type ConsentRecord } from '../core/record';
import type { ConsentLogPayload } from '../integrations/consent-log';

/** One logged decision or withdrawal, as the handler hands it to a sink. */
export interface ConsentLogEntry {
  /** The record id: the key of the entry, stored once. */
  id: string;
  /** Id of the record this one replaced in the same browser, or null. */
  replaces: string | null;
  /** The decoded record (method `'reset'` for a withdrawal). */
  record: ConsentRecord;
  /** The record as the browser encoded and sent it. */
  value: string;
  /** Locale of the texts on screen, a BCP 47 tag. */
  locale: string;
  /** SHA-256 (hex) of the texts on screen, see {@link consentTextsHash}. */
  textsHash: string;
  /** The texts themselves (banner, dialog, categories, cookies), kept once per hash. */
  texts: object;
  /** The page, as origin and path. */
  page: string;
  /** Server time of arrival. */
  receivedAt: Date;
}

/**
 * What a sink says of a write: `'stored'`; `'duplicate'` when the same entry arrived before (a
 * retry, a beacon, a second tab seeing the same withdrawal); `'conflict'` when the id is taken by
 * a different entry.
 */
export type ConsentLogWriteResult = 'stored' | 'duplicate' | 'conflict';

/** An entry of an exported history, ready for JSON. Times are ISO 8601. */
export interface ConsentHistoryEntry {
  id: string;
  replaces: string | null;
  /** The record as received. */
  record: string;
  revision: number;
  method: ConsentRecord['method'];
  decidedAt: string;
  expiresAt: string;
  gpc: boolean;
  /** Each category's choice, and each service's under `service:<id>` (see {@link loggedChoices}). */
  choices: Record<string, boolean>;
  locale: string;
  textsHash: string;
  page: string;
  receivedAt: string;
}

/**
 * The history of one record id, for an audit. Each logged decision names the record it replaced
 * in the same browser (`replaces`), a withdrawal the record it withdrew: the history is the chain
 * through the id, back through every record it replaced to the first decision, and forward
 * through every record that replaced it since, to the latest, ordered by decision time; with,
 * under their hashes, the texts each was made on.
 * Empty when the id is unknown.
 */
export interface ConsentHistory {
  id: string;
  entries: ConsentHistoryEntry[];
  texts: Record<string, object>;
}

/** Where logged entries go: a database table, a queue, a file. */
export interface ConsentLogSink {
  /** Stores an entry once per id; a withdrawal once per record it withdraws. */
  write(entry: ConsentLogEntry): Promise<ConsentLogWriteResult>;
  /** The history of a record id (see {@link ConsentHistory}). */
  history?(id: string): Promise<ConsentHistory>;
}

/** Options for {@link createConsentLogHandler}. */
export interface ConsentLogHandlerOptions {
  sink: ConsentLogSink;
  /** Largest body accepted, in bytes; a larger one is refused with 413. @default 32768 */
  maxBytes?: number;
  /**
   * Origins allowed to post (`'https://example.com'`); any other `Origin` header is refused with
   * 403. When omitted, every origin is accepted (protect the route as the rest of the site).
   */
  origins?: readonly string[];
  /** Called when the sink fails (the answer is then 503, and the client retries). */
  onError?: (error: unknown) => void;
  /** Clock, for tests. @default () => new Date() */
  now?: () => Date;
}

const answer = (status: number, body: object, headers?: HeadersInit) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers } });

/** JSON with object keys sorted at every level: one text for equal texts, whatever their order. */
const canonical = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(canonical).join(',')}]`
    : value && typeof value === 'object'
      ? `{${Object.keys(value)
          .sort()
          .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
          .join(',')}}`
      : JSON.stringify(value);

/**
 * SHA-256 (lower-case hex) of a set of texts, over their JSON with keys sorted: the key under
 * which the log keeps them, which an auditor can recompute from an exported copy.
 */
export async function consentTextsHash(texts: object): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical(texts)));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Plain JSON data no deeper than `depth` levels (a deeper body is refused before it is hashed). */
const shallow = (value: unknown, depth: number): boolean =>
  !value || typeof value !== 'object' || (depth > 0 && Object.values(value).every((item) => shallow(item, depth - 1)));

/** The body, or null when it is larger than `max` bytes (declared or streamed). */
async function readBody(request: Request, max: number): Promise<string | null> {
  if (Number(request.headers.get('content-length')) > max) return null;
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      size += chunk.value.byteLength;
      if (size > max) {
        await reader.cancel();
        return null;
      }
      chunks.push(chunk.value);
    }
  }
  const bytes = new Uint8Array(size);
  chunks.reduce((offset, chunk) => (bytes.set(chunk, offset), offset + chunk.byteLength), 0);
  // Invalid UTF-8 throws: a malformed body.
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/**
 * The endpoint `<ConsentLog />` posts to: a standard `(request: Request) => Promise<Response>`
 * (a Next.js route handler, `export const POST = createConsentLogHandler(config, { sink })`, or
 * any Fetch-API server). It reads the JSON body the client sends, decodes the record with the
 * same codec as the store (`decodeConsentRecord`, choices of the categories and services `config`
 * declares), refuses a record the store would refuse as tampered, checks every field, hashes the
 * texts and hands the entry to the sink. Answers, as JSON:
 * 201 `{ status: 'stored' }`, 200 `{ status: 'duplicate' }`, 409 `{ error: 'conflict' }`,
 * 400 `{ error: <field> }` for a malformed body, 413 when larger than `maxBytes`, 405 for a
 * method other than POST, 403 for an origin not in `origins`, 503 when the sink fails.
 */
export function createConsentLogHandler(config: ConsentConfig, options: ConsentLogHandlerOptions): (request: Request) => Promise<Response> {
  const { sink, maxBytes = 32768, origins, onError, now = () => new Date() } = options;
  return async (request) => {
    if (request.method !== 'POST') return answer(405, { error: 'method' }, { allow: 'POST' });
    const origin = request.headers.get('origin');
    if (origins && origin && !origins.includes(origin)) return answer(403, { error: 'origin' });
    let payload: Partial<Record<keyof ConsentLogPayload, unknown>>;
    try {
      const body = await readBody(request, maxBytes);
      if (body === null) return answer(413, { error: 'size' });
      payload = JSON.parse(body);
    } catch {
      return answer(400, { error: 'json' });
    }
    if (!payload || typeof payload !== 'object') return answer(400, { error: 'json' });
    const { record: value, replaces = null, locale, texts, page } = payload;
    const receivedAt = now();
    // A record no store could have written (dated ahead, living over 13 months) is refused, as the
    // store refuses it: dated years ahead, it would stand as the newest decision in every history.
    const record = plausibleRecord(value, receivedAt.getTime() / 1000, config.categoryIds, config.services.map((service) => service.id));
    const bad = !record
      ? 'record'
      : replaces !== null && !(typeof replaces === 'string' && /^[\da-f]{32}$/.test(replaces))
        ? 'replaces'
        : !(typeof locale === 'string' && /^[a-z]{2,8}(-[a-z\d]{1,8})*$/i.test(locale))
          ? 'locale'
          : !(typeof page === 'string' && page.length <= 2048 && /^https?:\/\/[^\s]+$/.test(page))
            ? 'page'
            : !(texts && typeof texts === 'object' && !Array.isArray(texts) && shallow(texts, 8))
              ? 'texts'
              : '';
    if (bad || !record) return answer(400, { error: bad });
    try {
      const result = await sink.write({
        id: record.id,
        replaces: replaces as string | null,
        record,
        value: value as string,
        locale: locale as string,
        textsHash: await consentTextsHash(texts as object),
        texts: texts as object,
        page: page as string,
        receivedAt,
      });
      return result === 'conflict' ? answer(409, { error: 'conflict' }) : answer(result === 'stored' ? 201 : 200, { status: result, id: record.id });
    } catch (error) {
      onError?.(error);
      return answer(503, { error: 'sink' }, { 'retry-after': '30' });
    }
  };
}

/**
 * A logged record's choices as a sink stores them: each category's, and each service's under
 * `service:<id>`, as the store keys them, so that an audit sees a refused service, not only its
 * granted category.
 */
export const loggedChoices = (record: ConsentRecord): Record<string, boolean> => ({
  ...record.choices,
  ...Object.fromEntries(Object.entries(record.services ?? {}).map(([id, on]) => [`service:${id}`, on])),
});

/** An entry as a history lists it. */
const historyEntry = ({ id, replaces, value, record, locale, textsHash, page, receivedAt }: ConsentLogEntry): ConsentHistoryEntry => ({
  id,
  replaces,
  record: value,
  revision: record.revision,
  method: record.method,
  decidedAt: new Date(record.decidedAt * 1000).toISOString(),
  expiresAt: new Date(record.expiresAt * 1000).toISOString(),
  gpc: record.gpc,
  choices: loggedChoices(record),
  locale,
  textsHash,
  page,
  receivedAt: receivedAt.toISOString(),
});

/** The same entry: what a retry or a beacon sends again. */
export const sameEntry = (a: { value: string; replaces: string | null; textsHash: string }, b: typeof a): boolean =>
  a.value === b.value && a.replaces === b.replaces && a.textsHash === b.textsHash;

/**
 * A sink that keeps entries in memory, for tests and development: nothing survives a restart.
 * `entries` and `texts` expose what it holds.
 */
export function memoryConsentLog(): Required<ConsentLogSink> & { entries: Map<string, ConsentLogEntry>; texts: Map<string, object> } {
  const entries = new Map<string, ConsentLogEntry>();
  const texts = new Map<string, object>();
  return {
    entries,
    texts,
    async write(entry) {
      const taken = entries.get(entry.id);
      if (taken) return sameEntry(taken, entry) ? 'duplicate' : 'conflict';
      if (entry.record.method === 'reset' && [...entries.values()].some((other) => other.record.method === 'reset' && other.replaces === entry.replaces)) return 'duplicate';
      if (!texts.has(entry.textsHash)) texts.set(entry.textsHash, entry.texts);
      entries.set(entry.id, entry);
      return 'stored';
    },
    async history(id) {
      const chain = new Set<ConsentLogEntry>();
      // Back through what each replaced, then forward through whatever replaced it, and so on.
      for (let entry = entries.get(id); entry && !chain.has(entry); entry = entries.get(entry.replaces!)) chain.add(entry);
      for (let ids = chain.size ? [id] : []; ids.length; ) {
        const next = [...entries.values()].filter((entry) => ids.includes(entry.replaces!) && !chain.has(entry));
        next.forEach((entry) => chain.add(entry));
        ids = next.map((entry) => entry.id);
      }
      const listed = [...chain].sort((a, b) => a.record.decidedAt - b.record.decidedAt || (a.id < b.id ? -1 : 1));
      return { id, entries: listed.map(historyEntry), texts: Object.fromEntries(listed.map(({ textsHash }) => [textsHash, texts.get(textsHash)!])) };
    },
  };
}
