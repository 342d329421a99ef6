export { consentGlobalTypes, consentStoryState, createStoryStore, withConsent } from './decorator';
export type { ConsentDecoratorOptions, ConsentStoryContext, ConsentStoryParameters, ConsentStoryState } from './decorator';
