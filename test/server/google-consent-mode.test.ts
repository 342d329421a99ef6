import fc from 'fast-check';
import { evaluateStored } from '../../src/core/evaluate';
import { encodeConsentRecord, type ConsentMethod } from '../../src/core/record';
import { MAX_LIFETIME_SECONDS } from '../../src/core/duration';
import { googleConsentMap, googleConsentSignals } from '../../src/integrations/google-consent-mode';
import { googleConsentModeDefaults, inlineScriptHash } from '../../src/server';
import { shopConfig } from '../core/fixtures';

const commands = () => (window.dataLayer ?? []).map((entry) => Array.from(entry as ArrayLike<unknown>));

/** Runs the head script as a page would, with `cookie` as `document.cookie` and the given GPC signal. */
function runHeadScript(script: string, cookie = '', gpc = false) {
  window.dataLayer = [];
  vi.spyOn(document, 'cookie', 'get').mockReturnValue(cookie);
  Object.defineProperty(navigator, 'globalPrivacyControl', { value: gpc, configurable: true });
  new Function(script)();
  vi.restoreAllMocks();
  return commands();
}

const now = Math.floor(Date.now() / 1000);
const record = (patch: Record<string, unknown> = {}) =>
  encodeConsentRecord({
    schema: 1,
    revision: 1,
    id: 'c'.repeat(32),
    decidedAt: now - 60,
    expiresAt: now - 60 + shopConfig.consentExpirySeconds,
    method: 'custom',
    gpc: false,
    choices: { essential: true, functional: true, analytics: true, advertising: false },
    ...patch,
  });

const denied = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
};

afterEach(() => {
  delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
});

describe('googleConsentModeDefaults', () => {
  it('given a first visit, should push a default for all seven signals (security granted for the required category), then ads_data_redaction, and no update', () => {
    expect(runHeadScript(googleConsentModeDefaults(shopConfig))).toEqual([
      ['consent', 'default', { ...denied, security_storage: 'granted' }],
      ['set', 'ads_data_redaction', true],
    ]);
  });

  it('given a returning visitor with a current decision in the consent cookie, should push its update right after the default', () => {
    expect(runHeadScript(googleConsentModeDefaults(shopConfig), `theme=dark; ck_consent=${record()}`).at(-1)).toEqual([
      'consent',
      'update',
      {
        analytics_storage: 'granted',
        ad_storage: 'denied',
        ad_user_data: 'denied',
        ad_personalization: 'denied',
        functionality_storage: 'granted',
        personalization_storage: 'granted',
        security_storage: 'granted',
      },
    ]);
  });

  it('given storage the script cannot read (cookie: false), should ask the tags to wait 500 ms for the update and never read the cookie', () => {
    expect(runHeadScript(googleConsentModeDefaults(shopConfig, { cookie: false }), `ck_consent=${record()}`)).toEqual([
      ['consent', 'default', { ...denied, security_storage: 'granted', wait_for_update: 500 }],
      ['set', 'ads_data_redaction', true],
    ]);
  });

  it('given region, url_passthrough, no redaction and an explicit wait, should push exactly those', () => {
    const script = googleConsentModeDefaults(shopConfig, { region: ['DE', 'US-CA'], waitForUpdate: 2000, adsDataRedaction: false, urlPassthrough: true });
    expect(runHeadScript(script)).toEqual([
      ['consent', 'default', { ...denied, security_storage: 'granted', wait_for_update: 2000, region: ['DE', 'US-CA'] }],
      ['set', 'url_passthrough', true],
    ]);
  });

  it('given a map override, should follow it in the default and the update (a category mapped to none sends nothing)', () => {
    const script = googleConsentModeDefaults(shopConfig, { map: { advertising: [], functional: ['personalization_storage'] } });
    const [first, update] = runHeadScript(script, `ck_consent=${record()}`).filter(([command]) => command === 'consent');
    expect(first![2]).toEqual({ ...denied, security_storage: 'granted' });
    expect(update![2]).toEqual({ security_storage: 'granted', personalization_storage: 'granted', analytics_storage: 'granted' });
  });

  it('given hostPrefix on an http page, should read the plain cookie name, as cookieAdapter writes it there', () => {
    const script = googleConsentModeDefaults(shopConfig, { cookie: { hostPrefix: true } });
    expect(runHeadScript(script, `__Host-ck_consent=${record()}`)).toHaveLength(2);
    expect(runHeadScript(script, `ck_consent=${record()}`)).toHaveLength(3);
  });

  it('given a mistaken option, should throw a TypeError naming it', () => {
    expect(() => googleConsentModeDefaults(shopConfig, { region: ['Germany'] })).toThrow(/googleConsentModeDefaults region/);
    expect(() => googleConsentModeDefaults(shopConfig, { waitForUpdate: -1 })).toThrow(/waitForUpdate/);
    expect(() => googleConsentModeDefaults(shopConfig, { cookie: { name: 'a;b' } })).toThrow(/cookie\.name/);
    expect(() => googleConsentModeDefaults(shopConfig, { map: { analitycs: ['analytics_storage'] } as never })).toThrow(/map\.analitycs/);
    expect(() => googleConsentModeDefaults(shopConfig, { map: { analytics: ['analytics'] } as never })).toThrow(/map\.analytics/);
  });

  it('should hash as a CSP source', async () => {
    expect(await inlineScriptHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });

  // The script must grant exactly what the store would: never more (G1), and not less either.
  it('given any consent cookies and GPC signal, should send an update if and only if the store reads a current decision, with the signals the store grants', () => {
    const script = googleConsentModeDefaults(shopConfig);
    const map = googleConsentMap(shopConfig);
    const ids = [...shopConfig.categoryIds, 'removed', '__proto__'];
    const candidate = fc.oneof(
      { weight: 6, arbitrary: fc
        .record({
          revision: fc.constantFrom(0, 1, 2),
          id: fc.stringMatching(/^[0-9a-f]{32}$/),
          decidedAt: fc.oneof(fc.integer({ min: now - 400 * 86400, max: now }), fc.integer({ min: now, max: now + 3 * 86400 })),
          lifetime: fc.oneof(fc.constantFrom(-5, 0, 1, shopConfig.consentExpirySeconds, MAX_LIFETIME_SECONDS, MAX_LIFETIME_SECONDS + 1), fc.nat({ max: 2 * MAX_LIFETIME_SECONDS })),
          method: fc.constantFrom<ConsentMethod>('accept-all', 'reject-all', 'custom', 'reset'),
          gpc: fc.boolean(),
          choices: fc.dictionary(fc.constantFrom(...ids), fc.boolean()),
          duplicate: fc.boolean(),
          quoted: fc.boolean(),
        })
        .map(({ lifetime, duplicate, quoted, ...rest }) => {
          let value = encodeConsentRecord({ schema: 1, ...rest, expiresAt: rest.decidedAt + lifetime });
          if (duplicate && value.endsWith(':1')) value += '!analytics:0';
          return quoted ? `"${value}"` : value;
        }) },
      { weight: 1, arbitrary: fc.string({ maxLength: 40 }).map((text) => text.replace(/[;]/g, '')) },
    );
    fc.assert(
      fc.property(fc.array(candidate, { minLength: 0, maxLength: 3 }), fc.boolean(), (values, gpc) => {
        const cookie = values.map((value) => `ck_consent=${value}`).join('; ');
        const sent = runHeadScript(script, cookie, gpc).filter(([, kind]) => kind === 'update');
        const [evaluation] = evaluateStored(shopConfig, values.map((value) => value.replace(/^"(.*)"$/, '$1')), Date.now() / 1000, gpc, () => {});
        expect(sent).toEqual(evaluation.decided ? [['consent', 'update', googleConsentSignals(map, (id) => evaluation.choices[id] === 'granted')]] : []);
      }),
      { numRuns: 2000 },
    );
  });
});
