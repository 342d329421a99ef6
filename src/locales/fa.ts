import type { ConsentMessages } from '../components/messages';

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
