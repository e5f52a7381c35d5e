// Anniversaries whose day the passage does not write ("Today the Forces are 10 years old"), counted from
// the founding act the table or the passage itself gives. Invented passages of the real pages' shapes.
import { describe, expect, it } from 'vitest';
import { classifyType } from '../../../src/dataset/classify.ts';
import { readPassageDate } from '../../../src/dataset/dates/index.ts';
import { buildFromTexts, dateline } from './build.ts';

describe('an age or an anniversary without its day', () => {
  it.each([
    [
      'a body "N years old" today, counted from its founding act in the table',
      'Today the Collective Rapid Reaction Forces of the CSTO are 12 years old and ready for new tasks.',
      ['2021-02-04', 'inferred'],
    ],
    [
      'the Organization "marks its Nth anniversary": counted from its Charter',
      'Today, the Collective Security Treaty Organization marks its 19th anniversary.',
      ['2021-10-07', 'inferred'],
    ],
    [
      'the day the passage observes picks the act: the Treaty’s day',
      'On Friday, May 15, the CSTO celebrates its 28th anniversary with a concert.',
      ['2020-05-15', 'inferred'],
    ],
    [
      '"Today marks the Nth anniversary of X": X is the first act named',
      'Today marks the 25th anniversary of the signing of the Collective Security Treaty and the 15th anniversary of the CSTO.',
      ['2017-05-15', 'inferred'],
    ],
    [
      'the Parliamentary Assembly counts from its own founding, not the Organization’s',
      'The CSTO Parliamentary Assembly is 15 years old.',
      ['2021-11-16', 'inferred'],
    ],
    [
      'under a dateline, "today" is the dateline day, written in full',
      'Today the CSTO Joint Staff is 18 years old.',
      ['2021-04-28', 'explicit'],
      dateline(2021, 4, 28),
    ],
    [
      'a body the table does not know stays undated',
      'Today the Liaison Bureau of the Forum is 9 years old.',
      [null, 'unknown'],
    ],
  ])('%s', (_, passage, [start, certainty], ctx?: ReturnType<typeof dateline>) => {
    const { record } = readPassageDate(passage, ctx ? { dateline: ctx } : {});
    expect([record.start, record.certainty]).toEqual([start, certainty]);
    if (certainty === 'inferred') expect(record.note).toMatch(/^Year computed: .* plus \d+ years$/);
  });
});

describe('the body an anniversary is of, by any of its names in the registry', () => {
  it.each([
    ['the Forces by their other abbreviation', 'The CORF marks its 10th anniversary.', '2019-02-04'],
    ['the Forces by their Russian abbreviation', 'Today the KSOR are 11 years old.', '2020-02-04'],
    [
      'the Forces by another full name',
      'Today the Collective Forces of Operational Response mark their 12th anniversary.',
      '2021-02-04',
    ],
    [
      'the Forces by their full name after "anniversary of"',
      'Today marks the 13th anniversary of the Collective Operational Reaction Forces of the CSTO.',
      '2022-02-04',
    ],
    ['the Joint Staff by its other name', 'The Joint Headquarters is 21 years old.', '2024-04-28'],
    ['the Organization by its Russian abbreviation', 'The ODKB marks its 22nd anniversary.', '2024-10-07'],
    ['the Charter named without its body', 'Today marks the 20th anniversary of the Charter.', '2022-10-07'],
    [
      'the Treaty, which the registry files under the Organization',
      'Today marks the 31st anniversary of the Collective Security Treaty.',
      '2023-05-15',
    ],
    [
      "another body's charter is that body's act",
      'Today marks the 78th anniversary of the UN Charter.',
      '2023-10-24',
    ],
  ])('%s', (_, passage, start) => {
    const { record } = readPassageDate(passage);
    expect([record.start, record.certainty]).toEqual([start, 'inferred']);
  });

  it('types and dates a news item on the Forces named by their other abbreviation', () => {
    const [event] = buildFromTexts({
      'page.txt': '05.02.2031\n\nThe CORF marks its 22nd anniversary: the servicemen were awarded in Minsk.',
    }).events;
    expect(event).toMatchObject({ type: 'anniversary', organizations: ['CSTO-CRRF', 'CSTO'] });
    expect(event!.date).toMatchObject({ start: '2031-02-04', certainty: 'inferred' });
  });
});

describe('"N years ago, on <date>"', () => {
  it.each([
    [
      'without a dateline: the day the passage was written, counted from the date it recalls',
      'Fifteen years ago, on 3 June 2007, the heads of state decided to set up the Liaison Bureau.',
      {},
      ['2022-06-03', 'inferred'],
    ],
    [
      'figures as well as words',
      '30 years ago, on October 12, 1994, the agreement was concluded in Almaty.',
      {},
      ['2024-10-12', 'inferred'],
    ],
    [
      'under a dateline: the dateline',
      'Fifteen years ago, on 3 June 2007, the heads of state decided to set up the Liaison Bureau.',
      { dateline: dateline(2022, 6, 3) },
      ['2022-06-03', 'explicit'],
    ],
    [
      'a date the passage reports wins over the counted one',
      'Ten years ago, on 2 March 2014, the centre was opened. On 4 March 2024 the staff held a ceremony.',
      {},
      ['2024-03-04', 'explicit'],
    ],
  ])('%s', (_, passage, ctx, [start, certainty]) => {
    const { record } = readPassageDate(passage, ctx);
    expect([record.start, record.certainty]).toEqual([start, certainty]);
  });

  it('is an anniversary', () => {
    const lead = 'Twenty years ago, on 9 April 2004, the Council decided to create the Liaison Bureau.';
    expect(classifyType(lead, lead, true)).toBe('anniversary');
  });
});

describe('an anniversary item on a page without datelines', () => {
  it('is dated, titled and typed as the anniversary', () => {
    const [event] = buildFromTexts({
      'page.txt': 'Today, the Collective Security Treaty Organization marks its 19th anniversary.\n',
    }).events;
    expect(event).toMatchObject({
      type: 'anniversary',
      title: 'The Collective Security Treaty Organization marks its 19th anniversary',
      date: { start: '2021-10-07', precision: 'day', certainty: 'inferred' },
    });
  });
});

it('a headline anniversary over a lead that recalls the founding day is the anniversary', () => {
  const { events } = buildFromTexts({
    'page.txt': [
      'The CSTO Joint Staff is 19 years old',
      '',
      'The CSTO Joint Staff is 19 years old 28.04.2031',
      '',
      'On April 28, 2012, in Dushanbe, the Collective Security Council decided to create a permanent working body, the CSTO Joint Staff.',
    ].join('\n'),
  });
  expect(events.map((e) => [e.type, e.date.start])).toEqual([['anniversary', '2031-04-28']]);
});
