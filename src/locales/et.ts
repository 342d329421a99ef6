import type { ConsentMessages, ExtraMessages } from '../components/messages';

/** Estonian messages: `<ConsentProvider messages={et}>`. */
export const et: ConsentMessages = {
  locale: 'et',
  dir: 'ltr',
  banner: {
    label: 'Küpsiste nõusolek',
    title: 'Kasutame küpsiseid',
    description:
      'Hädavajalikud küpsised tagavad selle veebisaidi toimimise. Teie loal kasutaksime küpsiseid ka teie seadete meelespidamiseks ja selleks, et mõista, kuidas veebisaiti kasutatakse. Saate oma valikut igal ajal muuta.',
    acceptAll: 'Nõustu kõigiga',
    rejectAll: 'Keeldu kõigist',
    customize: 'Kohanda',
  },
  preferences: {
    title: 'Küpsiste seaded',
    description: 'Valige, milliseid küpsiseid võime kasutada. Midagi ei muutu enne salvestamist.',
    close: 'Sulge',
    acceptAll: 'Nõustu kõigiga',
    rejectAll: 'Keeldu kõigist',
    save: 'Salvesta valik',
    cookies: 'Kasutatavad küpsised',
  },
  toggle: {
    alwaysActive: 'Alati aktiivne',
    mixed: 'Mõned teenused on sisse lülitatud; sisselülitamine lubab need kõik.',
  },
  table: {
    cookie: 'Küpsis',
    provider: 'Pakkuja',
    purpose: 'Eesmärk',
    duration: 'Kehtivus',
    thirdParty: 'Kolmas osapool',
    self: 'See veebisait',
    yes: 'Jah',
    no: 'Ei',
    session: 'Seanss',
    services: 'Kolmandate osapoolte teenused',
    service: 'Teenus',
    data: 'Kogutavad andmed',
    control: 'Haldamine',
    privacyPolicy: 'Privaatsuspoliitika',
    privacyPolicyLink: 'Privaatsuspoliitika ({name})',
  },
  settings: {
    label: 'Küpsiste seaded',
  },
};

/**
 * The texts of the optional parts: the updated-policy notice and the policy link, embeds, the
 * prompt, the US opt-out link and its dialog. Spread them in when the site uses any of these:
 * `{ ...et, ...etExtra }`.
 */
export const etExtra: ExtraMessages = {
  notice: {
    updatedTitle: 'Oleme uuendanud küpsiste põhimõtteid',
    updatedDescription:
      'Küpsiste põhimõtted on pärast teie viimast valikut muutunud. Palun vaadake need uuesti üle: midagi valikulist ei kasutata enne, kui olete otsustanud.',
    policyLink: 'Küpsiste põhimõtted',
  },
  embed: {
    notice: 'Selle sisu pakub {service}, mis võib laadimisel salvestada küpsiseid ja koguda andmeid.',
    loadOnce: 'Laadi üks kord',
    alwaysAllow: 'Luba alati {service}',
    privacyPolicy: 'Privaatsuspoliitika ({service})',
  },
  prompt: {
    title: 'Kas lubada {name}?',
    allow: 'Luba',
    notNow: 'Mitte praegu',
    ask: 'Lülita {name} sisse',
    privacyPolicy: 'Privaatsuspoliitika ({name})',
  },
  privacyChoices: {
    link: 'Teie privaatsusvalikud',
    iconAlt: 'California tarbijate privaatsusseaduse (CCPA) loobumisikoon',
    title: 'Teie privaatsusvalikud',
    description: 'Müüme või jagame isikuandmeid allpool nimetatud eesmärkidel. Lülitage lüliti välja, et sellest müügist või jagamisest loobuda.',
    gpcHonoured: 'Teie brauser saadab Global Privacy Control signaali. Käsitlesime seda taotlusena loobuda teie isikuandmete müügist ja jagamisest.',
    save: 'Kinnita minu valikud',
    close: 'Sulge',
  },
};
