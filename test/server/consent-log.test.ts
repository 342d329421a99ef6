// @vitest-environment node
import { encodeConsentRecord } from '../../src/core/record';
import { consentTexts } from '../../src/integrations/consent-texts';
import { consentTextsHash, createConsentLogHandler, memoryConsentLog } from '../../src/server';
import { serviceConfig, shopConfig } from '../core/fixtures';
import { logPayload, logRecord, now } from './log-fixtures';

const post = (body: unknown, init: RequestInit = {}) =>
  new Request('https://shop.example/api/consent-log', { method: 'POST', body: typeof body === 'string' || body instanceof Uint8Array ? (body as BodyInit) : JSON.stringify(body), ...init });

describe('createConsentLogHandler', () => {
  it('given a valid decision, should answer 201 and hand the sink the decoded record, the texts and their SHA-256', async () => {
    const sink = memoryConsentLog();
    const handle = createConsentLogHandler(shopConfig, { sink });
    const response = await handle(post(logPayload({ replaces: 'f'.repeat(32), locale: 'de-DE' })));
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ status: 'stored', id: logRecord().id });
    const entry = sink.entries.get(logRecord().id)!;
    expect(entry).toMatchObject({ replaces: 'f'.repeat(32), locale: 'de-DE', page: 'https://shop.example/checkout', record: { method: 'custom', gpc: false, choices: { functional: true, analytics: false } } });
    expect(entry.textsHash).toMatch(/^[0-9a-f]{64}$/);
    expect(entry.textsHash).toBe(await consentTextsHash(consentTexts(shopConfig)));
    expect(sink.texts.get(entry.textsHash)).toEqual(consentTexts(shopConfig));
  });

  it('given the same entry again (a retry or a beacon), should answer 200 duplicate and store it once; a different entry under that id is a 409 conflict', async () => {
    const sink = memoryConsentLog();
    const handle = createConsentLogHandler(shopConfig, { sink });
    expect((await handle(post(logPayload()))).status).toBe(201);
    const again = await handle(post(logPayload()));
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ status: 'duplicate', id: logRecord().id });
    expect((await handle(post(logPayload({}, logRecord({ method: 'accept-all' }))))).status).toBe(409);
    expect(sink.entries.size).toBe(1);
  });

  it('given two tabs logging the withdrawal of one record, should keep the first', async () => {
    const sink = memoryConsentLog();
    const handle = createConsentLogHandler(shopConfig, { sink });
    const withdrawal = (id: string) => logPayload({ replaces: logRecord().id }, logRecord({ id, method: 'reset', choices: {}, expiresAt: now + 86400 }));
    expect((await handle(post(withdrawal('1'.repeat(32))))).status).toBe(201);
    expect((await handle(post(withdrawal('2'.repeat(32))))).status).toBe(200);
    expect([...sink.entries.keys()]).toEqual(['1'.repeat(32)]);
  });

  it('given a body over maxBytes, should refuse it with 413, whether its length is declared or streamed', async () => {
    const sink = memoryConsentLog();
    const handle = createConsentLogHandler(shopConfig, { sink, maxBytes: 2000 });
    const big = JSON.stringify(logPayload({ texts: { padding: 'x'.repeat(3000) } }));
    expect((await handle(post(big))).status).toBe(413);
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(500)));
        controller.close();
      },
    });
    expect((await handle(new Request('https://shop.example/log', { method: 'POST', body: stream, duplex: 'half' } as RequestInit))).status).toBe(413);
    expect(sink.entries.size).toBe(0);
  });

  it.each([
    ['not JSON', '{"record":', 'json'],
    ['JSON but not an object', 'null', 'json'],
    ['invalid UTF-8', new Uint8Array([0x7b, 0xff, 0x7d]), 'json'],
    ['a tampered record', logPayload({ record: encodeConsentRecord(logRecord()).replace('.2.0.', '.7.0.') }), 'record'],
    ['a record that is not a string', logPayload({ record: 42 }), 'record'],
    ['a record dated a week ahead (it would stand as the newest in every history)', logPayload({}, logRecord({ decidedAt: now + 7 * 86400, expiresAt: now + 30 * 86400 })), 'record'],
    ['a record living 20 years', logPayload({}, logRecord({ expiresAt: now + 20 * 365 * 86400 })), 'record'],
    ['a replaces that is no record id', logPayload({ replaces: 'x' }), 'replaces'],
    ['a locale that is no language tag', logPayload({ locale: '<script>' }), 'locale'],
    ['a page that is no http(s) URL', logPayload({ page: 'javascript:alert(1)' }), 'page'],
    ['texts that are not an object', logPayload({ texts: 'hello' }), 'texts'],
    ['texts nested too deep', logPayload({ texts: JSON.parse('{"a":'.repeat(20) + '1' + '}'.repeat(20)) }), 'texts'],
  ])('given %s, should refuse it with 400 naming the field, and store nothing', async (_, body, field) => {
    const sink = memoryConsentLog();
    const handle = createConsentLogHandler(shopConfig, { sink });
    const response = await handle(post(body));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: field });
    expect(sink.entries.size).toBe(0);
  });

  it('given a GET, or an origin not allowed, should refuse it (405, 403)', async () => {
    const handle = createConsentLogHandler(shopConfig, { sink: memoryConsentLog(), origins: ['https://shop.example'] });
    expect((await handle(new Request('https://shop.example/log'))).status).toBe(405);
    expect((await handle(post(logPayload(), { headers: { origin: 'https://evil.example' } }))).status).toBe(403);
    expect((await handle(post(logPayload(), { headers: { origin: 'https://shop.example' } }))).status).toBe(201);
  });

  it('given a sink that fails, should answer 503 so that the client retries, and report the error', async () => {
    const onError = vi.fn();
    const failure = new Error('database down');
    const handle = createConsentLogHandler(shopConfig, { sink: { write: () => Promise.reject(failure) }, onError });
    expect((await handle(post(logPayload()))).status).toBe(503);
    expect(onError).toHaveBeenCalledWith(failure);
  });

  it('should answer no Set-Cookie, even with a consent cookie on the request: an answer arriving after a newer decision must not write the older one back', async () => {
    const handle = createConsentLogHandler(shopConfig, { sink: memoryConsentLog() });
    const value = encodeConsentRecord(logRecord());
    const response = await handle(post(logPayload(), { headers: { cookie: `ck_consent=${value}` } }));
    expect(response.status).toBe(201);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('given a decision that grants a category and refuses one of its services, should hand the sink the service choices and list them in the history', async () => {
    const sink = memoryConsentLog();
    const handle = createConsentLogHandler(serviceConfig, { sink });
    const record = logRecord({ schema: 2, choices: { essential: true, functional: false, analytics: true, advertising: false }, services: { stripe: true, ga: true, hotjar: false, ads: false }, dnt: false });
    expect((await handle(post(logPayload({ texts: consentTexts(serviceConfig) }, record)))).status).toBe(201);
    expect(sink.entries.get(record.id)!.record.services).toEqual({ stripe: true, ga: true, hotjar: false, ads: false });
    const [entry] = (await sink.history(record.id)).entries;
    expect(entry!.choices).toEqual({ essential: true, functional: false, analytics: true, advertising: false, 'service:stripe': true, 'service:ga': true, 'service:hotjar': false, 'service:ads': false });
  });

  it('should export the history of a record id: the chain back to the first decision and forward to the latest, with each text set once', async () => {
    const sink = memoryConsentLog();
    const handle = createConsentLogHandler(shopConfig, { sink });
    const [a, b, w, c, other] = ['a', 'b', 'd', 'e', 'f'].map((digit, index) => logRecord({ id: digit.repeat(32), decidedAt: now - 100 + index }));
    await handle(post(logPayload({}, a)));
    await handle(post(logPayload({ replaces: a!.id, texts: { ...consentTexts(shopConfig), banner: { title: 'New words' } } }, b)));
    await handle(post(logPayload({ replaces: b!.id }, { ...w!, method: 'reset', choices: {} })));
    await handle(post(logPayload({ replaces: w!.id }, c)));
    await handle(post(logPayload({}, other)));
    const history = await sink.history(b!.id);
    expect(history.entries.map(({ id, method }) => [id[0], method])).toEqual([
      ['a', 'custom'],
      ['b', 'custom'],
      ['d', 'reset'],
      ['e', 'custom'],
    ]);
    expect(Object.keys(history.texts)).toHaveLength(2);
    expect(history.entries[1]).toMatchObject({ replaces: a!.id, record: encodeConsentRecord(b!), decidedAt: new Date(b!.decidedAt * 1000).toISOString() });
    expect((await sink.history('0'.repeat(32))).entries).toEqual([]);
  });
});
