import { useId, useState } from 'react';
import { useConsent, useCookie } from '../../src/index';
import './support.css';

/**
 * `useCookie('theme-mode')`: the write is refused (returns false, writes nothing) until the
 * Functional category is granted.
 */
export function ThemeCookieDemo() {
  const [theme, setTheme, removeTheme] = useCookie('theme-mode');
  const functional = useConsent('functional');
  const [outcome, setOutcome] = useState<string>();
  const titleId = useId();
  const next = theme === 'dark' ? 'light' : 'dark';
  return (
    <section className="story-cookie-demo" aria-labelledby={titleId}>
      <h2 id={titleId}>
        <code>useCookie('theme-mode')</code>
      </h2>
      <p>
        Functional cookies: <strong>{functional ? 'allowed' : 'not allowed'}</strong>. Stored value:{' '}
        <strong data-testid="theme-cookie-value">{theme ?? 'not set'}</strong>
      </p>
      <p className="story-buttons">
        <button
          type="button"
          onClick={() => {
            const written = setTheme(next);
            setOutcome(
              written
                ? `Saved: theme-mode=${next}.`
                : 'Refused: the Functional category is not allowed, so nothing was written. Allow it in Cookie settings.',
            );
          }}
        >
          Remember {next} theme
        </button>
        <button
          type="button"
          onClick={() => {
            removeTheme();
            setOutcome('Removed theme-mode.');
          }}
        >
          Forget theme
        </button>
      </p>
      <p role="status" className="story-outcome">
        {outcome}
      </p>
    </section>
  );
}
