import { render, screen, within } from '@testing-library/react';
import { ConsentPreferences } from '../../src/components/preferences';
import { createConsentStore } from '../../src/core/store';
import { ConsentProvider } from '../../src/react/provider';
import { memoryAdapter } from '../../src/storage/memory';
import { serviceConfig } from '../core/fixtures';

/** A store of the services fixture, in memory, with the browser's signals off. */
export const newServiceStore = () => createConsentStore(serviceConfig, { storage: memoryAdapter(), gpc: false, doNotTrack: false });

/**
 * Renders a page with the preferences dialog over a services store (`prepare` decides first), opens
 * it, and returns the store, the dialog, and its switches by accessible name.
 */
export async function openServicePreferences(prepare?: (store: ReturnType<typeof newServiceStore>) => void, dir?: 'rtl') {
  const store = newServiceStore();
  prepare?.(store);
  render(
    <ConsentProvider store={store as never} messages={dir ? { dir, locale: 'ar' } : undefined}>
      <main>
        <h1>Shop</h1>
      </main>
      <ConsentPreferences />
    </ConsentProvider>,
  );
  store.openPreferences();
  const dialog = await screen.findByRole('dialog', { name: 'Cookie preferences' });
  return { store, dialog, toggle: (name: string) => within(dialog).getByRole('switch', { name }) };
}
