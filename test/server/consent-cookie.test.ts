// @vitest-environment node
import fc from 'fast-check';
import { encodeCookieValue, parseCookieHeader } from '../../src/core/cookie-jar';
import { evaluateStored, lapsesAt } from '../../src/core/evaluate';
import { encodeConsentRecord } from '../../src/core/record';
import { reissueConsentCookie } from '../../src/server';
import { shopConfig } from '../core/fixtures';
import { consentCookieValue, drawnConfig } from './consent-cookie-arbitraries';
import { logRecord, now } from './log-fixtures';

const value = encodeConsentRecord(logRecord());
const remaining = logRecord().expiresAt - now;
const clock = { now: () => now * 1000 };

describe('reissueConsentCookie', () => {
  it('given a Cookie header with a current decision, should re-issue it for its full remaining lifetime with cookieAdapter’s attributes', () => {
    expect(reissueConsentCookie(`theme=dark; ck_consent=${value}`, clock)).toBe(`ck_consent=${value}; Path=/; SameSite=Lax; Max-Age=${remaining}; Secure`);
  });

  it('should follow the request’s scheme for Secure, as cookieAdapter follows the page’s, behind a proxy too', () => {
    const request = (url: string, headers: Record<string, string> = {}) => new Request(url, { headers: { cookie: `ck_consent=${value}`, ...headers } });
    expect(reissueConsentCookie(request('http://localhost:3000/'), clock)).toBe(`ck_consent=${value}; Path=/; SameSite=Lax; Max-Age=${remaining}`);
    expect(reissueConsentCookie(request('https://shop.example/'), clock)).toMatch(/; Secure$/);
    expect(reissueConsentCookie(request('http://10.0.0.2/', { 'x-forwarded-proto': 'https' }), clock)).toMatch(/; Secure$/);
    expect(reissueConsentCookie(new Headers({ cookie: `ck_consent=${value}`, 'x-forwarded-proto': 'http' }), clock)).not.toMatch(/Secure/);
  });

  it('given hostPrefix, should read and write __Host-ck_consent on https and the plain name on http', () => {
    const https = new Request('https://shop.example/', { headers: { cookie: `ck_consent=x; __Host-ck_consent=${value}` } });
    expect(reissueConsentCookie(https, { ...clock, hostPrefix: true })).toBe(`__Host-ck_consent=${value}; Path=/; SameSite=Lax; Max-Age=${remaining}; Secure`);
    const http = new Request('http://localhost/', { headers: { cookie: `__Host-ck_consent=x; ck_consent=${value}` } });
    expect(reissueConsentCookie(http, { ...clock, hostPrefix: true })).toBe(`ck_consent=${value}; Path=/; SameSite=Lax; Max-Age=${remaining}`);
  });

  it('should repeat the adapter’s name, domain, path, SameSite and lifetime options, capped at 400 days', () => {
    const header = `consent=${value}`;
    expect(reissueConsentCookie(header, { ...clock, name: 'consent', domain: '.shop.example', path: '/shop', sameSite: 'Strict', secure: false })).toBe(
      `consent=${value}; Path=/shop; SameSite=Strict; Max-Age=${remaining}; Domain=.shop.example`,
    );
    expect(reissueConsentCookie(header, { ...clock, name: 'consent', maxAgeDays: 30 })).toContain('; Max-Age=2592000;');
    expect(reissueConsentCookie(header, { ...clock, name: 'consent', maxAgeDays: 500 })).toContain('; Max-Age=34560000;');
  });

  it('given the config, should keep the cookie no longer than the decision lasts under it, and re-issue nothing once it has lapsed', () => {
    // A refusal, kept six months when it was made; the policy now keeps refusals one month.
    const month = 30 * 86400;
    const shorter = { ...shopConfig, rejectedExpirySeconds: month };
    expect(reissueConsentCookie(`ck_consent=${value}`, { ...clock, config: shorter })).toContain(`; Max-Age=${month - 60};`);
    expect(reissueConsentCookie(`ck_consent=${value}`, { ...clock, config: shopConfig })).toContain(`; Max-Age=${remaining};`);
    const old = encodeConsentRecord(logRecord({ decidedAt: now - month - 60, expiresAt: now - month - 60 + shopConfig.consentExpirySeconds }));
    expect(reissueConsentCookie(`ck_consent=${old}`, clock)).not.toBeNull();
    expect(reissueConsentCookie(`ck_consent=${old}`, { ...clock, config: shorter })).toBeNull();
  });

  it('should choose the copy and judge its lapse at one instant, on a clock that moves between readings', () => {
    // Dated beyond the day's slack at `now`, within it two days later: which copy is newest
    // depends on the instant, and so does what is left of it.
    const ahead = encodeConsentRecord(logRecord({ id: 'e'.repeat(32), decidedAt: now + 129600, expiresAt: now + 129600 + shopConfig.consentExpirySeconds }));
    const header = `ck_consent=${value}; ck_consent=${ahead}`;
    let readings = 0;
    const moving = () => (readings++ === 0 ? now : now + 2 * 86400) * 1000;
    expect(reissueConsentCookie(header, { now: moving })).toBe(reissueConsentCookie(header, clock));
    expect(reissueConsentCookie(header, clock)).toBe(`ck_consent=${value}; Path=/; SameSite=Lax; Max-Age=${remaining}; Secure`);
  });

  it('should pick the copy to renew on its own clock, as it checks the copy: a copy made "now" by a clock a year ahead is the newest there', () => {
    const later = now + 365 * 86400;
    const current = encodeConsentRecord(logRecord({ id: 'f'.repeat(32), decidedAt: later - 60, expiresAt: later - 60 + shopConfig.consentExpirySeconds }));
    expect(reissueConsentCookie(`ck_consent=${value}; ck_consent=${current}`, { now: () => later * 1000 })).toContain(`ck_consent=${current};`);
  });

  it('given any config and consent cookies of any schema, should renew what the store takes for the newest decision, for as long as it lasts there, and nothing once it has lapsed (2,000 random jars)', () => {
    fc.assert(
      fc.property(drawnConfig, fc.array(fc.tuple(fc.constantFrom('ck_consent', 'ck_consent', 'other'), consentCookieValue(now)), { maxLength: 3 }), (config, jar) => {
        const header = jar.map(([name, value]) => `${name}=${value}`).join('; ');
        const copies = parseCookieHeader(header).flatMap(([name, value]) => (name === 'ck_consent' ? [value] : []));
        // What the store reads from the same cookies at the same moment: the newest record it would
        // keep (a reset marker or an older revision's decision included: storage still holds it).
        const [, latest] = evaluateStored(config, copies, now, false, () => {});
        const renewed = reissueConsentCookie(header, { ...clock, config });
        if (!latest || lapsesAt(config, latest) <= now) expect(renewed).toBeNull();
        else {
          const [chosen] = parseCookieHeader(renewed);
          expect(chosen?.[0]).toBe('ck_consent');
          // The copy renewed holds that very record, read with the config's ids.
          expect(encodeConsentRecord(evaluateStored(config, chosen![1], now, false, () => {})[1]!)).toBe(encodeConsentRecord(latest));
          expect(renewed).toContain(`ck_consent=${encodeCookieValue(chosen![1])};`);
          expect(renewed).toContain(`; Max-Age=${Math.min(400 * 86400, lapsesAt(config, latest) - now)};`);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('given several consent cookies, should re-issue the newest decision', () => {
    const older = encodeConsentRecord(logRecord({ id: 'a'.repeat(32), decidedAt: now - 500 }));
    expect(reissueConsentCookie(`ck_consent=${value}; ck_consent=${older}`, clock)).toContain(`ck_consent=${value};`);
  });

  it.each([
    ['no consent cookie', 'theme=dark'],
    ['a malformed value', 'ck_consent=1.1.nope'],
    ['an expired decision', `ck_consent=${encodeConsentRecord(logRecord({ decidedAt: now - 1000, expiresAt: now - 1 }))}`],
    ['a tampered lifetime of 20 years', `ck_consent=${encodeConsentRecord(logRecord({ expiresAt: now + 20 * 365 * 86400 }))}`],
    ['a decision in the future', `ck_consent=${encodeConsentRecord(logRecord({ decidedAt: now + 3 * 86400 }))}`],
  ])('given %s, should re-issue nothing', (_, header) => {
    expect(reissueConsentCookie(header, clock)).toBeNull();
    expect(reissueConsentCookie(null, clock)).toBeNull();
  });

  it('given a mistaken option, should throw a TypeError naming it', () => {
    expect(() => reissueConsentCookie('', { name: 'a b' })).toThrow(/reissueConsentCookie\.name/);
    expect(() => reissueConsentCookie('', { path: 'shop' })).toThrow(/reissueConsentCookie\.path/);
    expect(() => reissueConsentCookie('', { hostPrefix: true, domain: '.shop.example' })).toThrow(/reissueConsentCookie\.domain/);
    expect(() => reissueConsentCookie('', { sameSite: 'lax' as never })).toThrow(/reissueConsentCookie\.sameSite/);
  });
});
