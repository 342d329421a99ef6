import type { ConsentMessages } from '../../src/index';

/**
 * STORY TEXT ONLY, not a shipped locale: Hebrew messages so that the stories and the state matrix
 * show a real right-to-left language (the Storybook toolbar's "עברית"). The languages work ships
 * the reviewed translations as `consentkit/locales/he`; until then nothing in `src/` uses these.
 */
export const he: ConsentMessages = {
  locale: 'he',
  dir: 'rtl',
  banner: {
    label: 'הסכמה לעוגיות',
    title: 'אנחנו משתמשים בעוגיות',
    description:
      'עוגיות חיוניות שומרות על פעולת האתר. באישורך נשתמש גם בעוגיות כדי לזכור את ההגדרות שלך ולהבין איך משתמשים באתר. אפשר לשנות את הבחירה בכל עת.',
    acceptAll: 'קבלת הכול',
    rejectAll: 'דחיית הכול',
    customize: 'התאמה אישית',
  },
  preferences: {
    title: 'העדפות עוגיות',
    description: 'בחרו באילו סוגי עוגיות מותר לנו להשתמש. שום דבר לא משתנה עד שתשמרו.',
    close: 'סגירה',
    acceptAll: 'קבלת הכול',
    rejectAll: 'דחיית הכול',
    save: 'שמירת ההעדפות',
    cookies: 'עוגיות בשימוש',
  },
  toggle: {
    alwaysActive: 'פעיל תמיד',
  },
  table: {
    cookie: 'עוגייה',
    provider: 'ספק',
    purpose: 'מטרה',
    duration: 'משך',
    thirdParty: 'צד שלישי',
    self: 'האתר הזה',
    yes: 'כן',
    no: 'לא',
    session: 'עד סגירת הדפדפן',
    services: 'שירותי צד שלישי',
    service: 'שירות',
    data: 'מידע שנאסף',
    control: 'שליטה',
    privacyPolicy: 'מדיניות פרטיות',
    privacyPolicyLink: 'מדיניות הפרטיות של {name}',
  },
  settings: {
    label: 'הגדרות עוגיות',
  },
};
