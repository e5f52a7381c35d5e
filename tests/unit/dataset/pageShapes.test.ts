// Page shapes met on the CSTO's own site that the seeds lack, each as a short made-up passage in the
// same shape: one item per line with no blank line between, headlines with their dateline glued after,
// a lead that ends in a media marker, download links, cited dates and lists of people with roles.
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/schema/dataset.ts';
import { findPeople } from '../../../src/dataset/entities/index.ts';
import { buildFromTexts } from './build.ts';

const LONG = 'of the member states of the Organization on questions of regional security and cooperation';

const onePerLine = [
  `On 19 March 2031, in Minsk, the CSTO Secretariat hosted consultations ${LONG} in the expert format.`,
  `From 4 to 6 March, the CSTO Joint Staff held staff talks on the preparation of a joint exercise ${LONG}.`,
  `Representatives of the defence ministries ${LONG} took part in the talks held at the Joint Staff.`,
  `On March 2, 2031, the CSTO Secretary General met with the Ambassador of the Republic of Tajikistan ${LONG}.`,
].join('\n');

const gluedHeadline = [
  'The CSTO Council of Defence Ministers met in a closed format',
  '',
  'The CSTO Council of Defence Ministers met in a closed format 14.10.2031',
  '',
  ' On October 14, this year, the Council of Defence Ministers held a regular meeting in Astana. (Video)',
  '',
  'The ministers discussed the plan of joint exercises for the next year.',
].join('\n');

const anniversary = [
  'The CSTO Crisis Response Centre is 10 years old 02.12.2031',
  '',
  '10 years ago, on December 2, 2021, the Collective Security Council decided to open the Crisis Response Centre.',
].join('\n');

const download = [
  'DECLARATION of the Ministers of Defence of the CSTO Member States on military cooperation',
  '',
  '22.05.2031 Download document 0a1b2c3d4e5f60718293a4b5c6d7e8f9.docx',
  '',
  'We, the member states of the CSTO, reaffirm our commitment to collective defence.',
].join('\n');

const cited = [
  'Pursuant to the decision of the Collective Security Council dated October 7, 2029, the competent authorities ' +
    'of the CSTO member states held an anti-drug operation in the period from 3 to 8 June 2031.',
].join('\n');

const dataset = buildFromTexts({
  'lines.txt': onePerLine,
  'glued.txt': gluedHeadline,
  'anniversary.txt': anniversary,
  'download.txt': download,
  'cited.txt': cited,
});

const eventWith = (phrase: string): TimelineEvent => {
  const found = dataset.events.filter((e) => e.text.includes(phrase));
  expect(found, phrase).toHaveLength(1);
  return found[0]!;
};

describe('a page with one item per line', () => {
  it('makes each dated line an event, and keeps a follow-up line with its item', () => {
    expect(dataset.events.filter((e) => e.sources[0]!.file === 'lines.txt')).toHaveLength(3);
    expect(eventWith('On 19 March 2031').date).toMatchObject({ start: '2031-03-19', certainty: 'explicit' });
    expect(eventWith('On March 2, 2031').date.start).toBe('2031-03-02');
    const talks = eventWith('From 4 to 6 March');
    expect(talks.text).toContain('Representatives of the defence ministries');
    // the year-less line takes its year from the dated line its days lie closest to, and says so
    expect(talks.date).toMatchObject({
      start: '2031-03-04',
      end: '2031-03-06',
      certainty: 'inferred',
      note: expect.stringContaining('"On March 2, 2031"'),
    });
  });
});

describe('a year-less item on a list page', () => {
  const item = (date: string, what: string) =>
    `${date}, the CSTO Secretariat hosted ${what} ${LONG} with the participation of the Joint Staff.`;
  const datesOf = (lines: string[]) =>
    buildFromTexts({ 'list.txt': lines.join('\n\n') }).events.map((e) => [e.date.start, e.date.certainty]);

  it('takes the year that puts it closest to the nearest dated item, across a new year', () => {
    expect(
      datesOf([
        item('On January 12, 2025', 'a seminar'),
        item('On 28 December', 'consultations'),
        item('On December 20, 2024', 'a round table'),
      ]),
    ).toEqual([
      ['2024-12-20', 'explicit'],
      ['2024-12-28', 'inferred'],
      ['2025-01-12', 'explicit'],
    ]);
  });

  it('takes the dated item on either side that its day lies closest to', () => {
    expect(
      datesOf([
        item('On February 14, 2024', 'a seminar'),
        item('On 7 February', 'consultations'),
        item('On September 25, 2019', 'a round table'),
      ]),
    ).toEqual([
      ['2019-09-25', 'explicit'],
      ['2024-02-07', 'inferred'],
      ['2024-02-14', 'explicit'],
    ]);
  });

  it('dates a day observed every year by the items around it, not by the year it recalls', () => {
    expect(
      datesOf([
        item('On May 13, 2031', 'a seminar'),
        '28 April is the Day of Establishment of the CSTO Joint Staff. We recall that on 28 April 2003 in ' +
          'Dushanbe the Collective Security Council decided to establish the Joint Staff of the Organization.',
        item('On April 25, 2031', 'consultations'),
      ]),
    ).toEqual([
      ['2031-04-25', 'explicit'],
      ['2031-04-28', 'inferred'],
      ['2031-05-13', 'explicit'],
    ]);
  });

  it('stays undated when its date is that of another fact it refers to', () => {
    const dates = datesOf([
      item('On November 13, 2031', 'a seminar'),
      'The staff of the CSTO Secretariat were saddened by the news of the victims of the clashes that took ' +
        'place on the border between the two states between 14 and 17 September. We condole with the families.',
      item('On November 22, 2031', 'consultations'),
    ]);
    expect(dates).toContainEqual([null, 'unknown']);
    expect(dates).not.toContainEqual(['2031-09-14', 'inferred']);
  });

  it('stays undated when only one other item is dated: that may be history recalled', () => {
    expect(
      datesOf([item('On 15 May', 'a meeting'), item('On May 15, 1992', 'the signing of the Treaty')]),
    ).toEqual([
      ['1992-05-15', 'explicit'],
      [null, 'unknown'],
    ]);
  });

  it('stays undated when its day lies months away from every dated item', () => {
    expect(
      datesOf([
        item('On 10 July', 'a seminar'),
        item('On December 20, 2024', 'a round table'),
        item('On December 11, 2024', 'consultations'),
      ]),
    ).toContainEqual([null, 'unknown']);
  });
});

describe('a headline with its dateline glued after it', () => {
  it('reads the date as the dateline, keeps the lead that ends in "(Video)", and cleans the title', () => {
    const e = eventWith('On October 14, this year');
    expect(e.date).toMatchObject({ start: '2031-10-14', end: '2031-10-14', certainty: 'inferred' });
    expect(e.title).toBe('The CSTO Council of Defence Ministers met in a closed format');
    expect(e.text).toContain('plan of joint exercises');
    expect(e.places).toContain('Astana');
  });

  it('dates an anniversary by its dateline, not by the recalled founding', () => {
    const e = eventWith('10 years ago');
    expect(e.date).toMatchObject({ start: '2031-12-02', certainty: 'explicit' });
  });
});

describe('noise and cited dates', () => {
  it('skips a download link and keeps the dateline it was glued to', () => {
    const e = eventWith('reaffirm our commitment');
    expect(e.date.start).toBe('2031-05-22');
    expect(e.title).toMatch(/^DECLARATION of the Ministers of Defence/);
    expect(dataset.skipped).toContainEqual(
      expect.objectContaining({ file: 'download.txt', reason: 'download-link' }),
    );
  });

  it('dates the reported operation, not the decision it cites', () => {
    expect(eventWith('anti-drug operation').date).toMatchObject({ start: '2031-06-03', end: '2031-06-08' });
  });
});

describe('people in lists', () => {
  it.each([
    [
      'attended by the President of the Republic of Armenia Ruben Arakelyan, the President of the Republic of Belarus Pavel Orlov, and others.',
      'Ruben Arakelyan',
      'President of the Republic of Armenia',
    ],
    [
      'with the participation of CSTO Deputy Secretary General Ivan Petrenko and the CSTO Deputy Secretary General Aibek Toktomushev.',
      'Aibek Toktomushev',
      'CSTO Deputy Secretary General',
    ],
    [
      'attended by Secretary General Ivan Petrenko and Chief of the CSTO Joint Staff Colonel General Oleg Smirnov.',
      'Oleg Smirnov',
      'Chief of the CSTO Joint Staff',
    ],
    [
      'The CSTO Secretary General I.N. Petrenko met with the Ambassador.',
      'I.N. Petrenko',
      'CSTO Secretary General',
    ],
  ])('%s', (text, name, role) => {
    expect(findPeople(text)).toContainEqual({ name, role });
  });

  it('does not take a body named after a field for a person', () => {
    const names = findPeople(
      'Oleg Lavrin, the President of the National Federation of Combined Martial Arts, and the Chairman of the State Duma Commission took part.',
    ).map((p) => p.name);
    expect(names).not.toContain('Combined Martial Arts');
    expect(names).not.toContain('Duma Commission');
  });
});

describe('datelines as other sites print them', () => {
  const lead = 'The CSTO envoys met in Lirsk today to discuss the security of the southern border.';
  const build = (text: string) => buildFromTexts({ 'page.txt': text }).events;

  it.each([
    ['a label and the time, above the headline', 'Posted: 10.02.2031 17:26:00\n\nThe envoys met in Lirsk'],
    ['the weekday and the time', 'The envoys met in Lirsk\n\nTuesday, 10 February 2031 17:51'],
    ['a bullet and a comma before the year', 'The envoys met in Lirsk\n\n• 10 February, 2031'],
  ])('date the item by %s', (_, head) => {
    const events = build(`${head}\n\n${lead}`);
    expect(events.map((e) => [e.title, e.date.start, e.date.certainty, e.text])).toEqual([
      ['The envoys met in Lirsk', '2031-02-10', 'explicit', lead],
    ]);
  });

  it('a page-header time without a year heads the item but dates nothing, and is not its title', () => {
    const events = build(`The envoys met in Lirsk\n\n15 May. 16:50 (UTC+3 MSK)\n\n${lead}`);
    expect(events.map((e) => [e.title, e.date.start, e.text])).toEqual([
      ['The envoys met in Lirsk', null, lead],
    ]);
  });
});

it('an announcement right above the dateline of the report that restates it is one event with it', () => {
  const events = buildFromTexts({
    'page.txt': [
      'The Council of Envoys will meet in Lirsk on May 26 to approve the plan of joint exercises.',
      '21.05.2031',
      'On May 26, 2031, the Council of Envoys met in Lirsk and approved the plan of joint exercises.',
    ].join('\n\n'),
  }).events;
  expect(events.map((e) => [e.date.start, e.date.certainty, e.status])).toEqual([
    ['2031-05-26', 'explicit', 'held'],
  ]);
});

describe('a title above the report it announces', () => {
  const seminar = `On 2 May 2031, the CSTO Secretariat hosted a seminar ${LONG} for young diplomats of the member states.`;

  it.each<[string, string[], [string, string, RegExp]]>([
    [
      "a teaser whose second sentence adds words the report lacks, over the report's dateline",
      [
        'The next meeting of the Council of Envoys will be held in Lirsk on May 26. Heads of the diplomatic ' +
          'departments will discuss prospects for the development of international and regional cooperation',
        '21.05.2031On May 26, 2031, under the chairmanship of the Lirsk envoy, a meeting of the Council of Envoys will be held in Lirsk.',
      ],
      ['2031-05-26', '2031-05-26', /^The next meeting of the Council of Envoys/],
    ],
    [
      'a line set as a title, whatever its words, over the dateline',
      [
        'On November 23, in Lirsk, the Council has discussed current problems of regional security and their impact',
        '24.11.2031On November 23 this year, in Lirsk, a session of the Council of the Alliance was held, chaired by the host.',
      ],
      ['2031-11-23', '2031-11-23', /^On November 23, in Lirsk, the Council has discussed/],
    ],
    [
      'a line set as a title right over the report, without a dateline',
      [
        'On November 23, in Lirsk, at a joint meeting of the Councils, statements on terrorism were adopted',
        'On November 23, 2031, Lirsk hosted a regular meeting of the Council of Foreign Ministers of the Alliance.',
      ],
      ['2031-11-23', '2031-11-23', /^On November 23, in Lirsk, at a joint meeting/],
    ],
    [
      'a dated title, whose days the report below does not name (they are the event’s)',
      [
        'A meeting of the Working Group on Military-Economic Cooperation under the Interstate Commission was held on 17-18 April 2031',
        '18.04.2031The meeting was held in Lirsk under the chairmanship of the Secretary of the Interstate Commission on Military-Economic Cooperation.',
      ],
      ['2031-04-17', '2031-04-18', /^A meeting of the Working Group/],
    ],
  ])('is one event with it: %s', (_, lines, [start, end, title]) => {
    const events = buildFromTexts({ 'page.txt': [seminar, ...lines].join('\n') }).events;
    expect(events.map((e) => [e.date.start, e.date.end, e.title])).toEqual(
      expect.arrayContaining([
        ['2031-05-02', '2031-05-02', expect.stringContaining('seminar')],
        [start, end, expect.stringMatching(title)],
      ]),
    );
    expect(events).toHaveLength(2);
  });
});

it("a paragraph naming the undated lead's event dates it and stays with it", () => {
  const events = buildFromTexts({
    'report.txt': [
      'Over 1.5 tons of drugs seized in a week',
      '',
      'A sub-regional anti-drug operation "Channel-Outpost" was conducted by the CSTO member states. The Alliance channel reports.',
      '',
      'The operation took place from 18 to 23 May 2031 on the territory of the CSTO member states.',
    ].join('\n'),
  }).events;
  expect(events.map((e) => [e.title, e.date.start, e.date.end])).toEqual([
    ['Over 1.5 tons of drugs seized in a week', '2031-05-18', '2031-05-23'],
  ]);
});

it('a paragraph after an undated lead that only cites an act’s date does not date it', () => {
  const events = buildFromTexts({
    'report.txt': [
      'LIRSK, September 30. /TASS/. The joint exercise of the CSTO peacekeeping forces is beginning in Lirsk on Wednesday.',
      '',
      'The drills are held in accordance with the decision of the CSTO Council of Defense Ministers and the Committee of CSTO Security Council Secretaries, adopted in December 2030.',
    ].join('\n'),
  }).events;
  expect(events.map((e) => e.date.start)).toEqual([null]);
});
