import type { RegionCode } from './jurisdictions';

/**
 * IANA time zones by area, as `place region` pairs: a place ending in `/` covers every zone below
 * it (`Indiana/` is `America/Indiana/*`), `*` the whole area. A zone used across several US states
 * gives `US` (state unknown), except `Los_Angeles`, given as California. Zones of a country's
 * territory under its law give that country (`Canary` is Spain, `Cayenne` France). Plain strings,
 * read on each call: nothing runs when the module loads.
 */
const ZONES: Readonly<Record<string, string>> = {
  Europe:
    'Amsterdam NL Andorra AD Astrakhan RU Athens GR Belfast GB Belgrade RS Berlin DE Bratislava SK Brussels BE Bucharest RO Budapest HU Busingen DE Chisinau MD Copenhagen DK Dublin IE Gibraltar GI Guernsey GG Helsinki FI Isle_of_Man IM Istanbul TR Jersey JE Kaliningrad RU Kiev UA Kirov RU Kyiv UA Lisbon PT Ljubljana SI London GB Luxembourg LU Madrid ES Malta MT Mariehamn FI Minsk BY Monaco MC Moscow RU Nicosia CY Oslo NO Paris FR Podgorica ME Prague CZ Riga LV Rome IT Samara RU San_Marino SM Sarajevo BA Saratov RU Simferopol UA Skopje MK Sofia BG Stockholm SE Tallinn EE Tirane AL Tiraspol MD Ulyanovsk RU Uzhgorod UA Vaduz LI Vatican VA Vienna AT Vilnius LT Volgograd RU Warsaw PL Zagreb HR Zaporozhye UA Zurich CH',
  America:
    'Los_Angeles US-CA Phoenix US-AZ Boise US-ID Anchorage US-AK Juneau US-AK Sitka US-AK Nome US-AK Yakutat US-AK Metlakatla US-AK Adak US-AK Detroit US-MI Menominee US-MI Indiana/ US-IN Indianapolis US-IN Fort_Wayne US-IN Kentucky/ US-KY Louisville US-KY North_Dakota/ US-ND New_York US Chicago US Denver US Puerto_Rico PR ' +
    'Toronto CA Montreal CA Vancouver CA Edmonton CA Winnipeg CA Regina CA Halifax CA Moncton CA St_Johns CA Whitehorse CA Yellowknife CA Iqaluit CA ' +
    'Sao_Paulo BR Rio_Branco BR Manaus BR Belem BR Fortaleza BR Recife BR Maceio BR Bahia BR Cuiaba BR Campo_Grande BR Porto_Velho BR Boa_Vista BR Araguaina BR Santarem BR Eirunepe BR Noronha BR ' +
    'Mexico_City MX Cancun MX Monterrey MX Tijuana MX Bogota CO Lima PE Santiago CL Argentina/ AR Buenos_Aires AR Caracas VE Cayenne FR Guadeloupe FR Martinique FR',
  US: 'Pacific US-CA Arizona US-AZ Hawaii US-HI Alaska US-AK Aleutian US-AK Michigan US-MI East-Indiana US-IN Indiana-Starke US-IN Eastern US Central US Mountain US',
  Pacific: 'Honolulu US-HI Auckland NZ',
  Atlantic: 'Reykjavik IS Canary ES Madeira PT Azores PT Faroe FO',
  Arctic: 'Longyearbyen SJ',
  Asia: 'Nicosia CY Famagusta CY Tokyo JP Seoul KR Shanghai CN Hong_Kong HK Taipei TW Singapore SG Kolkata IN Calcutta IN Jakarta ID Manila PH Bangkok TH Ho_Chi_Minh VN Kuala_Lumpur MY Dubai AE Riyadh SA Jerusalem IL Tel_Aviv IL Karachi PK Dhaka BD',
  Australia: '* AU',
  Indian: 'Reunion FR Mayotte FR',
  Africa: 'Johannesburg ZA Lagos NG Cairo EG Nairobi KE Casablanca MA Ceuta ES',
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
 * @param timeZone an IANA time zone name
 * @default timeZone `Intl.DateTimeFormat().resolvedOptions().timeZone`
 */
export function regionFromTimeZone(timeZone: string | undefined = currentTimeZone()): RegionCode | undefined {
  // 'America/Indiana/Knox' is area 'America', place 'Indiana/Knox'.
  const [area = '', place] = typeof timeZone === 'string' ? timeZone.split(/\/(.+)/) : [];
  // Only the table's own strings: an area such as 'constructor' is no area.
  const pairs = place && typeof ZONES[area] === 'string' ? ZONES[area].split(' ') : [];
  for (let i = 0; i < pairs.length; i += 2) {
    const entry = pairs[i]!;
    if (entry === place || entry === '*' || (entry.endsWith('/') && place!.startsWith(entry))) return pairs[i + 1] as RegionCode;
  }
  return undefined;
}
