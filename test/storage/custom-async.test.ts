import { createConsentStore } from '../../src/core/store';
import type { ConsentStorage } from '../../src/storage/types';
import { deferred, shopConfig } from '../core/fixtures';

/** What a user might write to keep consent on their backend: every call answers later. */
function backendAdapter() {
  const server = { value: null as string | null, calls: [] as string[] };
  const pending = deferred<void>();
  const storage: ConsentStorage = {
    key: 'backend',
    async get() {
      server.calls.push('get');
      await pending.promise;
      return server.value;
    },
    async set(value, record) {
      server.calls.push(`set ${record.method}`);
      server.value = value;
    },
    async remove() {
      server.calls.push('remove');
      server.value = null;
    },
  };
  return { storage, server, answer: pending.resolve };
}

describe('a user-written async storage', () => {
  it('should load, save and forget through the store', async () => {
    const { storage, server, answer } = backendAdapter();
    const store = createConsentStore(shopConfig, { storage, gpc: false });
    expect(store.getState().status).toBe('loading');
    answer();
    await vi.waitFor(() => expect(store.getState().status).toBe('ready'));
    expect(store.getState().decided).toBe(false);

    store.save({ functional: true });
    await vi.waitFor(() => expect(server.value).not.toBeNull());
    const reloaded = createConsentStore(shopConfig, { storage, gpc: false });
    await vi.waitFor(() => expect(reloaded.getState().decided).toBe(true));
    expect(reloaded.getState().choices).toMatchObject({ functional: 'granted', analytics: 'denied' });

    // A reset stores a marker that grants nothing (so no tab can restore the older decision).
    reloaded.reset();
    await vi.waitFor(() => expect(server.calls).toEqual(['get', 'set custom', 'get', 'set reset']));
    const fresh = createConsentStore(shopConfig, { storage, gpc: false });
    await vi.waitFor(() => expect(fresh.getState().status).toBe('ready'));
    expect(fresh.getState().decided).toBe(false);
  });
});
