// Events found inside an article's paragraphs: titled by the event's noun phrase, summarised by the
// sentence that states the fact, with entities from that sentence only.
import { describe, expect, it } from 'vitest';
import { eventPhrase } from '../../../src/dataset/eventPhrase.ts';
import { buildFromTexts } from './build.ts';

/** An article page (a title and two sub-headings over background) whose one dated paragraph is `paragraph`. */
function articleEvent(paragraph: string) {
  const page = [
    'Regional security in a changing world',
    'Background',
    'The member states share common approaches to regional security.',
    'Recent developments',
    paragraph,
  ].join('\n\n');
  const events = buildFromTexts({ 'article.txt': page }).events;
  expect(events).toHaveLength(1);
  return events[0]!;
}

describe('titles of events inside articles', () => {
  it.each([
    [
      'a conference named after a sentence about something else, with its place',
      'The importance of these efforts was confirmed when on 12 May 2022 in Minsk a high-level international conference on countering terrorism with the participation of experts from 20 states was held.',
      'High-level international conference on countering terrorism in Minsk',
    ],
    [
      'a meeting with a list of participants, cut before the next act',
      'A milestone in cooperation was the holding in 2019 in Dushanbe of a meeting of representatives of the CSTO, the CIS and the SCO and the signing of a joint statement.',
      'Meeting of representatives of the CSTO, the CIS and the SCO in Dushanbe',
    ],
    [
      'consultations whose chairmanship and theme frame are dropped',
      'Last spring the dialogue went further: on 3 March 2021, at the CSTO Secretariat consultations of the member states under the chairmanship of the Kyrgyz Republic on the theme: "On topical issues of information security" took place.',
      'Consultations of the member states on information security',
    ],
    [
      'a name written with capitals keeps its whole name',
      'In the CSTO Anti-Drug Strategy adopted in November 2020, member states agreed to coordinate their efforts.',
      'CSTO Anti-Drug Strategy adopted',
    ],
  ])('%s', (_, paragraph, title) => {
    expect(articleEvent(paragraph).title).toBe(title);
  });

  it('falls back to the main clause when the cue is a verb', () => {
    const event = articleEvent(
      'Experts note that the delegations met in Yerevan on 5 June 2023 to discuss border issues.',
    );
    expect(event.title).toBe('Experts note that the delegations met in Yerevan to discuss border issues');
  });
});

describe('the event phrase', () => {
  it.each([
    [
      'the last cue after an opening circumstance',
      'In line with the Plan of consultations, consultations of experts on migration were held',
      /consultations?/i,
      'Consultations of experts on migration',
    ],
    [
      'a quoted name after the noun',
      'participants of the exercise "Cobalt-2024" in Almaty',
      /exercises?/i,
      'Exercise "Cobalt-2024" in Almaty',
    ],
    [
      'no phrase when the noun is followed by a verb-like remainder',
      'the meeting adjourned early',
      /meetings?/i,
      null,
    ],
  ])('%s', (_, clause, cue, phrase) => {
    expect(eventPhrase(clause, cue)).toBe(phrase);
  });
});

describe('summaries and entities of events inside articles', () => {
  const paragraph =
    'This threat concerns the Organization, which unites Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan. In the CSTO Anti-Drug Strategy adopted in November 2020, member states agreed to coordinate their efforts. Its implementation is reviewed every year.';

  it('summarises by the dated sentence and the next one that refers back to it', () => {
    expect(articleEvent(paragraph).summary).toBe(
      'In the CSTO Anti-Drug Strategy adopted in November 2020, member states agreed to coordinate their efforts. Its implementation is reviewed every year.',
    );
  });

  it('takes countries only from the sentences that report the event', () => {
    expect(articleEvent(paragraph).countries).toEqual([]);
    expect(articleEvent(paragraph).organizations).toEqual(['CSTO']);
  });

  it('does not count background before the dated sentence', () => {
    const event = articleEvent(
      'Threats emanating from the Afghan frontier zone remain. On 4 October 2022 the CSTO Secretariat hosted a round table on border security in Moscow.',
    );
    expect(event.countries).toEqual(['RU']);
  });

  it('keeps a news item whole', () => {
    const event = buildFromTexts({
      'news.txt':
        'On 4 October 2022 the CSTO Secretariat hosted a round table on border security. Experts from Armenia and Belarus took part.',
    }).events[0]!;
    expect(event.countries).toEqual(['AM', 'BY']);
  });
});
