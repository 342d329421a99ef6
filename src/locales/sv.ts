import type { ConsentMessages, ExtraMessages } from '../components/messages';

/** Swedish messages: `<ConsentProvider messages={sv}>`. */
export const sv: ConsentMessages = {
  locale: 'sv',
  dir: 'ltr',
  banner: {
    label: 'Samtycke till kakor',
    title: 'Vi använder kakor',
    description:
      'Nödvändiga kakor gör att webbplatsen fungerar. Med ditt samtycke skulle vi även använda kakor för att komma ihåg dina inställningar och förstå hur webbplatsen används. Du kan ändra ditt val när som helst.',
    acceptAll: 'Godkänn alla',
    rejectAll: 'Neka alla',
    customize: 'Anpassa',
  },
  preferences: {
    title: 'Inställningar för kakor',
    description: 'Välj vilka typer av kakor vi får använda. Inget ändras förrän du sparar.',
    close: 'Stäng',
    acceptAll: 'Godkänn alla',
    rejectAll: 'Neka alla',
    save: 'Spara val',
    cookies: 'Kakor som används',
  },
  toggle: {
    alwaysActive: 'Alltid aktiva',
    mixed: 'Vissa tjänster är på; slå på för att tillåta alla.',
  },
  table: {
    cookie: 'Namn',
    provider: 'Leverantör',
    purpose: 'Syfte',
    duration: 'Lagringstid',
    thirdParty: 'Tredje part',
    self: 'Den här webbplatsen',
    yes: 'Ja',
    no: 'Nej',
    session: 'Session',
    services: 'Tjänster från tredje part',
    service: 'Tjänst',
    data: 'Insamlade uppgifter',
    control: 'Hantering',
    privacyPolicy: 'Integritetspolicy',
    privacyPolicyLink: 'Integritetspolicy för {name}',
  },
  settings: {
    label: 'Kakinställningar',
  },
};

/**
 * The texts of the optional parts: the updated-policy notice and the policy link, embeds, the
 * prompt, the US opt-out link and its dialog. Spread them in when the site uses any of these:
 * `{ ...sv, ...svExtra }`.
 */
export const svExtra: ExtraMessages = {
  notice: {
    updatedTitle: 'Vi har uppdaterat vår kakpolicy',
    updatedDescription: 'Vår kakpolicy har ändrats sedan du senast gjorde ett val. Läs den igen: inget valfritt används förrän du har bestämt dig.',
    policyLink: 'Kakpolicy',
  },
  embed: {
    notice: 'Innehållet kommer från {service}, som kan sätta kakor och samla in uppgifter när det laddas.',
    loadOnce: 'Ladda en gång',
    alwaysAllow: 'Tillåt alltid {service}',
    privacyPolicy: 'Integritetspolicy för {service}',
  },
  prompt: {
    title: 'Tillåta {name}?',
    allow: 'Tillåt',
    notNow: 'Inte nu',
    ask: 'Aktivera {name}',
    privacyPolicy: 'Integritetspolicy för {name}',
  },
  privacyChoices: {
    link: 'Dina integritetsval',
    iconAlt: 'Ikon för att välja bort enligt California Consumer Privacy Act (CCPA)',
    title: 'Dina integritetsval',
    description: 'Vi säljer eller delar personuppgifter för ändamålen nedan. Slå av ett reglage för att välja bort den försäljningen eller delningen.',
    gpcHonoured:
      'Din webbläsare skickar en Global Privacy Control-signal. Vi har följt den som en begäran om att välja bort försäljning och delning av dina personuppgifter.',
    save: 'Bekräfta mina val',
    close: 'Stäng',
  },
};
