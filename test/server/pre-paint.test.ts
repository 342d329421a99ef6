import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { parseCookieHeader } from '../../src/core/cookie-jar';
import { evaluateStored } from '../../src/core/evaluate';
import { encodeConsentRecord, type ConsentRecord } from '../../src/core/record';
import { prePaintScript, prePaintScriptHash } from '../../src/server';
import { JURISDICTION_MODELS } from '../../src/core/jurisdictions';
import type { ConsentConfig } from '../../src/core/config';
import { serviceConfig, shopConfig as config } from '../core/fixtures';
import { atMoment, consentCookieValue, drawnConfig, withSignals } from './consent-cookie-arbitraries';

const now = Math.floor(Date.now() / 1000);
const record = (patch: Partial<ConsentRecord> = {}) =>
  encodeConsentRecord({
    schema: 1,
    revision: 1,
    id: 'b'.repeat(32),
    decidedAt: now - 60,
    expiresAt: now - 60 + config.consentExpirySeconds,
    method: 'custom',
    gpc: false,
    choices: { essential: true, functional: true, analytics: false, advertising: false },
    ...patch,
  });

/** Runs the script against a page whose cookies read `header`; true when it marked <html> decided. */
function decidedBy(header: string, script = prePaintScript(config), protocol = 'http:') {
  const html = document.documentElement;
  html.removeAttribute('data-ck-decided');
  const fakeDocument = { cookie: header, documentElement: html };
  // The script's own (document) argument and the page's location, without touching jsdom's.
  new Function('document', 'location', script)(fakeDocument, { protocol });
  return html.hasAttribute('data-ck-decided');
}

/** What the store decides from the same cookies: the candidates cookieAdapter.get() would return. */
const storeDecides = (header: string, name = 'ck_consent', of: ConsentConfig = config, gpc = false, dnt = false) =>
  evaluateStored(
    of,
    parseCookieHeader(header).flatMap(([key, value]) => (key === name ? [value] : [])),
    Date.now() / 1000,
    gpc,
    () => {},
    dnt,
  )[0].decided;

afterEach(() => {
  document.documentElement.removeAttribute('data-ck-decided');
});

describe('prePaintScript', () => {
  it.each([
    ['a current decision', true, `ck_consent=${record()}`],
    ['a current decision among other cookies', true, `a=1; ck_consent=${record()}; theme-mode=dark`],
    ['a decision that names only the categories that are not required', true, `ck_consent=${record({ choices: { functional: true, analytics: true, advertising: false } })}`],
    ['a Reject all', true, `ck_consent=${record({ method: 'reject-all', choices: { essential: true, functional: false, analytics: false, advertising: false } })}`],
    ['no consent cookie', false, 'a=1'],
    ['an empty jar', false, ''],
    ['a reset marker', false, `ck_consent=${record({ method: 'reset', choices: {}, expiresAt: now - 60 + 86400 })}`],
    ['an expired decision', false, `ck_consent=${record({ decidedAt: now - 400 * 86400, expiresAt: now - 200 * 86400 })}`],
    ['a decision older than the config now keeps one', false, `ck_consent=${record({ decidedAt: now - 200 * 86400, expiresAt: now + 100 * 86400 })}`],
    ['another revision', false, `ck_consent=${record({ revision: 2 })}`],
    ['a decision lacking a category', false, `ck_consent=${record({ choices: { essential: true, functional: true, analytics: true } })}`],
    ['a malformed value', false, 'ck_consent=analytics%3Dtrue'],
    ['a category listed twice', false, `ck_consent=${record().replace('advertising:0', 'advertising:0!advertising:1')}`],
    ['a decision made in its future', false, `ck_consent=${record({ decidedAt: now + 3 * 86400, expiresAt: now + 4 * 86400 })}`],
    ['a longer life than 13 months', false, `ck_consent=${record({ expiresAt: now + 500 * 86400 })}`],
    ['a similar name', false, `ck_consent_v2=${record()}`],
    ['a newer reset beside an older decision', false, `ck_consent=${record({ id: 'a'.repeat(32), decidedAt: now - 3600 })}; ck_consent=${record({ method: 'reset', choices: {}, expiresAt: now - 60 + 86400 })}`],
    ['a newer decision beside an older reset', true, `ck_consent=${record({ id: 'a'.repeat(32), decidedAt: now - 3600, method: 'reset', choices: {}, expiresAt: now - 3600 + 86400 })}; ck_consent=${record()}`],
    ['same second, the greater id a reset', false, `ck_consent=${record()}; ck_consent=${record({ id: 'c'.repeat(32), method: 'reset', choices: {}, expiresAt: now - 60 + 86400 })}`],
  ])('given %s, should mark the page decided: %s', (_, expected, header) => {
    expect(decidedBy(header)).toBe(expected);
    expect(storeDecides(header), 'the store agrees').toBe(expected);
  });

  it('should err towards the banner: a copy the store would refuse leaves the page undecided, even beside a good one', () => {
    expect(decidedBy(`ck_consent=junk; ck_consent=${record()}`)).toBe(false);
    expect(storeDecides(`ck_consent=junk; ck_consent=${record()}`), 'the store takes the good one').toBe(true);
  });

  it('should read a quoted or percent-encoded copy as the store reads it', () => {
    for (const value of [`"${record()}"`, encodeURIComponent(record()).replace(/\./g, '%2E')]) {
      expect(decidedBy(`ck_consent=${value}`)).toBe(true);
      expect(storeDecides(`ck_consent=${value}`)).toBe(true);
    }
  });

  it('given any config, consent cookies of any schema and the browser\'s GPC and DNT signals, should never say decided where the store would not, and agree wherever every copy is well-formed (3,000 random jars)', () => {
    fc.assert(
      fc.property(
        drawnConfig,
        fc.array(fc.tuple(fc.constantFrom('ck_consent', 'ck_consent', 'other'), consentCookieValue(now)), { maxLength: 3 }),
        fc.boolean(),
        fc.boolean(),
        (drawn, jar, gpc, dnt) =>
          atMoment(now, () => {
            const header = jar.map(([name, value]) => `${name}=${value}`).join('; ');
            const script = withSignals(gpc, dnt, () => decidedBy(header, prePaintScript(drawn)));
            const store = storeDecides(header, 'ck_consent', drawn, gpc, dnt);
            if (script) expect(store).toBe(true);
            const copies = parseCookieHeader(header).flatMap(([name, value]) => (name === 'ck_consent' ? [value] : []));
            let refused = false;
            for (const value of copies) evaluateStored(drawn, value, Date.now() / 1000, gpc, () => (refused = true), dnt);
            if (!refused && copies.every((value) => value !== '')) expect(script).toBe(store);
          }),
      ),
      { numRuns: 3000 },
    );
  });

  it('given services, and records of every schema, should agree with the store on every jar whose copies are all well-formed, and never say decided where it would not (1,000 random jars)', () => {
    const script = prePaintScript(serviceConfig);
    const choices = (ids: string[]) => fc.subarray(ids, { minLength: ids.length - 1 }).chain((kept) => fc.tuple(...kept.map((id) => fc.tuple(fc.constant(id), fc.boolean())))).map(Object.fromEntries);
    const candidate = fc
      .record({
        schema: fc.constantFrom(1, 2, 2, 3),
        id: fc.constantFrom('a', 'b', 'c', 'f').map((c) => c.repeat(32)),
        decidedAt: fc.integer({ min: now - 400 * 86400, max: now + 2 * 86400 }),
        lifetime: fc.oneof(fc.constant(serviceConfig.consentExpirySeconds), fc.constant(86400), fc.integer({ min: -10, max: 500 * 86400 })),
        method: fc.constantFrom<ConsentRecord['method']>('accept-all', 'reject-all', 'custom', 'custom', 'reset'),
        revision: fc.constantFrom(0, 1, 1, 1, 2),
        gpc: fc.boolean(),
        dnt: fc.boolean(),
        choices: choices(['essential', 'functional', 'analytics', 'advertising']),
        services: choices(['stripe', 'ga', 'hotjar', 'ads']),
        model: fc.constantFrom(...JURISDICTION_MODELS),
        region: fc.constantFrom(undefined, 'DE', 'US-CA'),
      })
      .map(({ schema, lifetime, dnt, services, model, region, ...fields }) => {
        const base: ConsentRecord = { schema: 1, ...fields, expiresAt: fields.decidedAt + lifetime };
        return encodeConsentRecord(schema === 1 ? base : schema === 2 ? { ...base, schema: 2, services, dnt } : { ...base, schema: 3, services, dnt, model, region });
      });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('ck_consent', 'ck_consent', 'other'), fc.oneof({ weight: 6, arbitrary: candidate }, fc.constantFrom('junk', ''))), { maxLength: 3 }), (jar) =>
        atMoment(now, () => {
          const header = jar.map(([name, value]) => `${name}=${value}`).join('; ');
          const decided = decidedBy(header, script);
          const store = storeDecides(header, 'ck_consent', serviceConfig);
          if (decided) expect(store).toBe(true);
          let refused = false;
          const copies = jar.filter(([name]) => name === 'ck_consent').map(([, value]) => value);
          for (const value of copies) evaluateStored(serviceConfig, value, Date.now() / 1000, false, () => (refused = true));
          if (!refused && copies.every((value) => value !== '')) expect(decided).toBe(store);
        }),
      ),
      { numRuns: 1000 },
    );
  });

  it('with hostPrefix, should read __Host-<name> on https and the plain name on http, like cookieAdapter', () => {
    const script = prePaintScript(config, { hostPrefix: true });
    const both = `ck_consent=${record({ method: 'reset', choices: {}, expiresAt: now - 60 + 86400 })}; __Host-ck_consent=${record()}`;
    expect(decidedBy(both, script, 'https:')).toBe(true);
    expect(decidedBy(both, script, 'http:')).toBe(false);
    expect(decidedBy(`__Host-ck_consent=${record()}`, prePaintScript(config), 'https:')).toBe(false);
  });

  it('should read a custom name, and refuse one that is not a cookie name, naming the option', () => {
    expect(decidedBy(`mine=${record()}`, prePaintScript(config, { name: 'mine' }))).toBe(true);
    expect(() => prePaintScript(config, { name: 'a;b' })).toThrow(/prePaintScript\.name/);
    expect(() => prePaintScript(config, { name: '"</script>' })).toThrow(TypeError);
  });

  it('should never throw into the page, even where cookies are blocked', () => {
    const blocked = {
      get cookie(): string {
        throw new DOMException('blocked', 'SecurityError');
      },
      documentElement: document.documentElement,
    };
    expect(() => new Function('document', prePaintScript(config))(blocked)).not.toThrow();
    expect(document.documentElement.hasAttribute('data-ck-decided')).toBe(false);
  });

  it('should be small text of ES5 syntax that cannot close its <script> element', () => {
    for (const script of [prePaintScript(config, { hostPrefix: true }), prePaintScript(serviceConfig, { hostPrefix: true })]) {
      expect(script.length).toBeLessThan(2000);
      expect(script).not.toMatch(/<\/|<!--|=>|\blet\b|\bconst\b|`/);
    }
  });

  it('prePaintScriptHash should be the CSP source of exactly that text', async () => {
    const expected = createHash('sha256').update(prePaintScript(config)).digest('base64');
    expect(await prePaintScriptHash(config)).toBe(`'sha256-${expected}'`);
  });
});
