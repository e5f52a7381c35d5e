// Headlines that are not the title of the text below them, bare dated headlines of index pages, leads
// that look like headlines, titles cut inside a place or a person's phrase, "Today, ..." leads on pages
// without datelines, and a month that holds the item's dateline. Invented pages of the real shapes.
import { describe, expect, it } from 'vitest';
import { readPassageDate } from '../../../src/dataset/dates/index.ts';
import { mainClause } from '../../../src/dataset/titles.ts';
import { readParagraph } from '../../../src/dataset/units.ts';
import { buildFromTexts } from './build.ts';

const LONG = 'of the member states of the Organization on questions of regional security and cooperation';

const build = (text: string) => buildFromTexts({ 'page.txt': text });

describe('a headline above an unrelated lead (one item per line)', () => {
  it('is skipped when undated; the lead is titled from its own main clause', () => {
    const page = [
      'The CSTO Deputy Secretary General Oleg Varenko met with the Ambassador of Mongolia Batu Erdene',
      `On 14-16 May, in the city of St. Petersburg, at the Naval Institute, a methodological seminar was held with the heads of training centres ${LONG}.`,
    ].join('\n');
    const { events, skipped } = build(page);
    expect(events).toHaveLength(1);
    expect(events[0]!.title).toMatch(/^A methodological seminar was held/);
    expect(skipped.map((s) => s.reason)).toEqual(['heading of no item']);
  });

  it('becomes an event of its own when it closes with a full date', () => {
    const page = [
      'Address of the CSTO Secretary General on the Day of Peacekeepers, May 29, 2031',
      `On 2 June 2031, the CSTO Joint Staff held staff talks on the preparation of a joint exercise ${LONG}.`,
    ].join('\n');
    const { events } = build(page);
    expect(events.map((e) => [e.date.start, e.title])).toEqual([
      ['2031-05-29', 'Address of the CSTO Secretary General on the Day of Peacekeepers'],
      ['2031-06-02', expect.stringMatching(/^The CSTO Joint Staff held staff talks/)],
    ]);
  });

  it('stays the title of a lead that shares its words, and of any lead set apart by a blank line', () => {
    const related = [
      'The CSTO Joint Staff held staff talks on a joint exercise',
      `On 2 June 2031, the CSTO Joint Staff held staff talks on the preparation of a joint exercise ${LONG}.`,
    ].join('\n');
    expect(build(related).events[0]!.title).toBe('The CSTO Joint Staff held staff talks on a joint exercise');
    const apart = [
      'DECLARATION of the Defence Ministers on regional stability',
      '',
      'We, the ministers, express our concern at the growing tension near our borders.',
    ].join('\n');
    expect(build(apart).events[0]!.title).toBe('DECLARATION of the Defence Ministers on regional stability');
  });
});

describe('headline-only index lists', () => {
  it('reads a headline closing with a full date as a dated event; other headlines stay headings', () => {
    const page = [
      'Press centre',
      '',
      'The CSTO Secretary General met with the Foreign Minister of Belarus',
      'Speech of the CSTO Secretary General at the round table "Security in Eurasia", October 7, 2030',
      'Comment of the CSTO Secretariat on the incident at the border that occurred on July 12, 2030',
      // One line longer than a hard-wrapped one: the list is read a line at a time, as on the site.
      'The CSTO Deputy Secretary General took part in the Forum of the Regions of Belarus and Russia on the cooperation of border regions',
      '',
      'The press centre publishes the news of the Organization and its bodies every working day.',
    ].join('\n');
    const { events, skipped } = build(page);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      title: 'Speech of the CSTO Secretary General at the round table "Security in Eurasia"',
      date: { start: '2030-10-07', precision: 'day', certainty: 'explicit' },
    });
    expect(skipped.filter((s) => s.reason === 'heading')).toHaveLength(4);
  });

  it('reads a headline with a glued dotted date and no text as a dated event', () => {
    const page = [
      'The Acting Secretary General spoke at the UN General Assembly',
      '',
      'The Acting Secretary General spoke at the UN General Assembly 24.09.2030',
    ].join('\n');
    const { events } = build(page);
    expect(events.map((e) => [e.date.start, e.date.certainty, e.title])).toEqual([
      ['2030-09-24', 'explicit', 'The Acting Secretary General spoke at the UN General Assembly'],
    ]);
  });
});

describe('a first line of several sentences', () => {
  it('is a lead paragraph, not a headline', () => {
    const line =
      'The next session of the CSTO Council of Defence Ministers will be held online on May 26. Ministers will discuss joint exercises';
    expect(readParagraph(line).units.map((u) => u.kind)).toEqual(['body']);
    // Initials and "St." do not end a sentence: this one is still a headline.
    expect(readParagraph('The CSTO Secretary General A.B. Orlov visited St. Petersburg').units[0]!.kind).toBe(
      'heading',
    );
  });
});

describe('a short lead without its final full stop', () => {
  it.each([
    [
      'a full date after a preposition',
      'The CSTO Deputy Secretary General met with the Ambassador of Chile in Moscow on 12 March 2031',
    ],
    [
      'a dotted date after a preposition',
      'Consultations on migration were held at the CSTO Secretariat on 3.09.2031',
    ],
    [
      '"Yesterday" opening the clause without a comma',
      'Yesterday the heads of state adopted a declaration in Minsk',
    ],
    [
      '"today" inside the clause',
      'The Chief of the Joint Staff has today given a briefing on joint trainings',
    ],
    [
      'a weekday opening the clause',
      'On Tuesday the CSTO Secretariat hosted a round table on information security',
    ],
    [
      'who reported it, in the past tense',
      'Consultations on migration were held in Minsk, the press service said',
    ],
    [
      'a news agency’s dateline before it',
      'MINSK, 3 March (BelTA) – The CSTO Secretariat hosted a round table on cyber security',
    ],
  ])('is body text: %s', (_name, line) => {
    expect(readParagraph(line).units.map((u) => u.kind)).toEqual(['body']);
  });

  it.each([
    ['a plain headline', 'The CSTO Secretariat hosted a round table on information security'],
    [
      'a date in a relative clause, another fact’s',
      'Comment of the CSTO Secretariat on the incident that occurred on July 12, 2031',
    ],
    [
      'a headline closing with its date after a comma',
      'Speech of the CSTO Secretary General at the Forum, October 7, 2031',
    ],
    [
      'a headline citing a speaker in the present tense',
      'The Organization is ready to help, the Secretary General says',
    ],
  ])('is still a headline: %s', (_name, line) => {
    expect(readParagraph(line).units.map((u) => u.kind)).toEqual(['heading']);
  });

  it('keeps its date when read as the lead', () => {
    const { events } = build(
      'The CSTO Deputy Secretary General met with the Ambassador of Chile in Moscow on 12 March 2031\n\nThe sides discussed cooperation in the field of security.',
    );
    expect(events.map((e) => [e.date.start, e.date.certainty])).toEqual([['2031-03-12', 'explicit']]);
  });
});

describe('titles start at the clause, not inside a phrase', () => {
  it.each([
    [
      "a place's region after the place",
      'On June 3, 2031, in Kara-Balta, Chui region of the Kyrgyz Republic, the V meeting of the Council of Experts was held.',
      'The V meeting of the Council of Experts was held',
    ],
    [
      'the person named after an office in a circumstance phrase',
      'On May 4, 2031, under the chairmanship of the Minister of Defence of Armenia, Aram Petrosyan, a meeting of the Military Committee will be held.',
      'A meeting of the Military Committee will be held',
    ],
    [
      'two circumstance phrases in a row, one with "St."',
      'On 14 May 2031, in the city of St. Petersburg, on the basis of the Naval Institute, a seminar was held.',
      'A seminar was held',
    ],
  ])('%s', (_, sentence, title) => {
    const { mention } = readPassageDate(sentence);
    expect(mainClause(sentence, mention)).toBe(title);
  });
});

describe('"Today, ..." on a page without datelines', () => {
  it('starts a new item, undated, with its phrase kept', () => {
    const page = [
      `On April 9, 2031, the 12th meeting of the Working Group on Afghanistan was held with the participation ${LONG}.`,
      `Today, on the central square of Minsk, a parade was attended by ceremonial units of the armed forces ${LONG}.`,
    ].join('\n');
    const { events } = build(page);
    expect(events).toHaveLength(2);
    const today = events.find((e) => e.text.startsWith('Today'))!;
    expect(today.date).toMatchObject({
      start: null,
      precision: 'unknown',
      certainty: 'unknown',
      text: 'Today',
    });
    expect(events.find((e) => e !== today)!.text).not.toMatch(/parade/);
  });
});

describe('a month that holds the dateline', () => {
  it('keeps month precision and notes the dateline', () => {
    const dateline = { date: { year: 2031, month: 3, day: 21 }, text: '21.03.2031' };
    const { record } = readPassageDate('The March 2031 session of the Council completed its work.', {
      dateline,
    });
    expect(record).toMatchObject({
      start: '2031-03-01',
      end: '2031-03-31',
      precision: 'month',
      certainty: 'explicit',
    });
    expect(record.note).toContain('21.03.2031');
    const other = readPassageDate('The March 2031 session of the Council completed its work.', {
      dateline: { date: { year: 2031, month: 4, day: 2 }, text: '02.04.2031' },
    });
    expect(other.record.note).toBeUndefined();
  });
});
