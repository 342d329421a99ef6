export { readConsentCookie, readConsentState } from './integrations/server';
