// @vitest-environment node
import { PGlite } from '@electric-sql/pglite';
import { encodeConsentRecord } from '../../src/core/record';
import { consentTexts } from '../../src/integrations/consent-texts';
import { consentLogSchema, consentTextsHash, createConsentLogHandler, postgresConsentLog } from '../../src/server';
import { serviceConfig, shopConfig } from '../core/fixtures';
import { logPayload, logRecord, now } from './log-fixtures';

const post = (body: unknown) => new Request('https://shop.example/api/consent-log', { method: 'POST', body: JSON.stringify(body) });

let db: PGlite;

// PostgreSQL compiled to WebAssembly takes several seconds to start on a busy 2-core machine.
beforeAll(async () => {
  db = await PGlite.create();
}, 90_000);

afterAll(async () => {
  await db.close();
});

beforeEach(async () => {
  await db.exec('drop table if exists consent_log; drop table if exists consent_log_texts;');
});

const count = async (table: string) => (await db.query<{ n: number }>(`select count(*)::int as n from ${table}`)).rows[0]!.n;

describe('postgresConsentLog on PGlite', () => {
  it('given the schema run twice, should create the tables once and keep working', async () => {
    const sink = postgresConsentLog(db);
    await sink.migrate();
    await sink.migrate();
    expect(consentLogSchema()).toHaveLength(4);
    const { rows } = await db.query<{ table_name: string }>("select table_name from information_schema.tables where table_name like 'consent_log%' order by 1");
    expect(rows.map(({ table_name }) => table_name)).toEqual(['consent_log', 'consent_log_texts']);
  });

  it('given a decision refusing a service of a granted category, should keep the service choices in the choices column', async () => {
    const sink = postgresConsentLog(db);
    await sink.migrate();
    const handle = createConsentLogHandler(serviceConfig, { sink });
    const record = logRecord({ schema: 2, choices: { essential: true, functional: false, analytics: true, advertising: false }, services: { stripe: true, ga: true, hotjar: false, ads: false }, dnt: false });
    expect((await handle(post(logPayload({ texts: consentTexts(serviceConfig) }, record)))).status).toBe(201);
    const { rows } = await db.query<{ choices: Record<string, boolean> }>('select choices from consent_log where id = $1', [record.id]);
    expect(rows[0]!.choices).toMatchObject({ analytics: true, 'service:ga': true, 'service:hotjar': false });
    expect((await sink.history(record.id)).entries[0]!.choices).toEqual(rows[0]!.choices);
  });

  it('given decisions through the handler, should store each id once, and each distinct text set once', async () => {
    const sink = postgresConsentLog(db);
    await sink.migrate();
    const handle = createConsentLogHandler(shopConfig, { sink });
    const first = logRecord({ id: 'a'.repeat(32) });
    const second = logRecord({ id: 'b'.repeat(32), method: 'accept-all', decidedAt: now - 30, choices: { essential: true, functional: true, analytics: true, advertising: true } });
    expect((await handle(post(logPayload({}, first)))).status).toBe(201);
    expect((await handle(post(logPayload({ replaces: first.id }, second)))).status).toBe(201);
    // A retry of the first: refused as a duplicate, nothing written.
    expect((await handle(post(logPayload({}, first)))).status).toBe(200);
    expect((await handle(post(logPayload({}, { ...first, method: 'reject-all' })))).status).toBe(409);
    expect(await count('consent_log')).toBe(2);
    expect(await count('consent_log_texts')).toBe(1);
    const { rows } = await db.query<Record<string, unknown>>('select * from consent_log where id = $1', [second.id]);
    expect(rows[0]).toMatchObject({
      replaces: first.id,
      revision: 1,
      method: 'accept-all',
      gpc: false,
      choices: { essential: true, functional: true, analytics: true, advertising: true },
      record: encodeConsentRecord(second),
      locale: 'en',
      texts_hash: await consentTextsHash(consentTexts(shopConfig)),
      page: 'https://shop.example/checkout',
    });
    expect((rows[0]!.decided_at as Date).getTime()).toBe(second.decidedAt * 1000);
    const [texts] = (await db.query<{ texts: unknown }>('select texts from consent_log_texts')).rows;
    expect(texts!.texts).toEqual(consentTexts(shopConfig));
  });

  it('given the withdrawal of one record logged from two tabs, should keep the first', async () => {
    const sink = postgresConsentLog(db);
    await sink.migrate();
    const handle = createConsentLogHandler(shopConfig, { sink });
    const withdrawal = (id: string) => logPayload({ replaces: logRecord().id }, logRecord({ id, method: 'reset', choices: {}, expiresAt: now + 86400 }));
    expect((await handle(post(withdrawal('1'.repeat(32))))).status).toBe(201);
    expect((await handle(post(withdrawal('2'.repeat(32))))).status).toBe(200);
    expect(await count('consent_log')).toBe(1);
  });

  it('should export the history of a record id with recursive SQL: back to the first decision, forward to the latest, texts under their hashes', async () => {
    const sink = postgresConsentLog(db, { table: 'proof' });
    await sink.migrate();
    const handle = createConsentLogHandler(shopConfig, { sink });
    const [a, b, w, c, other] = ['a', 'b', 'd', 'e', 'f'].map((digit, index) => logRecord({ id: digit.repeat(32), decidedAt: now - 100 + index }));
    const newWords = { ...consentTexts(shopConfig), banner: { ...consentTexts(shopConfig).banner, title: 'New words' } };
    await handle(post(logPayload({}, a)));
    await handle(post(logPayload({ replaces: a!.id, texts: newWords }, b)));
    await handle(post(logPayload({ replaces: b!.id }, { ...w!, method: 'reset', choices: {} })));
    await handle(post(logPayload({ replaces: w!.id, texts: newWords }, c)));
    await handle(post(logPayload({ replaces: a!.id }, other)));

    const history = await sink.history(w!.id);
    expect(history.entries.map(({ id, method }) => [id[0], method])).toEqual([
      ['a', 'custom'],
      ['b', 'custom'],
      ['d', 'reset'],
      ['e', 'custom'],
    ]);
    expect(history.entries[3]).toEqual({
      id: c!.id,
      replaces: w!.id,
      record: encodeConsentRecord(c!),
      revision: 1,
      method: 'custom',
      decidedAt: new Date(c!.decidedAt * 1000).toISOString(),
      expiresAt: new Date(c!.expiresAt * 1000).toISOString(),
      gpc: false,
      choices: c!.choices,
      locale: 'en',
      textsHash: await consentTextsHash(newWords),
      page: 'https://shop.example/checkout',
      receivedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(history.texts).toEqual({ [await consentTextsHash(consentTexts(shopConfig))]: consentTexts(shopConfig), [await consentTextsHash(newWords)]: newWords });
    // A sibling (another decision replacing a) is in a's history, not in w's.
    expect((await sink.history(a!.id)).entries).toHaveLength(5);
    expect((await sink.history('0'.repeat(32))).entries).toEqual([]);
    expect(JSON.parse(JSON.stringify(history))).toEqual(history);
  });

  it('given a table name that is not a plain identifier, should throw a TypeError naming the option', () => {
    expect(() => postgresConsentLog(db, { table: 'log; drop table users' })).toThrow(/postgresConsentLog table/);
  });
});
