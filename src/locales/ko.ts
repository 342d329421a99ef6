import type { ConsentMessages, ExtraMessages } from '../components/messages';

/** Korean messages: `<ConsentProvider messages={ko}>`. */
export const ko: ConsentMessages = {
  locale: 'ko',
  dir: 'ltr',
  banner: {
    label: '쿠키 동의',
    title: '쿠키를 사용합니다',
    description: '필수 쿠키는 이 사이트가 작동하는 데 필요합니다. 동의하시면 설정을 기억하고 사이트 이용 방식을 파악하기 위해서도 쿠키를 사용합니다. 선택은 언제든지 변경하실 수 있습니다.',
    acceptAll: '모두 동의',
    rejectAll: '모두 거부',
    customize: '맞춤 설정',
  },
  preferences: {
    title: '쿠키 설정',
    description: '사용을 허용할 쿠키 종류를 선택해 주세요. 저장하기 전에는 아무것도 바뀌지 않습니다.',
    close: '닫기',
    acceptAll: '모두 동의',
    rejectAll: '모두 거부',
    save: '선택 저장',
    cookies: '사용되는 쿠키',
  },
  toggle: {
    alwaysActive: '항상 활성',
    mixed: '일부 서비스가 켜져 있습니다. 켜면 모두 허용됩니다.',
  },
  table: {
    cookie: '쿠키',
    provider: '제공자',
    purpose: '목적',
    duration: '보관 기간',
    thirdParty: '제3자',
    self: '이 웹사이트',
    yes: '예',
    no: '아니요',
    session: '세션',
    services: '제3자 서비스',
    service: '서비스',
    data: '수집 데이터',
    control: '관리 방법',
    privacyPolicy: '개인정보 처리방침',
    privacyPolicyLink: '{name} 개인정보 처리방침',
  },
  settings: {
    label: '쿠키 설정',
  },
};

/**
 * The texts of the optional parts: the updated-policy notice and the policy link, embeds, the
 * prompt, the US opt-out link and its dialog. Spread them in when the site uses any of these:
 * `{ ...ko, ...koExtra }`.
 */
export const koExtra: ExtraMessages = {
  notice: {
    updatedTitle: '쿠키 정책이 변경되었습니다',
    updatedDescription: '마지막으로 선택하신 이후 쿠키 정책이 변경되었습니다. 다시 한번 확인해 주세요. 결정하시기 전에는 선택 항목을 사용하지 않습니다.',
    policyLink: '쿠키 정책',
  },
  embed: {
    notice: '이 콘텐츠는 {service}에서 제공하며, 로드될 때 쿠키를 설정하고 데이터를 수집할 수 있습니다.',
    loadOnce: '이번만 불러오기',
    alwaysAllow: '{service} 항상 허용',
    privacyPolicy: '{service} 개인정보 처리방침',
  },
  prompt: {
    title: '{name}을(를) 허용하시겠습니까?',
    allow: '허용',
    notNow: '나중에',
    ask: '{name} 켜기',
    privacyPolicy: '{name} 개인정보 처리방침',
  },
  privacyChoices: {
    link: '개인정보 선택 사항',
    iconAlt: '캘리포니아 소비자 개인정보 보호법(CCPA) 옵트아웃 아이콘',
    title: '개인정보 선택 사항',
    description: '당사는 아래 목적을 위해 개인정보를 판매하거나 공유합니다. 해당 판매 또는 공유를 거부하려면 스위치를 끄세요.',
    gpcHonoured: '사용 중인 브라우저가 Global Privacy Control 신호를 보내고 있습니다. 당사는 이를 개인정보 판매 및 공유를 거부하는 요청으로 존중했습니다.',
    save: '선택 확인',
    close: '닫기',
  },
};
