// The pieces the organisation registries build their aliases from: the bodies' own names, and the
// guard that keeps a body's bare name ("the Joint Staff") from being read inside another body's name.
import type { Organization } from '../../schema/dataset.ts';

export interface OrganizationEntry extends Organization {
  aliases: readonly string[];
}

export const CSTO = String.raw`(?:CSTO|Collective Security Treaty Organi[sz]ation)`;
export const SCO = String.raw`(?:SCO|Shanghai Cooperation Organi[sz]ation)`;
export const CIS = String.raw`(?:CIS|Commonwealth of Independent States)`;
export const UN = String.raw`(?:UN|United Nations)`;
export const OSCE = String.raw`(?:OSCE|Organi[sz]ation for Security and Co-?operation in Europe)`;
export const ANTI_TERRORIST = String.raw`(?:Anti-?[Tt]errorist|Anti-?[Tt]errorism|Counter-[Tt]errorism)`;
const MEMBERS = String.raw`[Mm]ember (?:[Ss]tates|[Nn]ations|[Cc]ountries)`;

/** "of the CSTO", "of the CSTO member states", "of (the) Member Nations of the CIS". */
export const ofThe = (owner: string) =>
  String.raw` of (?:the )?(?:${MEMBERS} of (?:the )?)?${owner}(?: ${MEMBERS})?`;

// Capitalised words that open a sentence or a phrase but name no body ("On Monday Joint Staff officers ...").
const NOT_A_NAME = String.raw`(?:The|This|These|That|Those|Its|Their|Our|Today|Yesterday|Tomorrow|On|In|At|By|For|From|With|During|After|Before|Since|Last|Next|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)\b`;

/** Tried at every position, this lookbehind is slow: the registry's finder leaves it out (index.ts). */
export const NOT_AFTER_ANOTHER_NAME = String.raw`(?<!\b(?!${NOT_A_NAME})[A-Z][\w-]*[ -])`;

/**
 * A sub-body's name with its owner's name before or after it, or bare. Bare, it counts only where no other
 * body's name frames it: not after a capitalised word or a prefix joined by a hyphen ("OSCE Parliamentary
 * Assembly", "Inter-Parliamentary Assembly", "CIS CFM"; "The", "On", "Monday", "May" and the like are no names), and not
 * before "of (the) <a name>" other than the owner's ("the Joint Staff of the Armed Forces of ...").
 */
export const ownedName = (name: string, owner: string): string =>
  String.raw`(?:${owner} |${NOT_AFTER_ANOTHER_NAME})(?:${name})(?:${ofThe(owner)}|(?! of (?:the )?(?!(?:${MEMBERS} of (?:the )?)?${owner})[A-Z]))`;
