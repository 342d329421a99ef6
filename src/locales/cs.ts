import type { ConsentMessages, ExtraMessages } from '../components/messages';

/** Czech messages: `<ConsentProvider messages={cs}>`. */
export const cs: ConsentMessages = {
  locale: 'cs',
  dir: 'ltr',
  banner: {
    label: 'Souhlas s cookies',
    title: 'Používáme cookies',
    description:
      'Nezbytné cookies zajišťují fungování tohoto webu. S vaším svolením bychom cookies používali také k zapamatování vašeho nastavení a k pochopení toho, jak je web používán. Svou volbu můžete kdykoli změnit.',
    acceptAll: 'Přijmout vše',
    rejectAll: 'Odmítnout vše',
    customize: 'Přizpůsobit',
  },
  preferences: {
    title: 'Nastavení cookies',
    description: 'Vyberte, které druhy cookies smíme používat. Nic se nezmění, dokud volbu neuložíte.',
    close: 'Zavřít',
    acceptAll: 'Přijmout vše',
    rejectAll: 'Odmítnout vše',
    save: 'Uložit volbu',
    cookies: 'Používané cookies',
  },
  toggle: {
    alwaysActive: 'Vždy aktivní',
    mixed: 'Některé služby jsou zapnuté; zapnutím povolíte všechny.',
  },
  table: {
    cookie: 'Název cookie',
    provider: 'Poskytovatel',
    purpose: 'Účel',
    duration: 'Doba uložení',
    thirdParty: 'Třetí strana',
    self: 'Tento web',
    yes: 'Ano',
    no: 'Ne',
    session: 'Relace',
    services: 'Služby třetích stran',
    service: 'Služba',
    data: 'Shromažďované údaje',
    control: 'Správa',
    privacyPolicy: 'Zásady ochrany osobních údajů',
    privacyPolicyLink: '{name}: zásady ochrany osobních údajů',
  },
  settings: {
    label: 'Nastavení cookies',
  },
};

/**
 * The texts of the optional parts: the updated-policy notice and the policy link, embeds, the
 * prompt, the US opt-out link and its dialog. Spread them in when the site uses any of these:
 * `{ ...cs, ...csExtra }`.
 */
export const csExtra: ExtraMessages = {
  notice: {
    updatedTitle: 'Aktualizovali jsme zásady používání cookies',
    updatedDescription:
      'Od vaší poslední volby se naše zásady používání cookies změnily. Projděte si je prosím znovu: nic volitelného nepoužijeme, dokud se nerozhodnete.',
    policyLink: 'Zásady používání cookies',
  },
  embed: {
    notice: 'Tento obsah poskytuje {service}. Při načtení mohou být uloženy cookies a shromážděny údaje.',
    loadOnce: 'Načíst jednou',
    alwaysAllow: 'Vždy povolit {service}',
    privacyPolicy: '{service}: zásady ochrany osobních údajů',
  },
  prompt: {
    title: 'Povolit {name}?',
    allow: 'Povolit',
    notNow: 'Teď ne',
    ask: 'Zapnout {name}',
    privacyPolicy: '{name}: zásady ochrany osobních údajů',
  },
  privacyChoices: {
    link: 'Vaše volby ochrany soukromí',
    iconAlt: 'Ikona odhlášení podle kalifornského zákona o ochraně soukromí spotřebitelů (CCPA)',
    title: 'Vaše volby ochrany soukromí',
    description: 'Osobní údaje prodáváme nebo sdílíme k níže uvedeným účelům. Vypnutím přepínače tento prodej nebo sdílení odmítnete.',
    gpcHonoured: 'Váš prohlížeč odesílá signál Global Privacy Control. Respektovali jsme jej jako žádost o odmítnutí prodeje a sdílení vašich osobních údajů.',
    save: 'Potvrdit mou volbu',
    close: 'Zavřít',
  },
};
