export { readConsentCookie } from '../integrations/server';
export { readConsentState } from './read-consent-state';
export type { ConsentSource, CookieStoreLike, ReadConsentStateOptions, ServerConsentState } from './read-consent-state';
export { CookiePolicyTable } from './policy-table';
export type { CookiePolicyTableProps } from './policy-table';
export type { CookiePolicyTableClassNames } from '../components/policy-table-view';
export { prePaintScript, prePaintScriptHash } from './pre-paint';
export type { PrePaintScriptOptions } from './pre-paint';
