import { act, render, screen, waitFor } from '@testing-library/react';
import { StrictMode, useState } from 'react';
import type { ConsentError } from '../../src/core/consent-error';
import { createConsentStore } from '../../src/core/store';
import { ConsentProvider } from '../../src/react/provider';
import { useConsent } from '../../src/react/use-consent';
import { memoryAdapter } from '../../src/storage/memory';
import type { ConsentStorage } from '../../src/storage/types';
import { shopConfig, storedValue } from '../core/fixtures';

afterEach(() => {
  vi.restoreAllMocks();
});

function Status() {
  const { decided } = useConsent();
  return <p>{decided ? 'decided' : 'undecided'}</p>;
}

describe('ConsentProvider', () => {
  describe('given synchronous storage holding a value the codec refuses', () => {
    it('should run no callback during render: a parent may set state in onError and onChange, under StrictMode, with one report and no doubled read', async () => {
      const consoleError = vi.spyOn(console, 'error');
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const get = vi.fn(() => 'not-a-record');
      const storage: ConsentStorage = { get, set() {}, remove() {}, subscribe: () => () => {} };
      function App() {
        const [errors, setErrors] = useState<ConsentError[]>([]);
        const [changes, setChanges] = useState(0);
        return (
          <StrictMode>
            <ConsentProvider config={shopConfig} storage={storage} onError={(error) => setErrors((all) => [...all, error])} onChange={() => setChanges((n) => n + 1)}>
              <Status />
              <output aria-label="errors">{errors.map((error) => error.kind).join(',')}</output>
              <output aria-label="changes">{changes}</output>
            </ConsentProvider>
          </StrictMode>
        );
      }
      render(<App />);
      await waitFor(() => expect(screen.getByLabelText('errors').textContent).toBe('record'));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(screen.getByLabelText('errors').textContent).toBe('record');
      // Once on first render, once more when connected (to catch what other tabs did meanwhile).
      expect(get).toHaveBeenCalledTimes(2);
      expect(consoleError.mock.calls.flat().join(' ')).not.toContain('while rendering');
    });

    it('should not call onChange for the first read of a returning visitor’s decision (it is the initial state, not a change)', () => {
      const onChange = vi.fn();
      render(
        <ConsentProvider config={shopConfig} storage={memoryAdapter(storedValue({}, Date.now() - 1000))} onChange={onChange}>
          <Status />
        </ConsentProvider>,
      );
      screen.getByText('decided');
      expect(onChange).not.toHaveBeenCalled();
    });
  });

  describe('given a ready store', () => {
    it('should honour onChange, onDecision and onError passed beside it, always the latest ones', () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const failing: ConsentStorage = {
        get: () => undefined,
        set: () => {
          throw new DOMException('full', 'QuotaExceededError');
        },
        remove() {},
      };
      const store = createConsentStore(shopConfig, { storage: failing, gpc: false });
      const first = vi.fn();
      const callbacks = { onChange: vi.fn(), onDecision: vi.fn(), onError: vi.fn() };
      const ui = (onDecision: () => void) => (
        <ConsentProvider store={store} onChange={callbacks.onChange} onDecision={onDecision} onError={callbacks.onError}>
          <Status />
        </ConsentProvider>
      );
      const { rerender, unmount } = render(ui(first));
      rerender(ui(callbacks.onDecision));
      act(() => store.acceptAll());
      expect(first).not.toHaveBeenCalled();
      expect(callbacks.onDecision).toHaveBeenCalledWith(expect.objectContaining({ method: 'accept-all' }), expect.objectContaining({ decided: true }));
      expect(callbacks.onChange).toHaveBeenCalledTimes(1);
      expect(callbacks.onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'storage', operation: 'set' }));

      unmount();
      store.rejectAll();
      expect(callbacks.onDecision).toHaveBeenCalledTimes(1);
    });
  });
});
