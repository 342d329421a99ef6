// @vitest-environment-options { "url": "https://www.shop.example.com/account/settings" }
import { cookieNames, decodeCookieValue, deleteCookie, encodeCookieValue, parseCookieHeader, readCookie, writeCookie } from '../../src/core/cookie-jar';

describe('cookie jar', () => {
  it('should read back any value it writes, escaping only what a cookie cannot hold', () => {
    const value = 'dark; mode, "quoted" 50% ✓ a=b';
    writeCookie('theme-mode', value);
    expect(readCookie('theme-mode')).toBe(value);
    expect(encodeCookieValue('GA1.2.3-abc_{x}')).toBe('GA1.2.3-abc_{x}');
    expect(encodeCookieValue(value)).toMatch(/^[\x21\x23-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]+$/);
  });

  it('should return a value with a malformed escape as written', () => {
    expect(decodeCookieValue('100%zz')).toBe('100%zz');
  });

  it('should parse a Cookie header, keeping the first of duplicates and skipping junk', () => {
    const jar = parseCookieHeader(' a=1; b = two%20words ;junk; a=2; =x; c=');
    expect([...jar]).toEqual([
      ['a', '1'],
      ['b', 'two words'],
      ['c', ''],
    ]);
  });

  it('should mark cookies Secure on an https page', () => {
    const writes: string[] = [];
    const setter = vi.spyOn(document, 'cookie', 'set').mockImplementation((v) => void writes.push(v));
    writeCookie('a', '1');
    writeCookie('b', '1', { secure: false, sameSite: 'Strict', domain: 'shop.example.com', path: '/account', maxAge: 59.9 });
    writeCookie('c', '1', { secure: false, sameSite: 'None' });
    setter.mockRestore();
    expect(writes).toEqual([
      'a=1; Path=/; SameSite=Lax; Secure',
      'b=1; Path=/account; SameSite=Strict; Max-Age=59; Domain=shop.example.com',
      // Browsers refuse SameSite=None without Secure.
      'c=1; Path=/; SameSite=None; Secure',
    ]);
  });

  it('deleteCookie should remove host-only, parent-domain and path variants alike', () => {
    document.cookie = 'sid=host; Path=/';
    document.cookie = 'sid=shop; Path=/; Domain=shop.example.com';
    document.cookie = 'sid=dotted; Path=/; Domain=.example.com';
    document.cookie = 'sid=account; Path=/account';
    document.cookie = 'keep=1; Path=/';
    expect(document.cookie.match(/sid=/g)).toHaveLength(4);
    deleteCookie('sid');
    expect(document.cookie).toBe('keep=1');
    expect(cookieNames()).toEqual(['keep']);
  });
});
