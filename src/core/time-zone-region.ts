import type { RegionCode } from './jurisdictions';

/**
 * IANA time zones by area, as `;`-separated groups of a region and its places: a place ending in
 * `/` covers every zone below it (`Indiana/` is `America/Indiana/*`), `*` the whole area. A zone used across several US states
 * gives `US` (state unknown), except `Los_Angeles`, given as California. Zones of a country's
 * territory under its law give that country (`Canary` is Spain, `Cayenne` France). Plain strings,
 * read on each call: nothing runs when the module loads.
 */
const ZONES: Readonly<Record<string, string>> = {
  Europe: 'NL Amsterdam;AD Andorra;RU Astrakhan Kaliningrad Kirov Moscow Samara Saratov Ulyanovsk Volgograd;GR Athens;GB Belfast London;RS Belgrade;DE Berlin Busingen;SK Bratislava;BE Brussels;RO Bucharest;HU Budapest;MD Chisinau Tiraspol;DK Copenhagen;IE Dublin;GI Gibraltar;GG Guernsey;FI Helsinki Mariehamn;IM Isle_of_Man;TR Istanbul;JE Jersey;UA Kiev Kyiv Simferopol Uzhgorod Zaporozhye;PT Lisbon;SI Ljubljana;LU Luxembourg;ES Madrid;MT Malta;BY Minsk;MC Monaco;CY Nicosia;NO Oslo;FR Paris;ME Podgorica;CZ Prague;LV Riga;IT Rome;SM San_Marino;BA Sarajevo;MK Skopje;BG Sofia;SE Stockholm;EE Tallinn;AL Tirane;LI Vaduz;VA Vatican;AT Vienna;LT Vilnius;PL Warsaw;HR Zagreb;CH Zurich',
  America: 'US-CA Los_Angeles;US-AZ Phoenix;US-ID Boise;US-AK Anchorage Juneau Sitka Nome Yakutat Metlakatla Adak;US-MI Detroit Menominee;US-IN Indiana/ Indianapolis Fort_Wayne;US-KY Kentucky/ Louisville;US-ND North_Dakota/;US New_York Chicago Denver;PR Puerto_Rico;CA Toronto Montreal Vancouver Edmonton Winnipeg Regina Halifax Moncton St_Johns Whitehorse Yellowknife Iqaluit;BR Sao_Paulo Rio_Branco Manaus Belem Fortaleza Recife Maceio Bahia Cuiaba Campo_Grande Porto_Velho Boa_Vista Araguaina Santarem Eirunepe Noronha;MX Mexico_City Cancun Monterrey Tijuana;CO Bogota;PE Lima;CL Santiago;AR Argentina/ Buenos_Aires;VE Caracas;FR Cayenne Guadeloupe Martinique',
  US: 'US-CA Pacific;US-AZ Arizona;US-HI Hawaii;US-AK Alaska Aleutian;US-MI Michigan;US-IN East-Indiana Indiana-Starke;US Eastern Central Mountain',
  Pacific: 'US-HI Honolulu;NZ Auckland',
  Atlantic: 'IS Reykjavik;ES Canary;PT Madeira Azores;FO Faroe',
  Arctic: 'SJ Longyearbyen',
  Asia: 'CY Nicosia Famagusta;JP Tokyo;KR Seoul;CN Shanghai;HK Hong_Kong;TW Taipei;SG Singapore;IN Kolkata Calcutta;ID Jakarta;PH Manila;TH Bangkok;VN Ho_Chi_Minh;MY Kuala_Lumpur;AE Dubai;SA Riyadh;IL Jerusalem Tel_Aviv;PK Karachi;BD Dhaka',
  Australia: 'AU *',
  Indian: 'FR Reunion Mayotte',
  Africa: 'ZA Johannesburg;NG Lagos;EG Cairo;KE Nairobi;MA Casablanca;ES Ceuta',
};

/** The browser's (or Node's) own time zone, or undefined where Intl cannot tell. */
function currentTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/**
 * A guess at where the person is from a time zone: `'America/Los_Angeles'` gives `'US-CA'`,
 * `'Europe/Berlin'` `'DE'`, `'America/New_York'` `'US'` (its states differ); a zone the table does
 * not know (`'UTC'`, `'Etc/GMT+5'`, most of Africa and Asia) gives undefined, which consentkit
 * treats as opt-in. Without an argument it reads the browser's time zone.
 *
 * Opt-in and never the default: nothing in consentkit calls it. A time zone is a setting, not a
 * location (VPNs, travellers, machines left on another zone mislead it), so give the provider the
 * region your server or your own knowledge has first (`region={known ?? regionFromTimeZone()}`),
 * and only where the first render happens in the browser: in a client-only app, or after
 * hydration, as the README's "Jurisdictions" shows, since a server cannot know the zone.
 *
 * @param timeZone an IANA time zone name, such as `'Europe/Berlin'`; by default the browser's,
 *   `Intl.DateTimeFormat().resolvedOptions().timeZone`
 */
export function regionFromTimeZone(timeZone: string | undefined = currentTimeZone()): RegionCode | undefined {
  // 'America/Indiana/Knox' is area 'America', place 'Indiana/Knox'.
  const [area = '', place] = typeof timeZone === 'string' ? timeZone.split(/\/(.+)/) : [];
  // Only the table's own strings: an area such as 'constructor' is no area.
  const groups = place && typeof ZONES[area] === 'string' ? ZONES[area].split(';') : [];
  for (const group of groups) {
    const [region, ...places] = group.split(' ');
    if (places.some((entry) => entry === place || entry === '*' || (entry.endsWith('/') && place!.startsWith(entry)))) return region as RegionCode;
  }
  return undefined;
}
