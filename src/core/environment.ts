/** True in a page with a DOM; false on a server or in a worker. The one guard every module shares. */
export const hasDocument = (): boolean => typeof document !== 'undefined';

/** The Global Privacy Control signal (`navigator.globalPrivacyControl`), false where unsupported. */
export const detectGlobalPrivacyControl = (): boolean =>
  typeof navigator !== 'undefined' && (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl === true;

/** The Do Not Track signal (`navigator.doNotTrack === '1'`), false where unsupported or unset. */
export const detectDoNotTrack = (): boolean => typeof navigator !== 'undefined' && navigator.doNotTrack === '1';
