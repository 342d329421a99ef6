import type { ConsentMessages, ExtraMessages } from '../components/messages';

/** Catalan messages: `<ConsentProvider messages={ca}>`. */
export const ca: ConsentMessages = {
  locale: 'ca',
  dir: 'ltr',
  banner: {
    label: 'Consentiment de galetes',
    title: 'Utilitzem galetes',
    description:
      "Les galetes essencials fan que aquest lloc web funcioni. Amb el seu permís, també utilitzaríem galetes per recordar la seva configuració i entendre com s'utilitza el lloc. Pot canviar la seva elecció en qualsevol moment.",
    acceptAll: 'Acceptar-les totes',
    rejectAll: 'Rebutjar-les totes',
    customize: 'Personalitzar',
  },
  preferences: {
    title: 'Preferències de galetes',
    description: 'Triï quins tipus de galetes podem utilitzar. No canvia res fins que no desi.',
    close: 'Tancar',
    acceptAll: 'Acceptar-les totes',
    rejectAll: 'Rebutjar-les totes',
    save: 'Desar preferències',
    cookies: 'Galetes utilitzades',
  },
  toggle: {
    alwaysActive: 'Sempre actives',
    mixed: 'Alguns serveis estan activats; activar-ho els permet tots.',
  },
  table: {
    cookie: 'Galeta',
    provider: 'Proveïdor',
    purpose: 'Finalitat',
    duration: 'Durada',
    thirdParty: 'De tercers',
    self: 'Aquest lloc web',
    yes: 'Sí',
    no: 'No',
    session: 'Sessió',
    services: 'Serveis de tercers',
    service: 'Servei',
    data: 'Dades recollides',
    control: 'Gestió',
    privacyPolicy: 'Política de privadesa',
    privacyPolicyLink: 'Política de privadesa de {name}',
  },
  settings: {
    label: 'Configuració de galetes',
  },
};

/**
 * The texts of the optional parts: the updated-policy notice and the policy link, embeds, the
 * prompt, the US opt-out link and its dialog. Spread them in when the site uses any of these:
 * `{ ...ca, ...caExtra }`.
 */
export const caExtra: ExtraMessages = {
  notice: {
    updatedTitle: 'Hem actualitzat la nostra política de galetes',
    updatedDescription:
      "La nostra política de galetes ha canviat des de la seva última elecció. Revisi-la de nou: no s'utilitza res opcional fins que no decideixi.",
    policyLink: 'Política de galetes',
  },
  embed: {
    notice: 'Aquest contingut el proporciona {service}, que pot instal·lar galetes i recollir dades quan es carrega.',
    loadOnce: 'Carregar un cop',
    alwaysAllow: 'Permetre sempre {service}',
    privacyPolicy: 'Política de privadesa de {service}',
  },
  prompt: {
    title: 'Permetre {name}?',
    allow: 'Permetre',
    notNow: 'Ara no',
    ask: 'Activar {name}',
    privacyPolicy: 'Política de privadesa de {name}',
  },
  privacyChoices: {
    link: 'Les seves opcions de privadesa',
    iconAlt: "Icona d'exclusió de la Llei de privadesa del consumidor de Califòrnia (CCPA)",
    title: 'Les seves opcions de privadesa',
    description: "Venem o compartim informació personal per a les finalitats següents. Desactivi un interruptor per excloure's d'aquesta venda o compartició.",
    gpcHonoured:
      "El seu navegador envia un senyal Global Privacy Control. L'hem respectat com una sol·licitud d'exclusió de la venda i la compartició de la seva informació personal.",
    save: 'Confirmar les meves opcions',
    close: 'Tancar',
  },
};
