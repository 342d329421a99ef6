/**
 * Runs once when the server starts (never during `next build`). It opens the consent log now, so
 * that the first decision logged does not wait for PGlite to create its database, which takes
 * seconds on a first start.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { openConsentLog } = await import('./app/consent-log');
  // Not awaited: the server answers meanwhile. A failure is reported, and tried again on first use.
  openConsentLog().catch((error: unknown) => console.error('consent log: could not open the database', error));
}
