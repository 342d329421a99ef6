import type { ConsentMessages, ExtraMessages } from '../components/messages';

/** Croatian messages: `<ConsentProvider messages={hr}>`. */
export const hr: ConsentMessages = {
  locale: 'hr',
  dir: 'ltr',
  banner: {
    label: 'Pristanak na kolačiće',
    title: 'Koristimo kolačiće',
    description:
      'Nužni kolačići omogućuju rad ove web-stranice. Uz vaše dopuštenje koristili bismo kolačiće i za pamćenje vaših postavki te za razumijevanje načina na koji se stranica koristi. Svoj odabir možete promijeniti u bilo kojem trenutku.',
    acceptAll: 'Prihvati sve',
    rejectAll: 'Odbij sve',
    customize: 'Prilagodi',
  },
  preferences: {
    title: 'Postavke kolačića',
    description: 'Odaberite koje vrste kolačića smijemo koristiti. Ništa se ne mijenja dok ne spremite.',
    close: 'Zatvori',
    acceptAll: 'Prihvati sve',
    rejectAll: 'Odbij sve',
    save: 'Spremi odabir',
    cookies: 'Korišteni kolačići',
  },
  toggle: {
    alwaysActive: 'Uvijek aktivno',
    mixed: 'Neke su usluge uključene; uključivanjem dopuštate sve.',
  },
  table: {
    cookie: 'Kolačić',
    provider: 'Pružatelj',
    purpose: 'Svrha',
    duration: 'Trajanje',
    thirdParty: 'Treća strana',
    self: 'Ova web-stranica',
    yes: 'Da',
    no: 'Ne',
    session: 'Sesija',
    services: 'Usluge trećih strana',
    service: 'Usluga',
    data: 'Prikupljeni podaci',
    control: 'Upravljanje',
    privacyPolicy: 'Pravila privatnosti',
    privacyPolicyLink: 'Pravila privatnosti ({name})',
  },
  settings: {
    label: 'Postavke kolačića',
  },
};

/**
 * The texts of the optional parts: the updated-policy notice and the policy link, embeds, the
 * prompt, the US opt-out link and its dialog. Spread them in when the site uses any of these:
 * `{ ...hr, ...hrExtra }`.
 */
export const hrExtra: ExtraMessages = {
  notice: {
    updatedTitle: 'Ažurirali smo pravila o kolačićima',
    updatedDescription:
      'Naša pravila o kolačićima promijenila su se od vašeg posljednjeg odabira. Molimo pogledajte ih ponovno: ništa neobavezno ne koristimo dok ne odlučite.',
    policyLink: 'Pravila o kolačićima',
  },
  embed: {
    notice: 'Ovaj sadržaj pruža {service}, koji pri učitavanju može postaviti kolačiće i prikupljati podatke.',
    loadOnce: 'Učitaj jednom',
    alwaysAllow: 'Uvijek dopusti {service}',
    privacyPolicy: 'Pravila privatnosti ({service})',
  },
  prompt: {
    title: 'Dopustiti {name}?',
    allow: 'Dopusti',
    notNow: 'Ne sada',
    ask: 'Uključi {name}',
    privacyPolicy: 'Pravila privatnosti ({name})',
  },
  privacyChoices: {
    link: 'Vaši izbori privatnosti',
    iconAlt: 'Ikona za isključivanje prema kalifornijskom Zakonu o privatnosti potrošača (CCPA)',
    title: 'Vaši izbori privatnosti',
    description: 'Osobne podatke prodajemo ili dijelimo u dolje navedene svrhe. Isključite prekidač kako biste se izuzeli iz te prodaje ili dijeljenja.',
    gpcHonoured: 'Vaš preglednik šalje signal Global Privacy Control. Uvažili smo ga kao zahtjev za izuzeće iz prodaje i dijeljenja vaših osobnih podataka.',
    save: 'Potvrdi moj odabir',
    close: 'Zatvori',
  },
};
