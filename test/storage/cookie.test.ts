import { encodeConsentRecord, type ConsentRecord } from '../../src/core/record';
import { createConsentStore } from '../../src/core/store';
import { cookieAdapter } from '../../src/storage/cookie';
import { shopConfig } from '../core/fixtures';

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
    expect(await storage.get()).toBeUndefined();
    await storage.set(encodeConsentRecord(record), record);
    expect(document.cookie).toContain(`ck_consent=${encodeConsentRecord(record)}`);
    expect(await storage.get()).toBe(encodeConsentRecord(record));
    await storage.remove!();
    expect(document.cookie).not.toContain('ck_consent');
  });

  it('should use the name it is given', async () => {
    const storage = cookieAdapter({ name: 'site_consent' });
    await storage.set('x', record);
    expect(document.cookie).toBe('site_consent=x');
  });

  it('should give the cookie the lifetime of the decision, whatever the page clock says', () => {
    const writes: string[] = [];
    const setter = vi.spyOn(document, 'cookie', 'set').mockImplementation((value) => void writes.push(value));
    // The decision is dated long ago: the lifetime comes from the record, not from Date.now().
    cookieAdapter().set('x', record);
    cookieAdapter({ maxAgeDays: 2 }).set('y', record);
    setter.mockRestore();
    expect(writes[0]).toMatch(/^ck_consent=x; Path=\/; SameSite=Lax; Max-Age=2592000$/);
    expect(writes[1]).toContain('Max-Age=172800');
  });

  it('should carry the stored decision across a reload through a store', () => {
    const first = createConsentStore(shopConfig, { storage: cookieAdapter(), gpc: false });
    first.save({ analytics: true });
    const reloaded = createConsentStore(shopConfig, { storage: cookieAdapter(), gpc: false });
    expect(reloaded.getState()).toMatchObject({ decided: true, choices: { analytics: 'granted', functional: 'denied' } });
  });
});
