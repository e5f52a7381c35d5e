// The organisations registry: ids, names, parents and the ways the pages write them. Adding a body is
// one row. Aliases are regular-expression sources, matched case-sensitively on word boundaries; each
// starts with a capital letter or a class of both cases ("[Ss]ecretariat"), as the finder in index.ts
// expects. The CSTO's own bodies are here; the other bodies its pages name are in otherOrganizations.ts.
import { CSTO, ofThe, ownedName, type OrganizationEntry } from './organizationNames.ts';
import { OTHER_ORGANIZATIONS } from './otherOrganizations.ts';

// "the Council of Foreign Ministers of the Organization" is the CSTO's.
const CSTO_OWNER = String.raw`(?:${CSTO}|Organi[sz]ation\b)`;
const COUNCIL_OF_CSTO = `(?:${ofThe(CSTO)})?`;

const CSTO_BODIES: readonly OrganizationEntry[] = [
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
    aliases: [ownedName('Joint (?:Staff|Headquarters)', CSTO_OWNER)],
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
    aliases: [ownedName('Crisis Response Cent(?:re|er)', CSTO_OWNER)],
  },
  {
    id: 'CSTO-CMFA',
    name: 'CSTO Council of Foreign Ministers',
    parent: 'CSTO',
    aliases: [
      ownedName('Council of (?:the )?(?:Foreign Ministers|Ministers (?:of|for) Foreign Affairs)', CSTO_OWNER),
      String.raw`${CSTO} Ministerial Council`,
      ownedName('CMFA|CFM', CSTO_OWNER),
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
      ownedName('Council of (?:the )?(?:Defen[cs]e Ministers|Ministers of Defen[cs]e)', CSTO_OWNER),
      ownedName('CMD|CDM', CSTO_OWNER),
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
    // Not the CIS Inter-Parliamentary Assembly, nor the OSCE's or NATO's assemblies (the guard in bare()).
    aliases: [
      ownedName('Parliamentary Assembly', CSTO_OWNER),
      String.raw`${CSTO} PA`,
      String.raw`PA ${CSTO}`,
    ],
  },
  {
    id: 'CSTO-PEACEKEEPING',
    name: 'CSTO Collective Peacekeeping Forces',
    parent: 'CSTO',
    aliases: [ownedName('(?:Collective )?Peacekeeping Forces?', CSTO_OWNER), String.raw`${CSTO} CPF`],
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
];

export const ORGANIZATIONS: readonly OrganizationEntry[] = [...CSTO_BODIES, ...OTHER_ORGANIZATIONS];
