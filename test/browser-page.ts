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

/**
 * Focuses `element` as the start of a walk with real Tab presses, and waits until this test's
 * document holds the page's focus. A test before it may have moved focus into a cross-origin
 * iframe (an embed's player) that was then removed: the page's focus can stay outside this
 * frame, and a real Tab would then move focus there, not from `element`.
 */
export async function focusForKeyboard(element: HTMLElement): Promise<void> {
  window.focus();
  element.focus();
  await vi.waitFor(() => {
    expect(document.hasFocus()).toBe(true);
    expect(document.activeElement).toBe(element);
  });
}
