import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { ConsentGate, ConsentPrompt, ConsentProvider, type ConsentGateProps } from '../src/index';
import { reachConfig } from './support/configs';
import { createStoryStore } from './support/consent';
import { storyMessages } from './support/locales';
import { useStoryMessages } from './support/story-messages';

/**
 * Renders its children only while a category (or a service) is granted, and a fallback otherwise:
 * a widget that sets cookies does not exist before consent, and unmounts when it is withdrawn.
 */
const meta = {
  title: 'Components/ConsentGate',
  component: ConsentGate,
  tags: ['autodocs'],
  args: { category: 'functional' },
  parameters: { consent: { config: reachConfig } },
  render: (args: ConsentGateProps) => (
    <>
      <ConsentGate {...args}>
        <p className="story-widget">Live chat is on.</p>
      </ConsentGate>
      <ConsentPrompt />
    </>
  ),
} satisfies Meta<ConsentGateProps>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A fallback with a button of its own: `request` opens the prompt; Allow shows the widget. */
export const FallbackAsks: Story = {
  args: {
    fallback: (request) => (
      <button type="button" className="ck-button" onClick={() => void request()}>
        Enable live chat
      </button>
    ),
  },
  play: async ({ canvasElement, globals }) => {
    const t = storyMessages(globals).prompt!;
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Enable live chat' }));
    const prompt = await within(canvasElement.ownerDocument.body).findByRole('dialog', { name: t.title.replace('{name}', 'Functional') });
    await userEvent.click(within(prompt).getByRole('button', { name: t.allow }));
    await expect(await within(canvasElement).findByText('Live chat is on.')).toBeVisible();
  },
};

/** Granted: the children. */
export const Granted: Story = {
  parameters: { consent: { config: reachConfig, state: 'accepted' } },
};

/** A service instead of a category. */
export const Service: Story = {
  args: { category: undefined, service: 'youtube', fallback: <p>The video needs YouTube to be allowed.</p> } as ConsentGateProps,
};

/** The provider's `in-context` mode: without a fallback, the gate offers to turn its category on. */
export const InContext: Story = {
  parameters: { consent: { config: reachConfig, provider: false } },
  render: function Render(args: ConsentGateProps) {
    const messages = useStoryMessages();
    return (
      <ConsentProvider store={createStoryStore({ config: reachConfig })} messages={messages} mode="in-context">
        <ConsentGate {...args}>
          <p>Live chat is on.</p>
        </ConsentGate>
        <ConsentPrompt />
      </ConsentProvider>
    );
  },
  play: async ({ canvasElement, globals }) => {
    await expect(within(canvasElement).getByRole('button', { name: storyMessages(globals).prompt!.ask.replace('{name}', 'Functional') })).toBeVisible();
  },
};
