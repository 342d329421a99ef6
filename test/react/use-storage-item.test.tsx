import { act, render, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { ConsentError } from '../../src/core/consent-error';
import { createConsentStore } from '../../src/core/store';
import { ConsentProvider } from '../../src/react/provider';
import { useStorageItem } from '../../src/react/use-storage-item';
import { memoryAdapter } from '../../src/storage/memory';
import { serviceConfig } from '../core/fixtures';

const T0 = Date.UTC(2026, 0, 15);
const newStore = (onError?: (error: ConsentError) => void) => createConsentStore(serviceConfig, { storage: memoryAdapter(), gpc: false, doNotTrack: false, onError });
const wrapperOf =
  (store: ReturnType<typeof newStore>) =>
  ({ children }: { children: ReactNode }) => <ConsentProvider store={store as never}>{children}</ConsentProvider>;

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('useStorageItem', () => {
  it('set should return false and write nothing without consent, and warn in development', () => {
    const { result } = renderHook(() => useStorageItem('user-preferences'), { wrapper: wrapperOf(newStore()) });
    let written = true;
    act(() => void (written = result.current[1]('compact')));
    expect(written).toBe(false);
    expect(localStorage.length).toBe(0);
    expect(result.current[0]).toBeUndefined();
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('localStorage key "user-preferences": "functional" has no consent'));
  });

  it('set should write once the category is granted, with the declared lifetime beside the value, and remove should delete', () => {
    vi.useFakeTimers({ now: T0, toFake: ['Date'] });
    const store = newStore();
    const { result } = renderHook(() => useStorageItem('user-preferences'), { wrapper: wrapperOf(store) });
    act(() => store.save({ functional: true }));
    let written = false;
    act(() => void (written = result.current[1]('compact')));
    expect(written).toBe(true);
    expect(result.current[0]).toBe('compact');
    expect(JSON.parse(localStorage.getItem('user-preferences')!)).toEqual({ expires: T0 + 30 * 86_400_000, value: 'compact' });
    act(() => result.current[2]());
    expect(localStorage.getItem('user-preferences')).toBeNull();
    expect(result.current[0]).toBeUndefined();
  });

  it('should refuse an undeclared key, and a key of a service without consent inside a granted category', () => {
    const store = newStore();
    act(() => store.save({ analytics: true, 'service:hotjar': false }));
    const hotjar = renderHook(() => useStorageItem('_hjSession_1' as never), { wrapper: wrapperOf(store) });
    const undeclared = renderHook(() => useStorageItem('undeclared' as never), { wrapper: wrapperOf(store) });
    expect(hotjar.result.current[1]('x')).toBe(false);
    expect(undeclared.result.current[1]('x')).toBe(false);
    expect(localStorage.length).toBe(0);
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('"service:hotjar" has no consent'));
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('"undeclared": it is not declared in config.storage'));
  });

  it('should use sessionStorage for a key declared only there, and store a session value as it is', () => {
    const store = newStore();
    act(() => store.save({ functional: true }));
    const { result } = renderHook(() => useStorageItem('upload-draft'), { wrapper: wrapperOf(store) });
    act(() => void result.current[1]('half a form'));
    expect(sessionStorage.getItem('upload-draft')).toBe('half a form');
    expect(localStorage.getItem('upload-draft')).toBeNull();
    expect(result.current[0]).toBe('half a form');
  });

  it('should read a value written by other code as it is', () => {
    localStorage.setItem('cart', '3 items');
    const { result } = renderHook(() => useStorageItem('cart'), { wrapper: wrapperOf(newStore()) });
    expect(result.current[0]).toBe('3 items');
  });

  it('should read an expired value as absent, remove it, and re-render when a value expires while shown', async () => {
    vi.useFakeTimers({ now: T0 });
    localStorage.setItem('cart', `{"expires":${T0 - 1},"value":"old"}`);
    const store = newStore();
    act(() => store.acceptAll());
    const { result } = renderHook(() => useStorageItem('cart'), { wrapper: wrapperOf(store) });
    expect(result.current[0]).toBeUndefined();
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(localStorage.getItem('cart')).toBeNull();

    act(() => void result.current[1]('new'));
    expect(result.current[0]).toBe('new');
    await act(() => vi.advanceTimersByTimeAsync(7 * 86_400_000 - 1));
    expect(result.current[0]).toBe('new');
    await act(() => vi.advanceTimersByTimeAsync(2));
    expect(result.current[0]).toBeUndefined();
    expect(localStorage.getItem('cart')).toBeNull();
  });

  it('should erase the value on withdrawal and re-render every reader', async () => {
    const store = newStore();
    let renders = 0;
    function Prefs({ label }: { label: string }) {
      renders++;
      const [value] = useStorageItem('user-preferences');
      return <p aria-label={label}>{value ?? 'none'}</p>;
    }
    render(
      <ConsentProvider store={store as never}>
        <Prefs label="a" />
        <Prefs label="b" />
      </ConsentProvider>,
    );
    await act(() => vi.dynamicImportSettled());
    act(() => store.save({ functional: true }));
    const { result } = renderHook(() => useStorageItem('user-preferences'), { wrapper: wrapperOf(store) });
    act(() => void result.current[1]('compact'));
    expect(screen.getByLabelText('a').textContent).toBe('compact');
    expect(screen.getByLabelText('b').textContent).toBe('compact');
    act(() => store.save({ functional: false }));
    expect(localStorage.getItem('user-preferences')).toBeNull();
    expect(screen.getByLabelText('a').textContent).toBe('none');
    expect(renders).toBeGreaterThan(2);
  });

  it('should follow a change made in another tab (the storage event)', () => {
    const { result } = renderHook(() => useStorageItem('cart'), { wrapper: wrapperOf(newStore()) });
    localStorage.setItem('cart', 'from another tab');
    act(() => void dispatchEvent(new StorageEvent('storage', { key: 'cart' })));
    expect(result.current[0]).toBe('from another tab');
  });

  it('should report a write the browser refused (storage full) through onError, and return false', () => {
    const errors: ConsentError[] = [];
    const store = newStore((error) => errors.push(error));
    act(() => store.acceptAll());
    const { result } = renderHook(() => useStorageItem('cart'), { wrapper: wrapperOf(store) });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(result.current[1]('x')).toBe(false);
    expect(errors).toContainEqual({ kind: 'write', name: 'cart', reason: 'dropped', area: 'local' });
  });

  it('should throw naming the hook outside a provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => useStorageItem('cart'))).toThrow('[consentkit] useStorageItem must be used inside <ConsentProvider>');
  });
});
