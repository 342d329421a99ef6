import fc from 'fast-check';
import { defineConsentConfig, type CategoryDefinition, type ConsentConfig } from '../../src/core/config';
import { evaluateStored } from '../../src/core/evaluate';
import { JURISDICTION_MODELS } from '../../src/core/jurisdictions';
import { encodeConsentRecord, type ConsentMethod, type ConsentRecord } from '../../src/core/record';
import { createConsentStore } from '../../src/core/store';
import { memoryAdapter } from '../../src/storage/memory';
import { MAX_LIFETIME_SECONDS } from '../../src/core/duration';
import { googleConsentMap, googleConsentSignals } from '../../src/integrations/google-consent-mode';
import { googleConsentModeDefaults, inlineScriptHash } from '../../src/server';
import { shopConfig } from '../core/fixtures';

const commands = () => (window.dataLayer ?? []).map((entry) => Array.from(entry as ArrayLike<unknown>));

/** Runs the head script as a page would, with `cookie` as `document.cookie` and the given GPC and DNT signals. */
function runHeadScript(script: string, cookie = '', gpc = false, dnt = false) {
  window.dataLayer = [];
  vi.spyOn(document, 'cookie', 'get').mockReturnValue(cookie);
  Object.defineProperty(navigator, 'globalPrivacyControl', { value: gpc, configurable: true });
  Object.defineProperty(navigator, 'doNotTrack', { value: dnt ? '1' : null, configurable: true });
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
  delete (navigator as { doNotTrack?: string }).doNotTrack;
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

  it('given Do Not Track on now, and a decision granting a doNotTrack category made with it off, should not grant its signals, as the store does not', () => {
    const config = defineConsentConfig({
      revision: 1,
      categories: {
        essential: { required: true, title: 'Essential', description: 'Login.' },
        analytics: { title: 'Analytics', description: 'Counts visits.', doNotTrack: true },
      },
    });
    const earlier = createConsentStore(config, { storage: memoryAdapter(), doNotTrack: false });
    earlier.acceptAll();
    const value = encodeConsentRecord(earlier.getState().record!);
    expect(evaluateStored(config, value, Date.now() / 1000, false, () => {}, true)[0].choices.analytics).toBe('denied');

    const sent = runHeadScript(googleConsentModeDefaults(config), `ck_consent=${value}`, false, true).filter(([, kind]) => kind === 'update');
    expect(sent).toEqual([['consent', 'update', { security_storage: 'granted', analytics_storage: 'denied' }]]);
    // Made with Do Not Track on, the explicit grant stands.
    const withDnt = encodeConsentRecord({ ...earlier.getState().record!, schema: 2, services: {}, dnt: true });
    expect(runHeadScript(googleConsentModeDefaults(config), `ck_consent=${withDnt}`, false, true).at(-1)).toEqual(['consent', 'update', { security_storage: 'granted', analytics_storage: 'granted' }]);
  });

  it('given a decision refusing something, older than the policy now keeps refusals, should send no update, as the store sees it lapsed', () => {
    const month = 30 * 86400;
    const config = defineConsentConfig({
      revision: 1,
      consentExpiry: { accepted: { months: 12 }, rejected: { months: 6 } },
      categories: {
        essential: { required: true, title: 'Essential', description: 'Login.' },
        analytics: { title: 'Analytics', description: 'Counts visits.' },
        marketing: { title: 'Marketing', description: 'Ads.' },
      },
    });
    const decidedAt = now - 7 * month;
    // Saved while refusals were kept 12 months.
    const old = record({ decidedAt, expiresAt: decidedAt + 12 * month, choices: { essential: true, analytics: true, marketing: false } });
    expect(evaluateStored(config, old, Date.now() / 1000, false, () => {})[0].decided).toBe(false);
    expect(runHeadScript(googleConsentModeDefaults(config), `ck_consent=${old}`).filter(([, kind]) => kind === 'update')).toEqual([]);
    // An acceptance of the same age is still current.
    const accepted = record({ decidedAt, expiresAt: decidedAt + 12 * month, method: 'accept-all', choices: { essential: true, analytics: true, marketing: true } });
    expect(runHeadScript(googleConsentModeDefaults(config), `ck_consent=${accepted}`).at(-1)![1]).toBe('update');
  });

  // The script must grant exactly what the store would (under opt-in, the model it assumes): never
  // more (G1), and not less either.
  it('given any config, consent cookies of any schema, and GPC and DNT signals, should send an update if and only if the store reads a current decision, or one left open that grants more than the default, with the signals the store grants', () => {
    // A month as consentExpiry counts it.
    const month = 2629800;
    const drawnConfig = fc
      .record({
        flags: fc.array(fc.record({ saleOrSharing: fc.boolean(), doNotTrack: fc.boolean() }), { minLength: 3, maxLength: 3 }),
        // "analytics" as a service of "functional": a service choice wins over the category's of that id.
        services: fc.subarray([
          { id: 'ga', category: 'analytics' },
          { id: 'pixel', category: 'advertising' },
          { id: 'chat', category: 'essential' },
          { id: 'analytics', category: 'functional' },
          { id: undefined, category: 'functional' },
        ] as const),
        expiry: fc.option(fc.record({ accepted: fc.constantFrom(1, 6, 12), rejected: fc.constantFrom(1, 6, 12) })),
      })
      .map(({ flags, services, expiry }) =>
        defineConsentConfig({
          revision: 1,
          ...(expiry && { consentExpiry: { accepted: { months: expiry.accepted }, rejected: { months: expiry.rejected } } }),
          categories: Object.fromEntries([
            ['essential', { required: true, title: 'Essential', description: 'Login.' }],
            ...['functional', 'analytics', 'advertising'].map((id, i) => [id, { title: id, description: id, ...flags[i] }]),
          ]) as Record<string, CategoryDefinition>,
          services: services.map(({ id, category }) => ({ ...(id && { id }), category, name: id ?? 'Widget', data: 'Visits.', purpose: 'Counting.', privacyPolicyUrl: 'https://example.com/privacy' })) as never,
        }) as ConsentConfig,
      );
    // Mostly every id of the config, sometimes one short, sometimes with ids it does not know.
    const choiceList = (known: readonly string[], unknown: readonly string[]) =>
      fc
        .tuple(fc.array(fc.boolean(), { minLength: known.length, maxLength: known.length }), fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, fc.constantFrom(...known)), fc.dictionary(fc.constantFrom(...unknown), fc.boolean()))
        .map(([flags, dropped, extra]) => {
          const choices: Record<string, boolean> = { ...extra };
          known.forEach((id, i) => id !== dropped && (choices[id] = flags[i]!));
          return choices;
        });
    // Every lifetime a drawn config has, and some no config has.
    const lifetimes = [-5, 0, 1, month, 6 * month, 12 * month, MAX_LIFETIME_SECONDS, MAX_LIFETIME_SECONDS + 1];
    const candidate = fc.oneof(
      {
        weight: 8,
        arbitrary: fc
          .record({
            schema: fc.constantFrom(1, 2, 3),
            revision: fc.constantFrom(0, 1, 1, 1, 2),
            id: fc.stringMatching(/^[0-9a-f]{32}$/),
            decidedAt: fc.oneof(
              { weight: 3, arbitrary: fc.integer({ min: now - 20 * 86400, max: now }) },
              { weight: 3, arbitrary: fc.integer({ min: now - 400 * 86400, max: now }) },
              { weight: 1, arbitrary: fc.integer({ min: now, max: now + 3 * 86400 }) },
            ),
            lifetime: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...lifetimes) }, fc.nat({ max: 2 * MAX_LIFETIME_SECONDS })),
            method: fc.constantFrom<ConsentMethod>('accept-all', 'reject-all', 'custom', 'custom', 'reset', 'gpc'),
            gpc: fc.boolean(),
            dnt: fc.boolean(),
            choices: choiceList(['essential', 'functional', 'analytics', 'advertising'], ['removed', '__proto__']),
            services: choiceList(['ga', 'pixel', 'chat', 'analytics'], ['gone']),
            model: fc.constantFrom(...JURISDICTION_MODELS, 'opt-in'),
            region: fc.constantFrom(undefined, 'DE', 'US-CA'),
            basis: fc.oneof(fc.constant(undefined), fc.constant([0, ''] as const), fc.tuple(fc.integer({ min: now - 400 * 86400, max: now }), fc.stringMatching(/^[0-9a-f]{32}$/))),
            duplicate: fc.boolean(),
            quoted: fc.boolean(),
          })
          .map(({ schema, lifetime, dnt, services, model, region, basis, duplicate, quoted, ...rest }) => {
            const fields: ConsentRecord = { schema: 1, ...rest, expiresAt: rest.decidedAt + lifetime };
            if (schema > 1) Object.assign(fields, { services, dnt });
            if (schema > 2) Object.assign(fields, { model, region, basis });
            let value = encodeConsentRecord(fields);
            if (duplicate && /:1$/.test(value)) value += schema > 1 ? '!ga:0' : '!analytics:0';
            return quoted ? `"${value}"` : value;
          }),
      },
      { weight: 1, arbitrary: fc.string({ maxLength: 40 }).map((text) => text.replace(/[;]/g, '')) },
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.constant(shopConfig as ConsentConfig), drawnConfig),
        fc.array(candidate, { maxLength: 3 }),
        fc.boolean(),
        fc.boolean(),
        (config, values, gpc, dnt) => {
          const cookie = values.map((value) => `ck_consent=${value}`).join('; ');
          const sent = runHeadScript(googleConsentModeDefaults(config), cookie, gpc, dnt).filter(([, kind]) => kind === 'update');
          const [evaluation] = evaluateStored(config, values.map((value) => value.replace(/^"(.*)"$/, '$1')), Date.now() / 1000, gpc, () => {}, dnt);
          const signals = googleConsentSignals(googleConsentMap(config), (id) => evaluation.choices[id] === 'granted');
          // A decision left open (a service added to a granted category since) still grants the
          // other categories: Google hears of them, as <GoogleConsentMode /> tells it.
          const beyondDefault = JSON.stringify(signals) !== JSON.stringify(googleConsentSignals(googleConsentMap(config), (id) => !!config.categories[id]?.required));
          expect(sent).toEqual(evaluation.decided || beyondDefault ? [['consent', 'update', signals]] : []);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
