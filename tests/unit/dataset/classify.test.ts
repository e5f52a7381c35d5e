// The type follows the main clause's predicate and event noun; an anniversary is the observance
// itself, not an event held in its honour. Short invented sentences, one rule each.
import { describe, expect, it } from 'vitest';
import { classifyStatus, classifyType } from '../../../src/dataset/classify.ts';
import type { EventType } from '../../../src/schema/dataset.ts';

describe('the type of a main clause', () => {
  it.each<[string, EventType]>([
    // An event held in honour of an anniversary is that event, not the anniversary.
    [
      'The envoy has informed the Council on a summit dedicated to the 10th anniversary of the Pact.',
      'statement',
    ],
    ['A parade dedicated to the 70th anniversary of the Liberation was held in Borovia.', 'other'],
    ['The ministers met in Lirsk on the occasion of the 5th anniversary of the Union.', 'meeting'],
    ['A forum timed to coincide with the 15th anniversary of the Bureau opened.', 'conference'],
    ['12 June marks the 30th anniversary of the Pact.', 'anniversary'],
    ['The anniversary summit of the Union has begun in Lirsk.', 'meeting'],
    ['In the year of its fifth anniversary, the Council met in Lirsk.', 'meeting'],
    ['Declaration of the Lirsk Session of the Council of the Union', 'decision'],
    // Ceremonies and a body's remit are no typed event.
    ['A solemn graduation of officers who completed a training course took place.', 'other'],
    ['The Staff is charged with preparing joint exercises and trainings.', 'other'],
    // Trainings.
    ['The Alliance is holding a strategic command and staff trai', 'training'],
    ['The forces conducted a command-staff drill near Tarvo.', 'training'],
    ['Units held a tactical-special exercise on the range.', 'training'],
    ['A training and methodological meeting was held with the heads of the schools.', 'meeting'],
    // Statements, briefings.
    ['The Secretary General told a radio correspondent about the plans.', 'statement'],
    // A body's name with "and" in it names no event ("Protocol" is no signing).
    [
      'The Director of the Protocol and Organizational Support Department told reporters of the plans.',
      'statement',
    ],
    ['The Chief gave an interview to a weekly.', 'statement'],
    ['The envoy delivered a speech at the Assembly.', 'statement'],
    ['The Chief held a briefing on joint trainings for the year.', 'briefing'],
    // Missions.
    ['Participants in a meeting of the deputies visited the Staff.', 'mission'],
    ['The delegation arrived in Lirsk on a working trip.', 'mission'],
    // Operations of the member states' services on the ground are missions, named or qualified.
    ['Operation Dragnet was carried out in the border districts.', 'mission'],
    ['The police completed the operation "Outpost" in Lirsk.', 'mission'],
    ['The services held the anti-migration operation Outpost-2031.', 'mission'],
    ['The Outpost-2031 anti-drug operation ended in Tarvo.', 'mission'],
    ['A regional special operation against smugglers began.', 'mission'],
    ['The services of five states joined the "Outpost" operations.', 'mission'],
    // An operation as a topic or a rehearsed episode, after the event's own cue, is not the event.
    ['The heads of schools discussed courses on rescue operations.', 'other'],
    ['Units held an exercise and practised special operations.', 'training'],
    ['A meeting of the headquarters of the regional operation "Outpost" was held.', 'meeting'],
    ['The Centre was put into operation in Lirsk.', 'other'],
    // Meetings.
    ['The President received the Ministers of Defence of the member states.', 'meeting'],
    ['The President received the participants of the session of the Council.', 'meeting'],
    ['The staffs held the second staff negotiations on a joint training.', 'meeting'],
    ['The Secretary General held talks with the Minister.', 'meeting'],
    // Signings, decisions, conferences.
    ['The Agreement on joint patrols entered into force.', 'signing'],
    ['The parliament ratified the Protocol on the Bureau.', 'signing'],
    ['The Council adopted the Strategy for the next decade.', 'decision'],
    ['The Secretariat hosted a round table on border security.', 'conference'],
  ])('%s → %s', (clause, type) => {
    expect(classifyType(clause, clause, true)).toBe(type);
  });

  it.each<[string, string, string, EventType]>([
    [
      'a clause cut short takes the headline’s cue',
      'In the period from 2 to 3 May, a strategic',
      'The Alliance is holding a tactical exercise',
      'training',
    ],
    [
      'a document under its title takes the title’s cue',
      'We, the parties, express our concern.',
      'STATEMENT of the Ministers',
      'statement',
    ],
  ])('%s', (_, clause, headline, type) => {
    expect(classifyType(clause, clause, false, headline)).toBe(type);
  });

  it('a headline about an event in honour of an anniversary is not an observance', () => {
    const clause = 'Today, ceremonial units marched across the square.';
    expect(
      classifyType(clause, clause, true, 'Parade dedicated to the 60th anniversary of the Victory'),
    ).toBe('other');
  });
});

describe('the status of a main clause', () => {
  it.each<[string, 'held' | 'planned']>([
    ['The Alliance is holding a command and staff training.', 'held'],
    ['Joint plans for the year are being worked out.', 'held'],
    ['The ministers will meet in Lirsk.', 'planned'],
    ['The next session is scheduled for the autumn.', 'planned'],
    // A past predicate before the future cue: a held meeting about a future event.
    ['Envoys met in Lirsk to prepare the upcoming drill.', 'held'],
    ['The council of envoys is sitting tomorrow in Lirsk.', 'planned'],
    // A simple past predicate before a passive infinitive about the trainings discussed.
    ['The Alliance staff held the first talks on trainings planned to be held next year.', 'held'],
    ['The talks will be held in Lirsk.', 'planned'],
  ])('%s → %s', (clause, status) => {
    expect(classifyStatus(clause, null)).toBe(status);
  });
});
