import type { ConsentMessages, ExtraMessages } from '../components/messages';

/** Dutch messages: `<ConsentProvider messages={nl}>`. */
export const nl: ConsentMessages = {
  locale: 'nl',
  dir: 'ltr',
  banner: {
    label: 'Cookietoestemming',
    title: 'Wij gebruiken cookies',
    description:
      'Noodzakelijke cookies zorgen ervoor dat deze website werkt. Met uw toestemming gebruiken we ook cookies om uw instellingen te onthouden en te begrijpen hoe de website wordt gebruikt. U kunt uw keuze altijd wijzigen.',
    acceptAll: 'Alles accepteren',
    rejectAll: 'Alles weigeren',
    customize: 'Aanpassen',
  },
  preferences: {
    title: 'Cookievoorkeuren',
    description: 'Kies welke soorten cookies we mogen gebruiken. Er verandert pas iets als u opslaat.',
    close: 'Sluiten',
    acceptAll: 'Alles accepteren',
    rejectAll: 'Alles weigeren',
    save: 'Keuze opslaan',
    cookies: 'Gebruikte cookies',
  },
  toggle: {
    alwaysActive: 'Altijd actief',
    mixed: 'Sommige diensten staan aan; inschakelen staat ze allemaal toe.',
  },
  table: {
    cookie: 'Naam',
    provider: 'Aanbieder',
    purpose: 'Doel',
    duration: 'Bewaartermijn',
    thirdParty: 'Derde partij',
    self: 'Deze website',
    yes: 'Ja',
    no: 'Nee',
    session: 'Sessie',
    services: 'Diensten van derden',
    service: 'Dienst',
    data: 'Verzamelde gegevens',
    control: 'Beheer',
    privacyPolicy: 'Privacybeleid',
    privacyPolicyLink: 'Privacybeleid van {name}',
  },
  settings: {
    label: 'Cookie-instellingen',
  },
};

/**
 * The texts of the optional parts: the updated-policy notice and the policy link, embeds, the
 * prompt, the US opt-out link and its dialog. Spread them in when the site uses any of these:
 * `{ ...nl, ...nlExtra }`.
 */
export const nlExtra: ExtraMessages = {
  notice: {
    updatedTitle: 'Wij hebben ons cookiebeleid bijgewerkt',
    updatedDescription:
      'Ons cookiebeleid is gewijzigd sinds uw laatste keuze. Bekijk het nog eens: we gebruiken niets optioneels totdat u hebt besloten.',
    policyLink: 'Cookiebeleid',
  },
  embed: {
    notice: 'Deze inhoud komt van {service}, dat bij het laden cookies kan plaatsen en gegevens kan verzamelen.',
    loadOnce: 'Eenmalig laden',
    alwaysAllow: '{service} altijd toestaan',
    privacyPolicy: 'Privacybeleid van {service}',
  },
  prompt: {
    title: '{name} toestaan?',
    allow: 'Toestaan',
    notNow: 'Niet nu',
    ask: '{name} inschakelen',
    privacyPolicy: 'Privacybeleid van {name}',
  },
  privacyChoices: {
    link: 'Uw privacykeuzes',
    iconAlt: 'Opt-outpictogram van de California Consumer Privacy Act (CCPA)',
    title: 'Uw privacykeuzes',
    description: 'Wij verkopen of delen persoonsgegevens voor de doeleinden hieronder. Zet een schakelaar uit om u af te melden voor die verkoop of dat delen.',
    gpcHonoured:
      'Uw browser verstuurt een Global Privacy Control-signaal. Wij hebben dit gerespecteerd als verzoek om u af te melden voor de verkoop en het delen van uw persoonsgegevens.',
    save: 'Mijn keuzes bevestigen',
    close: 'Sluiten',
  },
};
