import { describe, expect, it } from 'vitest';
import { readGluedDateline, readStandaloneDateline } from '../../../src/dataset/datelines.ts';

describe('datelines', () => {
  it.each([
    ['31.03.2023', '2023-03-31', undefined],
    ['Minsk, 31.03.2023.', '2023-03-31', 'Minsk'],
    ['31.03.2023 Minsk', '2023-03-31', 'Minsk'],
    ['Yerevan, 23 November 2022', '2022-11-23', 'Yerevan'],
    ['November 23, 2022', '2022-11-23', undefined],
    ['Nur-Sultan, 5 Sep 2021', '2021-09-05', 'Nur-Sultan'],
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
  ])('not a dateline: %s', (line) => {
    expect(readStandaloneDateline(line)).toBeNull();
  });

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
