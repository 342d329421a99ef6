import { defineConsentConfig } from '../../src/core/config';
import { evaluateStored, lapsesAt } from '../../src/core/evaluate';
import { encodeConsentRecord, type ConsentRecord } from '../../src/core/record';
import { createConsentStore } from '../../src/core/store';
import { memoryAdapter } from '../../src/storage/memory';

const DAY = 86_400;
const T0 = Date.UTC(2026, 0, 15);
const config = defineConsentConfig({
  revision: 1,
  categories: {
    essential: { required: true, title: 'Essential', description: 'Login.' },
    functional: { title: 'Functional', description: 'Settings.' },
    analytics: { title: 'Analytics', description: 'Visits.' },
    advertising: { title: 'Advertising', description: 'Ads.', saleOrSharing: true },
  },
  services: [{ id: 'ga', name: 'Google Analytics', category: 'analytics', purpose: 'Stats', data: 'Views', privacyPolicyUrl: 'https://policies.google.com/privacy' }],
  consentExpiry: { accepted: { months: 12 }, rejected: { days: 30 } },
});
const ACCEPTED = Math.round(12 * 30.4375 * DAY);

const store = (options: Parameters<typeof createConsentStore>[1] = {}) => {
  let now = T0;
  const s = createConsentStore(config, { storage: memoryAdapter(), gpc: false, now: () => now, ...options });
  return Object.assign(s, { advance: (seconds: number) => (now += seconds * 1000) });
};

describe('separate lifetimes for acceptances and refusals (consentExpiry: { accepted, rejected })', () => {
  it('should read both lengths into the config', () => {
    expect(config.consentExpirySeconds).toBe(ACCEPTED);
    expect(config.rejectedExpirySeconds).toBe(30 * DAY);
  });

  it('should keep one length for both when given one', () => {
    const one = defineConsentConfig({ revision: 1, categories: { a: { title: 'A', description: 'A' } }, consentExpiry: { months: 3 } });
    expect(one.rejectedExpirySeconds).toBe(one.consentExpirySeconds);
  });

  type Case = [string, (s: ReturnType<typeof store>) => void, number, boolean?];
  it.each<Case>([
    ['Accept all', (s: ReturnType<typeof store>) => s.acceptAll(), ACCEPTED],
    ['Accept all under GPC (a sale/sharing category stays off)', (s: ReturnType<typeof store>) => s.acceptAll(), ACCEPTED, true],
    ['saved choices granting everything', (s: ReturnType<typeof store>) => s.save({ functional: true, analytics: true, advertising: true }), ACCEPTED],
    ['Reject all', (s: ReturnType<typeof store>) => s.rejectAll(), 30 * DAY],
    ['saved choices refusing a category', (s: ReturnType<typeof store>) => s.save({ functional: true, analytics: false, advertising: true }), 30 * DAY],
    ['saved choices refusing one service', (s: ReturnType<typeof store>) => s.save({ functional: true, analytics: true, 'service:ga': false, advertising: true }), 30 * DAY],
  ])('should keep a decision made by %s for its lifetime', (_, decide, lifetime, gpc = false) => {
    const s = store({ gpc });
    decide(s);
    const { record } = s.getState();
    expect(record!.expiresAt - record!.decidedAt).toBe(lifetime);
    s.advance(lifetime - 1);
    expect(s.getState().decided).toBe(true);
    s.advance(2);
    expect(s.isGranted('essential')).toBe(true);
    expect(s.isGranted('functional')).toBe(false);
  });

  it('should ask again after a refusal sooner than after an acceptance (a page opened 31 days later)', () => {
    for (const [decision, decided] of [
      ['rejectAll', false],
      ['acceptAll', true],
    ] as const) {
      const storage = memoryAdapter();
      store({ storage })[decision]();
      const later = store({ storage, now: () => T0 + 31 * DAY * 1000 });
      expect(later.getState().decided).toBe(decided);
    }
  });

  it('should lapse a stored refusal by the refusal lifetime of the config that reads it, whatever expiry it carries', () => {
    const decidedAt = T0 / 1000 - 40 * DAY;
    const record: ConsentRecord = {
      schema: 1,
      revision: 1,
      id: 'a'.repeat(32),
      decidedAt,
      // Written under a config that kept refusals a year.
      expiresAt: decidedAt + 365 * DAY,
      method: 'reject-all',
      gpc: false,
      choices: { essential: true, functional: false, analytics: false, advertising: false },
    };
    expect(lapsesAt(config, record)).toBe(decidedAt + 30 * DAY);
    const [evaluation] = evaluateStored(config, encodeConsentRecord(record), T0 / 1000, false, () => {});
    expect(evaluation.decided).toBe(false);
    // The same record, accepting everything, is still current.
    const accepted = { ...record, method: 'accept-all' as const, choices: { essential: true, functional: true, analytics: true, advertising: true }, services: { ga: true } };
    expect(evaluateStored(config, encodeConsentRecord(accepted), T0 / 1000, false, () => {})[0].decided).toBe(true);
  });

  describe('config checks', () => {
    const define = (consentExpiry: unknown) => () => defineConsentConfig({ revision: 1, categories: { a: { title: 'A', description: 'A' } }, consentExpiry } as never);

    it.each([{ accepted: { months: 14 }, rejected: { months: 1 } }, { accepted: { months: 6 }, rejected: { years: 2 } }])('should refuse %j as longer than 13 months', (consentExpiry) => {
      expect(define(consentExpiry)).toThrow(/config\.consentExpiry must not exceed 13 months/);
    });

    it.each([{ accepted: { months: 6 } , rejected: { weeks: 2 } }, { accepted: 'forever', rejected: { days: 1 } }, { months: 6, rejected: { days: 1 } }])('should refuse %j, naming config.consentExpiry', (consentExpiry) => {
      expect(define(consentExpiry)).toThrow(/config\.consentExpiry must be a positive length/);
    });

    it('should take { accepted } alone as the lifetime of both', () => {
      const only = defineConsentConfig({ revision: 1, categories: { a: { title: 'A', description: 'A' } }, consentExpiry: { accepted: { days: 10 } } as never });
      expect([only.consentExpirySeconds, only.rejectedExpirySeconds]).toEqual([10 * DAY, 10 * DAY]);
    });
  });
});
