// The other bodies the CSTO's pages name: partners, observers and their councils and centres. One row per
// body; a sub-body has its parent's id. Aliases as in organizations.ts.
import {
  ANTI_TERRORIST,
  CIS,
  ofThe,
  OSCE,
  ownedName,
  SCO,
  UN,
  type OrganizationEntry,
} from './organizationNames.ts';

const CIS_IPA = String.raw`Inter-?[Pp]arliamentary Assembly`;
const INTERIOR_MINISTERS = String.raw`(?:Interior Ministers|Ministers of (?:the )?(?:Interior|Internal Affairs))`;

export const OTHER_ORGANIZATIONS: readonly OrganizationEntry[] = [
  { id: 'SCO', name: 'Shanghai Cooperation Organization', parent: null, aliases: [SCO] },
  {
    id: 'SCO-RATS',
    name: 'Regional Anti-Terrorist Structure of the SCO',
    parent: 'SCO',
    aliases: [
      String.raw`(?:${SCO} )?RATS(?: ${SCO})?`,
      String.raw`(?:${SCO} )?(?:Regional )?${ANTI_TERRORIST} Structure(?: of the ${SCO})?`,
      String.raw`Regional Anti-?[Tt]errorist Structure`,
    ],
  },
  { id: 'CIS', name: 'Commonwealth of Independent States', parent: null, aliases: [CIS] },
  {
    id: 'CIS-ATC',
    name: 'CIS Anti-Terrorist Center',
    parent: 'CIS',
    aliases: [
      String.raw`${CIS} ATC`,
      String.raw`ATC(?: of the)? ${CIS}`,
      // Not a country's own centre ("the National Anti-Terrorism Centre of the Republic of ...").
      ownedName(String.raw`${ANTI_TERRORIST} Cent(?:er|re)`, CIS),
    ],
  },
  {
    id: 'CIS-CCBT',
    name: 'CIS Council of Commanders of Border Troops',
    parent: 'CIS',
    aliases: [
      ownedName('Council of (?:the )?(?:Commanders of (?:the )?Border Troops|Border Troops Commanders)', CIS),
      String.raw`(?:${CIS} )?CCBT(?: ${CIS})?`,
    ],
  },
  {
    id: 'CIS-EXECUTIVE-COMMITTEE',
    name: 'CIS Executive Committee',
    parent: 'CIS',
    aliases: [String.raw`${CIS} Executive Committee`, String.raw`Executive Committee of the ${CIS}`],
  },
  {
    id: 'CIS-IPA',
    name: 'Inter-Parliamentary Assembly of the CIS Member Nations',
    parent: 'CIS',
    aliases: [
      ownedName(String.raw`${CIS_IPA}(?: \((?:IPA|MPA)\))?`, CIS),
      String.raw`(?:IPA|MPA) ${CIS}`,
      String.raw`${CIS} (?:IPA|MPA)`,
    ],
  },
  {
    id: 'CIS-CMIA',
    name: 'Council of Ministers of Internal Affairs of the CIS Member States',
    parent: 'CIS',
    // Only with the Commonwealth named: other unions have councils of interior ministers too.
    aliases: [
      String.raw`${CIS} Council of (?:the )?${INTERIOR_MINISTERS}`,
      String.raw`Council of (?:the )?${INTERIOR_MINISTERS}${ofThe(CIS)}`,
      String.raw`Council of (?:the )?${CIS} ${INTERIOR_MINISTERS}`,
    ],
  },
  { id: 'UN', name: 'United Nations', parent: null, aliases: [UN, String.raw`(?<=the )World Organization`] },
  {
    id: 'UN-SC',
    name: 'UN Security Council',
    parent: 'UN',
    aliases: [String.raw`${UN} Security Council`, String.raw`Security Council of the ${UN}`],
  },
  {
    id: 'UN-GA',
    name: 'UN General Assembly',
    parent: 'UN',
    aliases: [String.raw`${UN} General Assembly`, String.raw`General Assembly of the ${UN}`],
  },
  {
    id: 'UN-OCT',
    name: 'UN Office of Counter-Terrorism',
    parent: 'UN',
    aliases: [
      String.raw`${UN} (?:Office of Counter-Terrorism|Counter-Terrorism (?:Office|Directorate))`,
      String.raw`(?<=the )Counter-Terrorism Directorate`,
      'UNOCT',
      'UN CTO',
    ],
  },
  {
    id: 'UN-RCCA',
    name: 'UN Regional Centre for Preventive Diplomacy for Central Asia',
    parent: 'UN',
    aliases: ['UNRCCA', String.raw`${UN} Regional Cent(?:re|er) for Preventive Diplomacy for Central Asia`],
  },
  {
    id: 'UN-UNAMA',
    name: 'UN Assistance Mission in Afghanistan',
    parent: 'UN',
    aliases: ['UNAMA', String.raw`${UN} Assistance Mission in Afghanistan`],
  },
  {
    id: 'UN-UNODC',
    name: 'UN Office on Drugs and Crime',
    parent: 'UN',
    aliases: ['UNODC', String.raw`${UN} Office on Drugs and Crime`],
  },
  {
    id: 'OSCE',
    name: 'Organization for Security and Co-operation in Europe',
    parent: null,
    aliases: [OSCE],
  },
  {
    id: 'OSCE-PA',
    name: 'OSCE Parliamentary Assembly',
    parent: 'OSCE',
    aliases: [
      String.raw`OSCE PA`,
      String.raw`${OSCE} Parliamentary Assembly`,
      `Parliamentary Assembly of the ${OSCE}`,
    ],
  },
  {
    id: 'NATO',
    name: 'North Atlantic Treaty Organization',
    parent: null,
    aliases: ['NATO', String.raw`North Atlantic (?:Treaty Organi[sz]ation|Alliance)`],
  },
  {
    id: 'EAEU',
    name: 'Eurasian Economic Union',
    parent: null,
    aliases: ['EAEU', 'EAEC', 'EEU', 'Eurasian Economic Union'],
  },
  {
    id: 'EAEU-EEC',
    name: 'Eurasian Economic Commission',
    parent: 'EAEU',
    aliases: ['EEC', 'Eurasian Economic Commission'],
  },
  {
    // The Eurasian Economic Union's forerunner (2000–2014): its own body, not the Union.
    id: 'EURASEC',
    name: 'Eurasian Economic Community',
    parent: null,
    aliases: ['EurAsEC', 'EurAsEc', 'Eurasian Economic Community'],
  },
  {
    id: 'UNION-STATE',
    name: 'Union State of Russia and Belarus',
    parent: null,
    // "the Union State of Russia and Belarus": the two states' names stay outside the match, so that they
    // still count as the event's countries.
    aliases: ['Union State'],
  },
  { id: 'EU', name: 'European Union', parent: null, aliases: ['EU', 'European Union'] },
  {
    id: 'ASEAN',
    name: 'Association of Southeast Asian Nations',
    parent: null,
    aliases: ['ASEAN', 'Association of South-?[Ee]ast Asian Nations'],
  },
  {
    id: 'ASEAN-ARF',
    name: 'ASEAN Regional Forum',
    parent: 'ASEAN',
    aliases: ['ASEAN Regional Forum', String.raw`ARF(?: ASEAN)?`],
  },
  // Bodies the CSTO's anti-drug and anti-crime operations name beside it (observers, partners).
  {
    id: 'INTERPOL',
    name: 'International Criminal Police Organization (Interpol)',
    parent: null,
    aliases: ['Interpol', 'INTERPOL', String.raw`International Criminal Police Organi[sz]ation`],
  },
  {
    id: 'EUROPOL',
    name: 'European Union Agency for Law Enforcement Cooperation (Europol)',
    parent: null,
    aliases: ['Europol', 'EUROPOL'],
  },
  {
    id: 'CARICC',
    name: 'Central Asian Regional Information and Coordination Centre for Combating Illicit Drug Trafficking',
    parent: null,
    aliases: ['CARICC', String.raw`Central Asian Regional Information and Coordination Cent(?:re|er)`],
  },
  {
    id: 'EAG',
    name: 'Eurasian Group on Combating Money Laundering and Financing of Terrorism',
    parent: null,
    aliases: [
      'EAG',
      String.raw`Eurasian Group on (?:[Cc]ombating|[Aa]nti-)[Mm]oney [Ll]aundering(?: and (?:[Cc]ombating )?(?:the )?[Ff]inancing of [Tt]errorism| and [Cc]ombating [Tt]errorism [Ff]inancing)?`,
      String.raw`(?<=the )Eurasian Group`,
    ],
  },
  {
    id: 'FATF',
    name: 'Financial Action Task Force',
    parent: null,
    aliases: ['FATF', 'Financial Action Task Force'],
  },
  {
    id: 'ICRC',
    name: 'International Committee of the Red Cross',
    parent: null,
    aliases: ['ICRC', 'International Committee of the Red Cross'],
  },
  { id: 'BRICS', name: 'BRICS', parent: null, aliases: [String.raw`BRICS\+?`] },
];
