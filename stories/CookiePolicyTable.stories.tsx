import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { CookiePolicyTable, type CookiePolicyTableProps } from '../src/index';
import { formatDuration } from '../src/components/format-duration';
import { balancedMasteringConfig } from './demo/balanced-mastering';
import { changedText, componentArgs, textArgs, textArgTypes } from './support/controls';
import { storyMessages } from './support/locales';
import { webStorageConfig } from './support/configs';

type Args = CookiePolicyTableProps & ReturnType<typeof textArgs<'table'>>;

/**
 * The policy page's tables, generated from the config: one table of cookies per category (name,
 * provider, purpose, duration in words, third party), then the third-party services. In a narrow
 * column each row becomes a card headed by the cookie's name, with quiet labels, and stays a table
 * to assistive tech.
 */
const meta = {
  title: 'Components/CookiePolicyTable',
  component: CookiePolicyTable,
  tags: ['autodocs'],
  args: { showServices: true, ...textArgs('table') },
  argTypes: {
    category: { control: 'select', options: [undefined, ...balancedMasteringConfig.categoryIds] },
    showServices: { control: 'boolean' },
    className: { control: 'text' },
    classNames: { control: 'object' },
    ...textArgTypes('table'),
    messages: { control: false, description: 'Column headers and words for this table only (the Text controls fill it).' },
  },
  render: (args) => <CookiePolicyTable {...componentArgs('table', args)} messages={changedText('table', args)} />,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Cells of the first column of every body row of a table: the cookie or service names. */
const rowNames = (table: HTMLElement) => within(table).getAllByRole('rowheader').map((cell) => cell.textContent);

/** The whole reference policy: its three cookie lists, exactly, and its three third parties. */
export const ReferencePolicy: Story = {
  tags: ['locales'],
  play: async ({ canvasElement, globals }) => {
    const t = storyMessages(globals);
    const canvas = within(canvasElement);
    const tables = canvas.getAllByRole('table');
    await expect(tables.map((table) => table.querySelector('caption')?.textContent)).toEqual(['Essential', 'Functional', 'Analytics', t.table.services]);
    await expect(rowNames(tables[0]!)).toEqual(['auth-token', 'session-id', 'csrf-token']);
    await expect(rowNames(tables[1]!)).toEqual(['user-preferences', 'theme-mode', 'upload-history']);
    await expect(rowNames(tables[2]!)).toEqual(['_ga', '_gid', 'usage-stats']);
    await expect(rowNames(tables[3]!)).toEqual(['Stripe', 'Supabase', 'Google Analytics']);
    const durations = tables.slice(0, 3).flatMap((table) => within(table).getAllByRole('row').slice(1).map((row) => row.children[3]?.textContent));
    const words = (duration: Parameters<typeof formatDuration>[0]) => formatDuration(duration, t.locale, t.table.session, t.table.units);
    await expect(durations).toEqual(balancedMasteringConfig.cookies.map((cookie) => words(cookie.duration)));
    await expect(canvas.getByRole('link', { name: t.table.privacyPolicyLink.replace('{name}', 'Stripe') })).toHaveAttribute('href', 'https://stripe.com/privacy');
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

/** In a phone-width column (the theme uses a container query): cards headed by the cookie name, the semantics stay. */
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
    const names = canvas.getAllByRole('rowheader');
    await expect(names.map((cell) => cell.textContent)).toContain('_ga');
    // The name heads its card: no "Cookie" label before it.
    await expect(getComputedStyle(names[0]!, '::before').content).toBe('none');
  },
};

/**
 * Declared `localStorage` and `sessionStorage` keys are rows of their category's table, after its
 * cookies, the API that holds each named beside its key; a `*` family shows as written.
 */
export const WebStorage: Story = {
  args: { showServices: false },
  parameters: { consent: { config: webStorageConfig } },
  play: async ({ canvasElement, globals }) => {
    const t = storyMessages(globals);
    const tables = within(canvasElement).getAllByRole('table');
    await expect(rowNames(tables[1]!)).toEqual(['user-preferences', 'theme-mode', 'upload-history', 'upload-draft localStorage', 'player-volume sessionStorage']);
    await expect(rowNames(tables[2]!)).toEqual(['_ga', '_gid', 'usage-stats', 'usage-events-* localStorage']);
    const durations = within(tables[1]!)
      .getAllByRole('row')
      .slice(-2)
      .map((row) => row.children[3]?.textContent);
    await expect(durations).toEqual([formatDuration({ days: 7 }, t.locale, t.table.session, t.table.units), t.table.session]);
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
