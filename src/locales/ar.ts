import type { ConsentMessages, ExtraMessages } from '../components/messages';

/** Arabic messages: `<ConsentProvider messages={ar}>`. */
export const ar: ConsentMessages = {
  locale: 'ar',
  dir: 'rtl',
  banner: {
    label: 'الموافقة على ملفات تعريف الارتباط',
    title: 'نستخدم ملفات تعريف الارتباط',
    description:
      'تضمن ملفات تعريف الارتباط الضرورية عمل هذا الموقع. وبإذنك، سنستخدم أيضًا ملفات تعريف الارتباط لتذكّر إعداداتك وفهم كيفية استخدام الموقع. يمكنك تغيير اختيارك في أي وقت.',
    acceptAll: 'قبول الكل',
    rejectAll: 'رفض الكل',
    customize: 'تخصيص',
  },
  preferences: {
    title: 'تفضيلات ملفات تعريف الارتباط',
    description: 'اختر أنواع ملفات تعريف الارتباط التي يمكننا استخدامها. لن يتغير شيء حتى تحفظ اختيارك.',
    close: 'إغلاق',
    acceptAll: 'قبول الكل',
    rejectAll: 'رفض الكل',
    save: 'حفظ التفضيلات',
    cookies: 'ملفات تعريف الارتباط المستخدمة',
  },
  toggle: {
    alwaysActive: 'نشطة دائمًا',
    mixed: 'بعض الخدمات مفعّلة، وتفعيلها يسمح بها كلها.',
  },
  table: {
    cookie: 'ملف تعريف الارتباط',
    provider: 'الجهة المزوّدة',
    purpose: 'الغرض',
    duration: 'المدة',
    thirdParty: 'طرف ثالث',
    self: 'هذا الموقع',
    yes: 'نعم',
    no: 'لا',
    session: 'الجلسة',
    services: 'خدمات الجهات الخارجية',
    service: 'الخدمة',
    data: 'البيانات المجمّعة',
    control: 'التحكم',
    privacyPolicy: 'سياسة الخصوصية',
    privacyPolicyLink: 'سياسة خصوصية {name}',
  },
  settings: {
    label: 'إعدادات ملفات تعريف الارتباط',
  },
};

/**
 * The texts of the optional parts: the updated-policy notice and the policy link, embeds, the
 * prompt, the US opt-out link and its dialog. Spread them in when the site uses any of these:
 * `{ ...ar, ...arExtra }`.
 */
export const arExtra: ExtraMessages = {
  notice: {
    updatedTitle: 'حدّثنا سياسة ملفات تعريف الارتباط',
    updatedDescription: 'تغيّرت سياسة ملفات تعريف الارتباط منذ آخر اختيار لك. يُرجى مراجعتها مجددًا: لن نستخدم أي شيء اختياري حتى تقرر.',
    policyLink: 'سياسة ملفات تعريف الارتباط',
  },
  embed: {
    notice: 'يقدّم {service} هذا المحتوى، وقد يضع ملفات تعريف الارتباط ويجمع البيانات عند تحميله.',
    loadOnce: 'تحميل مرة واحدة',
    alwaysAllow: 'السماح دائمًا بـ {service}',
    privacyPolicy: 'سياسة خصوصية {service}',
  },
  prompt: {
    title: 'هل تسمح بـ {name}؟',
    allow: 'السماح',
    notNow: 'ليس الآن',
    ask: 'تفعيل {name}',
    privacyPolicy: 'سياسة خصوصية {name}',
  },
  privacyChoices: {
    link: 'خيارات الخصوصية الخاصة بك',
    iconAlt: 'رمز الانسحاب بموجب قانون خصوصية المستهلك في كاليفورنيا (CCPA)',
    title: 'خيارات الخصوصية الخاصة بك',
    description: 'نبيع المعلومات الشخصية أو نشاركها للأغراض المذكورة أدناه. أوقف أي مفتاح للانسحاب من هذا البيع أو المشاركة.',
    gpcHonoured: 'يرسل متصفحك إشارة Global Privacy Control. وقد التزمنا بها باعتبارها طلبًا بالانسحاب من بيع معلوماتك الشخصية ومشاركتها.',
    save: 'تأكيد اختياراتي',
    close: 'إغلاق',
  },
};
