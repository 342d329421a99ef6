import { useEffect, useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { ConsentAudit, useConsent, type ConsentAuditFinding, type ConsentControls } from '../src/index';

const WRITTEN = ['_fbp', '_ga'];

/** Writes cookies the way third-party scripts do, around consentkit, and lists what the audit says. */
function AuditPanel() {
  const [findings, setFindings] = useState<ConsentAuditFinding[]>([]);
  const [tracking, setTracking] = useState(false);
  const { rejectAll } = useConsent() as ConsentControls;
  useEffect(() => {
    if (!tracking) return;
    // As a tracker does on every hit: written again and again, so it is back even where
    // consentkit's sweep of cookies without consent has just erased it.
    const write = () => (document.cookie = '_ga=GA1.1.1; Path=/');
    write();
    const timer = setInterval(write, 100);
    return () => {
      clearInterval(timer);
      document.cookie = '_ga=; Max-Age=0; Path=/';
    };
  }, [tracking]);
  return (
    <main className="story-page">
      <ConsentAudit interval={200} onFinding={(finding) => setFindings((list) => [...list, finding])} />
      <p>
        <button type="button" className="ck-button" onClick={() => (document.cookie = '_fbp=fb.1.1700000000; Path=/')}>
          Write an undeclared cookie (_fbp)
        </button>{' '}
        <button
          type="button"
          className="ck-button"
          onClick={() => {
            rejectAll();
            setTracking(true);
          }}
        >
          Reject all, then write _ga anyway
        </button>
      </p>
      <h2>Findings</h2>
      <ul aria-label="Findings">
        {findings.map((finding) => (
          <li key={`${finding.area} ${finding.name} ${finding.kind}`}>
            <pre style={{ whiteSpace: 'pre-wrap' }}>{finding.message}</pre>
          </li>
        ))}
      </ul>
    </main>
  );
}

/**
 * The development audit, live: `<ConsentAudit />` (or `auditConsent(store)`) watches cookies and
 * Web Storage and warns once per name about what the policy does not account for, with the
 * declaration to paste. Production builds contain none of it.
 */
const meta = {
  title: 'Development/ConsentAudit',
  component: ConsentAudit,
  render: () => <AuditPanel />,
  beforeEach: () => () => {
    for (const name of WRITTEN) document.cookie = `${name}=; Max-Age=0; Path=/`;
  },
} satisfies Meta<typeof ConsentAudit>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Write an undeclared cookie: the audit names it and gives the declaration to paste. */
export const Live: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Write an undeclared cookie (_fbp)' }));
    const list = within(canvasElement).getByRole('list', { name: 'Findings' });
    await expect(await within(list).findByText(/cookie "_fbp" is not declared/)).toBeVisible();
    await expect(list).toHaveTextContent("{ name: '_fbp', category: '…', purpose: '…', duration: { days: 30 } },");
  },
};

/** A declared cookie written after a refusal: the audit says it has no consent. */
export const WithoutConsent: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Reject all, then write _ga anyway' }));
    const list = within(canvasElement).getByRole('list', { name: 'Findings' });
    await expect(await within(list).findByText(/cookie "_ga" is present, but category "analytics" has no consent/)).toBeVisible();
  },
};
