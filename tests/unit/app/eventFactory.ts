import type { DateRecord, TimelineEvent } from '../../../src/schema/dataset';

export const dayDate = (day: string): DateRecord => ({
  start: day,
  end: day,
  precision: 'day',
  certainty: 'explicit',
  text: day,
});

export const undated: DateRecord = {
  start: null,
  end: null,
  precision: 'unknown',
  certainty: 'unknown',
  text: '',
};

/** A valid event with only what a test cares about spelled out. */
export function makeEvent(overrides: Partial<TimelineEvent> & { id: string }): TimelineEvent {
  return {
    title: `Event ${overrides.id}`,
    summary: 'Summary.',
    text: 'Text.',
    type: 'meeting',
    status: 'held',
    date: dayDate('2022-01-01'),
    organizations: [],
    countries: [],
    places: [],
    people: [],
    sources: [{ file: 'a.txt', start: 0, end: 1 }],
    ...overrides,
  };
}
