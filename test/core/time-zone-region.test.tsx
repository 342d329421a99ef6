import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSyncExternalStore, type ReactNode } from 'react';
import { act, render, screen, waitFor } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { regionFromTimeZone } from '../../src/index';
import { jurisdictionModel } from '../../src/core/jurisdictions';
import { createConsentStore } from '../../src/core/store';
import { ConsentProvider } from '../../src/react/provider';
import { useConsent } from '../../src/react/use-consent';
import { ConsentBanner } from '../../src/components/banner';
import { memoryAdapter } from '../../src/storage/memory';
import { config } from '../components/helpers';

/** Makes the browser report `timeZone` as its own, as a visitor's machine set to that zone would. */
function browserTimeZone(timeZone: string) {
  const real = Intl.DateTimeFormat.prototype.resolvedOptions;
  vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockImplementation(function (this: Intl.DateTimeFormat) {
    return { ...real.call(this), timeZone };
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('regionFromTimeZone: a time zone to a region, and to the model the shipped mapping gives it', () => {
  it.each<[string, string | undefined, string]>([
    ['America/Los_Angeles', 'US-CA', 'opt-out'],
    ['US/Pacific', 'US-CA', 'opt-out'],
    ['America/Denver', 'US', 'opt-out'],
    ['America/New_York', 'US', 'opt-out'],
    ['America/Phoenix', 'US-AZ', 'notice-only'],
    ['America/Indiana/Indianapolis', 'US-IN', 'opt-out'],
    ['America/Kentucky/Louisville', 'US-KY', 'opt-out'],
    ['Pacific/Honolulu', 'US-HI', 'notice-only'],
    ['Europe/Berlin', 'DE', 'opt-in'],
    ['Europe/Paris', 'FR', 'opt-in'],
    ['Europe/Dublin', 'IE', 'opt-in'],
    ['Europe/Kyiv', 'UA', 'none'],
    ['Europe/Kiev', 'UA', 'none'],
    ['Europe/London', 'GB', 'opt-in'],
    ['Europe/Zurich', 'CH', 'opt-in'],
    ['Europe/Oslo', 'NO', 'opt-in'],
    ['Europe/Mariehamn', 'FI', 'opt-in'],
    ['Atlantic/Canary', 'ES', 'opt-in'],
    ['Atlantic/Reykjavik', 'IS', 'opt-in'],
    ['Asia/Nicosia', 'CY', 'opt-in'],
    ['America/Sao_Paulo', 'BR', 'opt-in'],
    ['America/Cayenne', 'FR', 'opt-in'],
    ['America/Toronto', 'CA', 'none'],
    ['America/Argentina/Buenos_Aires', 'AR', 'none'],
    ['Asia/Tokyo', 'JP', 'none'],
    ['Australia/Sydney', 'AU', 'none'],
  ])('%s should give %s (%s)', (zone, region, model) => {
    expect(regionFromTimeZone(zone)).toBe(region);
    expect(jurisdictionModel(regionFromTimeZone(zone))).toBe(model);
  });

  it.each(['UTC', 'Etc/GMT+5', 'Europe/Atlantis', 'Mars/Olympus_Mons', 'Australia', 'Europe/', 'europe/berlin', 'constructor/x', 'Europe/constructor', '', '/'])(
    'given a zone it does not know (%j), should give undefined, which is opt-in',
    (zone) => {
      expect(regionFromTimeZone(zone)).toBeUndefined();
      expect(jurisdictionModel(regionFromTimeZone(zone))).toBe('opt-in');
    },
  );

  it('given something that is not a string, should give undefined rather than throw', () => {
    for (const value of [null, 42, {}, ['Europe/Berlin']]) expect(regionFromTimeZone(value as never)).toBeUndefined();
  });

  it("given no argument, should read the browser's own time zone", () => {
    browserTimeZone('America/Los_Angeles');
    expect(regionFromTimeZone()).toBe('US-CA');
  });

  it('given a browser where Intl cannot tell the zone, should give undefined', () => {
    vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockImplementation(() => {
      throw new RangeError('no time zone data');
    });
    expect(regionFromTimeZone()).toBeUndefined();
  });
});

function Model() {
  return <p>model: {useConsent().model}</p>;
}

describe('a provider without the helper never guesses', () => {
  it('given a browser in Los Angeles and no region, should stay opt-in and show the banner', () => {
    browserTimeZone('America/Los_Angeles');
    render(
      <ConsentProvider config={config} storage={memoryAdapter()} gpc={false}>
        <Model />
        <ConsentBanner />
      </ConsentProvider>,
    );
    expect(screen.queryByText('model: opt-in')).not.toBeNull();
    expect(screen.queryByRole('region', { name: 'Cookie consent' })).not.toBeNull();
  });

  it('given a browser in Los Angeles, a store made without a region should not grant what opt-out would', () => {
    browserTimeZone('America/Los_Angeles');
    const store = createConsentStore(config, { storage: memoryAdapter(), gpc: false });
    expect(store.getState().model).toBe('opt-in');
    expect(config.categoryIds.filter((id) => store.isGranted(id))).toEqual(['essential']);
  });

  it('given an explicit region and the guess as a fallback, the explicit region should win', () => {
    browserTimeZone('America/Los_Angeles');
    const explicit: string | undefined = 'DE';
    render(
      <ConsentProvider config={config} storage={memoryAdapter()} gpc={false} region={explicit ?? regionFromTimeZone()}>
        <Model />
      </ConsentProvider>,
    );
    expect(screen.queryByText('model: opt-in')).not.toBeNull();
  });

  it('given only the guess, a client-only app should get the guessed model', () => {
    browserTimeZone('America/Los_Angeles');
    render(
      <ConsentProvider config={config} storage={memoryAdapter()} gpc={false} region={regionFromTimeZone()}>
        <Model />
        <ConsentBanner />
      </ConsentProvider>,
    );
    expect(screen.queryByText('model: opt-out')).not.toBeNull();
    expect(screen.queryByRole('region', { name: 'Cookie consent' })).toBeNull();
  });
});

// The README's way to use the guess in a server-rendered app: no guess on the server or during
// hydration (the server cannot know the zone), the browser's guess right after, an explicit region first.
const noChanges = () => () => {};
function GuessedRegionConsent({ region, children }: { region?: string; children: ReactNode }) {
  const guessed = useSyncExternalStore(noChanges, () => region ?? regionFromTimeZone(), () => region);
  // A new store for the guessed region: the provider reads its options once.
  return (
    <ConsentProvider key={guessed} config={config} storage={memoryAdapter()} gpc={false} region={guessed}>
      {children}
    </ConsentProvider>
  );
}

describe('the guess after hydration in a server-rendered app', () => {
  let root: Root | undefined;
  afterEach(() => {
    if (root) act(() => root!.unmount());
    root = undefined;
    document.body.innerHTML = '';
  });

  it.each<[string, string | undefined, string]>([
    ['no explicit region: the guess applies once hydrated', undefined, 'model: opt-out'],
    ['an explicit region: it wins, before and after hydration', 'DE', 'model: opt-in'],
  ])('%s, with no hydration error', async (_, region, after) => {
    browserTimeZone('America/Los_Angeles');
    const container = document.createElement('div');
    container.innerHTML = renderToString(
      <GuessedRegionConsent region={region}>
        <Model />
      </GuessedRegionConsent>,
    );
    document.body.append(container);
    // The server rendered without a guess: opt-in, as for anyone whose region is unknown.
    expect(container.textContent).toBe('model: opt-in');
    const errors: unknown[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args) => void errors.push(args));
    await act(async () => {
      root = hydrateRoot(
        container,
        <GuessedRegionConsent region={region}>
          <Model />
        </GuessedRegionConsent>,
        { onRecoverableError: (error) => errors.push(error) },
      );
    });
    await waitFor(() => expect(container.textContent).toBe(after));
    expect(errors).toEqual([]);
  });
});
