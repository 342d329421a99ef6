import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { CookiePolicyTable } from '../src/index';
import { balancedMasteringConfig } from './demo/balanced-mastering';

/**
 * The policy page's tables, generated from the config: one table of cookies per category (name,
 * provider, purpose, duration in words, third party), then the third-party services. On narrow
 * screens the rows stack and stay a table to assistive tech.
 */
const meta = {
  title: 'Components/CookiePolicyTable',
  component: CookiePolicyTable,
  tags: ['autodocs'],
  args: { showServices: true },
  argTypes: {
    category: { control: 'select', options: [undefined, ...balancedMasteringConfig.categoryIds] },
    showServices: { control: 'boolean' },
    className: { control: 'text' },
    classNames: { control: 'object' },
    messages: { control: 'object', description: 'Column headers and words: cookie, provider, purpose, duration, session, yes, no…' },
  },
} satisfies Meta<typeof CookiePolicyTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Cells of the first column of every body row of a table: the cookie or service names. */
const rowNames = (table: HTMLElement) => within(table).getAllByRole('rowheader').map((cell) => cell.textContent);

/** The whole reference policy: its three cookie lists, exactly, and its three third parties. */
export const ReferencePolicy: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const tables = canvas.getAllByRole('table');
    await expect(tables.map((t) => t.querySelector('caption')?.textContent)).toEqual([
      'Essential',
      'Functional',
      'Analytics',
      'Third-party services',
    ]);
    await expect(rowNames(tables[0]!)).toEqual(['auth-token', 'session-id', 'csrf-token']);
    await expect(rowNames(tables[1]!)).toEqual(['user-preferences', 'theme-mode', 'upload-history']);
    await expect(rowNames(tables[2]!)).toEqual(['_ga', '_gid', 'usage-stats']);
    await expect(rowNames(tables[3]!)).toEqual(['Stripe', 'Supabase', 'Google Analytics']);
    const durations = tables.slice(0, 3).flatMap((t) => within(t).getAllByRole('row').slice(1).map((r) => r.children[3]?.textContent));
    await expect(durations).toEqual(['7 days', 'Session', 'Session', '30 days', '90 days', '7 days', '2 years', '24 hours', '30 days']);
    await expect(canvas.getByRole('link', { name: 'Stripe privacy policy' })).toHaveAttribute('href', 'https://stripe.com/privacy');
  },
};

/** Filtered to one category, e.g. beside the analytics paragraph of a policy. */
export const OneCategory: Story = {
  args: { category: 'analytics' },
  play: async ({ canvasElement }) => {
    const tables = within(canvasElement).getAllByRole('table');
    await expect(tables).toHaveLength(2);
    await expect(rowNames(tables[1]!)).toEqual(['Google Analytics']);
  },
};

/** Cookies only. */
export const WithoutServices: Story = {
  args: { showServices: false },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('table')).toHaveLength(3);
  },
};

/** In a phone-width column (the theme uses a container query): rows stack, the semantics stay. */
export const Narrow: Story = {
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '22rem' }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('columnheader').length).toBeGreaterThan(0);
    await expect(canvas.getAllByRole('rowheader').map((cell) => cell.textContent)).toContain('_ga');
  },
};

/** German words for durations and headers. */
export const German: Story = {
  globals: { locale: 'de' },
};

/** Dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
};

/** Right to left. */
export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
};
