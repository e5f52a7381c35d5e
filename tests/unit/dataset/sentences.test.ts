// Ranks and titles before a name ("Lt. Gen.", "Col.", "Mr.") do not end a sentence anywhere the builder
// reads sentences: the clause that titles an event, the subject of an age, who took part.
import { describe, expect, it } from 'vitest';
import { buildFromTexts } from './build.ts';

const eventOf = (text: string) => buildFromTexts({ 'page.txt': text }).events[0]!;

describe('a sentence with ranks and titles', () => {
  it('titles the event with the whole clause, rank included', () => {
    const event = eventOf('Lt. Gen. Oleg Varin opened the staff drills of the CSTO on 5 May 2031 in Osh.');
    expect(event.title).toBe('Lt. Gen. Oleg Varin opened the staff drills of the CSTO in Osh');
    expect(event.date.start).toBe('2031-05-05');
  });

  it('keeps the subject of an age across a rank', () => {
    const event = eventOf(
      '12.03.2031\n\nThe Collective Rapid Reaction Forces commanded by Col. Gen. Oleg Varin are 22 years old.',
    );
    expect(event.type).toBe('anniversary');
    expect(event.date).toMatchObject({ start: '2031-02-04', certainty: 'inferred' });
  });

  it('counts a body named before a rank in a sentence saying who took part', () => {
    const event = eventOf(
      [
        '12.03.2031',
        'On 11 March 2031, staff officers of the CSTO held a command-staff training in Osh.',
        'The head of the CIS Anti-Terrorist Center, Lt. Gen. Oleg Varin, took part in the training.',
      ].join('\n\n'),
    );
    expect(event.organizations).toContain('CIS-ATC');
  });
});

describe('a paragraph opening with a rank', () => {
  it('starts an item of its own when its first sentence dates an event', () => {
    const { events } = buildFromTexts({
      'page.txt': [
        '12.03.2031',
        'On 11 March 2031, staff officers of the CSTO held a command-staff training in Osh.',
        'Lt. Gen. Oleg Varin, the head of the CIS Anti-Terrorist Center, arrived in Bishkek on 12 March 2031 for talks.',
      ].join('\n\n'),
    });
    expect(events.map((e) => e.date.start).sort()).toEqual(['2031-03-11', '2031-03-12']);
  });
});
