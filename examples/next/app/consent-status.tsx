'use client';
import { useConsent, useCookie } from 'consentkit';

/** What the page knows of consent, as text a test (or a curious visitor) can read. */
export function ConsentStatus() {
  const { decided, gpc, choices } = useConsent();
  const [theme, setTheme] = useCookie('theme-mode');
  return (
    <section>
      <p data-testid="status">
        {`decided: ${decided}; gpc: ${gpc}; analytics: ${choices.analytics}; advertising: ${choices.advertising}; theme: ${theme ?? 'none'}`}
      </p>
      {/* Writes nothing while "functional" has no consent. */}
      <button type="button" onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}>
        Toggle theme
      </button>
    </section>
  );
}
