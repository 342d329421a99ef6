// @vitest-environment node
import { defineConsentConfig } from '../../src/core/config';
import { encodeConsentRecord, type ConsentRecord } from '../../src/core/record';
import { readConsentState, type ServerConsentState } from '../../src/server';

const config = defineConsentConfig({
  revision: 1,
  categories: {
    essential: { required: true, title: 'Essential', description: 'Login.' },
    functional: { title: 'Functional', description: 'Settings.' },
    analytics: { title: 'Analytics', description: 'Visits.' },
    advertising: { title: 'Advertising', description: 'Ads.', saleOrSharing: true },
  },
  cookies: [
    { name: 'session-id', category: 'essential', purpose: 'Session', duration: 'session' },
    { name: 'theme-mode', category: 'functional', purpose: 'Theme', duration: { days: 90 } },
    { name: 'lang', category: 'functional', purpose: 'Language', duration: { days: 90 } },
    { name: '_ga', category: 'analytics', purpose: 'Visitor ID', duration: { years: 1 } },
    { name: '_ga_*', category: 'analytics', purpose: 'Session state', duration: { years: 1 } },
  ],
});

const now = Math.floor(Date.now() / 1000);
const record = (patch: Partial<ConsentRecord> = {}) =>
  encodeConsentRecord({
    schema: 1,
    revision: 1,
    id: 'd'.repeat(32),
    decidedAt: now - 60,
    expiresAt: now - 60 + config.consentExpirySeconds,
    method: 'custom',
    gpc: false,
    choices: { essential: true, functional: true, analytics: false, advertising: true },
    ...patch,
  });
const header = `session-id=secret; theme-mode=dark; _ga=GA1.1; _ga_X=1; ck_consent=${record()}`;

/** Only plain objects, arrays and primitives: what React can pass from a Server Component to a Client Component. */
function assertPlainData(value: unknown, path = 'state'): void {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return;
  expect(typeof value, path).toBe('object');
  expect([Object.prototype, Array.prototype], `${path} is a plain object`).toContain(Object.getPrototypeOf(value));
  for (const [key, item] of Object.entries(value as object)) assertPlainData(item, `${path}.${key}`);
}

describe('readConsentState', () => {
  describe.each([
    ['a Cookie header string', () => header],
    ['a Headers (Next.js await headers())', () => new Headers({ cookie: header })],
    ['a Request', () => new Request('https://example.com/', { headers: { cookie: header } })],
    [
      "Next.js's own Headers (a subclass with a plain `headers` field of its own)",
      () =>
        new (class ReadonlyHeaders extends Headers {
          headers = { cookie: header };
        })({ cookie: header }),
    ],
    [
      'a cookie store with get(name) (Next.js await cookies())',
      () => {
        const jar = new Map(header.split('; ').map((pair) => pair.split('=') as [string, string]));
        return { get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined) };
      },
    ],
  ])('given %s', (_, source) => {
    it('should read the decision, validated as the browser does', () => {
      const state = readConsentState(config, source());
      expect(state).toMatchObject({ status: 'ready', decided: true, gpc: false, value: record() });
      expect(state.choices).toEqual({ essential: 'granted', functional: 'granted', analytics: 'denied', advertising: 'granted' });
    });

    it("should carry the request's values of granted, non-required declared cookies, and nothing else", () => {
      // session-id is essential (where HttpOnly cookies live), _ga's category is denied, _ga_X is a family member.
      expect(readConsentState(config, source()).cookies).toEqual({ 'theme-mode': 'dark' });
    });
  });

  it('should be plain data that JSON carries unchanged, with the time it evaluated at', () => {
    const before = Date.now();
    const state = readConsentState(config, new Headers({ cookie: header, 'sec-gpc': '1' }));
    assertPlainData(state);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    expect(state.now).toBeGreaterThanOrEqual(before);
    expect(state.now).toBeLessThanOrEqual(Date.now());
  });

  describe('given Sec-GPC: 1', () => {
    const undecided = (headers: HeadersInit) => readConsentState(config, new Headers(headers));

    it('should deny sale/sharing categories of an undecided visitor, as the browser will', () => {
      const state = undecided({ 'Sec-GPC': '1' });
      expect(state).toMatchObject({ gpc: true, decided: false });
      expect(state.choices).toMatchObject({ advertising: 'denied', analytics: 'undecided' });
    });

    it('should deny a sale/sharing grant made without GPC (guarantee G1)', () => {
      const state = undecided({ 'sec-gpc': '1', cookie: header });
      expect(state.choices.advertising).toBe('denied');
      expect(state.choices.functional).toBe('granted');
    });

    it('from a Request too; any other value is not GPC', () => {
      expect(readConsentState(config, new Request('https://example.com/', { headers: { 'sec-gpc': '1' } })).gpc).toBe(true);
      expect(undecided({ 'sec-gpc': '0' }).gpc).toBe(false);
      expect(undecided({ 'sec-gpc': 'true' }).gpc).toBe(false);
    });

    it('a cookie store carries no header: gpc is given as an option', () => {
      const store = { get: () => undefined };
      expect(readConsentState(config, store).gpc).toBe(false);
      expect(readConsentState(config, store, { gpc: true }).choices.advertising).toBe('denied');
    });
  });

  it('should choose the cookie’s copy at the instant it reports, on a clock that moves between readings', () => {
    // Dated beyond the day's slack at first, within it two days later: the newest copy depends on the instant.
    const ahead = record({ id: 'e'.repeat(32), decidedAt: now + 129600, expiresAt: now + 129600 + config.consentExpirySeconds, choices: { essential: true, functional: false, analytics: true, advertising: false } });
    const jar = `ck_consent=${record()}; ck_consent=${ahead}`;
    let readings = 0;
    const spy = vi.spyOn(Date, 'now').mockImplementation(() => (readings++ === 0 ? now : now + 2 * 86400) * 1000);
    onTestFinished(() => spy.mockRestore());
    const state = readConsentState(config, jar);
    spy.mockImplementation(() => state.now);
    expect(readConsentState(config, jar)).toEqual(state);
  });

  describe('given no request (a page prerendered at build time)', () => {
    it.each([[null], [undefined], ['']])('%s should render every visitor undecided, reading no clock', (source) => {
      const spy = vi.spyOn(Date, 'now');
      const state: ServerConsentState = readConsentState(config, source);
      expect(state).toMatchObject({ status: 'ready', decided: false, value: null, now: 0, cookies: {}, gpc: false });
      expect(spy).not.toHaveBeenCalled();
      spy.mockRestore();
    });
  });

  it('cookies lists which declared cookies to carry, a required category included; never an ungranted one', () => {
    expect(readConsentState(config, header, { cookies: ['session-id', 'theme-mode', '_ga'] }).cookies).toEqual({ 'session-id': 'secret', 'theme-mode': 'dark' });
    expect(readConsentState(config, header, { cookies: [] }).cookies).toEqual({});
    expect(readConsentState(config, 'theme-mode=dark', { cookies: ['theme-mode'] }).cookies).toEqual({});
  });

  it('a cookie named __proto__ is carried as a value, not as a prototype', () => {
    const odd = defineConsentConfig({
      revision: 1,
      categories: config.categories,
      cookies: [{ name: '__proto__', category: 'functional', purpose: 'Odd', duration: 'session' }],
    });
    const { cookies } = readConsentState(odd, `__proto__=x; ck_consent=${record()}`);
    expect(Object.getPrototypeOf(cookies)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(cookies, '__proto__')?.value).toBe('x');
  });

  it.each([
    ['a plain object (a Node IncomingMessage headers object)', { cookie: header }],
    ['an object whose get() is not a function', { get: 'x' }],
    ['a number', 42],
    ['a cookie store answering values that are not strings', { get: () => ({ value: 7 }) }],
  ])('given %s, should read no cookie and not throw', (_, source) => {
    expect(readConsentState(config, source as never)).toMatchObject({ decided: false, value: null, cookies: {} });
  });

  it('should read the name given, as a string (as before) or an option', () => {
    const hosted = `ck_consent=junk; __Host-ck_consent=${record()}`;
    expect(readConsentState(config, hosted, '__Host-ck_consent').decided).toBe(true);
    expect(readConsentState(config, hosted, { name: '__Host-ck_consent' }).decided).toBe(true);
    expect(readConsentState(config, hosted).decided).toBe(false);
  });
});
