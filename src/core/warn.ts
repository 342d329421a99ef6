// Mistakes already reported. Most come from a render or a hook that runs again with the same
// input (an inline `messages` object, a bad `locale` prop): once per message is enough, as React
// itself warns. A failure (a warning with the error as its detail) is an event: each is shown.
const shown = new Set<string>();

/**
 * Development-only warning: a mistake once per message, a failure (`detail`, the error) each
 * time. Bundlers replace `process.env.NODE_ENV`, so
 * production builds drop the check, the message text and the memory of what was shown.
 */
export function warn(message: string, detail?: unknown): void {
  if (process.env.NODE_ENV !== 'production' && (detail !== undefined || !shown.has(message))) {
    shown.add(message);
    // eslint-disable-next-line no-console
    console.warn(`[consentkit] ${message}`, ...(detail === undefined ? [] : [detail]));
  }
}

/** Forgets which warnings were shown, so that a test sees its own. @internal */
export const forgetWarnings = (): void => shown.clear();
