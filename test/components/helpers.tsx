import type { ReactElement } from 'react';
import { act, render, screen, waitFor } from '@testing-library/react';
import { ConsentProvider } from '../../src/react/provider';
import { createConsentStore, type ConsentStoreOptions } from '../../src/core/store';
import { decodeConsentRecord, encodeConsentRecord } from '../../src/core/record';
import { memoryAdapter } from '../../src/storage/memory';
import type { ConsentStorage } from '../../src/storage/types';
import { readCookie } from '../../src/core/cookie-jar';
import type { PartialConsentMessages } from '../../src/components/messages';
import { balancedMasteringConfig } from '../../stories/demo/balanced-mastering';

export const config = balancedMasteringConfig;

/** Renders `ui` inside a provider with the reference policy and the default cookie storage. */
export function renderWithConsent(
  ui: ReactElement,
  options: { messages?: PartialConsentMessages; store?: ConsentStoreOptions<string> } = {},
) {
  const store = createConsentStore(config, options.store);
  const result = render(
    <ConsentProvider store={store} messages={options.messages}>
      {ui}
    </ConsentProvider>,
  );
  return { ...result, store };
}

/** The choices in the consent cookie a visitor's browser holds, or null when nothing is stored. */
export function storedChoices(): Record<string, boolean> | null {
  const raw = readCookie('ck_consent');
  if (raw === undefined) return null;
  const decoded = decodeConsentRecord(raw, config.categoryIds);
  if (!decoded.ok) throw new Error(`unreadable consent cookie: ${decoded.reason}`);
  return { ...decoded.record.choices };
}

/**
 * The standalone `CategoryToggle` shows a pending, inoperable switch while Radix Switch loads;
 * this waits for the operable one.
 */
export async function findSwitch(name: string): Promise<HTMLElement> {
  return waitFor(() => {
    const found = screen.getByRole('switch', { name });
    if (found.hasAttribute('data-pending')) throw new Error(`the ${name} switch is still loading`);
    return found;
  });
}

/**
 * Storage whose `get()` answers only when the test calls `answer()`, holding a decision made
 * earlier with `choices`: the store stays `'loading'` until then, as with a slow backend.
 */
export function slowStorage(choices: Record<string, boolean>) {
  const earlier = createConsentStore(config, { storage: memoryAdapter() });
  earlier.save(choices);
  const stored = encodeConsentRecord(earlier.getState().record!);
  let answer!: (value: string) => void;
  const storage: ConsentStorage = {
    get: () => new Promise<string>((resolve) => (answer = resolve)),
    set: () => {},
    remove: () => {},
  };
  return { storage, answer: () => act(async () => answer(stored)) };
}
