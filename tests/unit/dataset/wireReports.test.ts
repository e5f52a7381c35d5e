// News agencies' reports of CSTO events open with the agency's dateline ("ASTANA, June 3, 2021, Kazinform
// —"): the day the report was filed, not the event's, and no part of the event's title.
import { describe, expect, it } from 'vitest';
import { readPassageDate } from '../../../src/dataset/dates/index.ts';
import { buildFromTexts } from './build.ts';

const eventOf = (text: string) => buildFromTexts({ 'report.txt': text }).events[0]!;

describe('a wire dateline', () => {
  it('gives the year of a year-less event date, inferred', () => {
    const { record } = readPassageDate(
      'ASTANA, June 3, 2021, Kazinform — Defence ministers of the CSTO member states met in Almaty on June 2 to discuss joint drills.',
    );
    expect(record).toMatchObject({ start: '2021-06-02', certainty: 'inferred' });
    expect(record.note).toMatch(/dateline June 3, 2021/);
  });

  it('dates the report when the passage names no other day', () => {
    const { record } = readPassageDate(
      'ASTANA, June 3, 2021, Kazinform — The CSTO Secretary General visited the training centre.',
    );
    expect(record).toMatchObject({ start: '2021-06-03', certainty: 'explicit' });
  });

  it('without a year leaves a year-less event undated', () => {
    const { record } = readPassageDate(
      'BISHKEK, October 2. /KABAR/. The contingents will arrive at the training ground until October 5, the spokesman said.',
    );
    expect(record).toMatchObject({ start: null, text: 'October 5' });
  });

  it('without a year leaves the report undated even when its later paragraphs recall years', () => {
    const report = [
      'MOSCOW, December 4. /TASS/. On December 4, the speakers of the parliaments of the CSTO member states met in Moscow to discuss the agenda of the session.',
      'The Assembly granted observer status to the parliament of Serbia in 2013. In November 2014, the Council decided to invite further observers.',
    ].join('\n\n');
    expect(eventOf(report).date).toMatchObject({ start: null, precision: 'unknown' });
  });

  it('is not a date in a sentence that only starts with capitals', () => {
    const { record } = readPassageDate('CSTO experts met on 4 March 2022 in Minsk.');
    expect(record.start).toBe('2022-03-04');
  });
});

describe('titles of agency reports', () => {
  it.each([
    [
      'ASTANA, June 3, 2021, Kazinform — Defence ministers of the CSTO member states met in Almaty on June 2.',
      'Defence ministers of the CSTO member states met in Almaty',
    ],
    [
      'OSH, 14 May (Kabar) – A seminar of border guards of the CSTO member states took place on 14 May.',
      'A seminar of border guards of the CSTO member states took place',
    ],
    [
      'MINSK (BelTA): Officers of the CSTO Joint Staff discussed the plan of joint drills with their hosts.',
      'Officers of the CSTO Joint Staff discussed the plan of joint drills with their hosts',
    ],
    [
      'BISHKEK, October 2. /KABAR/. Contingents of the CSTO member states began arriving at the training ground.',
      'Contingents of the CSTO member states began arriving at the training ground',
    ],
    [
      'YEREVAN, JUNE 6, ARMENPRESS. The speakers of the parliaments of the CSTO member states met in Yerevan.',
      'The speakers of the parliaments of the CSTO member states met in Yerevan',
    ],
    [
      'DUSHANBE, December 13, 2031, Asia-Plus  -- A joint anti-drug operation of the CSTO was carried out on December 12.',
      'A joint anti-drug operation of the CSTO was carried out',
    ],
    [
      'OSH. KAZINFORM - The CSTO Collective Rapid Reaction Forces began a drill in the Osh region, TASS reports.',
      'The CSTO Collective Rapid Reaction Forces began a drill in the Osh region',
    ],
    [
      'MINSK. May 14. KAZINFORM The CSTO Council of Defence Ministers will meet in Minsk on 15 May 2031.',
      'The CSTO Council of Defence Ministers will meet in Minsk',
    ],
  ])('%s', (text, title) => {
    expect(eventOf(text).title).toBe(title);
  });
});

describe("an agency's page", () => {
  it.each(['16:29, 14 May 2031 | GMT +6', '16:29, 14 May 2031 (GMT +6)', '16:29, 14 May 2031 GMT+6'])(
    'reads the year of a year-less report from the timestamp above its headline: %s',
    (timestamp) => {
      const page = [
        timestamp,
        'CSTO Council of Defence Ministers to meet in Minsk',
        'MINSK. May 14. KAZINFORM The defence ministers of the CSTO member states will discuss the plan of joint drills ' +
          'and the training of staff officers for the next year at a meeting in Minsk on 15 May, BelTA learnt.',
      ].join('\n');
      expect(eventOf(page)).toMatchObject({
        title: 'CSTO Council of Defence Ministers to meet in Minsk',
        date: { start: '2031-05-15', certainty: 'inferred' },
        status: 'planned',
      });
    },
  );
});
