import { describe, expect, it } from 'vitest';
import { fnv1a, sentencesOf, wordHashes } from '../../../src/dataset/text.ts';

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

describe('sentences', () => {
  it.each([
    ['a rank pair before a name', 'Lt. Gen. Oleg Varin opened the drills. Talks followed.'],
    ['a rank pair inside a sentence', 'The guests were met by Maj. Gen. Oleg Varin. Talks followed.'],
    ['a colonel', 'Col. Oleg Varin arrived at the range. Talks followed.'],
    ['a general alone', 'The plan was approved by Gen. Oleg Varin. Talks followed.'],
    ['courtesy titles', 'Mr. Varin and Dr. Lena Orlik took part. Talks followed.'],
    ['a number sign', 'Protocol No. 7 was adopted. Talks followed.'],
    ['a saint in a place name', 'The envoys gathered in St. Petersburg. Talks followed.'],
    ['an initial', 'The minister, P. Orlik, spoke first. Talks followed.'],
    ['two initials', 'The minister, P.K. Orlik, spoke first. Talks followed.'],
    ['a two-letter initial of a Russian name', 'Ambassador Yu. Orlik spoke first. Talks followed.'],
  ])('does not end after an abbreviation: %s', (_, text) => {
    expect(sentencesOf(text)).toEqual([text.slice(0, -' Talks followed.'.length), 'Talks followed.']);
  });

  it.each([
    ['a full stop before a capital', 'The drills ended. Talks followed.', 2],
    ['a question mark', 'Who took part? The envoys did.', 2],
    ['a number after the stop', 'The drills ended. 300 troops took part.', 2],
    [
      'a word that ends in the letters of an abbreviation',
      'The sides signed the Protocol. Talks followed.',
      2,
    ],
    ['a longer word before the stop', 'The envoys met in Bishkek. Talks followed.', 2],
    ['a lower-case word after the stop', 'The drills ended on 5 May this year. in Osh the talks began.', 1],
    [
      'a full stop inside a quoted title',
      'They signed “Plan No. 2. Shared Skies” in Osh. Talks followed.',
      2,
    ],
  ])('%s', (_, text, count) => {
    expect(sentencesOf(text)).toHaveLength(count);
  });
});
