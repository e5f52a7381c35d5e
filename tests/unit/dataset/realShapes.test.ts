// Shapes met on the organisation's real pages, in invented words: observances, plan years, the type
// from the predicate rather than a body's name, and the certainty of a year read from the dateline.
import { describe, expect, it } from 'vitest';
import { classifyType } from '../../../src/dataset/classify.ts';
import { readPassageDate } from '../../../src/dataset/dates/index.ts';
import { buildFromTexts, dateline } from './build.ts';

describe('observances', () => {
  it.each([
    [
      'a Day of ... is dated in the dateline year, not the recalled founding year',
      '17 March is the Day of Formation of the Liaison Bureau. We recall that on 17 March 2006 the Council decided to create it.',
      dateline(2021, 3, 17),
      ['2021-03-17', 'explicit'],
    ],
    [
      'an observance before its day, in the dateline year, inferred',
      '17 March is the Day of Formation of the Liaison Bureau.',
      dateline(2021, 3, 15),
      ['2021-03-17', 'inferred'],
    ],
    [
      'without a dateline the observance stays undated (the recalled year is history)',
      '17 March is the Day of Formation of the Liaison Bureau. We recall that on 17 March 2006 the Council decided to create it.',
      undefined,
      [null, 'unknown'],
    ],
    [
      'an anniversary of an unknown founding takes the dateline year',
      '9 June marks the 11th anniversary of the Liaison Bureau.',
      dateline(2017, 6, 2),
      ['2017-06-09', 'inferred'],
    ],
  ])('%s', (_, passage, ctx, [start, certainty]) => {
    const { record } = readPassageDate(passage, ctx ? { dateline: ctx } : {});
    expect([record.start, record.certainty]).toEqual([start, certainty]);
  });

  it.each([
    ['17 March is the Day of Formation of the Liaison Bureau.', ''],
    ['The Council recalled its founding act.', 'The Liaison Bureau is 15 years old'],
    ['11 November marks the 9th anniversary of the Liaison Bureau.', ''],
  ])('an observance is an anniversary: %s', (lead, headline) => {
    expect(classifyType(lead, lead, true, headline)).toBe('anniversary');
  });
});

describe('a year that belongs to a plan', () => {
  it.each([
    'On 4 and 5 March, the Staff held talks on the organisation of joint exercises in 2031.',
    'From 4 to 5 March, the Staff held talks on joint drills, which in 2031 will take the form of a manoeuvre.',
    'On 13 June the Council discussed the plan for training command units, forces, and assets of the collective security system in 2031.',
  ])('is neither the date nor the year of the event: %s', (passage) => {
    const { record } = readPassageDate(passage);
    expect(record.precision).toBe('unknown');
  });

  it('does not lend its year to the item', () => {
    const { events } = buildFromTexts({
      'plan.txt':
        'On 4 and 5 March, the Staff held consultations on the plan of joint exercises in 2031 for the allied forces.',
    });
    expect(events[0]!.date.start).toBeNull();
  });
});

describe('the type comes from the predicate, not a body name or a format', () => {
  it.each<[string, string]>([
    ['The envoy met a delegation of the Observer Group of the Union.', 'meeting'],
    ['The envoy held talks with the head of the UN Assistance Mission in the region.', 'meeting'],
    ['The 12th meeting of the Working Group on the Border was held.', 'meeting'],
    ['The Staff hosted consultations on joint training activities for the next year.', 'consultations'],
    ['The ministers will meet in a video conference mode on 3 May.', 'meeting'],
    ['During a meeting with the rector, the Secretariat and the institute signed a memorandum.', 'signing'],
    ['In line with the decision of the summit, the team arrived in the capital.', 'mission'],
  ])('%s → %s', (clause, type) => {
    expect(classifyType(clause, clause, true)).toBe(type);
  });
});

describe('certainty of a year read from the item dateline (CONTRACT §2)', () => {
  it.each([
    [
      'the dateline is that very day: explicit',
      'On July 9, the ministers met.',
      dateline(2022, 7, 9),
      'explicit',
    ],
    [
      'another day: the year is assumed, inferred',
      'On July 7, the ministers met.',
      dateline(2022, 7, 9),
      'inferred',
    ],
    [
      'a range that ends on the dateline: inferred',
      'On July 7-9, the ministers met.',
      dateline(2022, 7, 9),
      'inferred',
    ],
  ])('%s', (_, passage, ctx, certainty) => {
    expect(readPassageDate(passage, { dateline: ctx }).record.certainty).toBe(certainty);
  });
});

it('a dateline glued onto the lead dates the item', () => {
  const { events } = buildFromTexts({
    'glued.txt': '14.02.2019The winter session of the Council closed in the capital.',
  });
  expect(events[0]!.text.startsWith('The winter session')).toBe(true);
});

it('a paragraph reporting on an earlier dated meeting continues its item', () => {
  const { events } = buildFromTexts({
    'lines.txt': [
      'On 12 March 2023, the Secretary General of the Forum met with the Director of the Bureau at the Secretariat and discussed regional security issues of interest to both organizations in detail.',
      'The Secretary General informed the Director of the results of the meeting of the heads of state on 10 March 2023, held in the capital of the chairing state.',
    ].join('\n'),
  });
  expect(events.map((e) => e.date.start)).toEqual(['2023-03-12']);
});
