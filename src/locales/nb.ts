import type { ConsentMessages, ExtraMessages } from '../components/messages';

/** Norwegian Bokmål messages: `<ConsentProvider messages={nb}>`. */
export const nb: ConsentMessages = {
  locale: 'nb',
  dir: 'ltr',
  banner: {
    label: 'Samtykke til informasjonskapsler',
    title: 'Vi bruker informasjonskapsler',
    description:
      'Nødvendige informasjonskapsler sørger for at nettstedet fungerer. Med ditt samtykke vil vi også bruke informasjonskapsler til å huske innstillingene dine og forstå hvordan nettstedet brukes. Du kan når som helst endre valget ditt.',
    acceptAll: 'Godta alle',
    rejectAll: 'Avslå alle',
    customize: 'Tilpass',
  },
  preferences: {
    title: 'Valg for informasjonskapsler',
    description: 'Velg hvilke typer informasjonskapsler vi kan bruke. Ingenting endres før du lagrer.',
    close: 'Lukk',
    acceptAll: 'Godta alle',
    rejectAll: 'Avslå alle',
    save: 'Lagre valg',
    cookies: 'Informasjonskapsler i bruk',
  },
  toggle: {
    alwaysActive: 'Alltid aktiv',
    mixed: 'Noen tjenester er slått på; slå på for å tillate alle.',
  },
  table: {
    cookie: 'Navn',
    provider: 'Leverandør',
    purpose: 'Formål',
    duration: 'Varighet',
    thirdParty: 'Tredjepart',
    self: 'Dette nettstedet',
    yes: 'Ja',
    no: 'Nei',
    session: 'Økt',
    services: 'Tredjepartstjenester',
    service: 'Tjeneste',
    data: 'Innsamlede data',
    control: 'Styring',
    privacyPolicy: 'Personvernerklæring',
    privacyPolicyLink: 'Personvernerklæring for {name}',
  },
  settings: {
    label: 'Informasjonskapsler',
  },
};

/**
 * The texts of the optional parts: the updated-policy notice and the policy link, embeds, the
 * prompt, the US opt-out link and its dialog. Spread them in when the site uses any of these:
 * `{ ...nb, ...nbExtra }`.
 */
export const nbExtra: ExtraMessages = {
  notice: {
    updatedTitle: 'Vi har oppdatert erklæringen om informasjonskapsler',
    updatedDescription:
      'Erklæringen om informasjonskapsler er endret siden du sist tok et valg. Se gjennom den igjen: ingenting valgfritt brukes før du har bestemt deg.',
    policyLink: 'Erklæring om informasjonskapsler',
  },
  embed: {
    notice: 'Dette innholdet leveres av {service}, som kan lagre informasjonskapsler og samle inn data når det lastes inn.',
    loadOnce: 'Last inn én gang',
    alwaysAllow: 'Tillat alltid {service}',
    privacyPolicy: 'Personvernerklæring for {service}',
  },
  prompt: {
    title: 'Tillate {name}?',
    allow: 'Tillat',
    notNow: 'Ikke nå',
    ask: 'Slå på {name}',
    privacyPolicy: 'Personvernerklæring for {name}',
  },
  privacyChoices: {
    link: 'Dine personvernvalg',
    iconAlt: 'Reservasjonsikon for California Consumer Privacy Act (CCPA)',
    title: 'Dine personvernvalg',
    description: 'Vi selger eller deler personopplysninger til formålene nedenfor. Slå av en bryter for å reservere deg mot dette salget eller denne delingen.',
    gpcHonoured:
      'Nettleseren din sender et Global Privacy Control-signal. Vi har fulgt det som en forespørsel om å reservere deg mot salg og deling av personopplysningene dine.',
    save: 'Bekreft valgene mine',
    close: 'Lukk',
  },
};
