import type { ConsentMessages, ExtraMessages } from '../components/messages';

/** Romanian messages: `<ConsentProvider messages={ro}>`. */
export const ro: ConsentMessages = {
  locale: 'ro',
  dir: 'ltr',
  banner: {
    label: 'Consimțământ pentru cookie-uri',
    title: 'Folosim cookie-uri',
    description:
      'Cookie-urile esențiale asigură funcționarea acestui site. Cu permisiunea dumneavoastră, am folosi cookie-uri și pentru a vă reține setările și a înțelege cum este utilizat site-ul. Vă puteți schimba alegerea oricând.',
    acceptAll: 'Acceptați toate',
    rejectAll: 'Respingeți toate',
    customize: 'Personalizați',
  },
  preferences: {
    title: 'Preferințe cookie-uri',
    description: 'Alegeți ce tipuri de cookie-uri putem folosi. Nimic nu se schimbă până nu salvați.',
    close: 'Închideți',
    acceptAll: 'Acceptați toate',
    rejectAll: 'Respingeți toate',
    save: 'Salvați alegerea',
    cookies: 'Cookie-uri folosite',
  },
  toggle: {
    alwaysActive: 'Mereu active',
    mixed: 'Unele servicii sunt active; activarea le permite pe toate.',
  },
  table: {
    cookie: 'Denumire cookie',
    provider: 'Furnizor',
    purpose: 'Scop',
    duration: 'Durată',
    thirdParty: 'Terță parte',
    self: 'Acest site',
    yes: 'Da',
    no: 'Nu',
    session: 'Sesiune',
    services: 'Servicii terțe',
    service: 'Serviciu',
    data: 'Date colectate',
    control: 'Gestionare',
    privacyPolicy: 'Politica de confidențialitate',
    privacyPolicyLink: 'Politica de confidențialitate {name}',
  },
  settings: {
    label: 'Setări cookie-uri',
  },
};

/**
 * The texts of the optional parts: the updated-policy notice and the policy link, embeds, the
 * prompt, the US opt-out link and its dialog. Spread them in when the site uses any of these:
 * `{ ...ro, ...roExtra }`.
 */
export const roExtra: ExtraMessages = {
  notice: {
    updatedTitle: 'Am actualizat politica privind cookie-urile',
    updatedDescription:
      'Politica noastră privind cookie-urile s-a schimbat de la ultima dumneavoastră alegere. Vă rugăm să o consultați din nou: nu folosim nimic opțional până nu decideți.',
    policyLink: 'Politica privind cookie-urile',
  },
  embed: {
    notice: 'Acest conținut este furnizat de {service}, care poate plasa cookie-uri și colecta date la încărcare.',
    loadOnce: 'Încărcați o dată',
    alwaysAllow: 'Permiteți mereu {service}',
    privacyPolicy: 'Politica de confidențialitate {service}',
  },
  prompt: {
    title: 'Permiteți {name}?',
    allow: 'Permiteți',
    notNow: 'Nu acum',
    ask: 'Activați {name}',
    privacyPolicy: 'Politica de confidențialitate {name}',
  },
  privacyChoices: {
    link: 'Opțiunile dvs. de confidențialitate',
    iconAlt: 'Pictograma de renunțare din California Consumer Privacy Act (CCPA)',
    title: 'Opțiunile dvs. de confidențialitate',
    description:
      'Vindem sau partajăm informații personale în scopurile de mai jos. Dezactivați un comutator pentru a renunța la această vânzare sau partajare.',
    gpcHonoured:
      'Browserul dvs. trimite un semnal Global Privacy Control. L-am respectat ca pe o solicitare de renunțare la vânzarea și partajarea informațiilor dvs. personale.',
    save: 'Confirmați alegerile',
    close: 'Închideți',
  },
};
