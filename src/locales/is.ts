import type { ConsentMessages, ExtraMessages } from '../components/messages';

/** Icelandic messages: `<ConsentProvider messages={is}>`. */
export const is: ConsentMessages = {
  locale: 'is',
  dir: 'ltr',
  banner: {
    label: 'Samþykki fyrir vafrakökum',
    title: 'Við notum vafrakökur',
    description:
      'Nauðsynlegar vafrakökur halda vefnum gangandi. Með þínu leyfi myndum við einnig nota vafrakökur til að muna stillingarnar þínar og skilja hvernig vefurinn er notaður. Þú getur breytt vali þínu hvenær sem er.',
    acceptAll: 'Samþykkja allar',
    rejectAll: 'Hafna öllum',
    customize: 'Sérsníða',
  },
  preferences: {
    title: 'Stillingar vafrakaka',
    description: 'Veldu hvaða tegundir vafrakaka við megum nota. Engu er breytt fyrr en þú vistar.',
    close: 'Loka',
    acceptAll: 'Samþykkja allar',
    rejectAll: 'Hafna öllum',
    save: 'Vista val',
    cookies: 'Vafrakökur í notkun',
  },
  toggle: {
    alwaysActive: 'Alltaf virkt',
    mixed: 'Sumar þjónustur eru virkar; kveiktu til að leyfa þær allar.',
  },
  table: {
    cookie: 'Vafrakaka',
    provider: 'Veitandi',
    purpose: 'Tilgangur',
    duration: 'Gildistími',
    thirdParty: 'Þriðji aðili',
    self: 'Þessi vefur',
    yes: 'Já',
    no: 'Nei',
    session: 'Lota',
    services: 'Þjónusta þriðju aðila',
    service: 'Þjónusta',
    data: 'Gögn sem safnað er',
    control: 'Stýring',
    privacyPolicy: 'Persónuverndarstefna',
    privacyPolicyLink: 'Persónuverndarstefna {name}',
    // Chromium's Intl has no Icelandic: it would write the units in English.
    units: {
      years: { other: '{n} ár' },
      months: { one: '{n} mánuður', other: '{n} mánuðir' },
      days: { one: '{n} dagur', other: '{n} dagar' },
      hours: { one: '{n} klukkustund', other: '{n} klukkustundir' },
      minutes: { one: '{n} mínúta', other: '{n} mínútur' },
    },
  },
  settings: {
    label: 'Vafrakökustillingar',
  },
};

/**
 * The texts of the optional parts: the updated-policy notice and the policy link, embeds, the
 * prompt, the US opt-out link and its dialog. Spread them in when the site uses any of these:
 * `{ ...is, ...isExtra }`.
 */
export const isExtra: ExtraMessages = {
  notice: {
    updatedTitle: 'Við höfum uppfært vafrakökustefnuna okkar',
    updatedDescription:
      'Vafrakökustefnan okkar hefur breyst síðan þú valdir síðast. Skoðaðu hana aftur: ekkert valkvætt er notað fyrr en þú hefur ákveðið þig.',
    policyLink: 'Vafrakökustefna',
  },
  embed: {
    notice: 'Þetta efni kemur frá {service}, sem getur vistað vafrakökur og safnað gögnum þegar það hleðst inn.',
    loadOnce: 'Hlaða einu sinni',
    alwaysAllow: 'Leyfa {service} alltaf',
    privacyPolicy: 'Persónuverndarstefna {service}',
  },
  prompt: {
    title: 'Leyfa {name}?',
    allow: 'Leyfa',
    notNow: 'Ekki núna',
    ask: 'Kveikja á {name}',
    privacyPolicy: 'Persónuverndarstefna {name}',
  },
  privacyChoices: {
    link: 'Persónuverndarval þitt',
    iconAlt: 'Afþökkunartákn samkvæmt California Consumer Privacy Act (CCPA)',
    title: 'Persónuverndarval þitt',
    description: 'Við seljum eða deilum persónuupplýsingum í þeim tilgangi sem talinn er upp hér að neðan. Slökktu á rofa til að afþakka þá sölu eða deilingu.',
    gpcHonoured: 'Vafrinn þinn sendir Global Privacy Control-merki. Við höfum virt það sem beiðni um að afþakka sölu og deilingu persónuupplýsinga þinna.',
    save: 'Staðfesta valið',
    close: 'Loka',
  },
};
