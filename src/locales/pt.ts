import type { ConsentMessages, ExtraMessages } from '../components/messages';

/** Portuguese (Portugal) messages: `<ConsentProvider messages={pt}>`. */
export const pt: ConsentMessages = {
  locale: 'pt',
  dir: 'ltr',
  banner: {
    label: 'Consentimento de cookies',
    title: 'Utilizamos cookies',
    description:
      'Os cookies essenciais mantêm este site a funcionar. Com a sua autorização, utilizaríamos também cookies para guardar as suas definições e perceber como o site é utilizado. Pode alterar a sua escolha a qualquer momento.',
    acceptAll: 'Aceitar todos',
    rejectAll: 'Rejeitar todos',
    customize: 'Personalizar',
  },
  preferences: {
    title: 'Preferências de cookies',
    description: 'Escolha os tipos de cookies que podemos utilizar. Nada muda até guardar.',
    close: 'Fechar',
    acceptAll: 'Aceitar todos',
    rejectAll: 'Rejeitar todos',
    save: 'Guardar preferências',
    cookies: 'Cookies utilizados',
  },
  toggle: {
    alwaysActive: 'Sempre ativos',
    mixed: 'Alguns serviços estão ativos; ao ativar, todos ficam permitidos.',
  },
  table: {
    cookie: 'Nome do cookie',
    provider: 'Fornecedor',
    purpose: 'Finalidade',
    duration: 'Duração',
    thirdParty: 'Terceiros',
    self: 'Este site',
    yes: 'Sim',
    no: 'Não',
    session: 'Sessão',
    services: 'Serviços de terceiros',
    service: 'Serviço',
    data: 'Dados recolhidos',
    control: 'Gestão',
    privacyPolicy: 'Política de privacidade',
    privacyPolicyLink: 'Política de privacidade de {name}',
  },
  settings: {
    label: 'Definições de cookies',
  },
};

/**
 * The texts of the optional parts: the updated-policy notice and the policy link, embeds, the
 * prompt, the US opt-out link and its dialog. Spread them in when the site uses any of these:
 * `{ ...pt, ...ptExtra }`.
 */
export const ptExtra: ExtraMessages = {
  notice: {
    updatedTitle: 'Atualizámos a nossa política de cookies',
    updatedDescription:
      'A nossa política de cookies mudou desde a sua última escolha. Consulte-a novamente: nada de opcional é utilizado até decidir.',
    policyLink: 'Política de cookies',
  },
  embed: {
    notice: 'Este conteúdo é fornecido por {service}, que pode instalar cookies e recolher dados ao carregar.',
    loadOnce: 'Carregar uma vez',
    alwaysAllow: 'Permitir sempre {service}',
    privacyPolicy: 'Política de privacidade de {service}',
  },
  prompt: {
    title: 'Permitir {name}?',
    allow: 'Permitir',
    notNow: 'Agora não',
    ask: 'Ativar {name}',
    privacyPolicy: 'Política de privacidade de {name}',
  },
  privacyChoices: {
    link: 'As suas escolhas de privacidade',
    iconAlt: 'Ícone de exclusão da Lei de Privacidade do Consumidor da Califórnia (CCPA)',
    title: 'As suas escolhas de privacidade',
    description: 'Vendemos ou partilhamos informações pessoais para as finalidades abaixo. Desative um interruptor para se opor a essa venda ou partilha.',
    gpcHonoured:
      'O seu navegador envia um sinal Global Privacy Control. Respeitámo-lo como um pedido de oposição à venda e partilha das suas informações pessoais.',
    save: 'Confirmar as minhas escolhas',
    close: 'Fechar',
  },
};
