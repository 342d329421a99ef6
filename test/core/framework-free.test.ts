/// <reference types="vite/client" />
// The core and the storage adapters must work without React (a vanilla site, a server, a worker):
// any import of react from them fails this test.
vi.mock('react', () => {
  throw new Error('core imported react');
});
vi.mock('react-dom', () => {
  throw new Error('core imported react-dom');
});

// The server entry too: its policy table renders through react/jsx-runtime alone, with no hook or
// context (which React Server Components do not have).
const modules = import.meta.glob(['../../src/core/*.ts', '../../src/storage/*.ts', '../../src/server/*.ts']);

describe('the framework-free core', () => {
  it('should find the modules it checks', () => {
    expect(Object.keys(modules)).toEqual(expect.arrayContaining(['../../src/core/store.ts', '../../src/storage/cookie.ts', '../../src/server/read-consent-cookie.ts']));
    expect(Object.keys(modules).length).toBeGreaterThanOrEqual(14);
  });

  it.each(Object.keys(modules))('should import %s without React', async (path) => {
    await expect(modules[path]!()).resolves.toBeTypeOf('object');
  });

  it('should notice when a module does import React', async () => {
    await expect(import('../../src/react/context')).rejects.toThrow(/error when mocking|core imported react/);
  });
});
