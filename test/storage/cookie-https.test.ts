// @vitest-environment-options { "url": "https://www.shop.example.com/account/settings" }
import { cookieNames, deleteCookie } from '../../src/core/cookie-jar';
import type { ConsentRecord } from '../../src/core/record';
import { cookieAdapter } from '../../src/storage/cookie';

const record: ConsentRecord = {
  schema: 1,
  revision: 1,
  id: 'c'.repeat(32),
  decidedAt: 1_000_000,
  expiresAt: 1_000_000 + 30 * 86400,
  method: 'reject-all',
  gpc: false,
  choices: { essential: true },
};

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
  for (const name of cookieNames()) deleteCookie(name);
});

describe('cookieAdapter on https://www.shop.example.com/account/settings', () => {
  describe('given older consent cookies on a parent domain and on a longer path', () => {
    beforeEach(() => {
      document.cookie = 'ck_consent=accept-all-from-2023; Path=/; Domain=.example.com';
      document.cookie = 'ck_consent=accept-all-from-2024; Path=/account';
    });

    it('get() should return every candidate, for the store to pick the newest decision', () => {
      document.cookie = 'ck_consent=reject-all-today; Path=/';
      expect(cookieAdapter().get()).toEqual(['accept-all-from-2024', 'accept-all-from-2023', 'reject-all-today']);
    });

    it('after set(), only the new value should be left: a reload cannot read the older decision first', () => {
      const storage = cookieAdapter();
      storage.set('reject-all-today', record);
      expect(storage.get()).toEqual(['reject-all-today']);
      expect(document.cookie).toBe('ck_consent=reject-all-today');
    });
  });

  describe('given hostPrefix', () => {
    it('should store __Host-ck_consent with Secure, Path=/ and no Domain, and name it in key', () => {
      const writes = recordWrites();
      const storage = cookieAdapter({ hostPrefix: true });
      expect(storage.key).toBe('__Host-ck_consent');
      storage.set('decision', record);
      expect(writes.filter((write) => !write.includes('Max-Age=0'))).toEqual(['__Host-ck_consent=decision; Path=/; SameSite=Lax; Max-Age=2592000; Secure']);
      expect(document.cookie).toBe('__Host-ck_consent=decision');
      expect(storage.get()).toEqual(['decision']);
    });

    it('should not read an "Accept all" planted by a sibling subdomain on the parent domain', () => {
      document.cookie = 'ck_consent=planted-accept-all; Path=/; Domain=.example.com';
      const storage = cookieAdapter({ hostPrefix: true });
      expect(storage.get()).toEqual([]);
      storage.set('decision', record);
      expect(storage.get()).toEqual(['decision']);
    });

    it('remove() should delete the prefixed cookie', () => {
      const storage = cookieAdapter({ hostPrefix: true });
      storage.set('decision', record);
      storage.remove!();
      expect(document.cookie).toBe('');
    });
  });
});
