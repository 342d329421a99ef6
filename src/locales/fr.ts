import type { ConsentMessages, ExtraMessages } from '../components/messages';

/** French messages: `<ConsentProvider messages={fr}>`. */
export const fr: ConsentMessages = {
  locale: 'fr',
  dir: 'ltr',
  banner: {
    label: 'Consentement aux cookies',
    title: 'Nous utilisons des cookies',
    description:
      'Les cookies essentiels permettent à ce site de fonctionner. Avec votre accord, nous utiliserions aussi des cookies pour mémoriser vos réglages et comprendre comment le site est utilisé. Vous pouvez modifier votre choix à tout moment.',
    acceptAll: 'Tout accepter',
    rejectAll: 'Tout refuser',
    customize: 'Personnaliser',
  },
  preferences: {
    title: 'Paramètres des cookies',
    description: "Choisissez les types de cookies que nous pouvons utiliser. Rien ne change tant que vous n'avez pas enregistré.",
    close: 'Fermer',
    acceptAll: 'Tout accepter',
    rejectAll: 'Tout refuser',
    save: 'Enregistrer mes choix',
    cookies: 'Cookies utilisés',
  },
  toggle: {
    alwaysActive: 'Toujours actifs',
    mixed: "Certains services sont activés\u00a0; l'activer les autorise tous.",
  },
  table: {
    cookie: 'Nom du cookie',
    provider: 'Fournisseur',
    purpose: 'Finalité',
    duration: 'Durée de conservation',
    thirdParty: 'Tiers',
    self: 'Ce site',
    yes: 'Oui',
    no: 'Non',
    session: 'Fin de session',
    services: 'Services tiers',
    service: 'Nom du service',
    data: 'Données collectées',
    control: 'Contrôle',
    privacyPolicy: 'Politique de confidentialité',
    privacyPolicyLink: 'Politique de confidentialité de {name}',
  },
  settings: {
    label: 'Gérer les cookies',
  },
};

/**
 * The texts of the optional parts: the updated-policy notice and the policy link, embeds, the
 * prompt, the US opt-out link and its dialog. Spread them in when the site uses any of these:
 * `{ ...fr, ...frExtra }`.
 */
export const frExtra: ExtraMessages = {
  notice: {
    updatedTitle: 'Nous avons mis à jour notre politique de cookies',
    updatedDescription:
      "Notre politique de cookies a changé depuis votre dernier choix. Merci de la consulter à nouveau\u00a0: rien de facultatif n'est utilisé avant votre décision.",
    policyLink: 'Politique de cookies',
  },
  embed: {
    notice: 'Ce contenu est fourni par {service}, qui peut déposer des cookies et collecter des données lors de son chargement.',
    loadOnce: 'Charger une fois',
    alwaysAllow: 'Toujours autoriser {service}',
    privacyPolicy: 'Politique de confidentialité de {service}',
  },
  prompt: {
    title: 'Autoriser {name}\u00a0?',
    allow: 'Autoriser',
    notNow: 'Plus tard',
    ask: 'Activer {name}',
    privacyPolicy: 'Politique de confidentialité de {name}',
  },
  privacyChoices: {
    link: 'Vos choix en matière de confidentialité',
    iconAlt: 'Icône de refus du California Consumer Privacy Act (CCPA)',
    title: 'Vos choix en matière de confidentialité',
    description:
      'Nous vendons ou partageons des informations personnelles aux fins indiquées ci-dessous. Désactivez un interrupteur pour vous opposer à cette vente ou à ce partage.',
    gpcHonoured:
      "Votre navigateur envoie un signal Global Privacy Control. Nous l'avons appliqué comme une demande d'opposition à la vente et au partage de vos informations personnelles.",
    save: 'Confirmer mes choix',
    close: 'Fermer',
  },
};
