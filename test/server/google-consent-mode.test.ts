import fc from 'fast-check';
import { defineConsentConfig } from '../../src/core/config';
import { evaluateStored } from '../../src/core/evaluate';
import { encodeConsentRecord } from '../../src/core/record';
import { createConsentStore } from '../../src/core/store';
import { memoryAdapter } from '../../src/storage/memory';
import { googleConsentMap, googleConsentSignals } from '../../src/integrations/google-consent-mode';
import { googleConsentModeDefaults, inlineScriptHash } from '../../src/server';
import { shopConfig } from '../core/fixtures';
import { atMoment, consentCookieValue, drawnConfig, withSignals } from './consent-cookie-arbitraries';

const commands = () => (window.dataLayer ?? []).map((entry) => Array.from(entry as ArrayLike<unknown>));

/** Runs the head script as a page would, with `cookie` as `document.cookie` and the given GPC and DNT signals. */
function runHeadScript(script: string, cookie = '', gpc = false, dnt = false) {
  window.dataLayer = [];
  vi.spyOn(document, 'cookie', 'get').mockReturnValue(cookie);
  withSignals(gpc, dnt, () => new Function(script)());
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

  const categories = {
    essential: { required: true, title: 'Essential', description: 'Login.' },
    functional: { title: 'Functional', description: 'Settings.' },
    analytics: { title: 'Analytics', description: 'Visits.' },
  };
  const service = (id: string, category: 'essential') => ({ id, category, name: id, data: 'Visits.', purpose: 'Counting.', privacyPolicyUrl: 'https://example.com/privacy' });
  // Each record was made two months ago, and lapses after one month under its config, once read as
  // the store reads it: what the reader takes for a refusal lives a year, an acceptance a month,
  // or the other way round. Each grants functional, so that a current one would send an update.
  // Services are of the required category, whose grant need not name them.
  const twoMonthsAgo = (patch: Record<string, unknown>) =>
    record({ decidedAt: now - 60 * 86400, expiresAt: now - 60 * 86400 + 365 * 86400, choices: { essential: true, functional: true, analytics: true }, ...patch });
  const shortRefusals = { revision: 1, consentExpiry: { accepted: { months: 12 }, rejected: { months: 1 } }, categories };
  const shortAcceptances = { revision: 1, consentExpiry: { accepted: { months: 1 }, rejected: { months: 12 } }, categories };

  it.each([
    [
      'a service with the id of a category, and a record naming no services (schema 1) refusing that category: a refusal',
      defineConsentConfig({ ...shortRefusals, services: [service('analytics', 'essential')] }),
      twoMonthsAgo({ choices: { essential: true, functional: true, analytics: false } }),
    ],
    [
      'a service list naming ids the config has no service for (one the id of a category): an acceptance',
      defineConsentConfig(shortAcceptances),
      twoMonthsAgo({ schema: 2, services: { analytics: false, ga: false } }),
    ],
    [
      'a category list naming an id that is now a service, not a category: an acceptance',
      defineConsentConfig({ ...shortAcceptances, services: [service('ga', 'essential')] }),
      twoMonthsAgo({ choices: { essential: true, functional: true, analytics: true, ga: false } }),
    ],
  ])('given %s, lapsed as the store reads it, should send no update', (_, config, value) => {
    expect(evaluateStored(config, value, Date.now() / 1000, false, () => {})[0].decided).toBe(false);
    expect(runHeadScript(googleConsentModeDefaults(config), `ck_consent=${value}`).filter(([, kind]) => kind === 'update')).toEqual([]);
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
    fc.assert(
      fc.property(
        drawnConfig,
        fc.array(consentCookieValue(now), { maxLength: 3 }),
        fc.boolean(),
        fc.boolean(),
        (config, values, gpc, dnt) =>
          atMoment(now, () => {
            const cookie = values.map((value) => `ck_consent=${value}`).join('; ');
            const sent = runHeadScript(googleConsentModeDefaults(config), cookie, gpc, dnt).filter(([, kind]) => kind === 'update');
            const [evaluation] = evaluateStored(config, values.map((value) => value.replace(/^"(.*)"$/, '$1')), Date.now() / 1000, gpc, () => {}, dnt);
            const signals = googleConsentSignals(googleConsentMap(config), (id) => evaluation.choices[id] === 'granted');
            // A decision left open (a service added to a granted category since) still grants the
            // other categories: Google hears of them, as <GoogleConsentMode /> tells it.
            const beyondDefault = JSON.stringify(signals) !== JSON.stringify(googleConsentSignals(googleConsentMap(config), (id) => !!config.categories[id]?.required));
            expect(sent).toEqual(evaluation.decided || beyondDefault ? [['consent', 'update', signals]] : []);
          }),
      ),
      { numRuns: 3000 },
    );
  });
});
