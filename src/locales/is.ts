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
  },
  settings: {
    label: 'Vafrakökustillingar',
  },
};

/**
 * The texts of the optional parts: the updated-policy notice and the policy link, embeds, the
 * prompt. Spread them in when the site uses any of these: `{ ...is, ...isExtra }`.
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
};
