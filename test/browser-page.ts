import { cleanup } from '@testing-library/react';

/** Erases every cookie the page can see. */
export const eraseVisibleCookies = () => {
  for (const name of document.cookie.split('; ').map((pair) => pair.split('=')[0])) if (name) document.cookie = `${name}=; Max-Age=0; Path=/`;
};

/**
 * Registers the hooks a Chromium test of rendered parts needs: React renders for real (no act()
 * environment), development warnings are silenced per test, and after each test the tree is
 * unmounted, every visible cookie erased, `reset` run (what else the test left on the page) and
 * mocks restored.
 */
export function useTestPage(reset?: () => void): void {
  beforeAll(() => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  });
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    cleanup();
    eraseVisibleCookies();
    reset?.();
    vi.restoreAllMocks();
  });
}
