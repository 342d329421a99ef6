import type { ConsentMessages, ExtraMessages } from '../components/messages';

/** Greek messages: `<ConsentProvider messages={el}>`. */
export const el: ConsentMessages = {
  locale: 'el',
  dir: 'ltr',
  banner: {
    label: 'Συγκατάθεση για cookies',
    title: 'Χρησιμοποιούμε cookies',
    description:
      'Τα απαραίτητα cookies διασφαλίζουν τη λειτουργία αυτού του ιστότοπου. Με την άδειά σας, θα χρησιμοποιούσαμε cookies και για να θυμόμαστε τις ρυθμίσεις σας και να κατανοούμε πώς χρησιμοποιείται ο ιστότοπος. Μπορείτε να αλλάξετε την επιλογή σας οποιαδήποτε στιγμή.',
    acceptAll: 'Αποδοχή όλων',
    rejectAll: 'Απόρριψη όλων',
    customize: 'Προσαρμογή',
  },
  preferences: {
    title: 'Ρυθμίσεις cookies',
    description: 'Επιλέξτε ποια είδη cookies μπορούμε να χρησιμοποιούμε. Τίποτα δεν αλλάζει πριν από την αποθήκευση.',
    close: 'Κλείσιμο',
    acceptAll: 'Αποδοχή όλων',
    rejectAll: 'Απόρριψη όλων',
    save: 'Αποθήκευση επιλογών',
    cookies: 'Cookies σε χρήση',
  },
  toggle: {
    alwaysActive: 'Πάντα ενεργά',
    mixed: 'Ορισμένες υπηρεσίες είναι ενεργές. Η ενεργοποίηση τις επιτρέπει όλες.',
  },
  table: {
    cookie: 'Όνομα cookie',
    provider: 'Πάροχος',
    purpose: 'Σκοπός',
    duration: 'Διάρκεια',
    thirdParty: 'Τρίτο μέρος',
    self: 'Αυτός ο ιστότοπος',
    yes: 'Ναι',
    no: 'Όχι',
    session: 'Συνεδρία',
    services: 'Υπηρεσίες τρίτων',
    service: 'Υπηρεσία',
    data: 'Δεδομένα που συλλέγονται',
    control: 'Διαχείριση',
    privacyPolicy: 'Πολιτική απορρήτου',
    privacyPolicyLink: 'Πολιτική απορρήτου ({name})',
  },
  settings: {
    label: 'Ρυθμίσεις cookies',
  },
};

/**
 * The texts of the optional parts: the updated-policy notice and the policy link, embeds, the
 * prompt, the US opt-out link and its dialog. Spread them in when the site uses any of these:
 * `{ ...el, ...elExtra }`.
 */
export const elExtra: ExtraMessages = {
  notice: {
    updatedTitle: 'Ενημερώσαμε την πολιτική cookies',
    updatedDescription:
      'Η πολιτική cookies άλλαξε από την τελευταία σας επιλογή. Διαβάστε την ξανά: τίποτα προαιρετικό δεν χρησιμοποιείται μέχρι να αποφασίσετε.',
    policyLink: 'Πολιτική cookies',
  },
  embed: {
    notice: 'Το περιεχόμενο παρέχεται από {service}. Κατά τη φόρτωση μπορεί να οριστούν cookies και να συλλεχθούν δεδομένα.',
    loadOnce: 'Φόρτωση μία φορά',
    alwaysAllow: 'Μόνιμη αποδοχή: {service}',
    privacyPolicy: 'Πολιτική απορρήτου ({service})',
  },
  prompt: {
    title: 'Να επιτραπεί: {name};',
    allow: 'Αποδοχή',
    notNow: 'Όχι τώρα',
    ask: 'Ενεργοποίηση: {name}',
    privacyPolicy: 'Πολιτική απορρήτου ({name})',
  },
  privacyChoices: {
    link: 'Οι επιλογές απορρήτου σας',
    iconAlt: 'Εικονίδιο εξαίρεσης του California Consumer Privacy Act (CCPA)',
    title: 'Οι επιλογές απορρήτου σας',
    description:
      'Πωλούμε ή κοινοποιούμε προσωπικές πληροφορίες για τους παρακάτω σκοπούς. Απενεργοποιήστε έναν διακόπτη για να εξαιρεθείτε από αυτή την πώληση ή κοινοποίηση.',
    gpcHonoured:
      'Το πρόγραμμα περιήγησής σας στέλνει σήμα Global Privacy Control. Το τηρήσαμε ως αίτημα εξαίρεσης από την πώληση και την κοινοποίηση των προσωπικών σας πληροφοριών.',
    save: 'Επιβεβαίωση επιλογών',
    close: 'Κλείσιμο',
  },
};
