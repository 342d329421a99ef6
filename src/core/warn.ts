/**
 * Development-only warning. Bundlers replace `process.env.NODE_ENV`, so production builds drop
 * both the check and the message text.
 */
export function warn(message: string, detail?: unknown): void {
  if (process.env.NODE_ENV !== 'production') {
    // eslint-disable-next-line no-console
    console.warn(`[consentkit] ${message}`, ...(detail === undefined ? [] : [detail]));
  }
}
