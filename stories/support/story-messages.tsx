import { createContext, useContext } from 'react';
import type { PartialConsentMessages } from '../../src/index';

/**
 * The messages picked in the toolbar (locale and direction). The preview passes them to the
 * provider it wraps stories in; stories that render their own providers read them here.
 */
export const StoryMessagesContext = createContext<PartialConsentMessages | undefined>(undefined);

/** Toolbar messages for a story's own `<ConsentProvider messages={…}>`. */
export function useStoryMessages(): PartialConsentMessages | undefined {
  return useContext(StoryMessagesContext);
}
