/** Every string the components render. English defaults live in `englishMessages`. */
export interface ConsentMessages {
  /** BCP 47 tag, used for durations in words ("7 days", "7 Tage"). */
  locale: string;
  /** Text direction of the locale. */
  dir: 'ltr' | 'rtl';
  banner: {
    label: string;
    title: string;
    description: string;
    acceptAll: string;
    rejectAll: string;
    customize: string;
  };
}

/** Deep-partial messages: override any subset of strings. */
export type PartialConsentMessages = {
  [K in keyof ConsentMessages]?: ConsentMessages[K] extends object ? Partial<ConsentMessages[K]> : ConsentMessages[K];
};
