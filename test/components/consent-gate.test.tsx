import { act, render, screen } from '@testing-library/react';
import { ConsentGate } from '../../src/components/consent-gate';
import { createConsentStore } from '../../src/core/store';
import { ConsentProvider } from '../../src/react/provider';
import { memoryAdapter } from '../../src/storage/memory';
import { embedConfig } from './reach-fixtures';

// A gate exists to keep a widget out of the page until its consent is given; every consent it
// names must hold, whichever way it is named.

const widget = () => screen.queryByText('chat widget');

describe('ConsentGate', () => {
  it('given a category, should render the children only while it is granted, and the fallback otherwise', () => {
    const store = createConsentStore(embedConfig, { storage: memoryAdapter() });
    render(
      <ConsentProvider store={store}>
        <ConsentGate category="functional" fallback={<p>chat is off</p>}>
          <p>chat widget</p>
        </ConsentGate>
      </ConsentProvider>,
    );
    expect(widget()).toBeNull();
    expect(screen.getByText('chat is off')).toBeTruthy();
    act(() => store.save({ functional: true }));
    expect(widget()).toBeTruthy();
    act(() => store.save({ functional: false }));
    expect(widget()).toBeNull();
  });

  it('given a service and a category both (from JavaScript, past the types), should wait for both', () => {
    const store = createConsentStore(embedConfig, { storage: memoryAdapter() });
    // YouTube is a marketing service; the gate also names functional.
    const both = { service: 'youtube', category: 'functional' } as unknown as { service: 'youtube' };
    render(
      <ConsentProvider store={store}>
        <ConsentGate {...both} fallback={null}>
          <p>chat widget</p>
        </ConsentGate>
      </ConsentProvider>,
    );
    act(() => store.save({ marketing: true, 'service:youtube': true, functional: false }));
    expect(widget()).toBeNull();
    act(() => store.save({ marketing: false, functional: true }));
    expect(widget()).toBeNull();
    act(() => store.save({ marketing: true, 'service:youtube': true, functional: true }));
    expect(widget()).toBeTruthy();
  });
});
