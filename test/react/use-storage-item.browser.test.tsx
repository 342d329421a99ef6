import { act, cleanup, render, screen } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { createConsentStore } from '../../src/core/store';
import { ConsentProvider } from '../../src/react/provider';
import { useConsent } from '../../src/react/use-consent';
import { useStorageItem } from '../../src/react/use-storage-item';
import { memoryAdapter } from '../../src/storage/memory';
import { serviceConfig } from '../core/fixtures';

function Preferences() {
  const [value, set] = useStorageItem('user-preferences');
  const { save } = useConsent();
  return (
    <>
      <output aria-label="stored">{value ?? 'nothing'}</output>
      <button onClick={() => set('compact')}>Remember compact view</button>
      <button onClick={() => save({ functional: true })}>Allow functional</button>
      <button onClick={() => save({ functional: false })}>Withdraw functional</button>
    </>
  );
}

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('useStorageItem in Chromium', () => {
  it('should write nothing before consent, write with its expiry once granted, and erase it on withdrawal', async () => {
    const store = createConsentStore(serviceConfig, { storage: memoryAdapter(), gpc: false, doNotTrack: false });
    render(
      <ConsentProvider store={store as never}>
        <Preferences />
      </ConsentProvider>,
    );
    await act(() => vi.dynamicImportSettled());
    await userEvent.click(screen.getByRole('button', { name: 'Remember compact view' }));
    expect(localStorage.getItem('user-preferences')).toBeNull();
    expect(screen.getByLabelText('stored').textContent).toBe('nothing');

    await userEvent.click(screen.getByRole('button', { name: 'Allow functional' }));
    await userEvent.click(screen.getByRole('button', { name: 'Remember compact view' }));
    expect(screen.getByLabelText('stored').textContent).toBe('compact');
    const stored = JSON.parse(localStorage.getItem('user-preferences')!) as { expires: number; value: string };
    expect(stored.value).toBe('compact');
    expect(Math.abs(stored.expires - (Date.now() + 30 * 86_400_000))).toBeLessThan(60_000);

    await userEvent.click(screen.getByRole('button', { name: 'Withdraw functional' }));
    expect(localStorage.getItem('user-preferences')).toBeNull();
    expect(screen.getByLabelText('stored').textContent).toBe('nothing');
  });

  it('should sweep, once the provider connects, keys left by an earlier visit without consent and values past their expiry, and leave undeclared ones', async () => {
    localStorage.setItem('user-preferences', `{"expires":${Date.now() + 86_400_000},"value":"kept only with consent"}`);
    localStorage.setItem('cart', `{"expires":${Date.now() - 1},"value":"stale"}`);
    localStorage.setItem('_hjSession_99', 'x');
    localStorage.setItem('someone-elses-key', 'untouched');
    const store = createConsentStore(serviceConfig, { storage: memoryAdapter(), gpc: false, doNotTrack: false });
    render(
      <ConsentProvider store={store as never}>
        <Preferences />
      </ConsentProvider>,
    );
    await vi.waitFor(() => expect(Object.keys(localStorage)).toEqual(['someone-elses-key']));
  });
});
