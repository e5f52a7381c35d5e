// Shapes met on a second set of real pages (kept out of the repository), rebuilt from invented text:
// countries named in a news item's later paragraphs, spaced slash datelines, body abbreviations,
// officers with abbreviated ranks, roles after another person, possessive dates in titles.
import { describe, expect, it } from 'vitest';
import { classifyType } from '../../../src/dataset/classify.ts';
import { readStandaloneDateline } from '../../../src/dataset/datelines.ts';
import { findMentions, findPeople } from '../../../src/dataset/entities/index.ts';
import { buildFromTexts } from './build.ts';

describe("a news item's later paragraphs", () => {
  const page = [
    'Envoys meet in Lirsk',
    '',
    '12.03.2021',
    '',
    'The CSTO Council of Envoys met in Lirsk today.',
    '',
    'The ministers of Belarus and Tajikistan attended the meeting, held near Baranovichi.',
    '',
    'The CSTO comprises Armenia, Kazakhstan and Russia. It was founded long ago.',
  ].join('\n');
  const event = buildFromTexts({ 'later.txt': page }).events[0]!;

  it('name participating countries and places', () => {
    expect(event.countries).toEqual(expect.arrayContaining(['BY', 'TJ']));
    expect(event.places).toContain('Baranovichi');
  });

  it('but a sentence restating the membership does not', () => {
    expect(event.countries).not.toContain('AM');
    expect(event.countries).not.toContain('KZ');
  });
});

it('a date with spaced slashes on a line of its own is a dateline', () => {
  expect(readStandaloneDateline('04 / 09 / 2015')?.dateline.date).toEqual({ day: 4, month: 9, year: 2015 });
  expect(readStandaloneDateline('4 / 9')).toBeNull();
});

describe('bodies by their short and inverted names', () => {
  it.each([
    ['The CSTO PA Council met in Lirsk.', 'CSTO-PA'],
    ['The Security Councils Secretaries Committee session opened.', 'CSTO-CSSC'],
    [
      'The Coordination Council of the heads of competent authorities on countering illegal drug trafficking met.',
      'CSTO-CCDT',
    ],
  ])('%s', (text, id) => {
    expect(findMentions(text).organizations).toContain(id);
  });
});

describe('people', () => {
  it('an officer named after an abbreviated rank is kept', () => {
    expect(findPeople('The group was led by Lt. Gen. Boris Tallow.')).toEqual([
      { name: 'Boris Tallow', role: null },
    ]);
  });

  it("a role before the comma does not take in the previous person's name", () => {
    const people = findPeople(
      'Attending were the Envoy Ivo Marsh and the Head of the Joint Staff, Colonel-General Pavel Orr.',
    );
    expect(people.find((p) => p.name === 'Pavel Orr')?.role).toBe('Head of the Joint Staff');
  });
});

describe('titles', () => {
  it('keep a possessive date as part of the noun phrase', () => {
    const { events } = buildFromTexts({
      'poss.txt': "This year's drill of the Alliance will take place near Lirsk.",
    });
    expect(events[0]!.title.startsWith("This year's drill")).toBe(true);
  });

  it('drop a participle the date phrase leaves alone', () => {
    const { events } = buildFromTexts({
      'part.txt': 'Running from 3 to 6 May 2021, the drills of the Alliance trained peacekeepers.',
    });
    expect(events[0]!.title.startsWith('The drills')).toBe(true);
  });
});

it('a telephone conversation is a meeting, whatever decision it mentions', () => {
  const clause =
    'The Secretary General had a telephone conversation with the commander appointed by the decision of the Council.';
  expect(classifyType(clause, clause, true)).toBe('meeting');
});

it('the date of an act a clause invokes is cited, not the event’s', () => {
  const { events } = buildFromTexts({
    'act.txt': [
      'On 9 March 2020, the Envoy spoke by phone with the commander of the Alliance forces.',
      '',
      'They discussed the forces, sent in accordance with the Decision of the Council adopted on 6 March 2020.',
    ].join('\n'),
  });
  expect(events).toHaveLength(1);
  expect(events[0]!.date.start).toBe('2020-03-09');
});

it('the date of the Decision a body was created by is cited in an anniversary article', () => {
  const { events } = buildFromTexts({
    'anniversary.txt': [
      'The Alliance Rapid Forces: 10 years in one formation',
      '',
      'Today the Rapid Forces of the CSTO are 10 years old.',
      '',
      'Created in accordance with the Decision of the CSTO Collective Security Council of February 4, 2021, ' +
        'the Rapid Forces are an important component of the Organization and a tool for responding to threats.',
    ].join('\n'),
  });
  expect(events.map((e) => e.type)).toEqual(['anniversary']);
});
