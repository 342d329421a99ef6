import type { ConsentMessages, ExtraMessages } from '../components/messages';

/** Danish messages: `<ConsentProvider messages={da}>`. */
export const da: ConsentMessages = {
  locale: 'da',
  dir: 'ltr',
  banner: {
    label: 'Samtykke til cookies',
    title: 'Vi bruger cookies',
    description:
      'Nødvendige cookies får dette website til at fungere. Med dit samtykke vil vi også bruge cookies til at huske dine indstillinger og forstå, hvordan websitet bruges. Du kan til enhver tid ændre dit valg.',
    acceptAll: 'Accepter alle',
    rejectAll: 'Afvis alle',
    customize: 'Tilpas',
  },
  preferences: {
    title: 'Cookieindstillinger',
    description: 'Vælg, hvilke typer cookies vi må bruge. Intet ændres, før du gemmer.',
    close: 'Luk',
    acceptAll: 'Accepter alle',
    rejectAll: 'Afvis alle',
    save: 'Gem valg',
    cookies: 'Anvendte cookies',
  },
  toggle: {
    alwaysActive: 'Altid aktiv',
    mixed: 'Nogle tjenester er slået til; slå til for at tillade dem alle.',
  },
  table: {
    cookie: 'Navn',
    provider: 'Udbyder',
    purpose: 'Formål',
    duration: 'Varighed',
    thirdParty: 'Tredjepart',
    self: 'Dette website',
    yes: 'Ja',
    no: 'Nej',
    session: 'Session',
    services: 'Tredjepartstjenester',
    service: 'Tjeneste',
    data: 'Indsamlede data',
    control: 'Styring',
    privacyPolicy: 'Privatlivspolitik',
    privacyPolicyLink: 'Privatlivspolitik for {name}',
  },
  settings: {
    label: 'Cookieindstillinger',
  },
};

/**
 * The texts of the optional parts: the updated-policy notice and the policy link, embeds, the
 * prompt, the US opt-out link and its dialog. Spread them in when the site uses any of these:
 * `{ ...da, ...daExtra }`.
 */
export const daExtra: ExtraMessages = {
  notice: {
    updatedTitle: 'Vi har opdateret vores cookiepolitik',
    updatedDescription: 'Vores cookiepolitik er ændret, siden du sidst traf et valg. Se den igen: intet valgfrit bruges, før du har besluttet dig.',
    policyLink: 'Cookiepolitik',
  },
  embed: {
    notice: 'Dette indhold leveres af {service}, som kan sætte cookies og indsamle data, når det indlæses.',
    loadOnce: 'Indlæs én gang',
    alwaysAllow: 'Tillad altid {service}',
    privacyPolicy: 'Privatlivspolitik for {service}',
  },
  prompt: {
    title: 'Tillad {name}?',
    allow: 'Tillad',
    notNow: 'Ikke nu',
    ask: 'Slå {name} til',
    privacyPolicy: 'Privatlivspolitik for {name}',
  },
  privacyChoices: {
    link: 'Dine privatlivsvalg',
    iconAlt: 'Fravalgsikon for California Consumer Privacy Act (CCPA)',
    title: 'Dine privatlivsvalg',
    description: 'Vi sælger eller deler personoplysninger til formålene nedenfor. Slå en kontakt fra for at fravælge dette salg eller denne deling.',
    gpcHonoured:
      'Din browser sender et Global Privacy Control-signal. Vi har respekteret det som en anmodning om at fravælge salg og deling af dine personoplysninger.',
    save: 'Bekræft mine valg',
    close: 'Luk',
  },
};
