// What an "Nth anniversary of X" counts from: a small table, one row per founding act.
import type { DayDate } from './calendar.ts';

interface Founding {
  /** Matched against the words after "anniversary of". */
  subject: RegExp;
  act: string;
  date: DayDate;
}

export const FOUNDINGS: readonly Founding[] = [
  {
    subject: /\bCollective Security Treaty\b(?!\s+Organi[sz]ation)/i,
    act: 'the Collective Security Treaty was signed on 15 May 1992',
    date: { year: 1992, month: 5, day: 15 },
  },
  {
    subject: /\bCharter\b|\bCollective Security Treaty Organi[sz]ation\b|\bCSTO\b/i,
    act: 'the CSTO Charter was signed on 7 October 2002',
    date: { year: 2002, month: 10, day: 7 },
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
