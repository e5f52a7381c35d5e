import { describe, expect, it } from 'vitest';
import { buildFromTexts } from './build.ts';

const titleOf = (text: string) => buildFromTexts({ 'page.txt': text }).events[0]!.title;

describe('titles without a headline', () => {
  it.each([
    [
      'leading date and place adverbials are stripped',
      'On February 16, 2022, in the headquarters of the Collective Security Treaty Organization (CSTO) in Moscow, the Joint Position of the SCO RATS and the CIS ATC was signed.',
      'The Joint Position of the SCO RATS and the CIS ATC was signed',
    ],
    [
      'a place name before a lower-case subject',
      'On 12 October 2023, in Minsk, units of the CSTO Collective Rapid Reaction Forces held a training.',
      'Units of the CSTO Collective Rapid Reaction Forces held a training',
    ],
    [
      'the dated act of an opening phrase is the event',
      'In the CSTO Collective Security Strategy for the period up to 2025 adopted in October 2016, member states agreed to develop joint measures.',
      'CSTO Collective Security Strategy for the period up to 2025 adopted',
    ],
    [
      'a list opener',
      'Among them - holding in Moscow in 2018 of an international conference on countering terrorism.',
      'Holding in Moscow of an international conference on countering terrorism',
    ],
    [
      'a dangling preposition left by the date',
      '10.09.2023\n\nA meeting of the CSTO Council of Foreign Ministers is scheduled for 22 November 2023.',
      'A meeting of the CSTO Council of Foreign Ministers is scheduled',
    ],
    [
      'quotes and casing kept',
      'On 16 May 2024, the CSTO Secretariat hosted a round table on “Cooperation in the Information Sphere”.',
      'The CSTO Secretariat hosted a round table on “Cooperation in the Information Sphere”',
    ],
    [
      'a long clause: the usual abbreviation and no name in apposition to the role',
      'On 3 September 2024, the Chief of the Joint Staff of the Collective Security Treaty Organization, Colonel-General Ivan Petrov, gave a briefing for the military attachés.',
      'The Chief of the Joint Staff of the CSTO gave a briefing for the military attachés',
    ],
    [
      'a long clause: no role in apposition to the name, no aside in parentheses',
      'On 3 May 2024, Ivan Petrov, Head of the Department for Countering Challenges and Threats of the CSTO Secretariat, took part in a seminar (side event) of the OSCE in Vienna.',
      'Ivan Petrov took part in a seminar of the OSCE in Vienna',
    ],
    [
      'a long clause: who chaired it goes, the predicate after it stays',
      'On 4 May 2024, a meeting of the heads of the security services of the CSTO member states under the chairmanship of the Director of the National Security Committee of Kazakhstan opened in Astana.',
      'A meeting of the heads of the security services of the CSTO member states opened in Astana',
    ],
    [
      'a long clause: circumstances after the predicate go',
      'On 4 May 2024, the annual meeting of the heads of the border services of the CSTO member states was held in Astana with the participation of the CSTO Deputy Secretary General and experts.',
      'The annual meeting of the heads of the border services of the CSTO member states was held in Astana',
    ],
    [
      'a clause too long even so is cut at a word, with an ellipsis',
      'On 3 September 2024, the heads of the training centres of the ministries of emergency situations of the CSTO member states discussed the curricula of joint courses on rescue operations.',
      'The heads of the training centres of the ministries of emergency situations of the CSTO member…',
    ],
  ])('%s', (_name, text, title) => {
    expect(titleOf(text)).toBe(title);
  });

  it('keeps the headline when there is one', () => {
    expect(
      titleOf('Round table in Moscow\n\nOn 16 May 2024, the CSTO Secretariat hosted a round table.'),
    ).toBe('Round table in Moscow');
  });
});
