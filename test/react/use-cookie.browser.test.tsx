import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { commands } from 'vitest/browser';
import { deleteCookie } from '../../src/core/cookie-jar';
import { createConsentStore } from '../../src/core/store';
import { ConsentProvider } from '../../src/react/provider';
import { useCookie } from '../../src/react/use-cookie';
import { memoryAdapter } from '../../src/storage/memory';
import { shopConfig } from '../core/fixtures';

const cookie = async (name: string) => (await commands.getCookies()).find((c) => c.name === name);

afterEach(() => {
  cleanup();
  for (const name of ['theme-mode', 'session-id', '_ga', '_ga_XYZ']) deleteCookie(name);
});

describe('useCookie in Chromium', () => {
  it('should write with the declared duration as Max-Age, a session cookie with no expiry, and nothing before consent', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const store = createConsentStore(shopConfig, { storage: memoryAdapter(), gpc: false });
    const wrapper = ({ children }: { children: ReactNode }) => <ConsentProvider store={store}>{children}</ConsentProvider>;
    const theme = renderHook(() => useCookie('theme-mode'), { wrapper });
    const session = renderHook(() => useCookie('session-id'), { wrapper });

    act(() => void theme.result.current[1]('dark'));
    expect(await cookie('theme-mode')).toBeUndefined();

    act(() => store.save({ functional: true }));
    act(() => void theme.result.current[1]('dark'));
    act(() => void session.result.current[1]('s-1'));
    expect(theme.result.current[0]).toBe('dark');
    const written = (await cookie('theme-mode'))!;
    expect(written).toMatchObject({ path: '/', sameSite: 'Lax' });
    expect(Math.abs(written.expires - (Date.now() / 1000 + 90 * 86400))).toBeLessThan(60);
    expect((await cookie('session-id'))!.expires).toBe(-1);
    vi.restoreAllMocks();
  });

  it('revoking analytics in the page should erase _ga and _ga_XYZ and re-render their readers', async () => {
    const store = createConsentStore(shopConfig, { storage: memoryAdapter(), gpc: false });
    const wrapper = ({ children }: { children: ReactNode }) => <ConsentProvider store={store}>{children}</ConsentProvider>;
    document.cookie = '_ga=GA1.1.42; Path=/; Max-Age=600';
    document.cookie = '_ga_XYZ=GS1.1; Path=/; Max-Age=600';
    act(() => store.acceptAll());
    const ga = renderHook(() => useCookie('_ga'), { wrapper });
    expect(ga.result.current[0]).toBe('GA1.1.42');
    act(() => store.save({ analytics: false }));
    expect(ga.result.current[0]).toBeUndefined();
    const names = (await commands.getCookies()).map((c) => c.name);
    expect(names).not.toContain('_ga');
    expect(names).not.toContain('_ga_XYZ');
  });

  it('a cookie changed with plain document.cookie should reach a mounted reader, with no consentkit call and no focus', async () => {
    document.cookie = 'session-id=first; Path=/';
    const store = createConsentStore(shopConfig, { storage: memoryAdapter(), gpc: false });
    const wrapper = ({ children }: { children: ReactNode }) => <ConsentProvider store={store}>{children}</ConsentProvider>;
    const session = renderHook(() => useCookie('session-id'), { wrapper });
    expect(session.result.current[0]).toBe('first');
    // As a server response, another tab or another script would change it.
    document.cookie = 'session-id=second; Path=/';
    await vi.waitFor(() => expect(session.result.current[0]).toBe('second'));
    document.cookie = 'session-id=; Path=/; Max-Age=0';
    await vi.waitFor(() => expect(session.result.current[0]).toBeUndefined());
  });
});
