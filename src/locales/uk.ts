import type { ConsentMessages, ExtraMessages } from '../components/messages';

/** Ukrainian messages: `<ConsentProvider messages={uk}>`. */
export const uk: ConsentMessages = {
  locale: 'uk',
  dir: 'ltr',
  banner: {
    label: 'Згода на файли cookie',
    title: 'Ми використовуємо файли cookie',
    description:
      'Необхідні файли cookie забезпечують роботу цього сайту. З вашого дозволу ми також використовували б файли cookie, щоб запам’ятовувати ваші налаштування й розуміти, як використовується сайт. Ви можете будь-коли змінити свій вибір.',
    acceptAll: 'Прийняти всі',
    rejectAll: 'Відхилити всі',
    customize: 'Налаштувати',
  },
  preferences: {
    title: 'Налаштування cookie',
    description: 'Оберіть, які типи файлів cookie ми можемо використовувати. Нічого не зміниться, доки ви не збережете.',
    close: 'Закрити',
    acceptAll: 'Прийняти всі',
    rejectAll: 'Відхилити всі',
    save: 'Зберегти вибір',
    cookies: 'Файли cookie, що використовуються',
  },
  toggle: {
    alwaysActive: 'Завжди активні',
    mixed: 'Деякі сервіси увімкнено; увімкнення дозволить усі.',
  },
  table: {
    cookie: 'Назва cookie',
    provider: 'Постачальник',
    purpose: 'Мета',
    duration: 'Термін зберігання',
    thirdParty: 'Третя сторона',
    self: 'Цей сайт',
    yes: 'Так',
    no: 'Ні',
    session: 'Сеанс',
    services: 'Сервіси третіх сторін',
    service: 'Сервіс',
    data: 'Дані, що збираються',
    control: 'Керування',
    privacyPolicy: 'Політика конфіденційності',
    privacyPolicyLink: 'Політика конфіденційності {name}',
  },
  settings: {
    label: 'Налаштування cookie',
  },
};

/**
 * The texts of the optional parts: the updated-policy notice and the policy link, embeds, the
 * prompt, the US opt-out link and its dialog. Spread them in when the site uses any of these:
 * `{ ...uk, ...ukExtra }`.
 */
export const ukExtra: ExtraMessages = {
  notice: {
    updatedTitle: 'Ми оновили політику щодо файлів cookie',
    updatedDescription:
      'Наша політика щодо файлів cookie змінилася після вашого останнього вибору. Перегляньте її ще раз: нічого необов’язкового не використовуватиметься, доки ви не вирішите.',
    policyLink: 'Політика щодо файлів cookie',
  },
  embed: {
    notice: 'Цей вміст надає {service}. Під час завантаження можуть зберігатися файли cookie та збиратися дані.',
    loadOnce: 'Завантажити раз',
    alwaysAllow: 'Завжди дозволяти {service}',
    privacyPolicy: 'Політика конфіденційності {service}',
  },
  prompt: {
    title: 'Дозволити {name}?',
    allow: 'Дозволити',
    notNow: 'Не зараз',
    ask: 'Увімкнути {name}',
    privacyPolicy: 'Політика конфіденційності {name}',
  },
  privacyChoices: {
    link: 'Ваші налаштування конфіденційності',
    iconAlt: 'Значок відмови згідно із Законом Каліфорнії про захист приватності споживачів (CCPA)',
    title: 'Ваші налаштування конфіденційності',
    description:
      'Ми продаємо персональну інформацію або ділимося нею для наведених нижче цілей. Вимкніть перемикач, щоб відмовитися від такого продажу чи поширення.',
    gpcHonoured:
      'Ваш браузер надсилає сигнал Global Privacy Control. Ми виконали його як запит на відмову від продажу та поширення вашої персональної інформації.',
    save: 'Підтвердити вибір',
    close: 'Закрити',
  },
};
