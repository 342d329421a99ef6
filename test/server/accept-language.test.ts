import { localeFromHeaders } from '../../src/server';

const supported = ['en', 'de', 'fr', 'pt-BR'];

describe('localeFromHeaders: the locale a request asks for', () => {
  it('should pick the most preferred language by q-value, not by position', () => {
    expect(localeFromHeaders('en;q=0.5, fr;q=0.9, de;q=0.7', supported)).toBe('fr');
  });
  it('given equal weights, should keep the header order', () => {
    expect(localeFromHeaders('de, fr', supported)).toBe('de');
  });
  it('given a regional tag, should fall back to its base language (de-CH → de), and to a sibling (pt-PT → pt-BR)', () => {
    expect(localeFromHeaders('de-CH,de;q=0.9,en;q=0.8', supported)).toBe('de');
    expect(localeFromHeaders('pt-PT', supported)).toBe('pt-BR');
  });
  it('should skip languages it does not support, and ones refused with q=0', () => {
    expect(localeFromHeaders('ja, fr;q=0, de;q=0.1', supported)).toBe('de');
  });
  it('given nothing it supports (or no header), should return the fallback, the first supported by default', () => {
    expect(localeFromHeaders('ja, *;q=0.5', supported)).toBe('en');
    expect(localeFromHeaders(undefined, supported, 'de')).toBe('de');
    expect(localeFromHeaders('', supported)).toBe('en');
  });
  it('should read a Headers, a Request and a plain header object alike', () => {
    expect(localeFromHeaders(new Headers({ 'accept-language': 'fr-CA' }), supported)).toBe('fr');
    expect(localeFromHeaders(new Request('https://example.com/', { headers: { 'Accept-Language': 'de' } }), supported)).toBe('de');
    expect(localeFromHeaders({ 'accept-language': 'fr;q=0.2, de;q=0.3' }, supported)).toBe('de');
  });
});
