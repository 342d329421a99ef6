import type { ConsentMessages, ExtraMessages } from '../components/messages';

/** Lithuanian messages: `<ConsentProvider messages={lt}>`. */
export const lt: ConsentMessages = {
  locale: 'lt',
  dir: 'ltr',
  banner: {
    label: 'Sutikimas dėl slapukų',
    title: 'Naudojame slapukus',
    description:
      'Būtinieji slapukai užtikrina šios svetainės veikimą. Jums leidus, slapukus taip pat naudotume, kad įsimintume jūsų nustatymus ir suprastume, kaip naudojamasi svetaine. Savo pasirinkimą galite bet kada pakeisti.',
    acceptAll: 'Priimti visus',
    rejectAll: 'Atmesti visus',
    customize: 'Tinkinti',
  },
  preferences: {
    title: 'Slapukų nustatymai',
    description: 'Pasirinkite, kokius slapukus galime naudoti. Niekas nepasikeis, kol neišsaugosite.',
    close: 'Uždaryti',
    acceptAll: 'Priimti visus',
    rejectAll: 'Atmesti visus',
    save: 'Išsaugoti pasirinkimą',
    cookies: 'Naudojami slapukai',
  },
  toggle: {
    alwaysActive: 'Visada aktyvūs',
    mixed: 'Kai kurios paslaugos įjungtos; įjungus leidžiamos visos.',
  },
  table: {
    cookie: 'Slapukas',
    provider: 'Teikėjas',
    purpose: 'Paskirtis',
    duration: 'Galiojimas',
    thirdParty: 'Trečioji šalis',
    self: 'Ši svetainė',
    yes: 'Taip',
    no: 'Ne',
    session: 'Seansas',
    services: 'Trečiųjų šalių paslaugos',
    service: 'Paslauga',
    data: 'Renkami duomenys',
    control: 'Valdymas',
    privacyPolicy: 'Privatumo politika',
    privacyPolicyLink: 'Privatumo politika ({name})',
  },
  settings: {
    label: 'Slapukų nustatymai',
  },
};

/**
 * The texts of the optional parts: the updated-policy notice and the policy link, embeds, the
 * prompt, the US opt-out link and its dialog. Spread them in when the site uses any of these:
 * `{ ...lt, ...ltExtra }`.
 */
export const ltExtra: ExtraMessages = {
  notice: {
    updatedTitle: 'Atnaujinome slapukų politiką',
    updatedDescription:
      'Nuo jūsų paskutinio pasirinkimo mūsų slapukų politika pasikeitė. Peržiūrėkite ją dar kartą: kol nenuspręsite, nieko nebūtino nenaudosime.',
    policyLink: 'Slapukų politika',
  },
  embed: {
    notice: 'Šį turinį teikia {service}. Jį įkeliant gali būti įrašomi slapukai ir renkami duomenys.',
    loadOnce: 'Įkelti kartą',
    alwaysAllow: 'Visada leisti {service}',
    privacyPolicy: 'Privatumo politika ({service})',
  },
  prompt: {
    title: 'Leisti {name}?',
    allow: 'Leisti',
    notNow: 'Ne dabar',
    ask: 'Įjungti {name}',
    privacyPolicy: 'Privatumo politika ({name})',
  },
  privacyChoices: {
    link: 'Jūsų privatumo pasirinkimai',
    iconAlt: 'Kalifornijos vartotojų privatumo įstatymo (CCPA) atsisakymo piktograma',
    title: 'Jūsų privatumo pasirinkimai',
    description:
      'Asmeninę informaciją parduodame arba ja dalijamės toliau nurodytais tikslais. Išjunkite jungiklį, kad atsisakytumėte šio pardavimo ar dalijimosi.',
    gpcHonoured:
      'Jūsų naršyklė siunčia „Global Privacy Control“ signalą. Jį įvykdėme kaip prašymą atsisakyti jūsų asmeninės informacijos pardavimo ir dalijimosi ja.',
    save: 'Patvirtinti pasirinkimą',
    close: 'Uždaryti',
  },
};
