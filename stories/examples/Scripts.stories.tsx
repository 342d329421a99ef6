import { useEffect, useMemo, useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ConsentScript } from '../../src/index';
import { ConsentReadout } from '../support/ConsentReadout';
import { DecisionButtons } from './HookExamples';

declare global {
  interface Window {
    storyScriptRuns?: Record<string, number>;
  }
}

/**
 * `<ConsentScript category="analytics" …>`: the `<script>` element does not exist until its
 * category is granted, so the browser cannot fetch or run it early. It runs once per page; when
 * the category is revoked later, `onRevoke` is called (its cookies are already erased).
 */
function ScriptGateDemo() {
  // A fresh snippet per mount: a page runs each script once, and stories share one page.
  const key = useMemo(() => `s${Math.random().toString(36).slice(2)}`, []);
  const [runs, setRuns] = useState(0);
  const [revoked, setRevoked] = useState(false);
  useEffect(() => {
    const timer = setInterval(() => setRuns(window.storyScriptRuns?.[key] ?? 0), 50);
    return () => clearInterval(timer);
  }, [key]);
  return (
    <div>
      <ConsentScript
        category="analytics"
        code={`(window.storyScriptRuns = window.storyScriptRuns || {}).${key} = (window.storyScriptRuns.${key} || 0) + 1;`}
        onRevoke={() => setRevoked(true)}
      />
      <DecisionButtons />
      <p role="status">
        Analytics script ran {runs} {runs === 1 ? 'time' : 'times'}.{revoked ? ' Analytics was revoked after it ran: onRevoke was called.' : ''}
      </p>
    </div>
  );
}

const meta = {
  title: 'Examples/Script gating',
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing runs before consent; Accept all runs the script once; revoking calls onRevoke. */
export const ScriptWaitsForConsent: Story = {
  name: '<ConsentScript category="analytics">',
  render: () => (
    <div className="story-example">
      <ScriptGateDemo />
      <ConsentReadout />
    </div>
  ),
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    await step('undecided: no script element, nothing ran', async () => {
      await expect(canvas.getByRole('status')).toHaveTextContent('ran 0 times');
      await expect(canvasElement.ownerDocument.querySelector('script[data-consent-category="analytics"]')).toBeNull();
    });
    await step('acceptAll() adds and runs it once', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'acceptAll()' }));
      await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('ran 1 time.'));
    });
    await step('revoking analytics calls onRevoke and runs nothing again', async () => {
      await userEvent.click(canvas.getByRole('button', { name: /^save/ }));
      await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('onRevoke was called'));
      await expect(canvas.getByRole('status')).toHaveTextContent('ran 1 time.');
    });
  },
};
