// What an "Nth anniversary of X" or "X is N years old" counts from: the founding acts of the bodies in the
// organisations registry, one row per act. X is read by the registry's matcher, so every name a body has
// there counts ("the CRRF", "the CORF", "the Collective Forces of Operational Response"). Where X names
// several bodies, the first row wins, so the bodies come before the Organization they belong to ("the
// CRRF of the CSTO" is the CRRF's anniversary).
import { organizationsNamed } from '../entities/index.ts';
import type { DayDate } from './calendar.ts';

interface Founding {
  /** The registry id of the body the act founded. */
  organization: string;
  /** The act's own name, for a body with several founding acts or an act named without its body. */
  actName?: RegExp;
  act: string;
  date: DayDate;
}

const FOUNDINGS: readonly Founding[] = [
  {
    organization: 'CSTO-CRRF',
    act: 'the CSTO Collective Security Council decided to create the CRRF on 4 February 2009',
    date: { year: 2009, month: 2, day: 4 },
  },
  {
    organization: 'CSTO-CRDF',
    act: 'the Collective Rapid Deployment Forces of the Central Asian region were created on 25 May 2001',
    date: { year: 2001, month: 5, day: 25 },
  },
  {
    organization: 'CSTO-JOINT-STAFF',
    act: 'the Collective Security Council decided to establish the CSTO Joint Staff on 28 April 2003',
    date: { year: 2003, month: 4, day: 28 },
  },
  {
    organization: 'CSTO-PA',
    act: 'the CSTO Parliamentary Assembly was established on 16 November 2006',
    date: { year: 2006, month: 11, day: 16 },
  },
  {
    organization: 'CSTO-PEACEKEEPING',
    act: 'the Agreement on the CSTO peacekeeping activities was signed on 6 October 2007',
    date: { year: 2007, month: 10, day: 6 },
  },
  {
    // The Organization as such dates from its Charter; "the Charter" alone is the CSTO's.
    organization: 'CSTO',
    actName: /\bCharter\b/i,
    act: 'the CSTO Charter was signed on 7 October 2002',
    date: { year: 2002, month: 10, day: 7 },
  },
  {
    // The Organization also counts its years from the Treaty: "On May 15, the CSTO celebrates its 30th
    // anniversary" (the day tells which act), "the 30th anniversary of the Collective Security Treaty".
    organization: 'CSTO',
    actName: /\bCollective Security Treaty\b(?! Organi[sz]ation)/i,
    act: 'the Collective Security Treaty was signed on 15 May 1992',
    date: { year: 1992, month: 5, day: 15 },
  },
  {
    organization: 'SCO',
    act: 'the SCO was founded on 15 June 2001',
    date: { year: 2001, month: 6, day: 15 },
  },
  {
    organization: 'CIS',
    act: 'the CIS was founded on 8 December 1991',
    date: { year: 1991, month: 12, day: 8 },
  },
  {
    organization: 'UN',
    act: 'the UN Charter entered into force on 24 October 1945',
    date: { year: 1945, month: 10, day: 24 },
  },
];

/**
 * The founding act an anniversary of `subject` counts from: among the acts of the bodies it names (or,
 * naming none, of the act it names), the act it names, else the act of the day the text observes ("May
 * 15 ... the CSTO" is the Treaty's day, "October 7 ... the CSTO" the Charter's), else the first.
 */
export function foundingOf(
  subject: string,
  observed?: { month?: number; day?: number },
): Founding | undefined {
  const named = organizationsNamed(subject);
  let matching = FOUNDINGS.filter((f) => named.includes(f.organization));
  if (matching.length === 0) matching = FOUNDINGS.filter((f) => f.actName?.test(subject));
  const byName = matching.find((f) => f.actName?.test(subject));
  const sameDay = matching.find((f) => f.date.month === observed?.month && f.date.day === observed.day);
  return byName ?? sameDay ?? matching[0];
}
