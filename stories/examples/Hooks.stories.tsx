import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ConsentReadout } from '../support/ConsentReadout';
import { readout } from '../support/play';
import { ThemeCookieDemo } from '../support/ThemeCookieDemo';
import { AnalyticsGate, BackendLog, DecisionButtons } from './HookExamples';
import { backendAdapter, createFakeConsentApi } from './backend-adapter';

/** Live examples for the Hooks and Storage adapters docs pages. */
const meta = {
  title: 'Examples/Hooks',
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** `useConsent('analytics')` gates a script; the buttons call the actions of `useConsent()`. */
export const CheckACategory: Story = {
  name: "useConsent('analytics')",
  render: () => (
    <div className="story-example">
      <div>
        <AnalyticsGate />
        <DecisionButtons />
      </div>
      <ConsentReadout />
    </div>
  ),
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    await step('undecided: nothing is granted', async () => {
      await expect(canvas.getByText(/Analytics not granted/)).toBeVisible();
    });
    await step('acceptAll() grants analytics', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'acceptAll()' }));
      await expect(canvas.getByText(/Analytics granted/)).toBeVisible();
      await expect(readout(canvasElement, 'Analytics')).toHaveTextContent('granted');
    });
    await step('save({ functional: true }) refuses analytics again', async () => {
      await userEvent.click(canvas.getByRole('button', { name: /^save/ }));
      await expect(canvas.getByText(/Analytics not granted/)).toBeVisible();
      await expect(readout(canvasElement, 'Method')).toHaveTextContent('Custom');
    });
  },
};

/** `useCookie('theme-mode')`: `set` returns false and writes nothing until Functional is granted. */
export const CookieRefusedWithoutConsent: Story = {
  name: "useCookie('theme-mode')",
  render: () => (
    <div className="story-example">
      <div>
        <DecisionButtons />
        <ThemeCookieDemo />
      </div>
      <ConsentReadout />
    </div>
  ),
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const value = canvas.getByTestId('theme-cookie-value');
    await step('before consent the write is refused', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Remember dark theme' }));
      await expect(canvas.getByRole('status')).toHaveTextContent(/Refused/);
      await expect(value).toHaveTextContent('not set');
      await expect(document.cookie).not.toMatch(/(^|; )theme-mode=/);
    });
    await step('after granting Functional the same call writes the cookie', async () => {
      await userEvent.click(canvas.getByRole('button', { name: /^save/ }));
      await userEvent.click(canvas.getByRole('button', { name: 'Remember dark theme' }));
      await expect(canvas.getByRole('status')).toHaveTextContent('Saved: theme-mode=dark.');
      await expect(value).toHaveTextContent('dark');
      await expect(document.cookie).toMatch(/(^|; )theme-mode=dark/);
    });
    await step('rejectAll() erases it', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'rejectAll()' }));
      await expect(value).toHaveTextContent('not set');
      await expect(document.cookie).not.toMatch(/(^|; )theme-mode=/);
    });
  },
};

// A fresh pretend backend per render: the storage factory below runs before the story renders.
let api = createFakeConsentApi(800);

/**
 * A custom async adapter over a (pretend) backend: `loading` is true until `get()` answers, and
 * each decision is written with a PUT.
 */
export const AsyncStorageAdapter: Story = {
  name: 'Async storage adapter',
  parameters: {
    consent: {
      storage: () => {
        api = createFakeConsentApi(800);
        return backendAdapter(api);
      },
    },
  },
  render: () => (
    <div className="story-example">
      <div>
        <AnalyticsGate />
        <DecisionButtons />
      </div>
      <ConsentReadout />
      <BackendLog api={api} />
    </div>
  ),
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const storage = readout(canvasElement, 'Storage');
    await step('loading until the backend answers', async () => {
      await waitFor(() => expect(storage).toHaveTextContent('ready'), { timeout: 5000 });
    });
    await step('a decision is shown at once and saved in the background', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'acceptAll()' }));
      await expect(canvas.getByText(/Analytics granted/)).toBeVisible();
      await waitFor(() => expect(canvas.getByRole('region', { name: 'Backend calls' })).toHaveTextContent('PUT /api/consent ✓'), {
        timeout: 5000,
      });
    });
  },
};
