export { applyConsent, consentValue, createTestStore } from './consent';
export type { TestChoices, TestConsent, TestConsentOptions } from './consent';
export { renderWithConsent, setConsent } from './render';
export type { ConsentTestControls, RenderWithConsentOptions } from './render';
