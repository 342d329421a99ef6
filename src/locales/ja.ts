import type { ConsentMessages, ExtraMessages } from '../components/messages';

/** Japanese messages: `<ConsentProvider messages={ja}>`. */
export const ja: ConsentMessages = {
  locale: 'ja',
  dir: 'ltr',
  banner: {
    label: 'Cookieの同意',
    title: 'Cookieを使用しています',
    description: '必須のCookieは本サイトの動作に必要です。お客様の同意をいただいた場合は、設定の保存やサイトの利用状況の把握のためにもCookieを使用します。選択はいつでも変更できます。',
    acceptAll: 'すべて同意する',
    rejectAll: 'すべて拒否する',
    customize: '詳細設定',
  },
  preferences: {
    title: 'Cookie設定',
    description: '使用を許可するCookieの種類を選択してください。保存するまで変更は反映されません。',
    close: '閉じる',
    acceptAll: 'すべて同意する',
    rejectAll: 'すべて拒否する',
    save: '設定を保存',
    cookies: '使用しているCookie',
  },
  toggle: {
    alwaysActive: '常に有効',
    mixed: '一部のサービスが有効です。オンにするとすべて許可されます。',
  },
  table: {
    cookie: 'Cookie名',
    provider: '提供元',
    purpose: '目的',
    duration: '保存期間',
    thirdParty: 'サードパーティ',
    self: '当サイト',
    yes: 'はい',
    no: 'いいえ',
    session: 'セッション',
    services: '外部サービス',
    service: 'サービス',
    data: '収集するデータ',
    control: '管理方法',
    privacyPolicy: 'プライバシーポリシー',
    privacyPolicyLink: '{name}のプライバシーポリシー',
  },
  settings: {
    label: 'Cookie設定',
  },
};

/**
 * The texts of the optional parts: the updated-policy notice and the policy link, embeds, the
 * prompt, the US opt-out link and its dialog. Spread them in when the site uses any of these:
 * `{ ...ja, ...jaExtra }`.
 */
export const jaExtra: ExtraMessages = {
  notice: {
    updatedTitle: 'Cookieポリシーを更新しました',
    updatedDescription: '前回の選択以降、Cookieポリシーが変更されました。あらためてご確認ください。ご判断いただくまで、任意のCookieは使用しません。',
    policyLink: 'Cookieポリシー',
  },
  embed: {
    notice: 'このコンテンツは{service}が提供しています。読み込み時にCookieの設定やデータの収集が行われる場合があります。',
    loadOnce: '今回のみ読み込む',
    alwaysAllow: '{service}を常に許可',
    privacyPolicy: '{service}のプライバシーポリシー',
  },
  prompt: {
    title: '{name}を許可しますか？',
    allow: '許可する',
    notNow: '今はしない',
    ask: '{name}を有効にする',
    privacyPolicy: '{name}のプライバシーポリシー',
  },
  privacyChoices: {
    link: 'プライバシーに関する選択',
    iconAlt: 'カリフォルニア州消費者プライバシー法（CCPA）のオプトアウトアイコン',
    title: 'プライバシーに関する選択',
    description: '当社は以下の目的で個人情報を販売または共有しています。スイッチをオフにすると、その販売または共有をオプトアウトできます。',
    gpcHonoured: 'お使いのブラウザーはGlobal Privacy Controlのシグナルを送信しています。当社はこれを、個人情報の販売および共有をオプトアウトするリクエストとして尊重しました。',
    save: '選択を確定',
    close: '閉じる',
  },
};
