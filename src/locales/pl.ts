import type { ConsentMessages, ExtraMessages } from '../components/messages';

/** Polish messages: `<ConsentProvider messages={pl}>`. */
export const pl: ConsentMessages = {
  locale: 'pl',
  dir: 'ltr',
  banner: {
    label: 'Zgoda na pliki cookie',
    title: 'Używamy plików cookie',
    description:
      'Niezbędne pliki cookie zapewniają działanie tej strony. Za Twoją zgodą używalibyśmy plików cookie także do zapamiętania Twoich ustawień i zrozumienia, jak strona jest używana. Swój wybór możesz zmienić w każdej chwili.',
    acceptAll: 'Zaakceptuj wszystkie',
    rejectAll: 'Odrzuć wszystkie',
    customize: 'Dostosuj',
  },
  preferences: {
    title: 'Ustawienia plików cookie',
    description: 'Wybierz, jakich rodzajów plików cookie możemy używać. Nic się nie zmieni, dopóki nie zapiszesz.',
    close: 'Zamknij',
    acceptAll: 'Zaakceptuj wszystkie',
    rejectAll: 'Odrzuć wszystkie',
    save: 'Zapisz wybór',
    cookies: 'Używane pliki cookie',
  },
  toggle: {
    alwaysActive: 'Zawsze aktywne',
    mixed: 'Niektóre usługi są włączone; włączenie zezwala na wszystkie.',
  },
  table: {
    cookie: 'Plik cookie',
    provider: 'Dostawca',
    purpose: 'Cel',
    duration: 'Okres przechowywania',
    thirdParty: 'Podmiot zewnętrzny',
    self: 'Ta strona',
    yes: 'Tak',
    no: 'Nie',
    session: 'Sesja',
    services: 'Usługi zewnętrzne',
    service: 'Usługa',
    data: 'Zbierane dane',
    control: 'Zarządzanie',
    privacyPolicy: 'Polityka prywatności',
    privacyPolicyLink: 'Polityka prywatności {name}',
  },
  settings: {
    label: 'Ustawienia plików cookie',
  },
};

/**
 * The texts of the optional parts: the updated-policy notice and the policy link, embeds, the
 * prompt, the US opt-out link and its dialog. Spread them in when the site uses any of these:
 * `{ ...pl, ...plExtra }`.
 */
export const plExtra: ExtraMessages = {
  notice: {
    updatedTitle: 'Zaktualizowaliśmy politykę plików cookie',
    updatedDescription:
      'Nasza polityka plików cookie zmieniła się od Twojego ostatniego wyboru. Zapoznaj się z nią ponownie: nic opcjonalnego nie zostanie użyte, dopóki nie zdecydujesz.',
    policyLink: 'Polityka plików cookie',
  },
  embed: {
    notice: 'Tę treść udostępnia {service}. Podczas wczytywania mogą zostać zapisane pliki cookie i zebrane dane.',
    loadOnce: 'Wczytaj raz',
    alwaysAllow: 'Zawsze zezwalaj na {service}',
    privacyPolicy: 'Polityka prywatności {service}',
  },
  prompt: {
    title: 'Zezwolić na {name}?',
    allow: 'Zezwól',
    notNow: 'Nie teraz',
    ask: 'Włącz {name}',
    privacyPolicy: 'Polityka prywatności {name}',
  },
  privacyChoices: {
    link: 'Twoje wybory dotyczące prywatności',
    iconAlt: 'Ikona rezygnacji zgodnie z kalifornijską ustawą o ochronie prywatności konsumentów (CCPA)',
    title: 'Twoje wybory dotyczące prywatności',
    description:
      'Sprzedajemy lub udostępniamy dane osobowe w celach wymienionych poniżej. Wyłącz przełącznik, aby zrezygnować z tej sprzedaży lub udostępniania.',
    gpcHonoured:
      'Twoja przeglądarka wysyła sygnał Global Privacy Control. Uwzględniliśmy go jako żądanie rezygnacji ze sprzedaży i udostępniania Twoich danych osobowych.',
    save: 'Potwierdź wybór',
    close: 'Zamknij',
  },
};
