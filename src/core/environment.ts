/** True in a browser page; false on a server or in a worker without a DOM. */
export const isBrowser = (): boolean => typeof window !== 'undefined' && typeof document !== 'undefined';

/** The Global Privacy Control signal (`navigator.globalPrivacyControl`), false where unsupported. */
export function detectGlobalPrivacyControl(): boolean {
  return typeof navigator !== 'undefined' && (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl === true;
}
