import { describe, expect, it } from 'vitest';
import { fnv1a, wordHashes } from '../../../src/dataset/text.ts';

describe('word hashes for near-duplicate shingles', () => {
  it.each([
    ['an empty text', ''],
    ['one word', 'csto'],
    ['a normalised passage', 'on 16 february 2022 the csto secretariat signed'],
    ['a leading space', ' leading'],
    ['a trailing space', 'trailing '],
    ['two spaces in a row', 'double  space'],
    ['letters beyond ASCII', 'ünïcode wörds ёлка'],
  ])('hash each word as fnv1a does: %s', (_, text) => {
    expect(wordHashes(text)).toEqual(text.split(' ').map(fnv1a));
  });
});
