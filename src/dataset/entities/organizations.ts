// The organisations registry: ids, names, parents and the ways the pages write them. Adding a body is
// one row. Aliases are regular-expression sources, matched case-sensitively on word boundaries.
import type { Organization } from '../../schema/dataset.ts';

export interface OrganizationEntry extends Organization {
  aliases: readonly string[];
}

const CSTO = String.raw`(?:CSTO|Collective Security Treaty Organi[sz]ation)`;
const SCO = String.raw`(?:SCO|Shanghai Cooperation Organi[sz]ation)`;
const CIS = String.raw`(?:CIS|Commonwealth of Independent States)`;
const UN = String.raw`(?:UN|United Nations)`;
const ANTI_TERRORIST = String.raw`(?:Anti-?[Tt]errorist|Counter-[Tt]errorism)`;
const COUNCIL_OF_CSTO = String.raw`(?: of the ${CSTO}(?: [Mm]ember [Ss]tates)?)?`;

export const ORGANIZATIONS: readonly OrganizationEntry[] = [
  {
    id: 'CSTO',
    name: 'Collective Security Treaty Organization',
    parent: null,
    // The Collective Security Treaty (1992) is the Organization's founding act: its anniversaries and
    // the Treaty's own bodies are the Organization's.
    aliases: [CSTO, 'ODKB', String.raw`(?<=the )Organization(?! of)`, 'Collective Security Treaty'],
  },
  {
    id: 'CSTO-SECRETARIAT',
    name: 'CSTO Secretariat',
    parent: 'CSTO',
    aliases: [String.raw`${CSTO} [Ss]ecretariat`, String.raw`[Ss]ecretariat of the ${CSTO}`],
  },
  {
    id: 'CSTO-JOINT-STAFF',
    name: 'CSTO Joint Staff',
    parent: 'CSTO',
    aliases: [
      String.raw`${CSTO} Joint (?:Staff|Headquarters)`,
      String.raw`Joint (?:Staff|Headquarters) of the ${CSTO}`,
      'Joint (?:Staff|Headquarters)',
    ],
  },
  {
    id: 'CSTO-CSC',
    name: 'CSTO Collective Security Council',
    parent: 'CSTO',
    aliases: [
      String.raw`(?:${CSTO} )?Collective Security Council(?: of the ${CSTO})?`,
      String.raw`(?:${CSTO} )?CSC`,
    ],
  },
  {
    id: 'CSTO-CRRF',
    name: 'CSTO Collective Rapid Reaction Forces',
    parent: 'CSTO',
    aliases: [
      String.raw`(?:${CSTO} )?(?:CRRF|KSOR|CORF|Collective Rapid Reaction Forces?|Collective Forces of Operational Response|Collective Operational (?:Reaction|Response) Forces?)(?: of the ${CSTO})?`,
    ],
  },
  {
    id: 'CSTO-CRISIS-CENTRE',
    name: 'CSTO Crisis Response Centre',
    parent: 'CSTO',
    aliases: [String.raw`(?:${CSTO} )?Crisis Response Cent(?:re|er)`],
  },
  {
    id: 'CSTO-CMFA',
    name: 'CSTO Council of Foreign Ministers',
    parent: 'CSTO',
    aliases: [
      String.raw`(?:${CSTO} )?Council of (?:the )?(?:Foreign Ministers|Ministers (?:of|for) Foreign Affairs)${COUNCIL_OF_CSTO}`,
      String.raw`${CSTO} Ministerial Council`,
      'CMFA',
      'CFM',
    ],
  },
  {
    // A body whose name holds a country as its topic: the country is not the event's (index.ts).
    id: 'CSTO-CMFA-WGA',
    name: 'Working Group on Afghanistan under the CSTO Council of Foreign Ministers',
    parent: 'CSTO-CMFA',
    aliases: [String.raw`(?:${CSTO} )?Working Group on Afghanistan`],
  },
  {
    id: 'CSTO-CMD',
    name: 'CSTO Council of Defence Ministers',
    parent: 'CSTO',
    aliases: [
      String.raw`(?:${CSTO} )?Council of (?:the )?(?:Defen[cs]e Ministers|Ministers of Defen[cs]e)${COUNCIL_OF_CSTO}`,
      'CMD',
      'CDM',
    ],
  },
  {
    id: 'CSTO-CSSC',
    name: 'CSTO Committee of Secretaries of Security Councils',
    parent: 'CSTO',
    aliases: [
      String.raw`(?:${CSTO} )?Committee of Secretaries of (?:the )?Security Councils${COUNCIL_OF_CSTO}`,
      String.raw`(?:${CSTO} )?Security Councils?(?:'|’)? Secretaries(?:'|’)? Committee`,
      String.raw`Committee of (?:the )?(?:${CSTO} )?Security Councils?(?:'|’)? Secretaries`,
      'CSSC',
      'CSCS',
    ],
  },
  {
    id: 'CSTO-PA',
    name: 'CSTO Parliamentary Assembly',
    parent: 'CSTO',
    aliases: [
      String.raw`(?:${CSTO} )?Parliamentary Assembly(?: of the ${CSTO})?`,
      String.raw`${CSTO} PA`,
      String.raw`PA ${CSTO}`,
    ],
  },
  {
    id: 'CSTO-PEACEKEEPING',
    name: 'CSTO Collective Peacekeeping Forces',
    parent: 'CSTO',
    aliases: [
      String.raw`(?:${CSTO} )?(?:Collective )?Peacekeeping Forces?(?: of the ${CSTO})?`,
      String.raw`${CSTO} CPF`,
    ],
  },
  {
    id: 'CSTO-CRDF',
    name: 'CSTO Collective Rapid Deployment Forces of the Central Asian Region',
    parent: 'CSTO',
    aliases: [
      String.raw`(?:${CSTO} )?Collective Rapid Deployment Forces?(?: of the Central Asian (?:Collective Security )?Region)?(?: of the ${CSTO})?`,
      String.raw`(?:CAR )?CRDF(?: CAR)?`,
    ],
  },
  {
    id: 'CSTO-UNIVERSITY',
    name: 'CSTO University',
    parent: 'CSTO',
    aliases: [String.raw`${CSTO} (?:Network )?University`, String.raw`University of the ${CSTO}`],
  },
  {
    id: 'CSTO-ACADEMY',
    name: 'CSTO Academy',
    parent: 'CSTO',
    aliases: [String.raw`${CSTO} Academy`, String.raw`Academy of the ${CSTO}`],
  },
  {
    id: 'CSTO-CCDT',
    name: 'CSTO Coordination Council of Heads of Competent Authorities for Countering Illicit Drug Trafficking',
    parent: 'CSTO',
    aliases: [
      String.raw`Coordinat(?:ion|ing) Council of (?:the )?[Hh]eads of (?:the )?[Cc]ompetent [Aa]uthorities (?:on|for) (?:[Cc]ountering|[Cc]ombating) (?:the )?(?:[Ii]llegal|[Ii]llicit) [Dd]rug [Tt]rafficking`,
      'CCBCD',
    ],
  },
  {
    id: 'CSTO-CCCIM',
    name: 'CSTO Coordination Council of Heads of Competent Authorities for Countering Illegal Migration',
    parent: 'CSTO',
    aliases: [
      String.raw`Coordinat(?:ion|ing) Council of (?:the )?[Hh]eads of (?:the )?[Cc]ompetent [Aa]uthorities (?:of the ${CSTO} [Mm]ember [Ss]tates )?(?:on|for) (?:[Cc]ountering|[Cc]ombating) [Ii]llegal [Mm]igration`,
    ],
  },
  {
    id: 'CSTO-ICMEC',
    name: 'CSTO Interstate Commission on Military-Economic Cooperation',
    parent: 'CSTO',
    aliases: [
      String.raw`(?:${CSTO} )?Interstate Commission (?:on|for) Military-Economic Cooperation`,
      'ICMEC',
    ],
  },
  {
    id: 'CSTO-CCC',
    name: 'CSTO Consultative Coordination Centre for Responding to Computer Incidents',
    parent: 'CSTO',
    aliases: [
      String.raw`(?:Consultative|Advisory) Coordination Cent(?:re|er)(?: of the ${CSTO}(?:'s)?)? (?:for Responding to|on) Computer Incident(?:s| Response)`,
      String.raw`${CSTO} CCC`,
    ],
  },
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
      String.raw`(?:${CIS} )?${ANTI_TERRORIST} Cent(?:er|re)(?: of the ${CIS})?`,
      String.raw`ATC ${CIS}`,
    ],
  },
  {
    id: 'CIS-CCBT',
    name: 'CIS Council of Commanders of Border Troops',
    parent: 'CIS',
    aliases: [String.raw`(?:${CIS} )?Council of Commanders of Border Troops(?: of the ${CIS})?`],
  },
  {
    id: 'CIS-EXECUTIVE-COMMITTEE',
    name: 'CIS Executive Committee',
    parent: 'CIS',
    aliases: [String.raw`${CIS} Executive Committee`, String.raw`Executive Committee of the ${CIS}`],
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
    aliases: ['OSCE', String.raw`Organi[sz]ation for Security and Co-?operation in Europe`],
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
    aliases: ['EAEU', 'EAEC', 'Eurasian Economic Union'],
  },
  {
    id: 'EAEU-EEC',
    name: 'Eurasian Economic Commission',
    parent: 'EAEU',
    aliases: ['EEC', 'Eurasian Economic Commission'],
  },
  { id: 'EU', name: 'European Union', parent: null, aliases: ['EU', 'European Union'] },
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
