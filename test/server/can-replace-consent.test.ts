import fc from 'fast-check';
import { compareOrder, encodeConsentRecord, orderOf, type ConsentRecord } from '../../src/core/record';
import { canReplaceConsent } from '../../src/server';

const NOW = Date.UTC(2026, 11, 1, 12);
const seconds = NOW / 1000;
const record = (patch: Partial<ConsentRecord> = {}): ConsentRecord => ({
  schema: 1,
  revision: 1,
  id: `${'0'.repeat(12)}${'a'.repeat(20)}`,
  decidedAt: seconds - 3600,
  expiresAt: seconds - 3600 + 86400 * 180,
  method: 'custom',
  gpc: false,
  choices: { essential: true, analytics: false },
  ...patch,
});
const value = (patch?: Partial<ConsentRecord>) => encodeConsentRecord(record(patch));
/** A GPC opt-out made at `decidedAt` on top of the decision made at `at` with id `id` (schema 3 keeps its basis). */
const optOutOf = (at: number, id: string, decidedAt: number): Partial<ConsentRecord> => ({
  schema: 3,
  method: 'gpc',
  gpc: true,
  decidedAt,
  expiresAt: decidedAt + 86400,
  services: {},
  dnt: false,
  model: 'opt-out',
  basis: [at, id],
});

describe('canReplaceConsent', () => {
  it('given nothing stored, or a value no store could have written, should let a decision replace it', () => {
    for (const stored of [null, undefined, '', 'junk', value({ expiresAt: seconds + 400 * 86400 }), value({ decidedAt: seconds + 3 * 86400, expiresAt: seconds + 90 * 86400 })]) {
      expect(canReplaceConsent(stored, value(), NOW)).toBe(true);
    }
  });

  it('should let a newer decision or reset replace an older one, the same one be stored again, and refuse an older one', () => {
    const older = value({ decidedAt: seconds - 7200, id: `${'0'.repeat(12)}${'b'.repeat(20)}` });
    const newer = value();
    expect(canReplaceConsent(older, newer, NOW)).toBe(true);
    expect(canReplaceConsent(newer, newer, NOW)).toBe(true);
    expect(canReplaceConsent(newer, older, NOW)).toBe(false);
    expect(canReplaceConsent(older, value({ method: 'reset', choices: {}, expiresAt: seconds - 3600 + 86400 }), NOW)).toBe(true);
  });

  it('should refuse a value no store could have written: malformed, living over 13 months, or dated more than a day ahead (it would sort after every real withdrawal)', () => {
    expect(canReplaceConsent(null, 'analytics=1', NOW)).toBe(false);
    expect(canReplaceConsent(null, value({ expiresAt: seconds + 400 * 86400 }), NOW)).toBe(false);
    expect(canReplaceConsent(value(), value({ decidedAt: seconds + 2 * 86400, expiresAt: seconds + 30 * 86400 }), NOW)).toBe(false);
  });

  it('should place a GPC opt-out right after the decision it was applied to: a decision made after that one wins, however late the opt-out is stored', () => {
    const base = record({ decidedAt: seconds - 7200, id: `${'0'.repeat(12)}${'c'.repeat(20)}`, method: 'accept-all' });
    const refusal = value({ decidedAt: seconds - 3600, method: 'reject-all' });
    const optOut = value(optOutOf(base.decidedAt, base.id, seconds - 60));
    expect(canReplaceConsent(refusal, optOut, NOW)).toBe(false);
    expect(canReplaceConsent(encodeConsentRecord(base), optOut, NOW)).toBe(true);
  });

  it('should order any two plausible decisions as every store does (1,000 random pairs)', () => {
    const drawn = fc
      .record({
        decidedAt: fc.integer({ min: seconds - 200 * 86400, max: seconds + 86400 }),
        id: fc.stringMatching(/^[0-9a-f]{32}$/),
        method: fc.constantFrom<ConsentRecord['method']>('accept-all', 'reject-all', 'custom', 'reset', 'gpc'),
        basis: fc.tuple(fc.integer({ min: seconds - 300 * 86400, max: seconds }), fc.stringMatching(/^[0-9a-f]{32}$/)),
      })
      .map(({ method, basis, ...fields }) => record({ ...fields, method, expiresAt: fields.decidedAt + 86400, ...(method === 'gpc' && optOutOf(Math.min(basis[0], fields.decidedAt), basis[1], fields.decidedAt)) }));
    fc.assert(
      fc.property(drawn, drawn, (stored, incoming) => {
        expect(canReplaceConsent(encodeConsentRecord(stored), encodeConsentRecord(incoming), NOW)).toBe(compareOrder(orderOf(incoming), orderOf(stored)) >= 0);
      }),
      { numRuns: 1000 },
    );
  });
});
