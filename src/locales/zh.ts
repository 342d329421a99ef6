import type { ConsentMessages, ExtraMessages } from '../components/messages';

/** Chinese (Simplified) messages: `<ConsentProvider messages={zh}>`. */
export const zh: ConsentMessages = {
  locale: 'zh',
  dir: 'ltr',
  banner: {
    label: 'Cookie 同意',
    title: '我们使用 Cookie',
    description: '必要的 Cookie 用于保障本网站正常运行。经您许可，我们还会使用 Cookie 记住您的设置，并了解网站的使用情况。您可以随时更改您的选择。',
    acceptAll: '全部接受',
    rejectAll: '全部拒绝',
    customize: '自定义',
  },
  preferences: {
    title: 'Cookie 偏好设置',
    description: '请选择我们可以使用的 Cookie 类型。保存后才会生效。',
    close: '关闭',
    acceptAll: '全部接受',
    rejectAll: '全部拒绝',
    save: '保存设置',
    cookies: '使用的 Cookie',
  },
  toggle: {
    alwaysActive: '始终启用',
    mixed: '部分服务已开启；开启后将允许全部服务。',
  },
  table: {
    cookie: 'Cookie 名称',
    provider: '提供方',
    purpose: '用途',
    duration: '有效期',
    thirdParty: '第三方',
    self: '本网站',
    yes: '是',
    no: '否',
    session: '会话',
    services: '第三方服务',
    service: '服务',
    data: '收集的数据',
    control: '管理方式',
    privacyPolicy: '隐私政策',
    privacyPolicyLink: '{name} 隐私政策',
  },
  settings: {
    label: 'Cookie 设置',
  },
};

/**
 * The texts of the optional parts: the updated-policy notice and the policy link, embeds, the
 * prompt, the US opt-out link and its dialog. Spread them in when the site uses any of these:
 * `{ ...zh, ...zhExtra }`.
 */
export const zhExtra: ExtraMessages = {
  notice: {
    updatedTitle: '我们更新了 Cookie 政策',
    updatedDescription: '自您上次做出选择以来，我们的 Cookie 政策已有变更。请再次查阅：在您做出决定之前，我们不会使用任何可选 Cookie。',
    policyLink: 'Cookie 政策',
  },
  embed: {
    notice: '此内容由 {service} 提供，加载时可能会设置 Cookie 并收集数据。',
    loadOnce: '仅加载一次',
    alwaysAllow: '始终允许 {service}',
    privacyPolicy: '{service} 隐私政策',
  },
  prompt: {
    title: '允许 {name}？',
    allow: '允许',
    notNow: '暂不',
    ask: '开启 {name}',
    privacyPolicy: '{name} 隐私政策',
  },
  privacyChoices: {
    link: '您的隐私选择',
    iconAlt: '《加州消费者隐私法》(CCPA) 选择退出图标',
    title: '您的隐私选择',
    description: '我们会出于以下目的出售或共享个人信息。关闭开关即可选择退出此类出售或共享。',
    gpcHonoured: '您的浏览器发送了 Global Privacy Control 信号。我们已将其视为退出出售和共享您个人信息的请求，并予以遵从。',
    save: '确认我的选择',
    close: '关闭',
  },
};
