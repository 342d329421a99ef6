import type { ConsentMessages, ExtraMessages } from '../components/messages';

/** Maltese messages: `<ConsentProvider messages={mt}>`. */
export const mt: ConsentMessages = {
  locale: 'mt',
  dir: 'ltr',
  banner: {
    label: 'Kunsens għall-cookies',
    title: 'Nużaw il-cookies',
    description:
      "Il-cookies essenzjali jżommu dan is-sit jaħdem. Bil-permess tiegħek, nużaw il-cookies ukoll biex niftakru l-għażliet tiegħek u biex nifhmu kif jintuża s-sit. Tista' tbiddel l-għażla tiegħek meta trid.",
    acceptAll: 'Aċċetta kollha',
    rejectAll: 'Irrifjuta kollha',
    customize: 'Ippersonalizza',
  },
  preferences: {
    title: 'Preferenzi tal-cookies',
    description: "Agħżel liema tipi ta' cookies nistgħu nużaw. Xejn ma jinbidel qabel ma taħżen.",
    close: 'Agħlaq',
    acceptAll: 'Aċċetta kollha',
    rejectAll: 'Irrifjuta kollha',
    save: 'Aħżen l-għażla',
    cookies: 'Cookies li nużaw',
  },
  toggle: {
    alwaysActive: 'Dejjem attivi',
    mixed: 'Xi servizzi huma mixgħula; ixgħel biex tippermettihom kollha.',
  },
  table: {
    cookie: 'Isem il-cookie',
    provider: 'Fornitur',
    purpose: 'Għan',
    duration: "Tul ta' żmien",
    thirdParty: 'Parti terza',
    self: 'Dan is-sit',
    yes: 'Iva',
    no: 'Le',
    session: 'Sessjoni',
    services: "Servizzi ta' partijiet terzi",
    service: 'Servizz',
    data: 'Data miġbura',
    control: 'Kontroll',
    privacyPolicy: 'Politika tal-privatezza',
    privacyPolicyLink: "Politika tal-privatezza ta' {name}",
    // Intl has no Maltese unit names (Node writes "2 d", Chromium English).
    units: {
      years: { two: 'sentejn', few: '{n} snin', other: '{n} sena' },
      months: { two: 'xahrejn', few: '{n} xhur', other: '{n} xahar' },
      days: { two: 'jumejn', few: '{n} ġranet', other: '{n} ġurnata' },
      hours: { two: 'sagħtejn', few: '{n} sigħat', other: '{n} siegħa' },
      minutes: { two: 'minutejn', few: '{n} minuti', other: '{n} minuta' },
    },
  },
  settings: {
    label: 'Għażliet tal-cookies',
  },
};

/**
 * The texts of the optional parts: the updated-policy notice and the policy link, embeds, the
 * prompt, the US opt-out link and its dialog. Spread them in when the site uses any of these:
 * `{ ...mt, ...mtExtra }`.
 */
export const mtExtra: ExtraMessages = {
  notice: {
    updatedTitle: 'Aġġornajna l-politika tal-cookies',
    updatedDescription:
      "Il-politika tal-cookies tagħna nbidlet minn meta għamilt l-aħħar għażla. Jekk jogħġbok, erġa' ħarsilha: xejn fakultattiv ma jintuża qabel ma tiddeċiedi.",
    policyLink: 'Politika tal-cookies',
  },
  embed: {
    notice: "Dan il-kontenut huwa pprovdut minn {service}, li jista' jpoġġi cookies u jiġbor data meta jitgħabba.",
    loadOnce: 'Għabbi darba',
    alwaysAllow: 'Dejjem ippermetti {service}',
    privacyPolicy: "Politika tal-privatezza ta' {service}",
  },
  prompt: {
    title: 'Tippermetti {name}?',
    allow: 'Ippermetti',
    notNow: 'Mhux issa',
    ask: 'Ixgħel {name}',
    privacyPolicy: "Politika tal-privatezza ta' {name}",
  },
  privacyChoices: {
    link: 'L-għażliet tal-privatezza tiegħek',
    iconAlt: 'Ikona tal-opt-out tal-California Consumer Privacy Act (CCPA)',
    title: 'L-għażliet tal-privatezza tiegħek',
    description:
      "Aħna nbigħu jew naqsmu informazzjoni personali għall-għanijiet ta' hawn taħt. Itfi swiċċ biex tagħżel li ma tippermettix dak il-bejgħ jew qsim.",
    gpcHonoured:
      'Il-browser tiegħek jibgħat sinjal Global Privacy Control. Irrispettajnieh bħala talba biex ma jsirx bejgħ u qsim tal-informazzjoni personali tiegħek.',
    save: 'Ikkonferma l-għażliet',
    close: 'Agħlaq',
  },
};
