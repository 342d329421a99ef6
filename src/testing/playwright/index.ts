export { addConsent, consentCookieName, consentStorageState, openWithConsent } from './start';
export type { ConsentStorageTarget, StartOptions } from './start';
export { ConsentComplianceError, expectConsentCompliance, findConsentViolations } from './compliance';
export type { ComplianceOptions, ConsentViolation } from './compliance';
export type { BrowserContextLike, BrowserCookie, BrowserCookieInit, PageLike } from './browser';
export { consentValue } from '../consent';
export type { TestChoices, TestConsent, TestConsentOptions } from '../consent';
