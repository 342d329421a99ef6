import type { ConsentMessages, ExtraMessages } from '../components/messages';

/** Italian messages: `<ConsentProvider messages={it}>`. */
export const it: ConsentMessages = {
  locale: 'it',
  dir: 'ltr',
  banner: {
    label: 'Consenso ai cookie',
    title: 'Utilizziamo i cookie',
    description:
      'I cookie necessari consentono il funzionamento di questo sito. Con il tuo consenso useremmo i cookie anche per ricordare le tue impostazioni e capire come viene utilizzato il sito. Puoi modificare la tua scelta in qualsiasi momento.',
    acceptAll: 'Accetta tutti',
    rejectAll: 'Rifiuta tutti',
    customize: 'Personalizza',
  },
  preferences: {
    title: 'Preferenze sui cookie',
    description: 'Scegli quali tipi di cookie possiamo utilizzare. Nulla cambia finché non salvi.',
    close: 'Chiudi',
    acceptAll: 'Accetta tutti',
    rejectAll: 'Rifiuta tutti',
    save: 'Salva preferenze',
    cookies: 'Cookie utilizzati',
  },
  toggle: {
    alwaysActive: 'Sempre attivi',
    mixed: 'Alcuni servizi sono attivi; attivando si consentono tutti.',
  },
  table: {
    cookie: 'Nome del cookie',
    provider: 'Fornitore',
    purpose: 'Finalità',
    duration: 'Durata',
    thirdParty: 'Terza parte',
    self: 'Questo sito',
    yes: 'Sì',
    no: 'No',
    session: 'Sessione',
    services: 'Servizi di terze parti',
    service: 'Servizio',
    data: 'Dati raccolti',
    control: 'Gestione',
    privacyPolicy: 'Informativa sulla privacy',
    privacyPolicyLink: 'Informativa sulla privacy di {name}',
  },
  settings: {
    label: 'Impostazioni cookie',
  },
};

/**
 * The texts of the optional parts: the updated-policy notice and the policy link, embeds, the
 * prompt, the US opt-out link and its dialog. Spread them in when the site uses any of these:
 * `{ ...it, ...itExtra }`.
 */
export const itExtra: ExtraMessages = {
  notice: {
    updatedTitle: "Abbiamo aggiornato l'informativa sui cookie",
    updatedDescription:
      "L'informativa sui cookie è cambiata dalla tua ultima scelta. Ti invitiamo a rileggerla: nulla di facoltativo viene usato finché non decidi.",
    policyLink: 'Informativa sui cookie',
  },
  embed: {
    notice: 'Questo contenuto è fornito da {service}, che può impostare cookie e raccogliere dati durante il caricamento.',
    loadOnce: 'Carica una volta',
    alwaysAllow: 'Consenti sempre {service}',
    privacyPolicy: 'Informativa sulla privacy di {service}',
  },
  prompt: {
    title: 'Consentire {name}?',
    allow: 'Consenti',
    notNow: 'Non ora',
    ask: 'Attiva {name}',
    privacyPolicy: 'Informativa sulla privacy di {name}',
  },
  privacyChoices: {
    link: 'Le tue scelte sulla privacy',
    iconAlt: 'Icona di opt-out del California Consumer Privacy Act (CCPA)',
    title: 'Le tue scelte sulla privacy',
    description:
      'Vendiamo o condividiamo informazioni personali per le finalità indicate di seguito. Disattiva un interruttore per opporti a tale vendita o condivisione.',
    gpcHonoured:
      'Il tuo browser invia un segnale Global Privacy Control. Lo abbiamo rispettato come richiesta di opposizione alla vendita e alla condivisione delle tue informazioni personali.',
    save: 'Conferma le mie scelte',
    close: 'Chiudi',
  },
};
