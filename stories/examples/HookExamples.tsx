import { useSyncExternalStore } from 'react';
import { useConsent } from '../../src/index';
import type { FakeConsentApi } from './backend-adapter';
import '../support/support.css';
import './examples.css';

/**
 * Gating a script on one category: `useConsent('analytics')` is a boolean that re-renders only
 * when the analytics grant changes.
 */
export function AnalyticsGate() {
  const analytics = useConsent('analytics');
  return (
    <p className="story-gate" data-state={analytics ? 'on' : 'off'}>
      {analytics ? 'Analytics granted: the analytics script would load now.' : 'Analytics not granted: no analytics script, no _ga cookie.'}
    </p>
  );
}

/** The decision controls, as a site's own UI would call them. */
export function DecisionButtons() {
  const { acceptAll, rejectAll, save, reset } = useConsent();
  return (
    <div className="story-buttons" role="group" aria-label="Decide from code">
      <button type="button" onClick={acceptAll}>
        acceptAll()
      </button>
      <button type="button" onClick={rejectAll}>
        rejectAll()
      </button>
      <button type="button" onClick={() => save({ functional: true, analytics: false })}>
        save(&#123; functional: true &#125;)
      </button>
      <button type="button" onClick={reset}>
        reset()
      </button>
    </div>
  );
}

/** The calls a backend adapter has made, live. */
export function BackendLog({ api }: { api: FakeConsentApi }) {
  const log = useSyncExternalStore(api.subscribe, () => api.log);
  return (
    <section aria-label="Backend calls" className="story-log">
      <h2>Backend calls</h2>
      {log.length ? (
        <ol>
          {log.map((entry, i) => (
            <li key={i}>
              <code>{entry}</code>
            </li>
          ))}
        </ol>
      ) : (
        <p>None yet.</p>
      )}
    </section>
  );
}
