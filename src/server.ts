export { readConsentCookie, readConsentState } from './integrations/server';
export { googleConsentModeDefaults, inlineScriptHash, type GoogleConsentModeDefaultsOptions } from './server/google-consent-mode';
export { createConsentLogHandler, consentTextsHash, memoryConsentLog, type ConsentHistory, type ConsentHistoryEntry, type ConsentLogEntry, type ConsentLogHandlerOptions, type ConsentLogSink, type ConsentLogWriteResult } from './server/consent-log';
export { consentLogSchema, postgresConsentLog, type PostgresConsentLogOptions, type SqlClient } from './server/postgres-consent-log';
export { reissueConsentCookie, type ReissueConsentCookieOptions } from './server/consent-cookie';
