import type { ConsentMessages, ExtraMessages } from '../components/messages';

/** Spanish messages: `<ConsentProvider messages={es}>`. */
export const es: ConsentMessages = {
  locale: 'es',
  dir: 'ltr',
  banner: {
    label: 'Consentimiento de cookies',
    title: 'Usamos cookies',
    description:
      'Las cookies esenciales hacen que este sitio funcione. Con su permiso, también usaríamos cookies para recordar sus ajustes y entender cómo se utiliza el sitio. Puede cambiar su elección en cualquier momento.',
    acceptAll: 'Aceptar todas',
    rejectAll: 'Rechazar todas',
    customize: 'Personalizar',
  },
  preferences: {
    title: 'Preferencias de cookies',
    description: 'Elija qué tipos de cookies podemos usar. No cambia nada hasta que guarde.',
    close: 'Cerrar',
    acceptAll: 'Aceptar todas',
    rejectAll: 'Rechazar todas',
    save: 'Guardar preferencias',
    cookies: 'Cookies utilizadas',
  },
  toggle: {
    alwaysActive: 'Siempre activas',
    mixed: 'Algunos servicios están activados; al activar se permiten todos.',
  },
  table: {
    cookie: 'Nombre de la cookie',
    provider: 'Proveedor',
    purpose: 'Finalidad',
    duration: 'Duración',
    thirdParty: 'De terceros',
    self: 'Este sitio web',
    yes: 'Sí',
    no: 'No',
    session: 'Sesión',
    services: 'Servicios de terceros',
    service: 'Servicio',
    data: 'Datos recopilados',
    control: 'Gestión',
    privacyPolicy: 'Política de privacidad',
    privacyPolicyLink: 'Política de privacidad de {name}',
  },
  settings: {
    label: 'Configuración de cookies',
  },
};

/**
 * The texts of the optional parts: the updated-policy notice and the policy link, embeds, the
 * prompt, the US opt-out link and its dialog. Spread them in when the site uses any of these:
 * `{ ...es, ...esExtra }`.
 */
export const esExtra: ExtraMessages = {
  notice: {
    updatedTitle: 'Hemos actualizado nuestra política de cookies',
    updatedDescription:
      'Nuestra política de cookies ha cambiado desde su última elección. Revísela de nuevo: no se usa nada opcional hasta que usted decida.',
    policyLink: 'Política de cookies',
  },
  embed: {
    notice: 'Este contenido lo proporciona {service}, que puede instalar cookies y recopilar datos al cargarse.',
    loadOnce: 'Cargar una vez',
    alwaysAllow: 'Permitir siempre {service}',
    privacyPolicy: 'Política de privacidad de {service}',
  },
  prompt: {
    title: '¿Permitir {name}?',
    allow: 'Permitir',
    notNow: 'Ahora no',
    ask: 'Activar {name}',
    privacyPolicy: 'Política de privacidad de {name}',
  },
  privacyChoices: {
    link: 'Sus opciones de privacidad',
    iconAlt: 'Icono de exclusión voluntaria de la Ley de Privacidad del Consumidor de California (CCPA)',
    title: 'Sus opciones de privacidad',
    description:
      'Vendemos o compartimos información personal para los fines que se indican a continuación. Desactive un interruptor para excluirse de esa venta o uso compartido.',
    gpcHonoured:
      'Su navegador envía una señal Global Privacy Control. La hemos respetado como una solicitud de exclusión de la venta y el uso compartido de su información personal.',
    save: 'Confirmar mis opciones',
    close: 'Cerrar',
  },
};
