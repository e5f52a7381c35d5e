import { describe, expect, it } from 'vitest';
import { nameMatcher } from '../../../src/dataset/entities/nameMatcher.ts';

describe('the gazetteer name matcher', () => {
  const match = nameMatcher(['Armenia', 'Republic of Armenia', 'Armenian', 'Osh', 'U.S.']);
  const names = (text: string) => match(text).map((m) => m.name);

  it.each([
    [
      'the longest name at a position wins',
      'the Republic of Armenia and Armenia',
      ['Republic of Armenia', 'Armenia'],
    ],
    ['an adjective is its own name', 'the Armenian side', ['Armenian']],
    ['names only at word edges', 'Oshkosh and Osh, not ArmeniaX', ['Osh']],
    ['a name ending in a full stop', 'the U.S. delegation', ['U.S.']],
    ['case-sensitive', 'armenia', []],
  ])('%s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('gives offsets into the text', () => {
    expect(match('in Osh.')).toEqual([{ start: 3, end: 6, name: 'Osh' }]);
  });
});
