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
    aliases: [String.raw`${CSTO} Joint Staff`, String.raw`Joint Staff of the ${CSTO}`, 'Joint Staff'],
  },
  {
    id: 'CSTO-CSC',
    name: 'CSTO Collective Security Council',
    parent: 'CSTO',
    aliases: [String.raw`(?:${CSTO} )?Collective Security Council(?: of the ${CSTO})?`],
  },
  {
    id: 'CSTO-CRRF',
    name: 'CSTO Collective Rapid Reaction Forces',
    parent: 'CSTO',
    aliases: [
      String.raw`(?:${CSTO} )?(?:CRRF|Collective Rapid Reaction Forces?|Collective Forces of Operational Response|Collective Operational Reaction Forces)(?: of the ${CSTO})?`,
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
    aliases: [String.raw`(?:${CSTO} )?Council of (?:the )?Foreign Ministers(?: of the ${CSTO})?`, 'CMFA'],
  },
  {
    id: 'CSTO-CMD',
    name: 'CSTO Council of Defence Ministers',
    parent: 'CSTO',
    aliases: [String.raw`(?:${CSTO} )?Council of (?:the )?Defen[cs]e Ministers(?: of the ${CSTO})?`, 'CMD'],
  },
  {
    id: 'CSTO-CSSC',
    name: 'CSTO Committee of Secretaries of Security Councils',
    parent: 'CSTO',
    aliases: [
      String.raw`(?:${CSTO} )?Committee of Secretaries of (?:the )?Security Councils(?: of the ${CSTO}(?: member states)?)?`,
      String.raw`(?:${CSTO} )?Security Councils?(?:'|’)? Secretaries(?:'|’)? Committee`,
      String.raw`Committee of (?:the )?${CSTO} Security Councils?(?:'|’)? Secretaries`,
      'CSSC',
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
    aliases: [String.raw`(?:${CSTO} )?(?:Collective )?Peacekeeping Forces(?: of the ${CSTO})?`],
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
      String.raw`Coordination Council of (?:the )?heads of (?:the )?competent authorities (?:on|for) (?:countering|combating) (?:the )?(?:illegal|illicit) drug trafficking`,
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
    ],
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
];
