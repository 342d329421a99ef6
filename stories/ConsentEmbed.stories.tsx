import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ConsentEmbed, spotifyEmbed, youtubeEmbed, type ConsentEmbedProps } from '../src/index';
import { reachConfig } from './support/configs';
import { storyMessages } from './support/locales';

// A stand-in for the third party's page: stories never reach the network.
const PLAYER = `data:text/html,${encodeURIComponent('<!doctype html><title>Player</title><body style="margin:0;display:grid;place-items:center;height:100vh;background:#111;color:#eee;font:16px system-ui">Player</body>')}`;

/**
 * An iframe from a third party that does not exist until its consent is given. In its place, a
 * card of the same size names the service, its purpose and privacy policy, and offers "Load this
 * once" (nothing saved) and "Always allow …" (saves consent for that service).
 */
const meta = {
  title: 'Components/ConsentEmbed',
  component: ConsentEmbed,
  tags: ['autodocs'],
  args: { src: PLAYER, title: 'Mastering walkthrough', preset: youtubeEmbed },
  argTypes: {
    preset: { control: false },
    iframeProps: { control: false },
    classNames: { control: false },
    messages: { control: false },
  },
  parameters: { consent: { config: reachConfig } },
  render: (args: ConsentEmbedProps) => (
    <div style={{ maxWidth: 560 }}>
      <ConsentEmbed {...args} />
    </div>
  ),
} satisfies Meta<ConsentEmbedProps>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Before consent: the placeholder card, 16 / 9 like the player it stands for. */
export const Placeholder: Story = {
  play: async ({ canvasElement, globals }) => {
    const card = within(canvasElement).getByRole('group', { name: 'Mastering walkthrough' });
    await expect(within(card).getByRole('link', { name: storyMessages(globals).embed!.privacyPolicy.replace('{service}', 'YouTube') })).toBeVisible();
    await expect(canvasElement.querySelector('iframe')).toBeNull();
  },
};

/** "Load this once": the player loads for this page view and takes focus; nothing is saved. */
export const LoadOnce: Story = {
  play: async ({ canvasElement, globals }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: storyMessages(globals).embed!.loadOnce }));
    const frame = await within(canvasElement).findByTitle('Mastering walkthrough');
    await waitFor(() => expect(frame).toHaveFocus());
  },
};

/** Consent for the service already given: the player renders at once. */
export const Allowed: Story = {
  parameters: { consent: { config: reachConfig, state: 'accepted' } },
};

/** Spotify's player is 352px high whatever its width: the card keeps that height. */
export const FixedHeight: Story = {
  args: { preset: spotifyEmbed, title: 'Reference tracks' },
};

/** Without a preset: a service from the config and a category (Always allow names the category). */
export const CategoryOnly: Story = {
  args: { preset: undefined, service: 'Google Maps', category: 'functional', title: 'Studio location' },
};

/** Dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
};
