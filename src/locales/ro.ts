import type { ConsentMessages } from '../components/messages';

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
