import type { ConsentMessages } from '../components/messages';

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
