import fc from 'fast-check';
import { defineConsentConfig, type CategoryDefinition, type ConsentConfig } from '../../src/core/config';
import { MAX_LIFETIME_SECONDS } from '../../src/core/duration';
import { JURISDICTION_MODELS } from '../../src/core/jurisdictions';
import { encodeConsentRecord, type ConsentMethod, type ConsentRecord } from '../../src/core/record';
import { shopConfig } from '../core/fixtures';

// Random configs and consent cookie values for the scripts that read the cookie in <head> (the
// Google Consent Mode head script, the pre-paint script): each is checked against the store on
// the same draws.

/** A month as consentExpiry counts it. */
const MONTH = 2629800;

/**
 * Configs of the shop's four categories (essential required) with drawn GPC and DNT flags,
 * services (one with the id of a category of another, one without an id) and lifetimes of
 * acceptances and refusals; the shop's own config among them.
 */
export const drawnConfig: fc.Arbitrary<ConsentConfig> = fc.oneof(
  fc.constant(shopConfig as ConsentConfig),
  fc
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
    ),
);

/**
 * Mostly every id of the config, sometimes one short, sometimes with ids it does not know; choices
 * lean to true, so that acceptances (which may live differently long from refusals) are common.
 */
const choiceList = (known: readonly string[], unknown: readonly string[]) =>
  fc
    .tuple(fc.array(fc.oneof(fc.constant(true), fc.boolean()), { minLength: known.length, maxLength: known.length }), fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, fc.constantFrom(...known)), fc.dictionary(fc.constantFrom(...unknown), fc.boolean()))
    .map(([flags, dropped, extra]) => {
      const choices: Record<string, boolean> = { ...extra };
      known.forEach((id, i) => id !== dropped && (choices[id] = flags[i]!));
      return choices;
    });

/**
 * A consent cookie value as a browser may hold it, for the configs of {@link drawnConfig}: records
 * of every schema, method (resets and GPC opt-outs with their basis), revision and age, with every
 * lifetime a drawn config has and some none has, made in the future; some naming an id twice, some
 * in double quotes; and now and then any text at all.
 */
export const consentCookieValue = (now: number): fc.Arbitrary<string> => {
  const lifetimes = [-5, 0, 1, MONTH, 6 * MONTH, 12 * MONTH, MAX_LIFETIME_SECONDS, MAX_LIFETIME_SECONDS + 1];
  return fc.oneof(
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
          // Each list may name the other's ids, which the codec drops from it: a service's id among
          // the categories, a category's among the services.
          choices: choiceList(['essential', 'functional', 'analytics', 'advertising'], ['removed', '__proto__', 'ga']),
          services: choiceList(['ga', 'pixel', 'chat', 'analytics'], ['gone', 'functional']),
          model: fc.constantFrom(...JURISDICTION_MODELS, 'opt-in'),
          region: fc.constantFrom(undefined, 'DE', 'US-CA'),
          basis: fc.oneof(fc.constant(undefined), fc.constant([0, ''] as const), fc.tuple(fc.integer({ min: now - 400 * 86400, max: now }), fc.stringMatching(/^[0-9a-f]{32}$/))),
          duplicate: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, fc.constant(true)),
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
};

/** Runs `run` with the browser's Global Privacy Control and Do Not Track signals set as given. */
export function withSignals<T>(gpc: boolean, dnt: boolean, run: () => T): T {
  Object.defineProperty(navigator, 'globalPrivacyControl', { value: gpc, configurable: true });
  Object.defineProperty(navigator, 'doNotTrack', { value: dnt ? '1' : null, configurable: true });
  try {
    return run();
  } finally {
    delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
    delete (navigator as { doNotTrack?: string | null }).doNotTrack;
  }
}

/**
 * Runs `run` with the clock stopped half a second into the second `now` (in seconds): the script
 * and the store each read the clock, and a record lapsing between their readings would make them
 * disagree about nothing but the moment.
 */
export function atMoment<T>(now: number, run: () => T): T {
  vi.useFakeTimers({ now: now * 1000 + 500, toFake: ['Date'] });
  try {
    return run();
  } finally {
    vi.useRealTimers();
  }
}
