import type { ConsentMessages, ExtraMessages } from '../components/messages';

/** Portuguese (Brazil) messages: `<ConsentProvider messages={ptBR}>`. */
export const ptBR: ConsentMessages = {
  locale: 'pt-BR',
  dir: 'ltr',
  banner: {
    label: 'Consentimento de cookies',
    title: 'Usamos cookies',
    description:
      'Os cookies essenciais fazem este site funcionar. Com a sua permissão, também usaríamos cookies para lembrar suas configurações e entender como o site é usado. Você pode mudar sua escolha a qualquer momento.',
    acceptAll: 'Aceitar todos',
    rejectAll: 'Rejeitar todos',
    customize: 'Personalizar',
  },
  preferences: {
    title: 'Preferências de cookies',
    description: 'Escolha quais tipos de cookies podemos usar. Nada muda até você salvar.',
    close: 'Fechar',
    acceptAll: 'Aceitar todos',
    rejectAll: 'Rejeitar todos',
    save: 'Salvar preferências',
    cookies: 'Cookies usados',
  },
  toggle: {
    alwaysActive: 'Sempre ativos',
    mixed: 'Alguns serviços estão ativos; ao ativar, todos são permitidos.',
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
    data: 'Dados coletados',
    control: 'Gerenciamento',
    privacyPolicy: 'Política de privacidade',
    privacyPolicyLink: 'Política de privacidade de {name}',
  },
  settings: {
    label: 'Configurações de cookies',
  },
};

/**
 * The texts of the optional parts: the updated-policy notice and the policy link, embeds, the
 * prompt, the US opt-out link and its dialog. Spread them in when the site uses any of these:
 * `{ ...ptBR, ...ptBRExtra }`.
 */
export const ptBRExtra: ExtraMessages = {
  notice: {
    updatedTitle: 'Atualizamos nossa política de cookies',
    updatedDescription: 'Nossa política de cookies mudou desde a sua última escolha. Confira de novo: nada opcional é usado até você decidir.',
    policyLink: 'Política de cookies',
  },
  embed: {
    notice: 'Este conteúdo é fornecido por {service}, que pode definir cookies e coletar dados ao carregar.',
    loadOnce: 'Carregar uma vez',
    alwaysAllow: 'Sempre permitir {service}',
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
    link: 'Suas escolhas de privacidade',
    iconAlt: 'Ícone de opt-out da Lei de Privacidade do Consumidor da Califórnia (CCPA)',
    title: 'Suas escolhas de privacidade',
    description: 'Vendemos ou compartilhamos informações pessoais para as finalidades abaixo. Desative uma chave para recusar essa venda ou compartilhamento.',
    gpcHonoured:
      'Seu navegador envia um sinal Global Privacy Control. Nós o respeitamos como uma solicitação para recusar a venda e o compartilhamento das suas informações pessoais.',
    save: 'Confirmar minhas escolhas',
    close: 'Fechar',
  },
};
