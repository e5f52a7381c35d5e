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
      'a bare event noun is no title: the clause says more',
      'In an exclusive commentary to Lirsk.Info on 5 May 2031, the Secretary General spoke about the progress of the negotiations.',
      'In an exclusive commentary to Lirsk.Info, the Secretary General spoke about the progress…',
    ],
    [
      "a quotation's opening mark before the date",
      '"On 4 December 2031, ahead of a session of the Assembly, its chairman met the heads of delegations in Lirsk.',
      'Ahead of a session of the Assembly, its chairman met the heads of delegations in Lirsk',
    ],
    [
      'the date and its preposition inside a quotation',
      '"Between September 26 and 30, 2031, troops of the Alliance will be regrouping toward Lirsk," he said.',
      'Troops of the Alliance will be regrouping toward Lirsk',
    ],
    [
      'the agency citing its source',
      'TASS, citing the Ministry of Defence, reports that a drill of the Alliance forces is being conducted in Lirsk from September 26 to October 7, 2031.',
      'A drill of the Alliance forces is being conducted in Lirsk',
    ],
    [
      'the agency that reports it',
      'The staff meeting took place in the CSTO Crisis Response Center on 3 June 2020 as a videoconference, BelTA reports.',
      'The staff meeting took place in the CSTO Crisis Response Center as a videoconference',
    ],
    [
      'the source it was learnt from',
      'The Council will meet in Moscow on 15 May 2012, BelTA learnt from CSTO spokesman Ivan Petrov.',
      'The Council will meet in Moscow',
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
      'a long clause: a role written before the name goes, the name stays',
      'On 3 May 2024, the CSTO Deputy Secretary General Ivan Petrov took part in a seminar on the prevention of conflicts in the region of Central Asia in Vienna.',
      'Ivan Petrov took part in a seminar on the prevention of conflicts in the region of Central Asia',
    ],
    [
      'a long clause: the usual abbreviations of other bodies, without an article before an acronym said as a word',
      'On 3 May 2024, the CSTO Secretariat held consultations with representatives of the Eurasian Economic Commission and the North Atlantic Treaty Organization on cyber threats.',
      'The CSTO Secretariat held consultations with representatives of the EEC and NATO on cyber threats',
    ],
    [
      'a long clause: participants inside the subject go, the predicate stays',
      'On 3 May 2024, the command-staff exercise "Frontier-2024" with the units of the border services of the CSTO member states and observers from partner countries was completed near Osh.',
      'The command-staff exercise "Frontier-2024" was completed near Osh',
    ],
    [
      'a long clause: names in apposition to a role go, a list of them too',
      'On 3 May 2024, the Secretaries General of the three organizations, Ivan Petrov, Pavel Sidorov and Oleg Ivanov, signed a joint statement on cooperation in countering terrorism in Minsk.',
      'The Secretaries General of the three organizations signed a joint statement on cooperation…',
    ],
    [
      'a long clause: an aside between dashes goes',
      'On 3 May 2024, the joint staff training of the CSTO Collective Rapid Reaction Forces – the first since the reform of the command structure – was held at the Gorny training ground.',
      'The joint staff training of the CSTO CRRF was held at the Gorny training ground',
    ],
    [
      'a long clause: whole phrases at the end go until it fits',
      'On 3 May 2024, representatives of the CSTO Secretariat took part in a round table on terrorism financing at the Diplomatic Academy of the Ministry of Foreign Affairs of the Russian Federation in Moscow.',
      'Representatives of the CSTO Secretariat took part in a round table on terrorism financing',
    ],
    [
      'a long clause: its topic after "on" stays, cut rather than dropped, and no cut ends on a bare "of"',
      'On 3 May 2024, representatives of the CSTO Secretariat took part in a round table on countering the financing of terrorism at the Diplomatic Academy of the Ministry of Foreign Affairs.',
      'Representatives of the CSTO Secretariat took part in a round table on countering the financing…',
    ],
    [
      'a long clause: never cut inside quotation marks, nor shorter than a plain clause',
      'On 3 May 2024, the CSTO Secretariat hosted a briefing on “Cooperation with the regional organizations in the sphere of information security and countering cyber crime” in Minsk.',
      'The CSTO Secretariat hosted a briefing on “Cooperation with the regional organizations…',
    ],
    [
      'a long clause: never without its predicate',
      'On 3 May 2024, the Statute of the Interstate Training Centre for the training of specialists in the field of countering terrorism of the CSTO member states was approved by the Council.',
      'The Statute of the Interstate Training Centre for the training of specialists in the field…',
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
