import type { ConsentMessages, ExtraMessages } from '../components/messages';

/** Bulgarian messages: `<ConsentProvider messages={bg}>`. */
export const bg: ConsentMessages = {
  locale: 'bg',
  dir: 'ltr',
  banner: {
    label: 'Съгласие за бисквитки',
    title: 'Използваме бисквитки',
    description:
      'Необходимите бисквитки осигуряват работата на този сайт. С Ваше разрешение бихме използвали бисквитки и за да запомним настройките Ви и да разберем как се използва сайтът. Можете да промените избора си по всяко време.',
    acceptAll: 'Приемам всички',
    rejectAll: 'Отхвърлям всички',
    customize: 'Настройки',
  },
  preferences: {
    title: 'Настройки за бисквитки',
    description: 'Изберете кои видове бисквитки можем да използваме. Нищо не се променя, докато не запазите.',
    close: 'Затваряне',
    acceptAll: 'Приемам всички',
    rejectAll: 'Отхвърлям всички',
    save: 'Запазване на избора',
    cookies: 'Използвани бисквитки',
  },
  toggle: {
    alwaysActive: 'Винаги активни',
    mixed: 'Някои услуги са включени; включването разрешава всички.',
  },
  table: {
    cookie: 'Бисквитка',
    provider: 'Доставчик',
    purpose: 'Цел',
    duration: 'Срок на съхранение',
    thirdParty: 'Трета страна',
    self: 'Този уебсайт',
    yes: 'Да',
    no: 'Не',
    session: 'Сесия',
    services: 'Услуги на трети страни',
    service: 'Услуга',
    data: 'Събирани данни',
    control: 'Управление',
    privacyPolicy: 'Политика за поверителност',
    privacyPolicyLink: 'Политика за поверителност на {name}',
  },
  settings: {
    label: 'Настройки за бисквитки',
  },
};

/**
 * The texts of the optional parts: the updated-policy notice and the policy link, embeds, the
 * prompt, the US opt-out link and its dialog. Spread them in when the site uses any of these:
 * `{ ...bg, ...bgExtra }`.
 */
export const bgExtra: ExtraMessages = {
  notice: {
    updatedTitle: 'Актуализирахме политиката си за бисквитки',
    updatedDescription:
      'Политиката ни за бисквитки се промени след последния Ви избор. Моля, прегледайте я отново: не използваме нищо незадължително, докато не решите.',
    policyLink: 'Политика за бисквитки',
  },
  embed: {
    notice: 'Съдържанието се предоставя от {service}. При зареждането му може да се поставят бисквитки и да се събират данни.',
    loadOnce: 'Зареждане веднъж',
    alwaysAllow: 'Винаги разрешавам {service}',
    privacyPolicy: 'Политика за поверителност на {service}',
  },
  prompt: {
    title: 'Разрешавате ли {name}?',
    allow: 'Разрешавам',
    notNow: 'Не сега',
    ask: 'Включване на {name}',
    privacyPolicy: 'Политика за поверителност на {name}',
  },
  privacyChoices: {
    link: 'Вашите избори за поверителност',
    iconAlt: 'Икона за отказ по Закона за защита на личната информация на потребителите в Калифорния (CCPA)',
    title: 'Вашите избори за поверителност',
    description: 'Продаваме или споделяме лична информация за целите по-долу. Изключете превключвател, за да се откажете от тази продажба или споделяне.',
    gpcHonoured: 'Браузърът ви изпраща сигнал Global Privacy Control. Приехме го като искане за отказ от продажбата и споделянето на вашата лична информация.',
    save: 'Потвърждаване на избора',
    close: 'Затваряне',
  },
};
