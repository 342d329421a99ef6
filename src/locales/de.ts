import type { ConsentMessages, ExtraMessages } from '../components/messages';

/** German messages: `<ConsentProvider messages={de}>`. */
export const de: ConsentMessages = {
  locale: 'de',
  dir: 'ltr',
  banner: {
    label: 'Cookie-Einwilligung',
    title: 'Wir verwenden Cookies',
    description:
      'Notwendige Cookies sorgen dafür, dass diese Website funktioniert. Mit Ihrer Erlaubnis würden wir außerdem Cookies verwenden, um Ihre Einstellungen zu speichern und zu verstehen, wie die Website genutzt wird. Sie können Ihre Wahl jederzeit ändern.',
    acceptAll: 'Alle akzeptieren',
    rejectAll: 'Alle ablehnen',
    customize: 'Anpassen',
  },
  preferences: {
    title: 'Cookie-Einstellungen',
    description: 'Wählen Sie, welche Arten von Cookies wir verwenden dürfen. Erst beim Speichern ändert sich etwas.',
    close: 'Schließen',
    acceptAll: 'Alle akzeptieren',
    rejectAll: 'Alle ablehnen',
    save: 'Auswahl speichern',
    cookies: 'Verwendete Cookies',
  },
  toggle: {
    alwaysActive: 'Immer aktiv',
    mixed: 'Einige Dienste sind aktiv; Einschalten erlaubt sie alle.',
  },
  table: {
    cookie: 'Cookie-Name',
    provider: 'Anbieter',
    purpose: 'Zweck',
    duration: 'Speicherdauer',
    thirdParty: 'Drittanbieter',
    self: 'Diese Website',
    yes: 'Ja',
    no: 'Nein',
    session: 'Sitzung',
    services: 'Dienste von Drittanbietern',
    service: 'Dienst',
    data: 'Erhobene Daten',
    control: 'Steuerung',
    privacyPolicy: 'Datenschutzerklärung',
    privacyPolicyLink: 'Datenschutzerklärung von {name}',
  },
  settings: {
    label: 'Cookie-Einstellungen',
  },
};

/**
 * The texts of the optional parts: the updated-policy notice and the policy link, embeds, the
 * prompt, the US opt-out link and its dialog. Spread them in when the site uses any of these:
 * `{ ...de, ...deExtra }`.
 */
export const deExtra: ExtraMessages = {
  notice: {
    updatedTitle: 'Wir haben unsere Cookie-Richtlinie aktualisiert',
    updatedDescription:
      'Unsere Cookie-Richtlinie hat sich seit Ihrer letzten Wahl geändert. Bitte sehen Sie sie sich noch einmal an: Bis zu Ihrer Entscheidung wird nichts Optionales verwendet.',
    policyLink: 'Cookie-Richtlinie',
  },
  embed: {
    notice: 'Dieser Inhalt stammt von {service}. Beim Laden können Cookies gesetzt und Daten erhoben werden.',
    loadOnce: 'Einmal laden',
    alwaysAllow: '{service} immer erlauben',
    privacyPolicy: 'Datenschutzerklärung von {service}',
  },
  prompt: {
    title: '{name} erlauben?',
    allow: 'Erlauben',
    notNow: 'Nicht jetzt',
    ask: '{name} aktivieren',
    privacyPolicy: 'Datenschutzerklärung von {name}',
  },
  privacyChoices: {
    link: 'Ihre Datenschutzoptionen',
    iconAlt: 'Opt-out-Symbol des California Consumer Privacy Act (CCPA)',
    title: 'Ihre Datenschutzoptionen',
    description:
      'Wir verkaufen oder teilen personenbezogene Daten für die unten genannten Zwecke. Schalten Sie einen Schalter aus, um diesem Verkauf oder Teilen zu widersprechen.',
    gpcHonoured:
      'Ihr Browser sendet das Signal „Global Privacy Control“. Wir haben es als Widerspruch gegen den Verkauf und das Teilen Ihrer personenbezogenen Daten berücksichtigt.',
    save: 'Auswahl bestätigen',
    close: 'Schließen',
  },
};
