import type { ConsentMessages, ExtraMessages } from '../components/messages';

/** Turkish messages: `<ConsentProvider messages={tr}>`. */
export const tr: ConsentMessages = {
  locale: 'tr',
  dir: 'ltr',
  banner: {
    label: 'Çerez onayı',
    title: 'Çerez kullanıyoruz',
    description:
      'Zorunlu çerezler bu sitenin çalışmasını sağlar. İzin vermeniz hâlinde ayarlarınızı hatırlamak ve sitenin nasıl kullanıldığını anlamak için de çerez kullanırız. Seçiminizi istediğiniz zaman değiştirebilirsiniz.',
    acceptAll: 'Tümünü kabul et',
    rejectAll: 'Tümünü reddet',
    customize: 'Özelleştir',
  },
  preferences: {
    title: 'Çerez tercihleri',
    description: 'Hangi tür çerezleri kullanabileceğimizi seçin. Kaydedene kadar hiçbir şey değişmez.',
    close: 'Kapat',
    acceptAll: 'Tümünü kabul et',
    rejectAll: 'Tümünü reddet',
    save: 'Tercihleri kaydet',
    cookies: 'Kullanılan çerezler',
  },
  toggle: {
    alwaysActive: 'Her zaman etkin',
    mixed: 'Bazı hizmetler açık; açmak hepsine izin verir.',
  },
  table: {
    cookie: 'Çerez',
    provider: 'Sağlayıcı',
    purpose: 'Amaç',
    duration: 'Süre',
    thirdParty: 'Üçüncü taraf',
    self: 'Bu web sitesi',
    yes: 'Evet',
    no: 'Hayır',
    session: 'Oturum',
    services: 'Üçüncü taraf hizmetleri',
    service: 'Hizmet',
    data: 'Toplanan veriler',
    control: 'Yönetim',
    privacyPolicy: 'Gizlilik politikası',
    privacyPolicyLink: '{name} gizlilik politikası',
  },
  settings: {
    label: 'Çerez ayarları',
  },
};

/**
 * The texts of the optional parts: the updated-policy notice and the policy link, embeds, the
 * prompt, the US opt-out link and its dialog. Spread them in when the site uses any of these:
 * `{ ...tr, ...trExtra }`.
 */
export const trExtra: ExtraMessages = {
  notice: {
    updatedTitle: 'Çerez politikamızı güncelledik',
    updatedDescription:
      'Çerez politikamız son seçiminizden bu yana değişti. Lütfen yeniden göz atın: siz karar verene kadar isteğe bağlı hiçbir şey kullanılmaz.',
    policyLink: 'Çerez politikası',
  },
  embed: {
    notice: 'Bu içerik {service} tarafından sağlanır ve yüklendiğinde çerez yerleştirip veri toplayabilir.',
    loadOnce: 'Bir kez yükle',
    alwaysAllow: '{service} için hep izin ver',
    privacyPolicy: '{service} gizlilik politikası',
  },
  prompt: {
    title: '{name} için izin verilsin mi?',
    allow: 'İzin ver',
    notNow: 'Şimdi değil',
    ask: 'Etkinleştir: {name}',
    privacyPolicy: '{name} gizlilik politikası',
  },
  privacyChoices: {
    link: 'Gizlilik tercihleriniz',
    iconAlt: 'Kaliforniya Tüketici Gizliliği Yasası (CCPA) devre dışı bırakma simgesi',
    title: 'Gizlilik tercihleriniz',
    description: 'Kişisel bilgileri aşağıdaki amaçlarla satıyor veya paylaşıyoruz. Bu satışı veya paylaşımı reddetmek için bir anahtarı kapatın.',
    gpcHonoured:
      'Tarayıcınız Global Privacy Control sinyali gönderiyor. Bunu kişisel bilgilerinizin satışını ve paylaşımını reddetme talebi olarak dikkate aldık.',
    save: 'Seçimlerimi onayla',
    close: 'Kapat',
  },
};
