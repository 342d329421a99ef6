import type { DurationLength } from '../core/duration';
import { englishBanner } from './english-banner';
import { englishPreferences, englishSettings, englishTable, englishToggle } from './english';

/**
 * Every string the components render. English defaults live in `englishMessages`; pass a locale
 * (`import { de } from 'consentkit/locales/de'`) or any partial object to `ConsentProvider`'s
 * `messages`, and per-instance overrides to a component's own `messages` prop.
 */
export interface ConsentMessages {
  /** BCP 47 tag, used for durations in words ("7 days", "7 Tage"). */
  locale: string;
  /** Text direction of the locale, set as `dir` on each component's root. */
  dir: 'ltr' | 'rtl';
  banner: {
    /** Accessible name of the banner region (a landmark name: keep it short). */
    label: string;
    title: string;
    description: string;
    acceptAll: string;
    rejectAll: string;
    customize: string;
  };
  preferences: {
    title: string;
    description: string;
    /** Accessible name of the close (×) button. */
    close: string;
    acceptAll: string;
    rejectAll: string;
    save: string;
    /** Summary of the expandable list of a category's cookies; the count follows in parentheses. */
    cookies: string;
  };
  toggle: {
    /** Shown beside the locked switch of a required category. */
    alwaysActive: string;
    /**
     * Read by screen readers, not shown, when some of a category's services are on and some off:
     * the switch then reports "off" (ARIA has no mixed state for a switch), and a flip turns every
     * service of the category on.
     */
    mixed: string;
  };
  table: {
    /** Column headers of the cookie tables. */
    cookie: string;
    provider: string;
    purpose: string;
    duration: string;
    thirdParty: string;
    /** Provider shown for first-party cookies that name none. */
    self: string;
    yes: string;
    no: string;
    /** Duration of a cookie deleted when the browser closes. */
    session: string;
    /** Caption of the services table. */
    services: string;
    /** Column headers of the services table. */
    service: string;
    data: string;
    /** How the person controls the service (shown when a service declares `control`). */
    control: string;
    privacyPolicy: string;
    /** Link text; `{name}` is replaced by the service name. */
    privacyPolicyLink: string;
    /**
     * Unit names of durations, for a language whose names some runtime's `Intl` lacks (Irish,
     * Icelandic and Maltese in Chromium). A unit named here is written with these words in every
     * runtime, so that the server and the browser agree; the others come from `Intl`.
     */
    units?: DurationUnitNames;
  };
  settings: {
    /** Text of `ConsentSettingsButton`. */
    label: string;
  };
  /**
   * What the banner and the dialog say about the policy itself. Optional in a locale: English
   * (`englishNotice`) fills what it leaves out.
   */
  notice?: {
    /** Banner title for someone who decided under an older `revision` of the policy. */
    updatedTitle: string;
    /** Banner text for someone who decided under an older `revision`, in place of the first-visit text. */
    updatedDescription: string;
    /** Text of the link to `config.policyUrl`, after the banner's text and in the dialog header. */
    policyLink: string;
  };
  /**
   * The placeholder `ConsentEmbed` shows until its content may load. `{service}` is replaced by the
   * service's name (or the category's title). Optional in a locale: English (`englishEmbed`) fills
   * what it leaves out.
   */
  embed?: {
    /** First line of the placeholder, under the embed's own title. */
    notice: string;
    /** Loads this embed only, for this page view; nothing is saved. */
    loadOnce: string;
    /** Saves consent for the service (or its category), and loads every embed of it. */
    alwaysAllow: string;
    /** Link text to the service's privacy policy. */
    privacyPolicy: string;
  };
  /**
   * The prompt `requestConsent()` opens (rendered by `ConsentPrompt`), and the button a
   * `ConsentGate` shows in the provider's `in-context` mode. `{name}` is replaced by the service's
   * name or the category's title. Optional in a locale: English (`englishPrompt`) fills what it
   * leaves out.
   */
  prompt?: {
    /** Heading of the prompt. */
    title: string;
    /** Grants it and saves the choice. */
    allow: string;
    /** Closes the prompt, saving nothing (Escape does the same). */
    notNow: string;
    /** The button a `ConsentGate` shows in its place in `in-context` mode; opens the prompt. */
    ask: string;
    /** Link text to the service's privacy policy. */
    privacyPolicy: string;
  };
  /** `PrivacyChoicesLink` and its opt-out dialog (English defaults in `englishPrivacyChoices`). */
  privacyChoices?: {
    /** Text of the link, "Your Privacy Choices" as the California regulations word it. */
    link: string;
    /** Alternative text of the opt-out icon beside the link's text. */
    iconAlt: string;
    /** Title of the opt-out dialog. */
    title: string;
    /** Under the title: what the switches do. */
    description: string;
    /** Shown in the dialog while Global Privacy Control is on. */
    gpcHonoured: string;
    /** The dialog's button that stores the switches. */
    save: string;
    /** Accessible name of the close (×) button. */
    close: string;
  };
}

/**
 * The texts of the optional parts: the updated-policy notice and the policy link, embeds, the
 * prompt, the US opt-out link and its dialog. Each locale exports them apart (`deExtra` beside
 * `de`), so that a locale stays within 1 KB for an app without them:
 * `<ConsentProvider messages={{ ...de, ...deExtra }}>`.
 */
export type ExtraMessages = Required<Pick<ConsentMessages, 'notice' | 'embed' | 'prompt' | 'privacyChoices'>>;

/**
 * A duration unit's words by the plural category `Intl.PluralRules` picks for the count, `other`
 * for any category left out: `{ one: '{n} dagur', other: '{n} dagar' }`. `{n}` is the count in the
 * locale's digits; a form without it names the count by the word alone (Maltese "jumejn", two days).
 */
export type DurationUnitNames = { [U in keyof DurationLength]?: { [C in Intl.LDMLPluralRule]?: string } & { other: string } };

/** Partial messages: override any subset of strings, section by section. */
export type PartialConsentMessages = {
  [K in keyof ConsentMessages]?: NonNullable<ConsentMessages[K]> extends object ? Partial<NonNullable<ConsentMessages[K]>> : ConsentMessages[K];
};

// One constant per section, so that a component pulls in only its own default strings. The
// banner's live in `./english-banner` (first load); the rest in `./english`, which only lazily
// loaded parts import: a bundler then keeps them, and this module, out of the first load.
export { englishBanner };

/** The English defaults every other locale and override is merged onto. */
export const englishMessages: ConsentMessages = {
  locale: 'en',
  dir: 'ltr',
  banner: englishBanner,
  preferences: englishPreferences,
  toggle: englishToggle,
  table: englishTable,
  settings: englishSettings,
};

// Sections every locale has (the optional parts' in its `…Extra` export).
type Section = Exclude<keyof ConsentMessages, 'locale' | 'dir'>;

export type { Section as ConsentMessagesSection };
