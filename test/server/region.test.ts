import { describe, expect, it } from 'vitest';
import { normalizeRegion, readConsentState, regionFromHeaders } from '../../src/server';
import { shopConfig } from '../core/fixtures';

describe('regionFromHeaders', () => {
  it.each<[string, Record<string, string>, string | undefined]>([
    ['Cloudflare country', { 'cf-ipcountry': 'DE' }, 'DE'],
    ['Cloudflare country with its region code', { 'cf-ipcountry': 'US', 'cf-region-code': 'CA' }, 'US-CA'],
    ['Cloudflare unknown (XX) and Tor (T1)', { 'cf-ipcountry': 'XX' }, undefined],
    ['Cloudflare Tor', { 'cf-ipcountry': 'T1' }, undefined],
    ['Vercel country and region', { 'x-vercel-ip-country': 'US', 'x-vercel-ip-country-region': 'CO' }, 'US-CO'],
    ['Vercel country alone', { 'x-vercel-ip-country': 'br' }, 'BR'],
    ['CloudFront country and subdivision', { 'cloudfront-viewer-country': 'US', 'cloudfront-viewer-country-region': 'TX' }, 'US-TX'],
    ['a subdivision that is not a code', { 'x-vercel-ip-country': 'US', 'x-vercel-ip-country-region': 'California' }, 'US'],
    ['no CDN header', { 'accept-language': 'en-US' }, undefined],
  ])('given %s, should answer %s', (_, headers, expected) => {
    expect(regionFromHeaders(new Headers(headers))).toBe(expected);
    // The same from a Request and from a Node headers object.
    expect(regionFromHeaders(new Request('https://example.com/', { headers }))).toBe(expected);
    expect(regionFromHeaders(headers)).toBe(expected);
  });

  it('given an explicit value, should take it over every header', () => {
    expect(regionFromHeaders(new Headers({ 'cf-ipcountry': 'DE' }), 'us-ca')).toBe('US-CA');
    expect(regionFromHeaders(new Headers({ 'cf-ipcountry': 'DE' }), 'nonsense')).toBe('DE');
    expect(regionFromHeaders(null, ' fr ')).toBe('FR');
    expect(regionFromHeaders(undefined)).toBeUndefined();
  });

  it('normalizeRegion should refuse what is not a region code', () => {
    expect([normalizeRegion('US-CA'), normalizeRegion('de'), normalizeRegion(''), normalizeRegion(42), normalizeRegion('USA-CA')]).toEqual(['US-CA', 'DE', undefined, undefined, undefined]);
  });
});

describe('readConsentState with a region', () => {
  it.each([
    ['US-CA', false, 'opt-out', 'granted', 'undecided'],
    ['US-CA', true, 'opt-out', 'denied', 'undecided'],
    ['DE', false, 'opt-in', 'undecided', 'undecided'],
    ['JP', false, 'none', 'granted', 'granted'],
    [undefined, false, 'opt-in', 'undecided', 'undecided'],
  ] as const)('in %s (GPC %s), the first visit should read as %s: advertising %s, analytics %s', (region, gpc, model, advertising, analytics) => {
    const headers = new Headers(gpc ? { 'sec-gpc': '1' } : {});
    const state = readConsentState(shopConfig, headers, { region });
    expect([state.model, state.choices.advertising, state.choices.analytics, state.region]).toEqual([model, advertising, analytics, region]);
  });
});
