import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPassageDate } from '../../../src/dataset/dates/index.ts';
import { dateRecordSchema } from '../../../src/schema/dataset.ts';

const dateline = { date: { year: 2024, month: 9, day: 4 }, text: '04.09.2024' };
const article2018 = { year: 2018, note: "Year taken from the article's latest explicit year (2018)" };

type Row = [string, string, object, string | null, string | null, string, string];

// [what it proves, passage, context, start, end, precision, certainty]
const rows: Row[] = [
  [
    'month-first day',
    'On March 28, 2023, a meeting was held.',
    {},
    '2023-03-28',
    '2023-03-28',
    'day',
    'explicit',
  ],
  [
    'day-first day',
    'On 25 July 2024, staff met graduates.',
    {},
    '2024-07-25',
    '2024-07-25',
    'day',
    'explicit',
  ],
  [
    '"in the period from" range',
    'In the period from 27 to 30 March 2023, a training is held.',
    {},
    '2023-03-27',
    '2023-03-30',
    'day',
    'explicit',
  ],
  [
    'range over two months',
    'It ran from 27 March to 2 April 2023 in Minsk.',
    {},
    '2023-03-27',
    '2023-04-02',
    'day',
    'explicit',
  ],
  [
    'year-less range from the dateline',
    'From 3 to 6 September, units are regrouping.',
    { dateline },
    '2024-09-03',
    '2024-09-06',
    'day',
    'inferred',
  ],
  [
    'year-less range without context stays undated',
    'From 3 to 6 September, units are regrouping.',
    {},
    null,
    null,
    'unknown',
    'unknown',
  ],
  [
    'lower-case range',
    'It is held from 3 to 4 September during a session.',
    { dateline },
    '2024-09-03',
    '2024-09-04',
    'day',
    'inferred',
  ],
  [
    'month-first hyphen range with "this year"',
    'It was held on June 28-29 this year. in New York.',
    { storyYear: article2018 },
    '2018-06-28',
    '2018-06-29',
    'day',
    'inferred',
  ],
  [
    'en-dash range',
    'The forum met on November 20–21, 2023 in Minsk.',
    {},
    '2023-11-20',
    '2023-11-21',
    'day',
    'explicit',
  ],
  [
    '"12 and 13 October"',
    'Talks were held on 12 and 13 October 2023.',
    {},
    '2023-10-12',
    '2023-10-13',
    'day',
    'explicit',
  ],
  [
    'date at the end of the sentence',
    'It was signed in Dushanbe on September 16, 2021.',
    {},
    '2021-09-16',
    '2021-09-16',
    'day',
    'explicit',
  ],
  [
    '"today" under a dateline',
    'The Chief has today given a briefing.',
    { dateline },
    '2024-09-04',
    '2024-09-04',
    'day',
    'explicit',
  ],
  [
    '"yesterday" under a dateline',
    'The delegation arrived yesterday.',
    { dateline },
    '2024-09-03',
    '2024-09-03',
    'day',
    'inferred',
  ],
  [
    'no date: the dateline is the date',
    'The Secretary General took part in the training.',
    { dateline },
    '2024-09-04',
    '2024-09-04',
    'day',
    'explicit',
  ],
  [
    'month precision',
    'The Strategy adopted in October 2016 sets goals.',
    {},
    '2016-10-01',
    '2016-10-31',
    'month',
    'explicit',
  ],
  [
    'year with preposition',
    'The signing in 2018 of a memorandum.',
    {},
    '2018-01-01',
    '2018-12-31',
    'year',
    'explicit',
  ],
  ['"Since 2016"', 'Since 2016 the centre has worked.', {}, '2016-01-01', '2016-12-31', 'year', 'explicit'],
  [
    '"in the year 2018" is not "in a year"',
    'It happened in the year 2018.',
    {},
    '2018-01-01',
    '2018-12-31',
    'year',
    'explicit',
  ],
  [
    '"last year" against the article',
    'The office was created last year.',
    { storyYear: article2018 },
    '2017-01-01',
    '2017-12-31',
    'year',
    'inferred',
  ],
  [
    '"next year" against the dateline',
    'The summit will be held next year.',
    { dateline },
    '2025-01-01',
    '2025-12-31',
    'year',
    'inferred',
  ],
  [
    'month "of this year"',
    'It is to be signed in September of this year.',
    { storyYear: article2018 },
    '2018-09-01',
    '2018-09-30',
    'month',
    'inferred',
  ],
  [
    'season "of this year"',
    'A conference in the fall of this year. in Moscow.',
    { storyYear: article2018 },
    '2018-09-01',
    '2018-11-30',
    'month',
    'inferred',
  ],
  [
    '"this year" without context',
    'On September 20, this year, the Mission arrived.',
    {},
    null,
    null,
    'unknown',
    'unknown',
  ],
  [
    'anniversary arithmetic',
    '15 May marks the 32nd anniversary of the conclusion of the Collective Security Treaty.',
    {},
    '2024-05-15',
    '2024-05-15',
    'day',
    'inferred',
  ],
  [
    '"the eve" without a dated anchor',
    'On the eve of the work, the team completed its work.',
    {},
    null,
    null,
    'unknown',
    'unknown',
  ],
  [
    '"the eve" of a dated event',
    'On the eve of the visit, the team arrived.',
    { anchor: { start: '2022-09-20', end: '2022-09-20', precision: 'day', certainty: 'explicit', text: '' } },
    '2022-09-19',
    '2022-09-19',
    'day',
    'inferred',
  ],
  [
    'day-first dotted date in prose',
    'The report of 05.09.2024 was published.',
    {},
    '2024-09-05',
    '2024-09-05',
    'day',
    'explicit',
  ],
  [
    'a time alone is no date',
    'The session opens at 10.00 Moscow time.',
    {},
    null,
    null,
    'unknown',
    'unknown',
  ],
  [
    'document numbers are no dates',
    'Under resolution 2354 (2017) and the Plan for 2022-2024, the Rock-2024 drill up to 2025.',
    {},
    null,
    null,
    'unknown',
    'unknown',
  ],
  [
    'the finest date wins over a cited year',
    'On September 3, 2024 in Moscow, under the Plan for 2022-2024, consultations were held.',
    {},
    '2024-09-03',
    '2024-09-03',
    'day',
    'explicit',
  ],
];

describe('readPassageDate', () => {
  it.each(rows)('%s', (_name, passage, context, start, end, precision, certainty) => {
    const { record } = readPassageDate(passage, context);
    expect(record).toMatchObject({ start, end, precision, certainty });
    expect(dateRecordSchema.safeParse(record).success).toBe(true);
  });

  it('explains an inferred year in date.note', () => {
    const { record } = readPassageDate('From 3 to 6 September, units are regrouping.', { dateline });
    expect(record.note).toBe("Year taken from the item's dateline 04.09.2024");
  });

  it('keeps the phrase of an unresolvable date in date.text', () => {
    expect(readPassageDate('On September 20, this year, the Mission arrived.').record.text).toBe(
      'On September 20, this year',
    );
  });

  it('never throws and always returns a valid record on arbitrary text', () => {
    const wordy = fc.array(
      fc.constantFrom(
        'On',
        'March',
        '28,',
        '2023',
        'this',
        'year',
        'from',
        '3',
        'to',
        '6',
        'September',
        'in',
        'the',
        'eve',
        'of',
        '05.09.2024',
        '31.02.2024',
        '–',
        'marks',
        '32nd',
        'anniversary',
        'today',
        '99',
        'fall',
        '.',
      ),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          wordy.map((w) => w.join(' ')),
        ),
        (text) => {
          const { record } = readPassageDate(text, { dateline });
          return dateRecordSchema.safeParse(record).success;
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('the year in an exercise’s name', () => {
  it('dates a year-less day in the same sentence, inferred', () => {
    const { record } = readPassageDate(
      'In the period from May 21 to May 24, staff talks on the joint exercise "Interaction-2031" were held in Lirsk.',
    );
    expect(record).toMatchObject({ start: '2031-05-21', end: '2031-05-24', certainty: 'inferred' });
    expect(record.note).toContain('Interaction-2031');
  });

  it('reads it unquoted before the kind of event', () => {
    const { record } = readPassageDate(
      'The delegations met on June 25 to discuss the upcoming Indestructible Brotherhood 2031 command-and-staff exercise.',
    );
    expect(record).toMatchObject({ start: '2031-06-25', certainty: 'inferred' });
  });

  it('reads "this year" against it', () => {
    const { record } = readPassageDate(
      'The training "Indestructible Brotherhood-2031" started at the Lirsk range on November 8, this year.',
    );
    expect(record).toMatchObject({ start: '2031-11-08', certainty: 'inferred' });
  });

  it('gives nothing when the names disagree or stand in another sentence', () => {
    expect(
      readPassageDate('From 3 to 5 June, the lessons of Rubezh-2030 were applied to Rubezh-2031.').record
        .start,
    ).toBeNull();
    expect(
      readPassageDate('The exercise Rubezh-2031 is planned. From 3 to 5 June, the envoys met in Lirsk.')
        .record.start,
    ).toBeNull();
  });
});
