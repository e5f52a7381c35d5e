import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/dataset/pipeline.ts';
import type { RawFile } from '../../../src/dataset/read.ts';
import { filesUnder, SEEDS } from './build.ts';

const file = (name: string, text: string): RawFile => ({ file: name, bytes: new TextEncoder().encode(text) });
const idsOf = (files: RawFile[]) => buildDataset(files).dataset.events.map((e) => e.id);

const TRAINING =
  'On 12 October 2023, in Minsk, units of the CSTO Collective Rapid Reaction Forces held a joint training on the protection of critical infrastructure. The training was attended by observers from the CSTO Secretariat.';
const MEETING =
  'On 3 September 2024, the CSTO Secretary General Imangali Tasmagambetov met the Minister of Foreign Affairs of Kyrgyzstan in Bishkek to discuss the preparation of the session of the Collective Security Council.';
const A = [file('a/001.txt', `${TRAINING}\n\n\n${MEETING}`)];

describe('ids', () => {
  it.each([
    [
      'a day',
      'On 3 September 2024, the CSTO Secretariat held a briefing in Moscow.',
      /^2024-09-03-[a-z0-9-]+$/,
    ],
    [
      'a month',
      'In October 2016, the CSTO adopted its Collective Security Strategy.',
      /^2016-10-(?!\d)[a-z0-9-]+$/,
    ],
    [
      'a year',
      'In 2017, the CSTO Secretariat and the UN signed a joint statement.',
      /^2017-(?!\d)[a-z0-9-]+$/,
    ],
    ['no date', 'The CSTO Secretariat held a briefing.', /^undated-[a-z0-9-]+$/],
  ])('the date part follows the precision: %s', (_name, text, shape) => {
    expect(idsOf([file('x.txt', text)])).toEqual([expect.stringMatching(shape)]);
  });

  it('names the event by its main clause, not by its leading date and place', () => {
    expect(idsOf([file('x.txt', MEETING)])[0]).toMatch(
      /^2024-09-03-csto-secretary-general-imangali-tasmagambetov-met-minister-foreign-[a-z0-9]{4}$/,
    );
  });

  it.each([
    ['an unrelated document', `On 5 May 2022, the CSTO Parliamentary Assembly met in Saint Petersburg.`],
    [
      'a variant dated by its dateline',
      `12.10.2023\n\n${TRAINING.replace('On 12 October 2023, in Minsk, units', 'Units')}`,
    ],
    ['a variant with a glued dateline', `Minsk, 12.10.2023. ${TRAINING}`],
    ['a variant under a headline and a dateline', `Joint training in Minsk\n\n12.10.2023\n\n${TRAINING}`],
    [
      'a variant with other whitespace and quotes',
      TRAINING.replaceAll(' ', '  ').replace('training', '“training”'),
    ],
    ['a variant with a word changed outside the main clause', TRAINING.replace('observers', 'experts')],
    ['a variant with a word changed in the main clause', MEETING.replace('discuss', 'review')],
    [
      'another event of the same date and opening',
      'On 12 October 2023, in Minsk, units of the CSTO Collective Rapid Reaction Forces held a joint training on countering drones.',
    ],
  ])('adding %s changes no existing id', (_name, text) => {
    const before = idsOf(A);
    const after = idsOf([...A, file('b/002.txt', text), file('0/000.txt', text)]);
    expect(after).toEqual(expect.arrayContaining(before));
    expect(new Set(after).size).toBe(after.length);
  });

  it('are unique and URL-safe, and adding documents changes no seed id', () => {
    const seeds = filesUnder(SEEDS);
    const before = idsOf(seeds);
    const after = idsOf([
      ...seeds,
      file('zzz.txt', `${TRAINING}\n\n\n${MEETING}`),
      { ...seeds[1]!, file: '000_aaa.txt' },
    ]);
    expect(after).toEqual(expect.arrayContaining(before));
    expect(new Set(after).size).toBe(after.length);
    for (const id of after) expect(id).toMatch(/^[a-z0-9-]+$/);
  });
});
