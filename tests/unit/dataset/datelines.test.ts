import { describe, expect, it } from 'vitest';
import {
  isUndatedDateline,
  readGluedDateline,
  readStandaloneDateline,
  readWireOpening,
} from '../../../src/dataset/datelines.ts';

describe('datelines', () => {
  it.each([
    ['31.03.2023', '2023-03-31', undefined],
    ['Minsk, 31.03.2023.', '2023-03-31', 'Minsk'],
    ['31.03.2023 Minsk', '2023-03-31', 'Minsk'],
    ['Yerevan, 23 November 2022', '2022-11-23', 'Yerevan'],
    ['November 23, 2022', '2022-11-23', undefined],
    ['Nur-Sultan, 5 Sep 2021', '2021-09-05', 'Nur-Sultan'],
    ['Posted: 10.02.2031 17:26:00', '2031-02-10', undefined],
    ['Published: 16.09.2031', '2031-09-16', undefined],
    ['Updated: 16.09.2031 17:51', '2031-09-16', undefined],
    ['16.09.2031 17:51', '2031-09-16', undefined],
    ['Saturday, 16 September 2031 17:51', '2031-09-16', undefined],
    ['Wednesday, 15 May 2031', '2031-05-15', undefined],
    ['Monday, 4 July, 2031 - 17:00', '2031-07-04', undefined],
    ['• 24 November, 2031', '2031-11-24', undefined],
    ['16:14, 24 May 2031', '2031-05-24', undefined],
    ['12 April 2031, 21:25', '2031-04-12', undefined],
    ['Minsk, 31.03.2031 09:30', '2031-03-31', 'Minsk'],
    ['TASHKENT, 2 May 2031 –', '2031-05-02', 'TASHKENT'],
    ['31.03.2031 —', '2031-03-31', undefined],
    ['16:29, 14 May 2031 | GMT +6', '2031-05-14', undefined],
    ['16:29, 14 May 2031 (GMT +6)', '2031-05-14', undefined],
    ['16:29, 14 May 2031 GMT+6', '2031-05-14', undefined],
    // A slashed timestamp whose first number cannot be a month, or whose second cannot: no ambiguity
    ['04/16/2031 15:57:33', '2031-04-16', undefined],
    ['16/04/2031 15:57:33', '2031-04-16', undefined],
  ])('a line that is only a dateline: %s', (line, iso, place) => {
    const found = readStandaloneDateline(line)!.dateline;
    const { year, month, day } = found.date;
    expect(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`).toBe(iso);
    expect(found.place).toBe(place);
  });

  it.each([
    'On 31.03.2023 the CSTO met.',
    '31.02.2023',
    'The meeting was held in Minsk, 31.03.2023.',
    'Collective Security Council',
    'Posted: the Council met on 10.02.2031.',
    'Saturday, the envoys met on 16 September 2031',
    'The talks began on 16 September 2031 at 17:51',
  ])('not a dateline: %s', (line) => {
    expect(readStandaloneDateline(line)).toBeNull();
    expect(isUndatedDateline(line)).toBe(false);
  });

  it.each([
    ['a day and month beside the time', '15 May. 16:50'],
    ['with the time zone', '8 May. 17:50 (UTC+3 MSK)'],
    ['the time first', '17:34, 15 November'],
    ['beside the weekday', 'Friday, May 15'],
    // 05/08 may be 5 August or May 8: pages print such timestamps month first as often as day first
    ['a slashed timestamp', '05/08/2031 08:00:00'],
    ["after an agency's city in capitals", 'TASHKENT, 2 May'],
    ['before a dash: the report follows on the next line', 'Tashkent, 2 May –'],
  ])('a dateline that dates nothing: %s', (_, line) => {
    expect(isUndatedDateline(line)).toBe(true);
    expect(readStandaloneDateline(line)).toBeNull();
  });

  it.each(['15 May', 'May 15', '15 May 2031', 'Tashkent, 2 May'])(
    'a bare day and month, or a full date, is no undated dateline: %s',
    (line) => {
      expect(isUndatedDateline(line)).toBe(false);
    },
  );

  it.each([
    ['Minsk, 31.03.2023. The CSTO Secretary General arrived.', 'Minsk, 31.03.2023. '],
    ['31.03.2023 – The CSTO Secretary General arrived.', '31.03.2023 – '],
    ['14.02.2019The winter session of the Council closed.', '14.02.2019'],
    ['09.10.2021On October 12, the envoys will meet.', '09.10.2021'],
  ])('a dateline glued before the lead: %s', (paragraph, prefix) => {
    expect(readGluedDateline(paragraph)?.length).toBe(prefix.length);
  });

  it('does not take a written date that opens a sentence for a glued dateline', () => {
    expect(readGluedDateline('23 November 2022. The session was held.')).toBeNull();
  });
});

describe("a news agency's dateline opening a report", () => {
  it.each([
    [
      'the agency after the date, then a dash',
      'TASHKENT, April 9, 2031, UzA — Border guards met.',
      'TASHKENT',
      10,
    ],
    ['the agency in brackets after the day', 'GOMEL, 4 June (BelTA) – Border guards met.', 'GOMEL', 7],
    ['a city of two words', 'NIZHNY NOVGOROD, 2 May (Volga) – Border guards met.', 'NIZHNY NOVGOROD', 17],
    ['a hyphenated city', 'NUR-SULTAN, March 5, KAZINFORM: Border guards met.', 'NUR-SULTAN', 12],
    ['the agency in capitals, closed by a full stop', 'OSH, JULY 3, KABAR. Border guards met.', 'OSH', 5],
  ])('%s', (_, text, city, dateAt) => {
    const opening = readWireOpening(text)!;
    expect(opening).toMatchObject({ city, dateAt, isWhole: false });
    expect(text.slice(opening.length)).toBe('Border guards met.');
  });

  it('with the agency in brackets right after the city, has no date', () => {
    const opening = readWireOpening('TASHKENT (UzA): Border guards met.')!;
    expect(opening.dateAt).toBeUndefined();
    expect(opening.length).toBe('TASHKENT (UzA): '.length);
  });

  it('is the whole sentence when the agency stands between slashes', () => {
    expect(readWireOpening('SAMARA, October 9. /Volga/.')).toMatchObject({ city: 'SAMARA', isWhole: true });
    expect(readWireOpening('SAMARA, October 9. /Volga/. Border guards met.')?.isWhole).toBe(false);
  });

  it.each([
    ['a sentence opening with an abbreviation', 'CSTO experts met on 4 March 2031.'],
    ['a city not in capitals', 'Minsk, 3 June – Border guards met.'],
    ['capitals without a comma or an agency', 'NATO AND CSTO experts met.'],
  ])('not one: %s', (_, text) => {
    const opening = readWireOpening(text);
    expect(opening?.dateAt).toBeUndefined();
    expect(opening?.length).toBeUndefined();
  });
});
