export { readConsentCookie } from './read-consent-cookie';
export { readConsentState } from './read-consent-state';
export type { ConsentSource, CookieStoreLike, ReadConsentStateOptions, ServerConsentState } from './read-consent-state';
export { CookiePolicyTable } from './policy-table';
export type { CookiePolicyTableProps } from './policy-table';
export type { CookiePolicyTableClassNames } from '../components/policy-table-view';
export { prePaintScript, prePaintScriptHash } from './pre-paint';
export type { PrePaintScriptOptions } from './pre-paint';
export { googleConsentModeDefaults, inlineScriptHash, type GoogleConsentModeDefaultsOptions } from './google-consent-mode';
export {
  createConsentLogHandler,
  consentTextsHash,
  loggedChoices,
  memoryConsentLog,
  type ConsentHistory,
  type ConsentHistoryEntry,
  type ConsentLogEntry,
  type ConsentLogHandlerOptions,
  type ConsentLogSink,
  type ConsentLogWriteResult,
} from './consent-log';
export { consentLogSchema, postgresConsentLog, type PostgresConsentLogOptions, type SqlClient } from './postgres-consent-log';
export { reissueConsentCookie, type ReissueConsentCookieOptions } from './consent-cookie';
export { canReplaceConsent } from './can-replace-consent';
export { isCrawler } from './crawler';
export { normalizeRegion, regionFromHeaders, type RegionSource } from './region';
export { localeFromHeaders } from './accept-language';
