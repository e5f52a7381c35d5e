// A dateline line inside a block of lines (no blank line around it) heads the next item whether or not it
// writes the year: "15 May. 16:50" and "MOSCOW, 3 March –" split a block as "Minsk, 3 March 2031" does.
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../../src/dataset/paragraphs.ts';
import { buildFromTexts } from './build.ts';

const paragraphs = (text: string) => splitParagraphs(text).map((p) => p.text);

describe('a dateline line inside a block', () => {
  it.each([
    ['a dated dateline', 'Osh, 2 May 2031', ['Osh, 2 May 2031', 'Border guards met.']],
    ['a day and month beside the time', '2 May. 10:15', ['2 May. 10:15', 'Border guards met.']],
    ['a day and month beside the weekday', 'Friday, May 2', ['Friday, May 2', 'Border guards met.']],
    ["an agency's city in capitals", 'TASHKENT, 2 May', ['TASHKENT, 2 May', 'Border guards met.']],
    ['a dash before the report', 'TASHKENT, 2 May –', ['TASHKENT, 2 May –', 'Border guards met.']],
    ['a dated dateline with a dash', 'Osh, 2 May 2031 –', ['Osh, 2 May 2031 –', 'Border guards met.']],
  ])('is a paragraph of its own: %s', (_, dateline, [first, second]) => {
    expect(paragraphs(`Guards trained.\n${dateline}\nBorder guards met.`)).toEqual([
      'Guards trained.',
      first,
      second,
    ]);
  });

  it.each([
    ['a bare day and month', 'on 2 May'],
    ['a date inside a wrapped sentence', 'The guards met on 2 May 2031 in Osh.'],
    ['a place and a day and month, written as a title', 'Osh, 2 May'],
  ])('is no dateline line: %s', (_, line) => {
    expect(paragraphs(`Guards trained.\n${line}\nBorder guards met.`)).toHaveLength(1);
  });
});

describe('a page of items under year-less datelines, without blank lines', () => {
  it('gives one event per dateline, each lead read alone', () => {
    const { events } = buildFromTexts({
      'page.txt': [
        'Osh, 2 May 2031',
        'Border guards of the CSTO member states met in Osh.',
        '3 May. 09:40',
        'Staff officers of the CSTO Joint Staff visited Bishkek.',
        'ASTANA, 4 May –',
        'The CSTO Secretary General met the Kazakh foreign minister.',
      ].join('\n'),
    });
    expect(events.map((e) => [e.title, e.date.start]).sort()).toEqual([
      ['Border guards of the CSTO member states met in Osh', '2031-05-02'],
      ['Staff officers of the CSTO Joint Staff visited Bishkek', null],
      ['The CSTO Secretary General met the Kazakh foreign minister', null],
    ]);
  });
});
