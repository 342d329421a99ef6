// @vitest-environment-options { "url": "https://www.shop.example.com/account/settings" }
import { cookieNames, decodeCookieValue, deleteCookie, encodeCookieValue, parseCookieHeader, readCookie, readCookies, writeCookie } from '../../src/core/cookie-jar';

/** Records what is assigned to document.cookie, still letting it through to the jar. */
function recordWrites() {
  const writes: string[] = [];
  const { set } = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  vi.spyOn(document, 'cookie', 'set').mockImplementation((value) => {
    writes.push(value);
    set!.call(document, value);
  });
  return writes;
}

afterEach(() => {
  vi.restoreAllMocks();
  // The shared cleanup removes host-only cookies on "/"; these tests also leave parent-domain and path copies.
  for (const name of cookieNames()) deleteCookie(name);
});

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

  it('should parse a Cookie header in order, keeping duplicates and skipping junk', () => {
    expect(parseCookieHeader(' a=1; b = two%20words ;junk; a=2; =x; c=')).toEqual([
      ['a', '1'],
      ['b', 'two words'],
      ['a', '2'],
      ['c', ''],
    ]);
  });

  it('given a quoted value (theme="dark", as RFC 6265 allows), should read it unquoted, in a header and in the page', () => {
    expect(parseCookieHeader('theme="dark"; empty=""; lone="; inner=a"b"')).toEqual([
      ['theme', 'dark'],
      ['empty', ''],
      ['lone', '"'],
      ['inner', 'a"b"'],
    ]);
    document.cookie = 'theme="dark mode"; Path=/';
    expect(readCookie('theme')).toBe('dark mode');
  });

  it('given the same name on a parent domain and on a longer path, readCookies should return every value, longer paths first', () => {
    document.cookie = 'ck_consent=old-parent; Path=/; Domain=.example.com';
    document.cookie = 'ck_consent=old-account; Path=/account';
    document.cookie = 'ck_consent=host; Path=/';
    expect(readCookies('ck_consent')).toEqual(['old-account', 'old-parent', 'host']);
    expect(readCookie('ck_consent')).toBe('old-account');
    expect(new Set(cookieNames())).toEqual(new Set(["ck_consent"]));
    expect(readCookies('absent')).toEqual([]);
  });

  it.each([
    ['a path', { path: '/; Max-Age=5; SameSite=None; Secure' }],
    ['a domain', { domain: 'example.com; Max-Age=5' }],
    ['a path with a line break', { path: '/\nx' }],
    ['a SameSite value from untyped code', { sameSite: 'Lax; Max-Age=5' as 'Lax' }],
  ])('given %s carrying an attribute of its own, writeCookie should write nothing and return false', (_, attributes) => {
    const writes = recordWrites();
    expect(writeCookie('theme', 'dark', attributes)).toBe(false);
    expect(writes).toEqual([]);
    expect(document.cookie).toBe('');
  });

  it('writeCookie should report whether the page can read the cookie back', () => {
    expect(writeCookie('theme', 'dark')).toBe(true);
    // A Domain this page does not belong to: the browser refuses the cookie.
    expect(writeCookie('theme2', 'dark', { domain: 'other.example' })).toBe(false);
    expect(document.cookie).toBe('theme=dark');
    // Out of this page's sight, so it cannot be checked: not a failure.
    expect(writeCookie('cart', '1', { path: '/shop' })).toBe(true);
    expect(writeCookie('deep', '1', { path: '/account/settings/' })).toBe(true);
  });

  it('writeCookie should throw a URIError for a value with a lone surrogate, writing nothing', () => {
    expect(() => writeCookie('theme', 'dark\ud800')).toThrow(URIError);
    expect(document.cookie).toBe('');
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

  it('deleteCookie should repeat SameSite=None and Secure, which a cross-site frame needs to reach the cookie', () => {
    const writes = recordWrites();
    deleteCookie('ck_consent', { sameSite: 'None', secure: true });
    expect(writes.length).toBeGreaterThan(4);
    for (const write of writes) expect(write).toMatch(/^ck_consent=; Path=\/\S*; SameSite=None; Max-Age=0(; Domain=[\w.]+)?; Secure$/);
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
