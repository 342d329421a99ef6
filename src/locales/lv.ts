import type { ConsentMessages, ExtraMessages } from '../components/messages';

/** Latvian messages: `<ConsentProvider messages={lv}>`. */
export const lv: ConsentMessages = {
  locale: 'lv',
  dir: 'ltr',
  banner: {
    label: 'Piekrišana sīkdatnēm',
    title: 'Mēs izmantojam sīkdatnes',
    description:
      'Nepieciešamās sīkdatnes nodrošina šīs vietnes darbību. Ar jūsu atļauju mēs izmantotu sīkdatnes arī, lai atcerētos jūsu iestatījumus un saprastu, kā vietne tiek izmantota. Savu izvēli varat mainīt jebkurā laikā.',
    acceptAll: 'Pieņemt visas',
    rejectAll: 'Noraidīt visas',
    customize: 'Pielāgot',
  },
  preferences: {
    title: 'Sīkdatņu iestatījumi',
    description: 'Izvēlieties, kāda veida sīkdatnes drīkstam izmantot. Nekas nemainās, kamēr nesaglabājat.',
    close: 'Aizvērt',
    acceptAll: 'Pieņemt visas',
    rejectAll: 'Noraidīt visas',
    save: 'Saglabāt izvēli',
    cookies: 'Izmantotās sīkdatnes',
  },
  toggle: {
    alwaysActive: 'Vienmēr aktīvas',
    mixed: 'Daži pakalpojumi ir ieslēgti; ieslēdzot tiek atļauti visi.',
  },
  table: {
    cookie: 'Sīkdatne',
    provider: 'Nodrošinātājs',
    purpose: 'Nolūks',
    duration: 'Derīgums',
    thirdParty: 'Trešā puse',
    self: 'Šī vietne',
    yes: 'Jā',
    no: 'Nē',
    session: 'Sesija',
    services: 'Trešo pušu pakalpojumi',
    service: 'Pakalpojums',
    data: 'Vāktie dati',
    control: 'Pārvaldība',
    privacyPolicy: 'Privātuma politika',
    privacyPolicyLink: 'Privātuma politika ({name})',
  },
  settings: {
    label: 'Sīkdatņu iestatījumi',
  },
};

/**
 * The texts of the optional parts: the updated-policy notice and the policy link, embeds, the
 * prompt, the US opt-out link and its dialog. Spread them in when the site uses any of these:
 * `{ ...lv, ...lvExtra }`.
 */
export const lvExtra: ExtraMessages = {
  notice: {
    updatedTitle: 'Esam atjauninājuši sīkdatņu politiku',
    updatedDescription:
      'Kopš jūsu pēdējās izvēles mūsu sīkdatņu politika ir mainījusies. Lūdzu, iepazīstieties ar to vēlreiz: līdz jūsu lēmumam netiek izmantots nekas neobligāts.',
    policyLink: 'Sīkdatņu politika',
  },
  embed: {
    notice: 'Šo saturu nodrošina {service}, kas ielādes laikā var saglabāt sīkdatnes un vākt datus.',
    loadOnce: 'Ielādēt vienreiz',
    alwaysAllow: 'Vienmēr atļaut {service}',
    privacyPolicy: 'Privātuma politika ({service})',
  },
  prompt: {
    title: 'Atļaut {name}?',
    allow: 'Atļaut',
    notNow: 'Ne tagad',
    ask: 'Ieslēgt {name}',
    privacyPolicy: 'Privātuma politika ({name})',
  },
  privacyChoices: {
    link: 'Jūsu privātuma izvēles',
    iconAlt: 'Kalifornijas Patērētāju privātuma likuma (CCPA) atteikšanās ikona',
    title: 'Jūsu privātuma izvēles',
    description:
      'Mēs pārdodam vai kopīgojam personisko informāciju tālāk norādītajiem nolūkiem. Izslēdziet slēdzi, lai atteiktos no šīs pārdošanas vai kopīgošanas.',
    gpcHonoured:
      'Jūsu pārlūks sūta Global Privacy Control signālu. Mēs to ievērojām kā pieprasījumu atteikties no jūsu personiskās informācijas pārdošanas un kopīgošanas.',
    save: 'Apstiprināt izvēli',
    close: 'Aizvērt',
  },
};
