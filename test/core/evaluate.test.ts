import { evaluateStored } from '../../src/core/evaluate';
import { encodeConsentRecord, type ConsentRecord } from '../../src/core/record';
import { shopConfig } from './fixtures';

const NOW = Date.UTC(2026, 0, 15) / 1000;

function stored(patch: Partial<ConsentRecord> = {}): string {
  const decidedAt = patch.decidedAt ?? NOW - 3600;
  return encodeConsentRecord({
    schema: 1,
    revision: 1,
    id: 'a'.repeat(32),
    decidedAt,
    expiresAt: decidedAt + shopConfig.consentExpirySeconds,
    method: 'accept-all',
    gpc: false,
    choices: { essential: true, functional: true, analytics: true, advertising: true },
    ...patch,
  });
}

const evaluate = (raw: unknown, gpc = false) => {
  const report = vi.fn();
  const [evaluation, latest] = evaluateStored(shopConfig, raw, NOW, gpc, report);
  return { ...evaluation, latest, report };
};

describe('evaluateStored (G1: granted only by a current decision)', () => {
  describe('given duplicate consent cookies (an older one on a parent domain or another path)', () => {
    const older = stored({ id: '1'.repeat(32), decidedAt: NOW - 86400, method: 'accept-all' });
    const newer = stored({ id: '2'.repeat(32), method: 'reject-all', choices: { essential: true, functional: false, analytics: false, advertising: false } });

    it('should read the newest decision, whichever comes first (a later Reject all is never undone)', () => {
      for (const candidates of [
        [older, newer],
        [newer, older],
      ]) {
        const { record, choices } = evaluate(candidates);
        expect(record?.id).toBe('2'.repeat(32));
        expect(choices).toMatchObject({ functional: 'denied', analytics: 'denied', advertising: 'denied' });
      }
    });

    it('should break a tie in decision time by id, the same way in every tab', () => {
      const a = stored({ id: 'b'.repeat(32) });
      const b = stored({ id: 'c'.repeat(32), method: 'reject-all', choices: { essential: true, functional: false, analytics: false, advertising: false } });
      expect(evaluate([a, b]).record?.id).toBe('c'.repeat(32));
      expect(evaluate([b, a]).record?.id).toBe('c'.repeat(32));
    });

    it('should ignore a malformed or tampered duplicate, report it, and keep the valid one', () => {
      const planted = stored({ id: 'f'.repeat(32), decidedAt: NOW + 3 * 86400 });
      const { record, report } = evaluate([newer, 'garbage', planted]);
      expect(record?.id).toBe('2'.repeat(32));
      expect(report).toHaveBeenCalledWith({ kind: 'record', reason: 'malformed' });
      expect(report).toHaveBeenCalledWith({ kind: 'record', reason: 'tampered' });
    });

    it('given a reset marker newer than a decision (another path, or a tab that lagged), should read the reset: nothing granted', () => {
      const reset = encodeConsentRecord({ schema: 1, revision: 1, id: '9'.repeat(32), decidedAt: NOW - 10, expiresAt: NOW + 86390, method: 'reset', gpc: false, choices: {} });
      const { decided, choices, latest } = evaluate([newer, reset]);
      expect(decided).toBe(false);
      expect(latest?.method).toBe('reset');
      expect(choices.analytics).toBe('undecided');
    });

    it('should not fall back to an older valid record when the newest is from an old revision: ask again', () => {
      const outdated = stored({ id: '3'.repeat(32), revision: 0 });
      expect(evaluate([older, outdated].reverse()).decided).toBe(false);
    });
  });

  describe('given Global Privacy Control', () => {
    it('given GPC turned on after an Accept all made without it, should deny sale/sharing categories and keep the rest', () => {
      const { decided, choices } = evaluate(stored({ gpc: false }), true);
      expect(decided).toBe(true);
      expect(choices).toMatchObject({ functional: 'granted', analytics: 'granted', advertising: 'denied' });
    });

    it('should grant a sale/sharing category chosen explicitly while GPC was on', () => {
      expect(evaluate(stored({ gpc: true, method: 'custom' }), true).choices.advertising).toBe('granted');
    });

    it('should still grant it after GPC is turned off (the choice was made knowingly)', () => {
      expect(evaluate(stored({ gpc: true, method: 'custom' }), false).choices.advertising).toBe('granted');
    });

    it('before any decision, should show sale/sharing categories denied, the others undecided', () => {
      expect(evaluate(null, true).choices).toEqual({ essential: 'granted', functional: 'undecided', analytics: 'undecided', advertising: 'denied' });
    });
  });

  it.each([
    ['lapsed', stored({ decidedAt: NOW - shopConfig.consentExpirySeconds - 1 })],
    ['from another revision', stored({ revision: 2 })],
    ['missing a category', encodeConsentRecord({ schema: 1, revision: 1, id: 'a'.repeat(32), decidedAt: NOW - 1, expiresAt: NOW + 99, method: 'accept-all', gpc: false, choices: { essential: true, functional: true, analytics: true } })],
  ])('given a record %s, should grant nothing optional', (_, raw) => {
    const { decided, choices } = evaluate(raw);
    expect(decided).toBe(false);
    expect(Object.values(choices).filter((choice) => choice === 'granted')).toEqual(['granted']);
  });
});
