import { defineConsentConfig } from '../../src/core/config';
import { createConsentStore } from '../../src/core/store';
import { memoryAdapter } from '../../src/storage/memory';
test('smoke', () => {
  const config = defineConsentConfig({ revision: 1, categories: { essential: { required: true, title: 'E', description: 'e' }, analytics: { title: 'A', description: 'a' } } });
  const store = createConsentStore(config, { storage: memoryAdapter() });
  expect(store.getState().decided).toBe(false);
  store.acceptAll();
  expect(store.isGranted('analytics')).toBe(true);
});
