import type { ConsentMessages, ExtraMessages } from '../components/messages';

/** Finnish messages: `<ConsentProvider messages={fi}>`. */
export const fi: ConsentMessages = {
  locale: 'fi',
  dir: 'ltr',
  banner: {
    label: 'Evästesuostumus',
    title: 'Käytämme evästeitä',
    description:
      'Välttämättömät evästeet pitävät sivuston toiminnassa. Luvallasi käyttäisimme evästeitä myös asetustesi muistamiseen ja sen ymmärtämiseen, miten sivustoa käytetään. Voit muuttaa valintaasi milloin tahansa.',
    acceptAll: 'Hyväksy kaikki',
    rejectAll: 'Hylkää kaikki',
    customize: 'Mukauta',
  },
  preferences: {
    title: 'Evästeasetukset',
    description: 'Valitse, millaisia evästeitä saamme käyttää. Mikään ei muutu ennen kuin tallennat.',
    close: 'Sulje',
    acceptAll: 'Hyväksy kaikki',
    rejectAll: 'Hylkää kaikki',
    save: 'Tallenna valinnat',
    cookies: 'Käytetyt evästeet',
  },
  toggle: {
    alwaysActive: 'Aina käytössä',
    mixed: 'Osa palveluista on käytössä; päälle kytkeminen sallii ne kaikki.',
  },
  table: {
    cookie: 'Eväste',
    provider: 'Tarjoaja',
    purpose: 'Käyttötarkoitus',
    duration: 'Voimassaolo',
    thirdParty: 'Kolmas osapuoli',
    self: 'Tämä sivusto',
    yes: 'Kyllä',
    no: 'Ei',
    session: 'Istunto',
    services: 'Kolmansien osapuolten palvelut',
    service: 'Palvelu',
    data: 'Kerättävät tiedot',
    control: 'Hallinta',
    privacyPolicy: 'Tietosuojaseloste',
    privacyPolicyLink: 'Tietosuojaseloste ({name})',
  },
  settings: {
    label: 'Evästeasetukset',
  },
};

/**
 * The texts of the optional parts: the updated-policy notice and the policy link, embeds, the
 * prompt, the US opt-out link and its dialog. Spread them in when the site uses any of these:
 * `{ ...fi, ...fiExtra }`.
 */
export const fiExtra: ExtraMessages = {
  notice: {
    updatedTitle: 'Olemme päivittäneet evästekäytäntömme',
    updatedDescription:
      'Evästekäytäntömme on muuttunut edellisen valintasi jälkeen. Tutustu siihen uudelleen: mitään valinnaista ei käytetä ennen kuin päätät.',
    policyLink: 'Evästekäytäntö',
  },
  embed: {
    notice: 'Tämän sisällön tarjoaa {service}, joka voi latautuessaan tallentaa evästeitä ja kerätä tietoja.',
    loadOnce: 'Lataa kerran',
    alwaysAllow: 'Salli aina {service}',
    privacyPolicy: 'Tietosuojaseloste ({service})',
  },
  prompt: {
    title: 'Sallitaanko {name}?',
    allow: 'Salli',
    notNow: 'Ei nyt',
    ask: 'Ota {name} käyttöön',
    privacyPolicy: 'Tietosuojaseloste ({name})',
  },
  privacyChoices: {
    link: 'Tietosuojavalintasi',
    iconAlt: 'California Consumer Privacy Act (CCPA) -lain kieltäytymiskuvake',
    title: 'Tietosuojavalintasi',
    description: 'Myymme tai jaamme henkilötietoja alla mainittuihin tarkoituksiin. Kytke valitsin pois, niin kiellät tämän myynnin tai jakamisen.',
    gpcHonoured: 'Selaimesi lähettää Global Privacy Control -signaalin. Olemme noudattaneet sitä pyyntönä kieltää henkilötietojesi myynti ja jakaminen.',
    save: 'Vahvista valintani',
    close: 'Sulje',
  },
};
