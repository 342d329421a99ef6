import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ConsentPrompt, useConsent, type ConsentControls, type ConsentPromptProps } from '../src/index';
import { reachConfig } from './support/configs';
import { storyMessages, type ToolbarGlobals } from './support/locales';

/** The prompt's heading for `name` under the toolbar's locale: its accessible name. */
const promptTitle = (globals: ToolbarGlobals, name: string) => storyMessages(globals).prompt!.title.replace('{name}', name);

/** A button that asks for `target` through `useConsent().requestConsent`, and shows the answer. */
function AskButton({ target, label }: { target: string; label: string }) {
  const { requestConsent } = useConsent() as ConsentControls;
  return (
    <button type="button" className="ck-button" onClick={(event) => {
        const button = event.currentTarget;
        void requestConsent(target).then((granted) => (button.dataset.answer = String(granted)));
      }}
    >
      {label}
    </button>
  );
}

/**
 * The small prompt `requestConsent()` opens: what is asked for and why, Allow and Not now, equal.
 * Focus starts on its heading, Escape means Not now, focus returns to the button that asked.
 * Render it once inside the provider.
 */
const meta = {
  title: 'Components/ConsentPrompt',
  component: ConsentPrompt,
  tags: ['autodocs'],
  parameters: { consent: { config: reachConfig }, docs: { story: { inline: false, iframeHeight: 420 } } },
  render: (args: ConsentPromptProps) => (
    <main className="story-page">
      <AskButton target="functional" label="Show the studio map" />{' '}
      <AskButton target="service:youtube" label="Play the walkthrough" />
      <ConsentPrompt {...args} />
    </main>
  ),
} satisfies Meta<ConsentPromptProps>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Asking for a category: its title and description. Allow saves it; focus returns. */
export const Category: Story = {
  play: async ({ canvasElement, globals }) => {
    const body = within(canvasElement.ownerDocument.body);
    const opener = within(canvasElement).getByRole('button', { name: 'Show the studio map' });
    await userEvent.click(opener);
    const prompt = await body.findByRole('dialog', { name: promptTitle(globals, 'Functional') });
    await waitFor(() => expect(within(prompt).getByRole('heading')).toHaveFocus());
    await userEvent.click(within(prompt).getByRole('button', { name: storyMessages(globals).prompt!.allow }));
    await waitFor(() => expect(opener).toHaveAttribute('data-answer', 'true'));
    await expect(opener).toHaveFocus();
  },
};

/** Asking for a service: its name, purpose and privacy policy. Escape means Not now. */
export const Service: Story = {
  play: async ({ canvasElement, globals }) => {
    const opener = within(canvasElement).getByRole('button', { name: 'Play the walkthrough' });
    await userEvent.click(opener);
    const prompt = await within(canvasElement.ownerDocument.body).findByRole('dialog', { name: promptTitle(globals, 'YouTube') });
    await expect(within(prompt).getByRole('link', { name: storyMessages(globals).prompt!.privacyPolicy.replace('{name}', 'YouTube') })).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(opener).toHaveAttribute('data-answer', 'false'));
  },
};

/** Open, in the dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement, globals }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Play the walkthrough' }));
    await within(canvasElement.ownerDocument.body).findByRole('dialog', { name: promptTitle(globals, 'YouTube') });
  },
};
