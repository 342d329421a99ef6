import type { ConsentMessages } from '../components/messages';

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
