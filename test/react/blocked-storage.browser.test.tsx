import { act, cleanup, render, screen } from '@testing-library/react';
import { ConsentProvider } from '../../src/react/provider';
import { useConsent } from '../../src/react/use-consent';
import { useCookie } from '../../src/react/use-cookie';
import { localStorageAdapter } from '../../src/storage/local-storage';
import type { ConsentStorage } from '../../src/storage/types';
import { shopConfig } from '../core/fixtures';

function Page() {
  const { decided, acceptAll } = useConsent();
  const functional = useConsent('functional');
  const [theme, setTheme] = useCookie('theme-mode');
  return (
    <main>
      <p>{`decided=${decided} functional=${functional} theme=${theme ?? 'none'}`}</p>
      <button onClick={acceptAll}>Accept all</button>
      <button onClick={() => ((document.body.dataset.written = String(setTheme('dark'))), undefined)}>Dark theme</button>
    </main>
  );
}

function renderPage(storage?: ConsentStorage) {
  const onError = vi.fn();
  render(
    <ConsentProvider config={shopConfig} gpc={false} onError={onError} {...(storage ? { storage } : {})}>
      <Page />
    </ConsentProvider>,
  );
  return onError;
}
const click = (name: string) => act(() => screen.getByRole('button', { name }).click());
const text = () => screen.getByRole('paragraph').textContent;

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  delete document.body.dataset.written;
});

describe('given cookies are blocked (document.cookie throws)', () => {
  beforeEach(() => {
    const blocked = () => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    };
    Object.defineProperty(document, 'cookie', { configurable: true, get: blocked, set: blocked });
    return () => {
      // Removing the instance property uncovers Document.prototype's real accessor again.
      delete (document as { cookie?: string }).cookie;
    };
  });

  it('should render, report the failed read and keep decisions in memory', () => {
    const onError = renderPage();
    expect(text()).toBe('decided=false functional=false theme=none');
    expect(onError).toHaveBeenCalledWith({ kind: 'storage', operation: 'get', error: expect.any(DOMException) });
    click('Accept all');
    expect(text()).toBe('decided=true functional=true theme=none');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'storage', operation: 'set' }));
  });

  it('useCookie set should return false instead of throwing', () => {
    renderPage();
    click('Accept all');
    click('Dark theme');
    expect(document.body.dataset.written).toBe('false');
    expect(text()).toContain('theme=none');
  });
});

describe('given localStorage is blocked', () => {
  it('should render and report when reading window.localStorage itself throws', () => {
    const own = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    try {
      const onError = renderPage(localStorageAdapter());
      expect(text()).toBe('decided=false functional=false theme=none');
      click('Accept all');
      expect(text()).toContain('decided=true');
      expect(onError.mock.calls.map(([error]) => error.operation)).toEqual(['get', 'set']);
    } finally {
      Object.defineProperty(window, 'localStorage', own);
    }
  });

  it('should keep the decision in memory when the storage is full', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const onError = renderPage(localStorageAdapter());
    click('Accept all');
    expect(text()).toContain('decided=true functional=true');
    expect(onError).toHaveBeenCalledWith({ kind: 'storage', operation: 'set', error: expect.objectContaining({ name: 'QuotaExceededError' }) });
    expect(localStorage.getItem('ck_consent')).toBeNull();
  });
});
