import { useId } from 'react';
import { useConsent, useConsentStore } from '../../src/index';
import './support.css';

const METHOD_WORDS = { 'accept-all': 'Accept all', 'reject-all': 'Reject all', custom: 'Custom (saved preferences)', reset: 'Reset', gpc: 'Global Privacy Control (no click)' } as const;

/**
 * What `useConsent()` says right now, as a table: a designer sees consent change as they click, and
 * play functions read their assertions from it.
 */
export function ConsentReadout({ title = 'Live consent state' }: { title?: string }) {
  const consent = useConsent();
  const { config } = useConsentStore();
  const headingId = useId();
  const { record } = consent;
  return (
    <section className="story-readout" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <table>
        <caption>
          <code>useConsent()</code>, updated on every change
        </caption>
        <tbody>
          <tr>
            <th scope="row">Storage</th>
            <td>{consent.loading ? 'loading…' : 'ready'}</td>
          </tr>
          <tr>
            <th scope="row">Decided</th>
            <td data-value={String(consent.decided)}>{consent.decided ? 'yes' : 'no'}</td>
          </tr>
          {config.categoryIds.map((id) => (
            <tr key={id}>
              <th scope="row" title={`useConsent('${id}')`}>
                {String(config.categories[id]!.title)}
              </th>
              <td data-value={consent.choices[id]}>{consent.choices[id]}</td>
            </tr>
          ))}
          <tr>
            <th scope="row" title="useConsent().model: from the provider's region">
              Model
            </th>
            <td>{consent.model}</td>
          </tr>
          <tr>
            <th scope="row">Global Privacy Control</th>
            <td>{consent.gpc ? 'on' : 'off'}</td>
          </tr>
          <tr>
            <th scope="row">Record id</th>
            <td>{record ? <code>{record.id}</code> : '—'}</td>
          </tr>
          <tr>
            <th scope="row">Method</th>
            <td>{record ? METHOD_WORDS[record.method] : '—'}</td>
          </tr>
          <tr>
            <th scope="row">Decided at</th>
            <td>{record ? <time dateTime={new Date(record.decidedAt * 1000).toISOString()}>{new Date(record.decidedAt * 1000).toLocaleString('en-GB', { timeZone: 'UTC' })} UTC</time> : '—'}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
