// What an "Nth anniversary of X" or "X is N years old" counts from: a small table, one row per founding
// act. The first row whose subject matches wins, so the bodies come before the Organization they belong
// to ("the CRRF of the CSTO" is the CRRF's anniversary).
import type { DayDate } from './calendar.ts';

interface Founding {
  /** Matched against the words that name what the anniversary is of. */
  subject: RegExp;
  act: string;
  date: DayDate;
}

const CSTO = String.raw`(?:\bCSTO\b|Collective Security Treaty Organi[sz]ation)`;

const FOUNDINGS: readonly Founding[] = [
  {
    subject: /\bCRRF\b|\bKSOR\b|\bCollective (?:Rapid|Operational) (?:Reaction|Response) Forces?\b/i,
    act: 'the CSTO Collective Security Council decided to create the CRRF on 4 February 2009',
    date: { year: 2009, month: 2, day: 4 },
  },
  {
    subject: /\bCRDF\b|\bCollective Rapid Deployment Forces?\b/i,
    act: 'the Collective Rapid Deployment Forces of the Central Asian region were created on 25 May 2001',
    date: { year: 2001, month: 5, day: 25 },
  },
  {
    subject: /\bJoint (?:Staff|Headquarters)\b/i,
    act: 'the Collective Security Council decided to establish the CSTO Joint Staff on 28 April 2003',
    date: { year: 2003, month: 4, day: 28 },
  },
  {
    subject: new RegExp(
      String.raw`${CSTO} (?:PA|Parliamentary Assembly)\b|\bPA ${CSTO}|Parliamentary Assembly of the ${CSTO}`,
      'i',
    ),
    act: 'the CSTO Parliamentary Assembly was established on 16 November 2006',
    date: { year: 2006, month: 11, day: 16 },
  },
  {
    subject: /\bPeacekeeping Forces?\b/i,
    act: 'the Agreement on the CSTO peacekeeping activities was signed on 6 October 2007',
    date: { year: 2007, month: 10, day: 6 },
  },
  {
    subject: new RegExp(String.raw`\bCharter\b|${CSTO}`, 'i'),
    act: 'the CSTO Charter was signed on 7 October 2002',
    date: { year: 2002, month: 10, day: 7 },
  },
  {
    // The Organization also counts its years from the Treaty: "On May 15, the CSTO celebrates its 30th
    // anniversary" (the day tells which act).
    subject: new RegExp(String.raw`\bCollective Security Treaty\b|${CSTO}`, 'i'),
    act: 'the Collective Security Treaty was signed on 15 May 1992',
    date: { year: 1992, month: 5, day: 15 },
  },
  {
    subject: /\bShanghai Cooperation Organi[sz]ation\b|\bSCO\b/,
    act: 'the SCO was founded on 15 June 2001',
    date: { year: 2001, month: 6, day: 15 },
  },
  {
    subject: /\bCommonwealth of Independent States\b|\bCIS\b/,
    act: 'the CIS was founded on 8 December 1991',
    date: { year: 1991, month: 12, day: 8 },
  },
  {
    subject: /\bUnited Nations\b|\bUN\b/,
    act: 'the UN Charter entered into force on 24 October 1945',
    date: { year: 1945, month: 10, day: 24 },
  },
];

/**
 * The founding act an anniversary of `subject` counts from. When the text names the day observed, the
 * act of that day wins ("May 15 ... the CSTO" is the Treaty's day, "October 7 ... the CSTO" the Charter's).
 */
export function foundingOf(
  subject: string,
  observed?: { month?: number; day?: number },
): Founding | undefined {
  const matching = FOUNDINGS.filter((f) => f.subject.test(subject));
  const sameDay = matching.find((f) => f.date.month === observed?.month && f.date.day === observed.day);
  return sameDay ?? matching[0];
}
