export { readConsentCookie, readConsentState } from './integrations/server';
export { googleConsentModeDefaults, inlineScriptHash, type GoogleConsentModeDefaultsOptions } from './server/google-consent-mode';
