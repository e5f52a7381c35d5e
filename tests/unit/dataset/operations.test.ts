// Joint operations of the member states' services (anti-drug, anti-migration, special operations) are
// missions (CONTRACT.md §2: missions, visits, trips), read through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { buildFromTexts } from './build.ts';

const eventOf = (text: string) => buildFromTexts({ 'page.txt': text }).events[0]!;

describe('an operation of the services', () => {
  it.each([
    [
      'an operation under its name',
      'From 3 to 8 June 2031, the competent authorities of the CSTO member states conducted Operation Dragnet in the border districts of Tajikistan.',
    ],
    [
      'a qualified operation with its name in quotes',
      'On 12 September 2031, the regional anti-migration operation "Outpost" ended in Kyrgyzstan.',
    ],
    [
      'an operation cited after a decision',
      'Pursuant to the decision of the Collective Security Council dated October 7, 2029, the police of the CSTO member states held an anti-drug operation in the period from 3 to 8 June 2031.',
    ],
  ])('is a mission: %s', (_, text) => {
    expect(eventOf(text).type).toBe('mission');
  });

  it('is the topic of a meeting on its results', () => {
    const event = eventOf(
      'On 20 June 2031, a meeting of the headquarters of the anti-drug operation "Dragnet" summed up its results in Minsk.',
    );
    expect(event.type).toBe('meeting');
  });
});
