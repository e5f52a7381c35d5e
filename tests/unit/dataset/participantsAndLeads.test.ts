// Shapes met on a third set of real pages (kept out of the repository), rebuilt from invented text: bodies
// a news item's later paragraphs name as taking part, and leads that lost their final full stop.
import { describe, expect, it } from 'vitest';
import { readParagraph } from '../../../src/dataset/units.ts';
import { buildFromTexts } from './build.ts';

describe("bodies named in a news item's later paragraphs", () => {
  const organizationsWith = (later: string) =>
    buildFromTexts({
      'later.txt': ['12.03.2031', '', 'The CSTO Council of Envoys met in Lirsk today.', '', later].join('\n'),
    }).events[0]!.organizations;

  it.each([
    [
      'The session followed the NATO summit in Vilnius. The operation involved the police of the member states, as well as observers from Interpol, CARICC and the EAG.',
      ['INTERPOL', 'CARICC', 'EAG'],
      ['NATO'],
    ],
    [
      'Representatives of the UN, the OSCE and the SCO attended the meeting. Envoys of the EU did not take part.',
      ['UN', 'OSCE', 'SCO'],
      ['EU'],
    ],
    [
      'Participants: delegations of the CIS ATC and the SCO RATS. The envoys discussed the work of the EU mission.',
      ['CIS-ATC', 'CIS', 'SCO-RATS', 'SCO'],
      ['EU'],
    ],
    ['The envoys reviewed the NATO report. Envoys of the EAEU took part as observers.', ['EAEU'], ['NATO']],
  ])(
    'count where a sentence says they took part, not in background: %s',
    (later, participants, background) => {
      const found = organizationsWith(later);
      expect(found).toEqual(expect.arrayContaining(participants));
      for (const body of background) expect(found).not.toContain(body);
    },
  );
});

describe('a long first line without a final full stop', () => {
  // Each lead beside a headline of its length that stays one.
  it.each([
    [
      'chaining clauses',
      'The CSTO Secretary General received the Ambassador of Mongolia in Lirsk, the parties discussed cooperation between the Organization and Mongolia, joint events, and the situation in Central Asia',
      'The CSTO mission headed by the Secretary General arrived in the Republic of Armenia to study the situation, including on the border, and prepare proposals for additional joint measures',
    ],
    [
      'dating its event inside',
      'The Deputy Secretary General of the CSTO took part in the round table on information security held on 14 May 2031 at the Diplomatic Academy in the city of Lirsk',
      'Speech of the CSTO Secretary General at the international round table on regional security and cooperation in Eurasia held in the city of Lirsk, October 7, 2030',
    ],
    [
      'saying "today"',
      'The Chief of the CSTO Joint Staff Colonel General Pavel Orr has today given a briefing for journalists on the preparation of the joint exercises of the collective forces',
      'The Committee of Secretaries of the Security Councils at a meeting in Lirsk on June 27 will discuss additional measures to combat international terrorism and extremism in the region',
    ],
    [
      'naming who reported it',
      'The Council of Envoys discussed the preparation of the next session of the Collective Security Council in Lirsk, the press service of the CSTO Secretariat said in a statement',
      'Secretaries General of the CSTO, the CIS, the SCO and the EAEU met in Lirsk',
    ],
  ])('is a lead when %s', (_, lead, headline) => {
    expect(readParagraph(lead).units.map((u) => u.kind)).toEqual(['body']);
    expect(readParagraph(headline).units.map((u) => u.kind)).toEqual(['heading']);
  });

  it('under a headline gives one event with its text, not a second one', () => {
    const page = [
      'Posted: 12.03.2031',
      '',
      'The CSTO Secretary General met with the Ambassador of Mongolia',
      '',
      'The CSTO Secretary General received the Ambassador of Mongolia in Lirsk on 11 March 2031, the parties discussed cooperation between the Organization and Mongolia and the preparation of joint events',
      '',
      'The Ambassador thanked the Secretariat for its hospitality and invited a delegation to Ulaanbaatar.',
    ].join('\n');
    const { events } = buildFromTexts({ 'posted.txt': page });
    expect(events).toHaveLength(1);
    expect(events[0]!.title).toBe('The CSTO Secretary General met with the Ambassador of Mongolia');
    expect(events[0]!.date.start).toBe('2031-03-11');
    expect(events[0]!.text).toMatch(/^The CSTO Secretary General received .* invited a delegation/s);
  });
});

describe("a country in a body's name", () => {
  it('is not a country of the event the body holds', () => {
    const [event] = buildFromTexts({
      'page.txt':
        'On 14 April 2031, the CSTO Working Group on Afghanistan held its meeting in Bishkek under the chairmanship of Kyrgyzstan.',
    }).events;
    expect(event!.countries).toEqual(['KG']);
    expect(event!.organizations).toEqual(['CSTO-CMFA-WGA', 'CSTO-CMFA', 'CSTO']);
  });
});
