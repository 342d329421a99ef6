import type { ConsentMessages, ExtraMessages } from '../components/messages';

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
    mixed: 'Néhány szolgáltatás be van kapcsolva; a bekapcsolás mindet engedélyezi.',
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

/**
 * The texts of the optional parts: the updated-policy notice and the policy link, embeds, the
 * prompt, the US opt-out link and its dialog. Spread them in when the site uses any of these:
 * `{ ...hu, ...huExtra }`.
 */
export const huExtra: ExtraMessages = {
  notice: {
    updatedTitle: 'Frissítettük a sütiszabályzatunkat',
    updatedDescription:
      'Sütiszabályzatunk megváltozott, mióta legutóbb döntött. Kérjük, tekintse át újra: amíg nem dönt, semmi opcionálisat nem használunk.',
    policyLink: 'Sütiszabályzat',
  },
  embed: {
    notice: 'Ezt a tartalmat a(z) {service} biztosítja, amely betöltéskor sütiket helyezhet el és adatokat gyűjthet.',
    loadOnce: 'Egyszeri betöltés',
    alwaysAllow: '{service} engedélyezése',
    privacyPolicy: '{service} adatvédelmi tájékoztatója',
  },
  prompt: {
    title: 'Engedélyezi a(z) {name} használatát?',
    allow: 'Engedélyezés',
    notNow: 'Most nem',
    ask: '{name} bekapcsolása',
    privacyPolicy: '{name} adatvédelmi tájékoztatója',
  },
  privacyChoices: {
    link: 'Az Ön adatvédelmi döntései',
    iconAlt: 'A California Consumer Privacy Act (CCPA) szerinti tiltakozás ikonja',
    title: 'Az Ön adatvédelmi döntései',
    description:
      'Személyes adatokat értékesítünk vagy osztunk meg az alábbi célokra. Kapcsoljon ki egy kapcsolót, ha tiltakozik az értékesítés vagy megosztás ellen.',
    gpcHonoured: 'Böngészője Global Privacy Control jelzést küld. Ezt a személyes adatai értékesítése és megosztása elleni tiltakozásként vettük figyelembe.',
    save: 'Döntésem megerősítése',
    close: 'Bezárás',
  },
};
