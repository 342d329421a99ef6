import type { ConsentMessages, ExtraMessages } from '../components/messages';

/** Hebrew messages: `<ConsentProvider messages={he}>`. */
export const he: ConsentMessages = {
  locale: 'he',
  dir: 'rtl',
  banner: {
    label: 'הסכמה לעוגיות',
    title: 'אנו משתמשים בעוגיות',
    description:
      'עוגיות חיוניות מאפשרות לאתר לפעול. באישורך נשתמש בעוגיות גם כדי לזכור את ההגדרות שלך ולהבין כיצד נעשה שימוש באתר. אפשר לשנות את הבחירה בכל עת.',
    acceptAll: 'אישור הכול',
    rejectAll: 'דחיית הכול',
    customize: 'התאמה אישית',
  },
  preferences: {
    title: 'העדפות עוגיות',
    description: 'יש לבחור באילו סוגי עוגיות נוכל להשתמש. דבר לא ישתנה עד לשמירה.',
    close: 'סגירה',
    acceptAll: 'אישור הכול',
    rejectAll: 'דחיית הכול',
    save: 'שמירת ההעדפות',
    cookies: 'עוגיות בשימוש',
  },
  toggle: {
    alwaysActive: 'פעיל תמיד',
    mixed: 'חלק מהשירותים פעילים; הפעלה תאשר את כולם.',
  },
  table: {
    cookie: 'עוגייה',
    provider: 'ספק',
    purpose: 'מטרה',
    duration: 'משך',
    thirdParty: 'צד שלישי',
    self: 'אתר זה',
    yes: 'כן',
    no: 'לא',
    session: 'סשן',
    services: 'שירותי צד שלישי',
    service: 'שירות',
    data: 'מידע שנאסף',
    control: 'ניהול',
    privacyPolicy: 'מדיניות פרטיות',
    privacyPolicyLink: 'מדיניות הפרטיות של {name}',
  },
  settings: {
    label: 'הגדרות עוגיות',
  },
};

/**
 * The texts of the optional parts: the updated-policy notice and the policy link, embeds, the
 * prompt, the US opt-out link and its dialog. Spread them in when the site uses any of these:
 * `{ ...he, ...heExtra }`.
 */
export const heExtra: ExtraMessages = {
  notice: {
    updatedTitle: 'עדכנו את מדיניות העוגיות שלנו',
    updatedDescription: 'מדיניות העוגיות שלנו השתנתה מאז הבחירה האחרונה שלך. כדאי לעיין בה שוב: לא ייעשה שימוש בשום דבר אופציונלי עד להחלטתך.',
    policyLink: 'מדיניות עוגיות',
  },
  embed: {
    notice: 'התוכן הזה מסופק על ידי {service}, שעשוי להגדיר עוגיות ולאסוף נתונים בזמן הטעינה.',
    loadOnce: 'טעינה חד־פעמית',
    alwaysAllow: 'אישור קבוע ל־{service}',
    privacyPolicy: 'מדיניות הפרטיות של {service}',
  },
  prompt: {
    title: 'לאפשר את {name}?',
    allow: 'אישור',
    notNow: 'לא עכשיו',
    ask: 'הפעלת {name}',
    privacyPolicy: 'מדיניות הפרטיות של {name}',
  },
  privacyChoices: {
    link: 'אפשרויות הפרטיות שלך',
    iconAlt: 'סמל ביטול ההסכמה לפי חוק פרטיות הצרכן של קליפורניה (CCPA)',
    title: 'אפשרויות הפרטיות שלך',
    description: 'אנו מוכרים או משתפים מידע אישי למטרות שלהלן. כדי לבטל את ההסכמה למכירה או לשיתוף הזה, יש לכבות את המתג.',
    gpcHonoured: 'הדפדפן שלך שולח אות Global Privacy Control. כיבדנו אותו כבקשה לביטול ההסכמה למכירה ולשיתוף של המידע האישי שלך.',
    save: 'אישור הבחירות שלי',
    close: 'סגירה',
  },
};
