// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { defineConsentConfig } from '../../src/core/config';
import { encodeConsentRecord, type ConsentRecord } from '../../src/core/record';
import { readConsentCookie, readConsentState } from '../../src/server';
import { ConsentProvider } from '../../src/react/provider';
import { useConsent } from '../../src/react/use-consent';
import { useCookie } from '../../src/react/use-cookie';
import { balancedMasteringConfig as config } from '../../stories/demo/balanced-mastering';

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
    choices: { essential: true, functional: false, analytics: true },
    ...patch,
  });

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => {
  vi.restoreAllMocks();
  // The shared unit setup clears cookies and localStorage after every test and assumes a DOM; give
  // it empty ones once this test is over (beforeEach removes them again).
  vi.stubGlobal('document', { cookie: '' });
  vi.stubGlobal('localStorage', { clear() {} });
});

beforeEach(() => {
  vi.unstubAllGlobals();
});

describe('on a server, with no window or document', () => {
  it('should really have no DOM', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('readConsentCookie should find the consent cookie in a Cookie header', () => {
    expect(readConsentCookie(`session-id=1; ck_consent=${record()}; _ga=GA1`)).toBe(record());
    expect(readConsentCookie(`my_consent=abc`, 'my_consent')).toBe('abc');
    expect(readConsentCookie('session-id=1')).toBeNull();
    expect(readConsentCookie(undefined)).toBeNull();
    expect(readConsentCookie('')).toBeNull();
  });

  describe('given duplicate consent cookies (an older one on a parent domain or another path)', () => {
    const older = record({ id: 'a'.repeat(32), decidedAt: now - 86400, method: 'accept-all', choices: { essential: true, functional: true, analytics: true } });
    const newer = record({ id: 'b'.repeat(32), decidedAt: now - 60, method: 'reject-all', choices: { essential: true, functional: false, analytics: false } });

    it.each([
      ['the older first', `ck_consent=${older}; ck_consent=${newer}`],
      ['the newer first', `ck_consent=${newer}; ck_consent=${older}`],
      ['junk first', `ck_consent=junk; ck_consent=${older}; _ga=1; ck_consent=${newer}`],
    ])('readConsentCookie should pick the newest decision, with %s', (_, header) => {
      expect(readConsentCookie(header)).toBe(newer);
    });

    it('a later Reject all should stay rejected on the server, whatever the order', () => {
      expect(readConsentState(config, `ck_consent=${older}; ck_consent=${newer}`).choices.analytics).toBe('denied');
    });

    it('a tampered copy dated ahead (or living over 13 months) should not hide the real decision, as the browser\'s store skips it too', () => {
      const ahead = record({ id: 'f'.repeat(32), decidedAt: now + 5 * 86400, method: 'accept-all', choices: { essential: true, functional: true, analytics: true } });
      const endless = record({ id: 'f'.repeat(32), decidedAt: now, expiresAt: now + 20 * 365 * 86400, method: 'accept-all', choices: { essential: true, functional: true, analytics: true } });
      for (const tampered of [ahead, endless]) {
        expect(readConsentCookie(`ck_consent=${newer}; ck_consent=${tampered}`)).toBe(newer);
        expect(readConsentCookie(`ck_consent=${tampered}; ck_consent=${newer}`)).toBe(newer);
        expect(readConsentState(config, `ck_consent=${tampered}; ck_consent=${newer}`)).toMatchObject({ decided: true, choices: { analytics: 'denied' } });
      }
    });

    it('given two decisions of the same second, should pick the greater id, in either order', () => {
      const twin = record({ id: 'c'.repeat(32), decidedAt: now - 60 });
      expect(readConsentCookie(`ck_consent=${twin}; ck_consent=${newer}`)).toBe(twin);
      expect(readConsentCookie(`ck_consent=${newer}; ck_consent=${twin}`)).toBe(twin);
    });

    it('given only values that do not decode, should return the first, for readConsentState to report', () => {
      expect(readConsentCookie('ck_consent=junk; ck_consent=more')).toBe('junk');
    });
  });

  it('given cookieAdapter({ hostPrefix: true }), the server should read __Host-ck_consent and ignore a planted ck_consent', () => {
    const planted = record({ id: 'e'.repeat(32), method: 'accept-all' });
    const own = record({ id: 'f'.repeat(32), decidedAt: now - 3600, method: 'reject-all', choices: { essential: true, functional: false, analytics: false } });
    const header = `ck_consent=${planted}; __Host-ck_consent=${own}`;
    expect(readConsentCookie(header, '__Host-ck_consent')).toBe(own);
    expect(readConsentState(config, header, '__Host-ck_consent').choices.analytics).toBe('denied');
  });

  it('readConsentState should read a valid decision', () => {
    const state = readConsentState(config, `ck_consent=${record()}`);
    expect(state).toMatchObject({ status: 'ready', decided: true, choices: { essential: 'granted', functional: 'denied', analytics: 'granted' } });
  });

  it.each([
    ['no cookie', ''],
    ['an expired decision', `ck_consent=${record({ decidedAt: now - 200 * 86400, expiresAt: now - 17 * 86400 })}`],
    ['another policy revision', `ck_consent=${record({ revision: 0 })}`],
    ['tampered dates', `ck_consent=${record({ expiresAt: now + 500 * 86400 })}`],
    ['a malformed value', 'ck_consent=analytics%3Dtrue'],
    ['a record lacking a category', `ck_consent=${record({ choices: { essential: true, analytics: true } })}`],
  ])('readConsentState should validate as the browser does: %s is not decided and grants nothing', (_, header) => {
    const state = readConsentState(config, header);
    expect(state.decided).toBe(false);
    expect(state.choices.analytics).toBe('undecided');
  });

  it('readConsentState should follow the config it is given', () => {
    const stricter = defineConsentConfig({ ...config, revision: 2 });
    expect(readConsentState(stricter, `ck_consent=${record()}`).decided).toBe(false);
  });

  it('should render the provider and hooks to a string from the request cookie', () => {
    function Page() {
      const { decided, loading } = useConsent();
      const analytics = useConsent('analytics');
      const [theme] = useCookie('theme-mode');
      return <p>{loading ? 'loading' : `decided=${decided} analytics=${analytics} theme=${theme ?? 'none'}`}</p>;
    }
    const header = `theme-mode=dark; ck_consent=${record()}`;
    expect(
      renderToString(
        <ConsentProvider config={config} initialValue={readConsentCookie(header)}>
          <Page />
        </ConsentProvider>,
      ),
    ).toBe('<p>decided=true analytics=true theme=none</p>');
    expect(
      renderToString(
        <ConsentProvider config={config}>
          <Page />
        </ConsentProvider>,
      ),
    ).toBe('<p>loading</p>');
  });
});
