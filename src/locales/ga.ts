import type { ConsentMessages, ExtraMessages } from '../components/messages';

/** Irish messages: `<ConsentProvider messages={ga}>`. */
export const ga: ConsentMessages = {
  locale: 'ga',
  dir: 'ltr',
  banner: {
    label: 'Toiliú le fianáin',
    title: 'Úsáidimid fianáin',
    description:
      "Coinníonn fianáin riachtanacha an suíomh seo ag obair. Le do chead, d'úsáidfimis fianáin freisin chun do shocruithe a mheabhrú agus chun tuiscint a fháil ar an gcaoi a n-úsáidtear an suíomh. Is féidir leat do rogha a athrú am ar bith.",
    acceptAll: 'Glac leo go léir',
    rejectAll: 'Diúltaigh dóibh go léir',
    customize: 'Saincheap',
  },
  preferences: {
    title: 'Socruithe fianán',
    description: 'Roghnaigh na cineálacha fianán a bhfuil cead againn iad a úsáid. Ní athrófar aon rud go dtí go sábhálfaidh tú.',
    close: 'Dún',
    acceptAll: 'Glac leo go léir',
    rejectAll: 'Diúltaigh dóibh go léir',
    save: 'Sábháil roghanna',
    cookies: 'Fianáin in úsáid',
  },
  toggle: {
    alwaysActive: 'Gníomhach i gcónaí',
    mixed: 'Tá roinnt seirbhísí ar siúl; cuir ar siúl é chun iad go léir a cheadú.',
  },
  table: {
    cookie: 'Fianán',
    provider: 'Soláthraí',
    purpose: 'Cuspóir',
    duration: 'Fad',
    thirdParty: 'Tríú páirtí',
    self: 'An suíomh seo',
    yes: 'Tá',
    no: 'Níl',
    session: 'Seisiún',
    services: 'Seirbhísí tríú páirtí',
    service: 'Seirbhís',
    data: 'Sonraí a bhailítear',
    control: 'Rialú',
    privacyPolicy: 'Beartas príobháideachais',
    privacyPolicyLink: 'Beartas príobháideachais {name}',
    // Chromium's Intl has no Irish, and Node's cuts the names short ("2 bhl", "1 u").
    units: {
      years: { one: '{n} bhliain', two: '{n} bhliain', few: '{n} bliana', many: '{n} mbliana', other: '{n} bliain' },
      months: { one: '{n} mhí', two: '{n} mhí', few: '{n} mhí', other: '{n} mí' },
      days: { other: '{n} lá' },
      hours: { few: '{n} huaire an chloig', many: '{n} n-uaire an chloig', other: '{n} uair an chloig' },
      minutes: { other: '{n} nóiméad' },
    },
  },
  settings: {
    label: 'Socruithe fianán',
  },
};

/**
 * The texts of the optional parts: the updated-policy notice and the policy link, embeds, the
 * prompt, the US opt-out link and its dialog. Spread them in when the site uses any of these:
 * `{ ...ga, ...gaExtra }`.
 */
export const gaExtra: ExtraMessages = {
  notice: {
    updatedTitle: 'Tá ár mbeartas fianán nuashonraithe againn',
    updatedDescription:
      'Tá ár mbeartas fianán athraithe ó rinne tú do rogha go deireanach. Féach air arís, le do thoil: ní úsáidfear aon rud roghnach go dtí go gcinnfidh tú.',
    policyLink: 'Beartas fianán',
  },
  embed: {
    notice: 'Is é {service} a sholáthraíonn an t-ábhar seo, agus féadfaidh sé fianáin a shocrú agus sonraí a bhailiú nuair a lódálann sé.',
    loadOnce: 'Lódáil uair amháin',
    alwaysAllow: 'Ceadaigh {service} i gcónaí',
    privacyPolicy: 'Beartas príobháideachais {service}',
  },
  prompt: {
    title: 'An gceadóidh tú {name}?',
    allow: 'Ceadaigh',
    notNow: 'Ní anois',
    ask: 'Cuir {name} ar siúl',
    privacyPolicy: 'Beartas príobháideachais {name}',
  },
  privacyChoices: {
    link: 'Do roghanna príobháideachais',
    iconAlt: 'Deilbhín diúltaithe an California Consumer Privacy Act (CCPA)',
    title: 'Do roghanna príobháideachais',
    description: 'Díolaimid nó roinnimid faisnéis phearsanta chun na gcríoch thíos. Múch lasc chun diúltú don díol nó don roinnt sin.',
    gpcHonoured:
      'Seolann do bhrabhsálaí comhartha Global Privacy Control. Ghlacamar leis mar iarratas chun diúltú do dhíol agus do roinnt do chuid faisnéise pearsanta.',
    save: 'Deimhnigh mo roghanna',
    close: 'Dún',
  },
};
