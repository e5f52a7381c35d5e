// Hand-made pages shaped like real CSTO news, with forms the seeds lack (tests/fixtures/dataset/
// generalisation): each row names the passage by a phrase of it and the event it must become.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/schema/dataset.ts';
import { buildFromDir, FIXTURES } from './build.ts';

const { dataset } = buildFromDir(join(FIXTURES, 'generalisation'));
const eventWith = (phrase: string): TimelineEvent => {
  const found = dataset.events.filter((e) => e.text.includes(phrase));
  expect(found, phrase).toHaveLength(1);
  return found[0]!;
};

type DateRow = [
  phrase: string,
  start: string | null,
  end: string | null,
  precision: string,
  certainty: string,
];

describe('dates', () => {
  it.each<DateRow>([
    // datelines in other shapes, and words that count from them
    ['Minister of Foreign Affairs of the Republic of Belarus', '2023-03-31', '2023-03-31', 'day', 'explicit'],
    ['Today the CSTO Secretariat held consultations', '2023-06-14', '2023-06-14', 'day', 'explicit'],
    ['Yesterday the heads of state', '2022-11-22', '2022-11-22', 'day', 'inferred'],
    ['held a plenary session in Yerevan', '2022-11-23', '2022-11-23', 'day', 'explicit'],
    ['Slavic University', '2023-10-05', '2023-10-05', 'day', 'explicit'],
    // ranges and parts of periods
    ['On October 12-13, 2023', '2023-10-12', '2023-10-13', 'day', 'explicit'],
    ['12-13 October 2023 the Council', '2023-10-12', '2023-10-13', 'day', 'explicit'],
    ['From 30 September to 2 October 2023', '2023-09-30', '2023-10-02', 'day', 'explicit'],
    ['On 12 and 13 October', '2023-10-12', '2023-10-13', 'day', 'inferred'],
    ['on 2–4 October', '2023-10-02', '2023-10-04', 'day', 'inferred'],
    ['In early October 2023', '2023-10-01', '2023-10-31', 'month', 'explicit'],
    ['At the end of 2023', '2023-01-01', '2023-12-31', 'year', 'explicit'],
    ['On November 1st, 2023', '2023-11-01', '2023-11-01', 'day', 'explicit'],
    // the year in an exercise's name is not its date
    ['From 1 to 6 September', '2023-09-01', '2023-09-06', 'day', 'inferred'],
    ['"Cobalt-2023"', '2023-10-02', '2023-10-02', 'day', 'explicit'],
    ['"Combat Brotherhood-2023" of the CSTO', null, null, 'unknown', 'unknown'],
    // an article's dated facts
    ['signed in Tashkent on 15 May 1992', '1992-05-15', '1992-05-15', 'day', 'explicit'],
    ['On 7 October 2002, in Chisinau', '2002-10-07', '2002-10-07', 'day', 'explicit'],
    ['In 2009, the Collective Rapid Reaction Forces', '2009-01-01', '2009-12-31', 'year', 'explicit'],
  ])('%s', (phrase, start, end, precision, certainty) => {
    expect(eventWith(phrase).date).toMatchObject({ start, end, precision, certainty });
  });

  it('keeps the background of an article out of the events', () => {
    expect(dataset.events.filter((e) => e.sources[0]!.file === 'article.txt')).toHaveLength(5);
    expect(dataset.skipped.filter((s) => s.file === 'article.txt').map((s) => s.reason)).toEqual([
      'heading',
      'heading',
      'background (no event or date of its own)',
      'heading',
      'background (no event or date of its own)',
    ]);
  });
});

describe('type and status', () => {
  it.each([
    ['will be held in Minsk on 23 November 2023', 'meeting', 'planned'],
    ['is scheduled for 22 November 2023', 'meeting', 'planned'],
    ['will take place in the Pskov region', 'training', 'planned'],
    ['On 23 November 2023, the session', 'meeting', 'held'],
    ['On October 12-13, 2023', 'meeting', 'held'],
    ['will meet in Dushanbe', 'meeting', 'planned'],
    ['will host a seminar', 'conference', 'planned'],
    ['signed in Tashkent on 15 May 1992', 'signing', 'held'],
    ['were established', 'decision', 'held'],
    ['held consultations in Vienna', 'consultations', 'held'],
    ['briefed the Azerbaijani', 'briefing', 'held'],
    ['visited Tashkent', 'mission', 'held'],
    ['"Cobalt-2023"', 'training', 'held'],
  ])('%s → %s, %s', (phrase, type, status) => {
    expect(eventWith(phrase)).toMatchObject({ type, status });
  });
});

describe('entities', () => {
  it.each([
    ['Eurasian Economic Commission', ['CSTO-SECRETARIAT', 'CSTO', 'EAEU-EEC', 'EAEU'], ['KZ']],
    ['Council of Foreign Ministers is scheduled', ['CSTO-CMFA', 'CSTO'], []],
    ['Committee of Secretaries of Security Councils', ['CSTO-CSSC', 'CSTO'], ['KG']],
    ['Collective Peacekeeping Forces', ['CSTO-PEACEKEEPING', 'CSTO'], ['KZ']],
    ['Collective Forces of Operational Response', ['CSTO-CRRF', 'CSTO'], ['RU']],
    ['CSTO University network', ['CSTO-UNIVERSITY', 'CSTO'], []],
    ['UNODC', ['CSTO-SECRETARIAT', 'CSTO', 'UN-OCT', 'UN', 'UN-UNODC'], []],
    ['CIS Executive Committee', ['CSTO', 'CIS-EXECUTIVE-COMMITTEE', 'CIS'], ['RU']],
    ['SCO RATS Council', ['SCO-RATS', 'SCO', 'CIS-ATC', 'CIS'], ['UZ']],
    ['CSTO Academy', ['CSTO-ACADEMY', 'CSTO', 'EAEU', 'EU', 'NATO'], ['RS', 'RU', 'UZ']],
    ['briefed the Azerbaijani, Afghan and Chinese', ['CSTO-JOINT-STAFF', 'CSTO'], ['AF', 'AZ', 'CN']],
    ['Brestsky training ground', ['CSTO-CRRF', 'CSTO'], ['BY']],
    ['"Combat Brotherhood-2023" of the CSTO', ['CSTO'], ['KG']],
    ['On 7 October 2002, in Chisinau', ['CSTO'], ['MD']],
  ])('%s', (phrase, organizations, countries) => {
    expect(eventWith(phrase)).toMatchObject({ organizations, countries });
  });

  it.each([
    ['Stanislav Zas, the CSTO Secretary General', 'Stanislav Zas', 'CSTO Secretary General'],
    [
      'Executive Secretary of the CIS Executive Committee Sergey Lebedev',
      'Sergey Lebedev',
      'Executive Secretary of the CIS Executive Committee',
    ],
    [
      'Colonel-General Andrei Serdyukov, Chief of the Joint Staff',
      'Andrei Serdyukov',
      'Chief of the Joint Staff of the CSTO',
    ],
    ['V. Semerikov', 'V. Semerikov', 'Deputy Secretary General'],
    ['Secretary General Imangali Tasmagambetov met', 'Imangali Tasmagambetov', 'CSTO Secretary General'],
  ])('%s', (phrase, name, role) => {
    expect(eventWith(phrase).people).toContainEqual({ name, role });
  });
});

describe('titles', () => {
  it.each([
    [
      'Minister of Foreign Affairs of the Republic of Belarus',
      'CSTO Secretary General met with the Minister of Foreign Affairs of Belarus',
    ],
    ['In early October 2023', 'Experts of the CSTO Crisis Response Centre visited Tashkent'],
    [
      'On 7 October 2002, in Chisinau',
      'The presidents signed the Charter of the Collective Security Treaty Organization',
    ],
    ['is scheduled for 22 November 2023', 'A meeting of the CSTO Council of Foreign Ministers is scheduled'],
    ['Yesterday the heads of state', 'The heads of state of the CSTO member states adopted a declaration'],
  ])('%s', (phrase, title) => {
    expect(eventWith(phrase).title).toBe(title);
  });

  it('keeps every title within 100 characters, cut at a word', () => {
    for (const e of dataset.events) expect(e.title.length, e.title).toBeLessThanOrEqual(101);
  });
});
