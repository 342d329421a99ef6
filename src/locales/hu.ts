import type { ConsentMessages } from '../components/messages';

/** Hungarian messages: `<ConsentProvider messages={hu}>`. */
export const hu: ConsentMessages = {
  locale: 'hu',
  dir: 'ltr',
  banner: {
    label: 'Hozzájárulás a sütikhez',
    title: 'Sütiket használunk',
    description:
      'A szükséges sütik biztosítják a webhely működését. Az Ön engedélyével sütiket használnánk a beállításai megőrzésére, és annak megértésére is, hogyan használják a webhelyet. Döntését bármikor módosíthatja.',
    acceptAll: 'Összes elfogadása',
    rejectAll: 'Összes elutasítása',
    customize: 'Testreszabás',
  },
  preferences: {
    title: 'Sütibeállítások',
    description: 'Válassza ki, milyen sütiket használhatunk. Mentésig semmi sem változik.',
    close: 'Bezárás',
    acceptAll: 'Összes elfogadása',
    rejectAll: 'Összes elutasítása',
    save: 'Választás mentése',
    cookies: 'Használt sütik',
  },
  toggle: {
    alwaysActive: 'Mindig aktív',
  },
  table: {
    cookie: 'Süti',
    provider: 'Szolgáltató',
    purpose: 'Cél',
    duration: 'Időtartam',
    thirdParty: 'Harmadik fél',
    self: 'Ez a webhely',
    yes: 'Igen',
    no: 'Nem',
    session: 'Munkamenet',
    services: 'Külső szolgáltatások',
    service: 'Szolgáltatás',
    data: 'Gyűjtött adatok',
    control: 'Kezelés',
    privacyPolicy: 'Adatvédelmi tájékoztató',
    privacyPolicyLink: '{name} adatvédelmi tájékoztatója',
  },
  settings: {
    label: 'Sütibeállítások',
  },
};
