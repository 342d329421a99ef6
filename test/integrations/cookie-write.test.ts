import { defineConsentConfig } from '../../src/core/config';
import { cookieConsentKeys, parseCookieWrite } from '../../src/integrations/cookie-write';

const NOW = Date.parse('2026-11-30T12:00:00Z');

const config = defineConsentConfig({
  revision: 1,
  categories: {
    essential: { required: true, title: 'Essential', description: 'Login.' },
    analytics: { title: 'Analytics', description: 'Counts visits.' },
  },
  services: [{ id: 'ga', name: 'Google Analytics', category: 'analytics', purpose: 'Stats', data: 'Visits', privacyPolicyUrl: 'https://policies.google.com/privacy' }],
  cookies: [
    { name: 'session-id', category: 'essential', purpose: 'Session', duration: 'session' },
    { name: '_ga', category: 'analytics', service: 'ga', purpose: 'Visitor ID', duration: { days: 390 } },
    { name: '_gid', category: 'analytics', purpose: 'Visit', duration: { days: 1 } },
    { name: /^_hj/, category: 'analytics', purpose: 'Heatmaps', duration: { days: 365 } },
  ],
});

describe('what a document.cookie write targets, for the cookie guard', () => {
  it.each([
    ['_ga=GA1.1.2; Max-Age=34128000; Path=/', '_ga', false],
    ['  _ga = GA1 ;path=/', '_ga', false],
    ['_ga=; Max-Age=0; Path=/', '_ga', true],
    ['_ga=; max-age=-1', '_ga', true],
    ['_ga=; Expires=Thu, 01 Jan 1970 00:00:00 GMT', '_ga', true],
    ['_ga=x; Expires=Fri, 01 Jan 2100 00:00:00 GMT', '_ga', false],
    // A valid Max-Age wins over Expires; an invalid one is ignored, as browsers do.
    ['_ga=x; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=60', '_ga', false],
    ['_ga=x; Max-Age=soon; Expires=Thu, 01 Jan 1970 00:00:00 GMT', '_ga', true],
    ['_ga=x; Max-Age=1e3', '_ga', false],
    ['nameless', '', false],
    ['', '', false],
  ])('given %j, should read name %j, deleting: %s', (text, name, deletes) => {
    expect(parseCookieWrite(text, NOW)).toMatchObject({ name, deletes });
  });

  it('given any write, should offer a removal at its path and domain with none of its value', () => {
    const text = '_ga=GA1.1.2; path=/a; Domain=example.com; Path=/b; secure; SameSite=None; Expires=Thu, 01 Jan 1970; Partitioned';
    expect(parseCookieWrite(text, NOW).deletion).toBe('_ga=; Max-Age=0; Path=/b; Domain=example.com; Secure; SameSite=None; Partitioned');
    expect(parseCookieWrite('_ga=x', NOW).deletion).toBe('_ga=; Max-Age=0');
  });
});

describe('the consent a cookie needs, for the cookie guard', () => {
  it('given a cookie declared with a service, should need that service', () => {
    expect(cookieConsentKeys(config, '_ga')).toEqual(['service:ga']);
  });

  it('given a cookie declared with a category (or a family of them), should need the category', () => {
    expect(cookieConsentKeys(config, '_gid')).toEqual(['analytics']);
    expect(cookieConsentKeys(config, '_hjSession_1')).toEqual(['analytics']);
    expect(cookieConsentKeys(config, 'session-id')).toEqual(['essential']);
  });

  it('given an undeclared or nameless cookie, should need nothing (the guard lets it pass)', () => {
    expect(cookieConsentKeys(config, '_fbp')).toEqual([]);
    expect(cookieConsentKeys(config, '')).toEqual([]);
  });
});
