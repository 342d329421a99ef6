export { consentGlobalTypes, consentStoryState, withConsent } from './decorator';
export type { ConsentDecoratorOptions, ConsentStoryContext, ConsentStoryParameters, ConsentStoryState } from './decorator';
