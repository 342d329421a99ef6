import type { ConsentMessages, ExtraMessages } from '../components/messages';

/** Persian messages: `<ConsentProvider messages={fa}>`. */
export const fa: ConsentMessages = {
  locale: 'fa',
  dir: 'rtl',
  banner: {
    label: 'رضایت به استفاده از کوکی‌ها',
    title: 'ما از کوکی استفاده می‌کنیم',
    description:
      'کوکی‌های ضروری کارکرد این وب‌سایت را ممکن می‌کنند. با اجازهٔ شما، از کوکی‌ها برای به خاطر سپردن تنظیمات شما و درک نحوهٔ استفاده از وب‌سایت نیز استفاده می‌کنیم. می‌توانید هر زمان انتخاب خود را تغییر دهید.',
    acceptAll: 'پذیرش همه',
    rejectAll: 'رد همه',
    customize: 'سفارشی‌سازی',
  },
  preferences: {
    title: 'تنظیمات کوکی',
    description: 'انتخاب کنید از چه نوع کوکی‌هایی می‌توانیم استفاده کنیم. تا زمانی که ذخیره نکنید، چیزی تغییر نمی‌کند.',
    close: 'بستن',
    acceptAll: 'پذیرش همه',
    rejectAll: 'رد همه',
    save: 'ذخیرهٔ انتخاب‌ها',
    cookies: 'کوکی‌های استفاده‌شده',
  },
  toggle: {
    alwaysActive: 'همیشه فعال',
    mixed: 'برخی سرویس‌ها فعال‌اند؛ فعال‌سازی به همه اجازه می‌دهد.',
  },
  table: {
    cookie: 'کوکی',
    provider: 'ارائه‌دهنده',
    purpose: 'هدف',
    duration: 'مدت',
    thirdParty: 'شخص ثالث',
    self: 'این وب‌سایت',
    yes: 'بله',
    no: 'خیر',
    session: 'نشست',
    services: 'سرویس‌های شخص ثالث',
    service: 'سرویس',
    data: 'داده‌های جمع‌آوری‌شده',
    control: 'مدیریت',
    privacyPolicy: 'سیاست حفظ حریم خصوصی',
    privacyPolicyLink: 'سیاست حفظ حریم خصوصی {name}',
  },
  settings: {
    label: 'تنظیمات کوکی',
  },
};

/**
 * The texts of the optional parts: the updated-policy notice and the policy link, embeds, the
 * prompt, the US opt-out link and its dialog. Spread them in when the site uses any of these:
 * `{ ...fa, ...faExtra }`.
 */
export const faExtra: ExtraMessages = {
  notice: {
    updatedTitle: 'سیاست کوکی خود را به‌روز کرده‌ایم',
    updatedDescription:
      'سیاست کوکی ما از آخرین انتخاب شما تغییر کرده است. لطفاً دوباره آن را ببینید: تا تصمیم نگیرید، از هیچ مورد اختیاری استفاده نمی‌شود.',
    policyLink: 'سیاست کوکی',
  },
  embed: {
    notice: 'این محتوا را {service} ارائه می‌کند که ممکن است هنگام بارگذاری کوکی ذخیره کند و داده جمع‌آوری کند.',
    loadOnce: 'یک‌بار بارگذاری',
    alwaysAllow: 'اجازهٔ همیشگی به {service}',
    privacyPolicy: 'سیاست حفظ حریم خصوصی {service}',
  },
  prompt: {
    title: 'به {name} اجازه می‌دهید؟',
    allow: 'اجازه دادن',
    notNow: 'الان نه',
    ask: 'فعال‌سازی {name}',
    privacyPolicy: 'سیاست حفظ حریم خصوصی {name}',
  },
  privacyChoices: {
    link: 'انتخاب‌های حریم خصوصی شما',
    iconAlt: 'نماد انصراف طبق قانون حریم خصوصی مصرف‌کنندگان کالیفرنیا (CCPA)',
    title: 'انتخاب‌های حریم خصوصی شما',
    description: 'ما اطلاعات شخصی را برای اهداف زیر می‌فروشیم یا به اشتراک می‌گذاریم. برای انصراف از این فروش یا اشتراک‌گذاری، کلید را خاموش کنید.',
    gpcHonoured: 'مرورگر شما سیگنال Global Privacy Control ارسال می‌کند. ما آن را به‌عنوان درخواست انصراف از فروش و اشتراک‌گذاری اطلاعات شخصی شما پذیرفته‌ایم.',
    save: 'تأیید انتخاب‌هایم',
    close: 'بستن',
  },
};
