import type { ConsentMessages } from '../components/messages';

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
