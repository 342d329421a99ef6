import type { ConsentMessages, ExtraMessages } from '../components/messages';

/** Slovenian messages: `<ConsentProvider messages={sl}>`. */
export const sl: ConsentMessages = {
  locale: 'sl',
  dir: 'ltr',
  banner: {
    label: 'Soglasje za piškotke',
    title: 'Uporabljamo piškotke',
    description:
      'Nujni piškotki omogočajo delovanje tega spletnega mesta. Z vašim dovoljenjem bi piškotke uporabljali tudi za shranjevanje vaših nastavitev in za razumevanje, kako se spletno mesto uporablja. Svojo izbiro lahko kadar koli spremenite.',
    acceptAll: 'Sprejmi vse',
    rejectAll: 'Zavrni vse',
    customize: 'Prilagodi',
  },
  preferences: {
    title: 'Nastavitve piškotkov',
    description: 'Izberite, katere vrste piškotkov smemo uporabljati. Nič se ne spremeni, dokler ne shranite.',
    close: 'Zapri',
    acceptAll: 'Sprejmi vse',
    rejectAll: 'Zavrni vse',
    save: 'Shrani izbiro',
    cookies: 'Uporabljeni piškotki',
  },
  toggle: {
    alwaysActive: 'Vedno aktivno',
    mixed: 'Nekatere storitve so vklopljene; vklop dovoli vse.',
  },
  table: {
    cookie: 'Piškotek',
    provider: 'Ponudnik',
    purpose: 'Namen',
    duration: 'Trajanje',
    thirdParty: 'Tretja oseba',
    self: 'To spletno mesto',
    yes: 'Da',
    no: 'Ne',
    session: 'Seja',
    services: 'Storitve tretjih oseb',
    service: 'Storitev',
    data: 'Zbrani podatki',
    control: 'Upravljanje',
    privacyPolicy: 'Pravilnik o zasebnosti',
    privacyPolicyLink: 'Pravilnik o zasebnosti ({name})',
  },
  settings: {
    label: 'Nastavitve piškotkov',
  },
};

/**
 * The texts of the optional parts: the updated-policy notice and the policy link, embeds, the
 * prompt, the US opt-out link and its dialog. Spread them in when the site uses any of these:
 * `{ ...sl, ...slExtra }`.
 */
export const slExtra: ExtraMessages = {
  notice: {
    updatedTitle: 'Posodobili smo pravilnik o piškotkih',
    updatedDescription:
      'Naš pravilnik o piškotkih se je od vaše zadnje izbire spremenil. Prosimo, preglejte ga znova: dokler se ne odločite, ne uporabljamo ničesar neobveznega.',
    policyLink: 'Pravilnik o piškotkih',
  },
  embed: {
    notice: 'To vsebino zagotavlja {service}, ki lahko ob nalaganju nastavi piškotke in zbira podatke.',
    loadOnce: 'Naloži enkrat',
    alwaysAllow: 'Vedno dovoli {service}',
    privacyPolicy: 'Pravilnik o zasebnosti ({service})',
  },
  prompt: {
    title: 'Želite dovoliti {name}?',
    allow: 'Dovoli',
    notNow: 'Ne zdaj',
    ask: 'Vklopi {name}',
    privacyPolicy: 'Pravilnik o zasebnosti ({name})',
  },
  privacyChoices: {
    link: 'Vaše izbire glede zasebnosti',
    iconAlt: 'Ikona za zavrnitev po kalifornijskem zakonu o zasebnosti potrošnikov (CCPA)',
    title: 'Vaše izbire glede zasebnosti',
    description: 'Osebne podatke prodajamo ali delimo za spodaj navedene namene. Izklopite stikalo, če želite zavrniti to prodajo ali deljenje.',
    gpcHonoured: 'Vaš brskalnik pošilja signal Global Privacy Control. Upoštevali smo ga kot zahtevo za zavrnitev prodaje in deljenja vaših osebnih podatkov.',
    save: 'Potrdi mojo izbiro',
    close: 'Zapri',
  },
};
