import '../../src/styles/index.css';
import { useEffect, useState } from 'react';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../axe-violations';
import { ConsentBanner } from '../../src/components/banner';
import { ConsentGate } from '../../src/components/consent-gate';
import { ConsentPrompt } from '../../src/components/consent-prompt';
import { ConsentPreferences } from '../../src/components/preferences';
import { ConsentSettingsButton } from '../../src/components/settings-button';
import { readCookie } from '../../src/core/cookie-jar';
import { createConsentStore } from '../../src/core/store';
import { memoryAdapter } from '../../src/storage/memory';
import type { ConsentMode } from '../../src/react/context';
import { ConsentProvider } from '../../src/react/provider';
import { useConsent, type ConsentControls } from '../../src/react/use-consent';
import { useCookie } from '../../src/react/use-cookie';
import { embedConfig } from './reach-fixtures';

// Real browser events are not wrapped in act(); tests wait for the DOM instead.
beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});
afterEach(() => {
  cleanup();
  document.cookie = 'theme-mode=; Max-Age=0; Path=/';
});

function renderSite(ui: React.ReactNode, { mode, prompt = true }: { mode?: ConsentMode; prompt?: boolean } = {}) {
  const store = createConsentStore(embedConfig, { storage: memoryAdapter() });
  render(
    <ConsentProvider store={store} mode={mode}>
      <ConsentBanner />
      <main>{ui}</main>
      <ConsentSettingsButton />
      <ConsentPreferences />
      {prompt && <ConsentPrompt />}
    </ConsentProvider>,
  );
  return store;
}

/** A button that asks for a category through `useConsent().requestConsent`, showing the answer. */
function AskFor({ category }: { category: string }) {
  const { requestConsent } = useConsent() as ConsentControls;
  const [answer, setAnswer] = useState('none');
  return (
    <>
      <button type="button" onClick={() => void requestConsent(category).then((granted) => setAnswer(String(granted)))}>
        Show map
      </button>
      <output>{answer}</output>
    </>
  );
}

const prompt = () => screen.findByRole('dialog', { name: 'Allow Functional?' });
const answer = () => screen.getByRole('status');

describe('requestConsent and ConsentPrompt in Chromium', () => {
  it('should open a modal prompt on its heading; Allow saves that category only, resolves true and returns focus', async () => {
    const store = renderSite(<AskFor category="functional" />);
    const opener = screen.getByRole('button', { name: 'Show map' });
    await userEvent.click(opener);
    const dialog = await prompt();
    expect(dialog).toHaveTextContent('Maps and remembered settings.');
    expect(dialog.matches(':modal')).toBe(true);
    expect(document.activeElement).toBe(within(dialog).getByRole('heading', { name: 'Allow Functional?' }));
    expect(await axeViolations(dialog)).toEqual([]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Allow' }));
    await waitFor(() => expect(answer()).toHaveTextContent('true'));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().record?.choices).toMatchObject({ functional: true, analytics: false, marketing: false });
    expect(document.activeElement).toBe(opener);
  });

  it.each([
    ['Not now', () => userEvent.click(screen.getByRole('button', { name: 'Not now' }))],
    ['Escape', () => userEvent.keyboard('{Escape}')],
  ])('%s should resolve false, save nothing and return focus', async (_, dismiss) => {
    const store = renderSite(<AskFor category="functional" />);
    const opener = screen.getByRole('button', { name: 'Show map' });
    await userEvent.click(opener);
    await prompt();
    await dismiss();
    await waitFor(() => expect(answer()).toHaveTextContent('false'));
    expect(screen.queryByRole('dialog', { name: 'Allow Functional?' })).toBeNull();
    expect(store.getState().decided).toBe(false);
    expect(document.activeElement).toBe(opener);
  });

  it('given the category already granted, should resolve true without a prompt', async () => {
    const store = renderSite(<AskFor category="functional" />);
    store.save({ functional: true });
    await userEvent.click(screen.getByRole('button', { name: 'Show map' }));
    await waitFor(() => expect(answer()).toHaveTextContent('true'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it("for a service, the prompt names it, its purpose and privacy policy; Allow grants that service and no other of its category", async () => {
    const store = renderSite(<AskFor category="service:youtube" />);
    await userEvent.click(screen.getByRole('button', { name: 'Show map' }));
    const dialog = await screen.findByRole('dialog', { name: 'Allow YouTube?' });
    expect(dialog).toHaveTextContent('Plays videos hosted on YouTube');
    expect(within(dialog).getByRole('link', { name: 'YouTube privacy policy' })).toHaveAttribute('href', 'https://policies.google.com/privacy');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Allow' }));
    await waitFor(() => expect(answer()).toHaveTextContent('true'));
    expect(store.isGranted('service:youtube')).toBe(true);
    expect(store.isGranted('service:vimeo')).toBe(false);
  });

  it('given no ConsentPrompt mounted, should resolve false and show nothing', async () => {
    renderSite(<AskFor category="functional" />, { prompt: false });
    await userEvent.click(screen.getByRole('button', { name: 'Show map' }));
    await waitFor(() => expect(answer()).toHaveTextContent('false'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

/** A widget that records whether it is mounted, as a chat or a player would set itself up. */
let mounted = false;
function Widget() {
  useEffect(() => {
    mounted = true;
    return () => void (mounted = false);
  }, []);
  return <p>Chat widget</p>;
}

describe('ConsentGate in Chromium', () => {
  it('should render its children only while the category is granted, and unmount them on withdrawal', async () => {
    const store = renderSite(
      <ConsentGate category="functional" fallback={<p>Chat is off</p>}>
        <Widget />
      </ConsentGate>,
    );
    expect(screen.getByText('Chat is off')).toBeVisible();
    expect(screen.queryByText('Chat widget')).toBeNull();
    expect(mounted).toBe(false);
    store.save({ functional: true });
    await screen.findByText('Chat widget');
    expect(mounted).toBe(true);
    store.save({ functional: false });
    await screen.findByText('Chat is off');
    expect(screen.queryByText('Chat widget')).toBeNull();
    expect(mounted).toBe(false);
  });

  it('given a service, renders its children only while that service is granted', async () => {
    const store = renderSite(
      <ConsentGate service="youtube" fallback={<p>Video is off</p>}>
        <Widget />
      </ConsentGate>,
    );
    store.save({ 'service:vimeo': true });
    await waitFor(() => expect(store.isGranted('marketing')).toBe(true));
    expect(screen.getByText('Video is off')).toBeVisible();
    store.save({ 'service:youtube': true });
    await screen.findByText('Chat widget');
    store.save({ 'service:youtube': false });
    await screen.findByText('Video is off');
    expect(mounted).toBe(false);
  });

  it('a fallback function gets `request`, which opens the prompt and renders the children once allowed', async () => {
    renderSite(
      <ConsentGate category="functional" fallback={(request) => <button onClick={() => void request()}>Enable chat</button>}>
        <Widget />
      </ConsentGate>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Enable chat' }));
    await userEvent.click(within(await prompt()).getByRole('button', { name: 'Allow' }));
    await screen.findByText('Chat widget');
  });
});

describe('the in-context provider mode in Chromium', () => {
  it('should show no first layer; a gate offers to turn its category on, and the settings button still lists every category', async () => {
    const store = renderSite(
      <ConsentGate category="functional">
        <Widget />
      </ConsentGate>,
      { mode: 'in-context' },
    );
    await waitFor(() => expect(store.getState().status).toBe('ready'));
    expect(screen.queryByRole('region', { name: 'Cookie consent' })).toBeNull();
    expect(store.isGranted('functional')).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Turn on Functional' }));
    await userEvent.click(within(await prompt()).getByRole('button', { name: 'Allow' }));
    await screen.findByText('Chat widget');
    await userEvent.click(screen.getByRole('button', { name: 'Cookie settings' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cookie preferences' });
    for (const name of ['Functional', 'Analytics', 'Marketing']) expect(within(dialog).getByRole('switch', { name })).toBeVisible();
  });

  it("useCookie's setter asks instead of only refusing, and writes once allowed", async () => {
    function ThemePicker() {
      const [theme, setTheme] = useCookie('theme-mode');
      const [written, setWritten] = useState('');
      return (
        <>
          <button type="button" onClick={() => setWritten(String(setTheme('dark')))}>
            Dark theme
          </button>
          <p>
            theme {theme ?? 'unset'}, written {written}
          </p>
        </>
      );
    }
    renderSite(<ThemePicker />, { mode: 'in-context' });
    await userEvent.click(screen.getByRole('button', { name: 'Dark theme' }));
    // Nothing is written until the person answers.
    await screen.findByText('theme unset, written false');
    expect(readCookie('theme-mode')).toBeUndefined();
    await userEvent.click(within(await prompt()).getByRole('button', { name: 'Allow' }));
    await screen.findByText('theme dark, written false');
    expect(readCookie('theme-mode')).toBe('dark');
  });
});

describe("useCookie's ask option in Chromium", () => {
  function Picker({ ask }: { ask?: boolean }) {
    const [, setTheme] = useCookie('theme-mode', { ask });
    return (
      <button type="button" onClick={() => setTheme('dark')}>
        Dark theme
      </button>
    );
  }

  it('given ask: true in the banner mode, the setter opens the prompt', async () => {
    renderSite(<Picker ask />);
    await userEvent.click(screen.getByRole('button', { name: 'Dark theme' }));
    await userEvent.click(within(await prompt()).getByRole('button', { name: 'Not now' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(readCookie('theme-mode')).toBeUndefined();
  });

  it('given no option in the banner mode, the setter refuses without asking', async () => {
    renderSite(<Picker />);
    await userEvent.click(screen.getByRole('button', { name: 'Dark theme' }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(readCookie('theme-mode')).toBeUndefined();
  });
});
