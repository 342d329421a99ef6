import fc from 'fast-check';
import { defineConsentConfig } from '../../src/core/config';
import { matchesCookie } from '../../src/core/cookie-syntax';
import { matchesKey } from '../../src/core/web-storage';

const categories = {
  analytics: { title: 'Analytics', description: 'Counts visits.' },
  advertising: { title: 'Advertising', description: 'Ads.' },
};
const cookie = (name: string | RegExp, category = 'analytics') => ({ name, category, purpose: 'Visitor ID', duration: { days: 30 } });
const item = (key: string, category = 'analytics', area?: string) => ({ key, category, area, purpose: 'Replays', duration: area === 'session' ? 'session' : { days: 30 } });
const define = (input: Record<string, unknown>) => () => defineConsentConfig({ revision: 1, categories, ...input } as never);
const thrown = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
};

describe('defineConsentConfig: families of different categories', () => {
  it('should refuse a prefix family overlapping a suffix family, naming both fields and a cookie both match', () => {
    expect(define({ cookies: [cookie('_pk_*'), cookie('*_id', 'advertising')] })).toThrow('config.cookies[1].name overlaps cookies[0].name: both match "_pk_id", in different categories');
  });

  it.each([
    ['a*b', 'a*c'],
    ['*_a', '*_b'],
    ['_ga_*', 'x*'],
  ])('should accept %s beside %s, which no cookie matches both', (analytics, advertising) => {
    expect(define({ cookies: [cookie(analytics), cookie(advertising, 'advertising')] })).not.toThrow();
  });

  it('should accept a family beside an exact name it matches: the exact name wins at run time', () => {
    expect(define({ cookies: [cookie('_ga*'), cookie('_gads', 'advertising')] })).not.toThrow();
  });

  it('should still compare a RegExp family from samples', () => {
    expect(define({ cookies: [cookie('_ga_*'), cookie(/^_ga_AD\d+$/, 'advertising')] })).toThrow(/config\.cookies\[1\]\.name overlaps cookies\[0\]\.name: both match "_ga_AD0"/);
  });

  it('should refuse storage key families overlapping in one area, and accept them in different areas', () => {
    expect(define({ storage: [item('_hj*'), item('_hjSession*', 'advertising')] })).toThrow('config.storage[1].key overlaps storage[0].key: both match "_hjSession", in different categories');
    expect(define({ storage: [item('_hj*', 'analytics', 'session'), item('_hjSession*', 'advertising', 'session')] })).toThrow(/config\.storage\[1\]\.key overlaps/);
    expect(define({ storage: [item('_hj*'), item('_hjSession*', 'advertising', 'session')] })).not.toThrow();
    expect(define({ storage: [item('_hj*'), item('_hjSession*')] })).not.toThrow();
  });

  it('should refuse two families exactly when some name up to the longest possible witness matches both', () => {
    const pattern = fc.stringMatching(/^[ab*]{0,4}$/).filter((p) => p.includes('*'));
    // A shortest common name takes each character from a literal of one pattern: at most 8 of a and b.
    const names = [''];
    for (let i = 0; i < names.length && names[i]!.length < 8; i++) names.push(`${names[i]}a`, `${names[i]}b`);
    fc.assert(
      fc.property(pattern, pattern, (p, q) => {
        const overlap = names.some((name) => matchesKey(p, name) && matchesKey(q, name));
        // Prefixed so that no family matches the consent cookie; the prefix changes no overlap.
        const [x, y] = [`x${p}`, `x${q}`];
        for (const [message, a, b, matches] of [
          [thrown(define({ cookies: [cookie(x), cookie(y, 'advertising')] })), x, y, matchesCookie],
          [thrown(define({ storage: [item(p), item(q, 'advertising')] })), p, q, matchesKey],
        ] as const) {
          // Equal patterns are refused as duplicates first.
          expect(message ?? '').toMatch(overlap ? (p === q ? /\[1\]\.(name|key) duplicates/ : /\[1\]\.(name|key) overlaps/) : /^$/);
          const witness = /both match "(.*)"/.exec(message ?? '')?.[1];
          if (witness !== undefined) expect(matches(a, witness) && matches(b, witness)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
