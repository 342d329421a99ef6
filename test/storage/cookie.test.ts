import { encodeConsentRecord, type ConsentRecord } from '../../src/core/record';
import { createConsentStore } from '../../src/core/store';
import { cookieAdapter } from '../../src/storage/cookie';
import { shopConfig } from '../core/fixtures';

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
});

const record: ConsentRecord = {
  schema: 1,
  revision: 1,
  id: 'b'.repeat(32),
  decidedAt: 1_000_000,
  expiresAt: 1_000_000 + 30 * 86400,
  method: 'accept-all',
  gpc: false,
  choices: { essential: true },
};

describe('cookieAdapter', () => {
  it('should store the record in a cookie named ck_consent by default, and read and remove it', async () => {
    const storage = cookieAdapter();
    expect(storage.key).toBe('ck_consent');
    expect(await storage.get()).toEqual([]);
    await storage.set(encodeConsentRecord(record), record);
    expect(document.cookie).toContain(`ck_consent=${encodeConsentRecord(record)}`);
    expect(await storage.get()).toEqual([encodeConsentRecord(record)]);
    await storage.remove!();
    expect(document.cookie).not.toContain('ck_consent');
  });

  it('should use the name it is given', async () => {
    const storage = cookieAdapter({ name: 'site_consent' });
    await storage.set('x', record);
    expect(document.cookie).toBe('site_consent=x');
  });

  it('should give the cookie the lifetime of the decision, whatever the page clock says', () => {
    const writes = recordWrites();
    // The decision is dated long ago: the lifetime comes from the record, not from Date.now().
    cookieAdapter().set('x', record);
    cookieAdapter({ maxAgeDays: 2 }).set('y', record);
    const kept = writes.filter((write) => !write.includes('Max-Age=0'));
    expect(kept[0]).toMatch(/^ck_consent=x; Path=\/; SameSite=Lax; Max-Age=2592000$/);
    expect(kept[1]).toContain('Max-Age=172800');
  });

  it('should carry the stored decision across a reload through a store', () => {
    const first = createConsentStore(shopConfig, { storage: cookieAdapter(), gpc: false });
    first.save({ analytics: true });
    const reloaded = createConsentStore(shopConfig, { storage: cookieAdapter(), gpc: false });
    expect(reloaded.getState()).toMatchObject({ decided: true, choices: { analytics: 'granted', functional: 'denied' } });
  });

  describe('given bad options', () => {
    it.each([
      [{ name: 'ck consent' }, 'name'],
      [{ name: 'ck_consent=1' }, 'name'],
      [{ path: '/; Max-Age=5; SameSite=None; Secure' }, 'path'],
      [{ path: 'relative' }, 'path'],
      [{ path: { toString: () => '/' } as unknown as string }, 'path'],
      [{ domain: 'example.com; Max-Age=5' }, 'domain'],
      [{ domain: 'exa mple.com' }, 'domain'],
      [{ hostPrefix: true, domain: '.example.com' }, 'domain'],
      [{ hostPrefix: true, path: '/shop' }, 'path'],
    ])('%j should throw a TypeError naming cookieAdapter.%s when the adapter is created', (options, option) => {
      expect(() => cookieAdapter(options)).toThrow(new RegExp(`^\\[consentkit\\] cookieAdapter\\.${option} `));
      expect(() => cookieAdapter(options)).toThrow(TypeError);
    });

    it('should accept the options sites use', () => {
      expect(() => cookieAdapter({ name: '__Secure-consent', path: '/shop/', domain: '.example.com', sameSite: 'None', secure: true })).not.toThrow();
      expect(() => cookieAdapter({ hostPrefix: true, path: '/' })).not.toThrow();
    });
  });

  it('given sameSite None, remove() should delete with SameSite=None; Secure, as a cross-site frame must', () => {
    const writes = recordWrites();
    cookieAdapter({ sameSite: 'None' }).remove!();
    expect(writes.length).toBeGreaterThan(0);
    for (const write of writes) expect(write).toMatch(/; SameSite=None; Max-Age=0.*; Secure$/);
  });

  it('given hostPrefix on an http page (local development), should use the plain name, and say so in key', async () => {
    const storage = cookieAdapter({ hostPrefix: true });
    expect(storage.key).toBe('ck_consent');
    await storage.set('x', record);
    expect(document.cookie).toBe('ck_consent=x');
  });

  it('given a value the browser does not keep, set() should throw so that the store reports it', () => {
    expect(() => cookieAdapter({ domain: 'other.example' }).set('x', record)).toThrow('the browser did not keep the ck_consent cookie');
    expect(document.cookie).toBe('');
  });
});
