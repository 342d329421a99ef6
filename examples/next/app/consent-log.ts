import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { postgresConsentLog, type ConsentLogSink } from 'consentkit/server';

type Log = ReturnType<typeof postgresConsentLog>;

// One database per server process, kept on globalThis: instrumentation.ts and each route are
// bundled apart (each has its own copy of this module), and `next dev` re-evaluates modules on
// every change, while a PGlite directory must be opened once.
const opened = globalThis as typeof globalThis & { consentLog?: Promise<Log> };

/**
 * The proof-of-consent log: `postgresConsentLog` on embedded PostgreSQL (PGlite), in the directory
 * `CONSENT_LOG_DIR` (default `.data/consent-log`; `memory://` for a log that ends with the process).
 * Opened on first use; its tables are created if missing. The first start creates the database,
 * which takes seconds: instrumentation.ts opens it when the server starts.
 * On a real PostgreSQL the sink is the same, over a `pg` Pool (see README).
 */
export function openConsentLog(): Promise<Log> {
  opened.consentLog ??= (async () => {
    const dir = process.env.CONSENT_LOG_DIR || '.data/consent-log';
    // PGlite makes its own directory, not the ones above it.
    if (!dir.includes('://')) await mkdir(dir, { recursive: true });
    const log = postgresConsentLog(await PGlite.create(dir));
    await log.migrate();
    return log;
  })().catch((error: unknown) => {
    // A failed start is tried again by the next request (the client retries until one succeeds).
    opened.consentLog = undefined;
    throw error;
  });
  return opened.consentLog;
}

/** The log as a sink for `createConsentLogHandler`, opening the database when first written to. */
export const consentLog: Required<ConsentLogSink> = {
  write: async (entry) => (await openConsentLog()).write(entry),
  history: async (id) => (await openConsentLog()).history(id),
};
