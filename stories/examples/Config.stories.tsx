import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { defineConsentConfig } from '../../src/index';
import './examples.css';

const category = { title: 'Analytics', description: 'Usage statistics.' };

/** Mistakes `defineConsentConfig` refuses at once, each with the error it throws (run live). */
const MISTAKES: { mistake: string; define: () => unknown }[] = [
  {
    mistake: 'A cookie in an undeclared category',
    define: () =>
      defineConsentConfig({
        revision: 1,
        categories: { analytics: category },
        // @ts-expect-error: the category id is checked at compile time too
        cookies: [{ name: '_ga', category: 'analytcs', purpose: 'Visitor ID', duration: { years: 2 } }],
      }),
  },
  {
    mistake: 'A cookie name that is not an RFC 6265 token',
    define: () =>
      defineConsentConfig({
        revision: 1,
        categories: { analytics: category },
        cookies: [{ name: 'usage stats', category: 'analytics', purpose: 'Feature usage', duration: { days: 30 } }],
      }),
  },
  {
    mistake: 'The same cookie declared twice',
    define: () =>
      defineConsentConfig({
        revision: 1,
        categories: { analytics: category },
        cookies: [
          { name: '_gid', category: 'analytics', purpose: 'Session ID', duration: { hours: 24 } },
          { name: '_gid', category: 'analytics', purpose: 'Session ID', duration: { hours: 24 } },
        ],
      }),
  },
  {
    mistake: 'A revision that is not an integer',
    define: () => defineConsentConfig({ revision: 1.5, categories: { analytics: category } }),
  },
  {
    mistake: 'Keeping consent longer than 13 months',
    define: () => defineConsentConfig({ revision: 1, categories: { analytics: category }, consentExpiry: { months: 14 } }),
  },
  {
    mistake: 'A privacy policy link that is not http(s)',
    define: () =>
      defineConsentConfig({
        revision: 1,
        categories: { analytics: category },
        services: [{ name: 'Tracker', category: 'analytics', purpose: 'Stats', data: 'Page views', privacyPolicyUrl: 'javascript:alert(1)' }],
      }),
  },
];

function errorOf(define: () => unknown): string {
  try {
    define();
    return '(accepted)';
  } catch (error) {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
}

function ValidationErrors() {
  return (
    <table className="story-errors">
      <caption>What defineConsentConfig throws, computed live</caption>
      <thead>
        <tr>
          <th scope="col">Mistake</th>
          <th scope="col">Error</th>
        </tr>
      </thead>
      <tbody>
        {MISTAKES.map(({ mistake, define }) => (
          <tr key={mistake}>
            <th scope="row">{mistake}</th>
            <td>
              <pre>
                <code>{errorOf(define)}</code>
              </pre>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const meta = {
  title: 'Examples/Config',
  parameters: { consent: { provider: false } },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

export const Validation: Story = {
  name: 'Validation errors',
  render: () => <ValidationErrors />,
  play: async ({ canvasElement }) => {
    const rows = within(canvasElement).getAllByRole('row').slice(1);
    await expect(rows).toHaveLength(MISTAKES.length);
    for (const row of rows) await expect(row).toHaveTextContent('[consentkit] config.');
  },
};
