import type { ConsentMessages, ExtraMessages } from '../components/messages';

/** Slovak messages: `<ConsentProvider messages={sk}>`. */
export const sk: ConsentMessages = {
  locale: 'sk',
  dir: 'ltr',
  banner: {
    label: 'Súhlas so súbormi cookie',
    title: 'Používame súbory cookie',
    description:
      'Nevyhnutné súbory cookie zabezpečujú fungovanie tejto stránky. S vaším súhlasom by sme súbory cookie používali aj na zapamätanie vašich nastavení a na pochopenie toho, ako sa stránka používa. Svoju voľbu môžete kedykoľvek zmeniť.',
    acceptAll: 'Prijať všetky',
    rejectAll: 'Odmietnuť všetky',
    customize: 'Prispôsobiť',
  },
  preferences: {
    title: 'Nastavenia súborov cookie',
    description: 'Vyberte, ktoré druhy súborov cookie môžeme používať. Nič sa nezmení, kým voľbu neuložíte.',
    close: 'Zavrieť',
    acceptAll: 'Prijať všetky',
    rejectAll: 'Odmietnuť všetky',
    save: 'Uložiť voľbu',
    cookies: 'Používané súbory cookie',
  },
  toggle: {
    alwaysActive: 'Vždy aktívne',
    mixed: 'Niektoré služby sú zapnuté; zapnutím povolíte všetky.',
  },
  table: {
    cookie: 'Názov cookie',
    provider: 'Poskytovateľ',
    purpose: 'Účel',
    duration: 'Doba uchovávania',
    thirdParty: 'Tretia strana',
    self: 'Táto stránka',
    yes: 'Áno',
    no: 'Nie',
    session: 'Relácia',
    services: 'Služby tretích strán',
    service: 'Služba',
    data: 'Zhromažďované údaje',
    control: 'Správa',
    privacyPolicy: 'Zásady ochrany súkromia',
    privacyPolicyLink: 'Zásady ochrany súkromia ({name})',
  },
  settings: {
    label: 'Nastavenia cookie',
  },
};

/**
 * The texts of the optional parts: the updated-policy notice and the policy link, embeds, the
 * prompt, the US opt-out link and its dialog. Spread them in when the site uses any of these:
 * `{ ...sk, ...skExtra }`.
 */
export const skExtra: ExtraMessages = {
  notice: {
    updatedTitle: 'Aktualizovali sme zásady používania súborov cookie',
    updatedDescription:
      'Od vašej poslednej voľby sa naše zásady používania súborov cookie zmenili. Prezrite si ich, prosím, znova: nič voliteľné nepoužijeme, kým sa nerozhodnete.',
    policyLink: 'Zásady používania súborov cookie',
  },
  embed: {
    notice: 'Tento obsah poskytuje {service}. Pri načítaní môžu byť uložené súbory cookie a zhromaždené údaje.',
    loadOnce: 'Načítať raz',
    alwaysAllow: 'Vždy povoliť {service}',
    privacyPolicy: 'Zásady ochrany súkromia ({service})',
  },
  prompt: {
    title: 'Povoliť {name}?',
    allow: 'Povoliť',
    notNow: 'Teraz nie',
    ask: 'Zapnúť {name}',
    privacyPolicy: 'Zásady ochrany súkromia ({name})',
  },
  privacyChoices: {
    link: 'Vaše voľby ochrany súkromia',
    iconAlt: 'Ikona odmietnutia podľa kalifornského zákona o ochrane súkromia spotrebiteľov (CCPA)',
    title: 'Vaše voľby ochrany súkromia',
    description: 'Osobné údaje predávame alebo zdieľame na nižšie uvedené účely. Vypnutím prepínača tento predaj alebo zdieľanie odmietnete.',
    gpcHonoured:
      'Váš prehliadač odosiela signál Global Privacy Control. Rešpektovali sme ho ako žiadosť o odmietnutie predaja a zdieľania vašich osobných údajov.',
    save: 'Potvrdiť moju voľbu',
    close: 'Zavrieť',
  },
};
