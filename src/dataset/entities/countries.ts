// Countries: our own table for the member and neighbouring states (names, official names, adjectives,
// which no library gets right), on top of i18n-iso-countries' English names for the rest of the world.
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(english);

interface CountryEntry {
  id: string;
  name: string;
  /** Other names, official names and adjectives, as written in English news. */
  aliases: readonly string[];
}

const REGIONAL_COUNTRIES: readonly CountryEntry[] = [
  { id: 'RU', name: 'Russia', aliases: ['Russian Federation', 'Russian'] },
  {
    id: 'BY',
    name: 'Belarus',
    aliases: ['Republic of Belarus', 'Belarusian', 'Belarussian', 'Byelorussian'],
  },
  { id: 'KZ', name: 'Kazakhstan', aliases: ['Republic of Kazakhstan', 'Kazakh', 'Kazakhstani'] },
  { id: 'KG', name: 'Kyrgyzstan', aliases: ['Kyrgyz Republic', 'Kyrgyz', 'Kirghiz', 'Kyrgyzstani'] },
  { id: 'TJ', name: 'Tajikistan', aliases: ['Republic of Tajikistan', 'Tajik', 'Tajikistani'] },
  { id: 'AM', name: 'Armenia', aliases: ['Republic of Armenia', 'Armenian'] },
  { id: 'AZ', name: 'Azerbaijan', aliases: ['Republic of Azerbaijan', 'Azerbaijani', 'Azeri'] },
  { id: 'UZ', name: 'Uzbekistan', aliases: ['Republic of Uzbekistan', 'Uzbek'] },
  { id: 'TM', name: 'Turkmenistan', aliases: ['Turkmen'] },
  { id: 'AF', name: 'Afghanistan', aliases: ['Afghan'] },
  { id: 'GE', name: 'Georgia', aliases: ['Georgian'] },
  { id: 'UA', name: 'Ukraine', aliases: ['Ukrainian'] },
  { id: 'MD', name: 'Moldova', aliases: ['Republic of Moldova', 'Moldovan'] },
  { id: 'CN', name: 'China', aliases: ["People's Republic of China", 'Chinese'] },
  { id: 'IN', name: 'India', aliases: ['Indian'] },
  { id: 'IR', name: 'Iran', aliases: ['Islamic Republic of Iran', 'Iranian'] },
  { id: 'PK', name: 'Pakistan', aliases: ['Pakistani'] },
  { id: 'MN', name: 'Mongolia', aliases: ['Mongolian'] },
  { id: 'SY', name: 'Syria', aliases: ['Syrian Arab Republic', 'Syrian'] },
  { id: 'IQ', name: 'Iraq', aliases: ['Iraqi'] },
  { id: 'TR', name: 'Turkey', aliases: ['Türkiye', 'Turkish'] },
  { id: 'RS', name: 'Serbia', aliases: ['Serbian'] },
  { id: 'US', name: 'United States', aliases: ['United States of America', 'USA', 'U.S.'] },
];

/** Every country: English name → alpha-2, from our table first, then the library's names. */
export function countryNames(): Map<string, string> {
  const byName = new Map<string, string>();
  for (const c of REGIONAL_COUNTRIES) for (const n of [c.name, ...c.aliases]) byName.set(n, c.id);
  for (const [code, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
    for (const n of names) if (!byName.has(n) && /^[A-Z]/.test(n) && n.length > 3) byName.set(n, code);
  }
  return byName;
}

export function countryName(id: string): string {
  return REGIONAL_COUNTRIES.find((c) => c.id === id)?.name ?? countries.getName(id, 'en') ?? id;
}
