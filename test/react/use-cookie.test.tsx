import { act, render, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createConsentStore } from '../../src/core/store';
import { ConsentProvider } from '../../src/react/provider';
import { useCookie } from '../../src/react/use-cookie';
import { memoryAdapter } from '../../src/storage/memory';
import { shopConfig } from '../core/fixtures';

const newStore = () => createConsentStore(shopConfig, { storage: memoryAdapter(), gpc: false });

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('useCookie', () => {
  it('set should return false and write nothing without consent, and warn in development', () => {
    const store = newStore();
    const { result } = renderHook(() => useCookie('theme-mode'), { wrapper: ({ children }: { children: ReactNode }) => <ConsentProvider store={store}>{children}</ConsentProvider> });
    let written = true;
    act(() => void (written = result.current[1]('dark')));
    expect(written).toBe(false);
    expect(document.cookie).toBe('');
    expect(result.current[0]).toBeUndefined();
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('category "functional" has no consent'));
  });

  it('set should write once the category is granted, and remove should delete', () => {
    const store = newStore();
    const { result } = renderHook(() => useCookie('theme-mode'), { wrapper: ({ children }: { children: ReactNode }) => <ConsentProvider store={store}>{children}</ConsentProvider> });
    act(() => store.save({ functional: true }));
    let written = false;
    act(() => void (written = result.current[1]('dark mode')));
    expect(written).toBe(true);
    expect(document.cookie).toBe('theme-mode=dark%20mode');
    expect(result.current[0]).toBe('dark mode');
    act(() => result.current[2]());
    expect(document.cookie).toBe('');
    expect(result.current[0]).toBeUndefined();
  });

  it('should read a cookie that was already there', () => {
    document.cookie = 'auth-token=abc; Path=/';
    const { result } = renderHook(() => useCookie('auth-token'), { wrapper: ({ children }: { children: ReactNode }) => <ConsentProvider store={newStore()}>{children}</ConsentProvider> });
    expect(result.current[0]).toBe('abc');
  });

  describe('given several readers of one cookie', () => {
    const renders = { a: 0, b: 0, other: 0 };
    function Theme({ id }: { id: 'a' | 'b' }) {
      renders[id]++;
      const [theme, setTheme] = useCookie('theme-mode');
      return (
        <button aria-label={`reader ${id}`} onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}>
          {theme ?? 'none'}
        </button>
      );
    }
    function Other() {
      renders.other++;
      return <span>{useCookie('auth-token')[0] ?? 'no token'}</span>;
    }

    it('every reader should re-render on a change and on the erase that follows revocation, readers of other cookies should not', () => {
      const store = newStore();
      render(
        <ConsentProvider store={store}>
          <Theme id="a" />
          <Theme id="b" />
          <Other />
        </ConsentProvider>,
      );
      act(() => store.save({ functional: true }));
      const otherBefore = renders.other;
      act(() => screen.getByLabelText('reader a').click());
      expect(screen.getByLabelText('reader b').textContent).toBe('dark');
      act(() => screen.getByLabelText('reader b').click());
      expect(screen.getByLabelText('reader a').textContent).toBe('light');
      act(() => store.save({ functional: false }));
      expect(document.cookie).toBe('');
      expect(screen.getByLabelText('reader a').textContent).toBe('none');
      expect(screen.getByLabelText('reader b').textContent).toBe('none');
      expect(renders.other).toBe(otherBefore);
    });
  });

  describe('given a cookie changed outside consentkit (the server, another tab, another script)', () => {
    it('without CookieStore, a mounted reader should show the new value once the page regains focus or becomes visible', () => {
      document.cookie = 'auth-token=t1; Path=/';
      const { result } = renderHook(() => useCookie('auth-token'), { wrapper: ({ children }: { children: ReactNode }) => <ConsentProvider store={newStore()}>{children}</ConsentProvider> });
      expect(result.current[0]).toBe('t1');
      document.cookie = 'auth-token=t2; Path=/';
      act(() => void window.dispatchEvent(new Event('focus')));
      expect(result.current[0]).toBe('t2');
      document.cookie = 'auth-token=; Path=/; Max-Age=0';
      act(() => void document.dispatchEvent(new Event('visibilitychange')));
      expect(result.current[0]).toBeUndefined();
    });

    it('should listen to focus and visibilitychange only while a reader is mounted', () => {
      const watched = () => [...addWindow.mock.calls, ...addDocument.mock.calls].filter(([type]) => type === 'focus' || type === 'visibilitychange').length;
      const unwatched = () => [...removeWindow.mock.calls, ...removeDocument.mock.calls].filter(([type]) => type === 'focus' || type === 'visibilitychange').length;
      const addWindow = vi.spyOn(window, 'addEventListener');
      const addDocument = vi.spyOn(document, 'addEventListener');
      const removeWindow = vi.spyOn(window, 'removeEventListener');
      const removeDocument = vi.spyOn(document, 'removeEventListener');
      const store = newStore();
      const wrapper = ({ children }: { children: ReactNode }) => <ConsentProvider store={store}>{children}</ConsentProvider>;
      const first = renderHook(() => useCookie('theme-mode'), { wrapper });
      const second = renderHook(() => useCookie('auth-token'), { wrapper });
      expect(watched()).toBe(2);
      first.unmount();
      expect(unwatched()).toBe(0);
      second.unmount();
      expect(unwatched()).toBe(2);
    });
  });

  it('outside a provider should throw an error naming useCookie and <ConsentProvider>', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => useCookie('theme-mode'))).toThrow('useCookie must be used inside <ConsentProvider>');
  });
});
