// A deterministic, realistic dataset of any size for the app benchmark: the mix of types,
// organisations (with sub-bodies), countries, date precisions, ranges and undated events that the
// builder produces from the seeds, with passages of a real length. Valid under parseDataset.
import { type Dataset, type EventType, type TimelineEvent } from '../../src/schema/dataset.ts';

const ORGANIZATIONS: Dataset['organizations'] = [
  { id: 'CSTO', name: 'Collective Security Treaty Organization', parent: null },
  { id: 'CSTO-SECRETARIAT', name: 'CSTO Secretariat', parent: 'CSTO' },
  { id: 'CSTO-CSC', name: 'CSTO Collective Security Council', parent: 'CSTO' },
  { id: 'CSTO-CMFA', name: 'CSTO Council of Foreign Ministers', parent: 'CSTO' },
  { id: 'CSTO-CMD', name: 'CSTO Council of Defence Ministers', parent: 'CSTO' },
  { id: 'CSTO-CRRF', name: 'CSTO Collective Rapid Reaction Forces', parent: 'CSTO' },
  { id: 'CSTO-PA', name: 'CSTO Parliamentary Assembly', parent: 'CSTO' },
  { id: 'SCO', name: 'Shanghai Cooperation Organisation', parent: null },
  { id: 'SCO-RATS', name: 'SCO Regional Anti-Terrorist Structure', parent: 'SCO' },
  { id: 'CIS', name: 'Commonwealth of Independent States', parent: null },
  { id: 'CIS-ATC', name: 'CIS Anti-Terrorism Center', parent: 'CIS' },
  { id: 'UN', name: 'United Nations', parent: null },
  { id: 'OSCE', name: 'Organization for Security and Co-operation in Europe', parent: null },
  { id: 'NATO', name: 'North Atlantic Treaty Organization', parent: null },
  { id: 'EAEU', name: 'Eurasian Economic Union', parent: null },
  { id: 'EU', name: 'European Union', parent: null },
];

const PLACES: ReadonlyArray<readonly [place: string, country: string, countryName: string]> = [
  ['Moscow', 'RU', 'Russia'],
  ['Saint Petersburg', 'RU', 'Russia'],
  ['Minsk', 'BY', 'Belarus'],
  ['Astana', 'KZ', 'Kazakhstan'],
  ['Almaty', 'KZ', 'Kazakhstan'],
  ['Bishkek', 'KG', 'Kyrgyzstan'],
  ['Dushanbe', 'TJ', 'Tajikistan'],
  ['Yerevan', 'AM', 'Armenia'],
  ['Tashkent', 'UZ', 'Uzbekistan'],
  ['Beijing', 'CN', 'China'],
  ['New York', 'US', 'United States'],
  ['Vienna', 'AT', 'Austria'],
];

const PEOPLE = [
  { name: 'Stanislav Zas', role: 'CSTO Secretary General' },
  { name: 'Imangali Tasmagambetov', role: 'CSTO Secretary General' },
  { name: 'Nikolai Bordyuzha', role: 'CSTO Secretary General' },
  { name: 'Anatoly Sidorov', role: 'Chief of the CSTO Joint Staff' },
  { name: 'Andrey Serdyukov', role: 'Chief of the CSTO Joint Staff' },
  { name: 'Valery Semerikov', role: null },
];

const TYPE_WEIGHTS: Record<EventType, number> = {
  meeting: 24,
  training: 14,
  signing: 8,
  consultations: 8,
  briefing: 5,
  conference: 10,
  mission: 9,
  statement: 10,
  anniversary: 3,
  decision: 5,
  other: 4,
};

const TITLES: Record<EventType, readonly string[]> = {
  meeting: [
    'Session of the {body} held in {place}',
    '{body} meets in {place}',
    'Working meeting at the {body}',
  ],
  training: ['Joint exercise "Interaction-{year}" held near {place}', 'Command-staff training of the {body}'],
  signing: ['Memorandum between the {body} and partners signed in {place}', 'Protocol on cooperation signed'],
  consultations: ['Consultations of the {body} on Afghanistan in {place}', 'Expert consultations held'],
  briefing: ['Briefing for diplomats at the {body}', 'Press briefing in {place}'],
  conference: ['Round table on collective security in {place}', 'International conference of the {body}'],
  mission: ['{body} observer mission visits {place}', 'Working visit to {place}'],
  statement: ['Address of the Secretary General in {place}', 'Interview on the work of the {body}'],
  anniversary: ['{body} marks its anniversary', 'Anniversary of the Collective Security Treaty'],
  decision: ['{body} adopts a strategy on counter-terrorism', 'Resolution of the {body} adopted'],
  other: ['Exhibition opens in {place}', 'Publication of the {body} presented'],
};

const SENTENCES = [
  'The participants discussed the military-political situation in the region of collective responsibility and measures to strengthen the borders.',
  'Particular attention was paid to countering international terrorism, extremism and illicit drug trafficking.',
  'The sides noted the importance of coordinating foreign policy positions within international organisations.',
  'The agenda included questions of improving the crisis response system and peacekeeping capacity.',
  'Representatives of the secretariats exchanged views on cooperation in information security.',
  'Following the meeting, a joint statement and a plan of consultations for the next year were approved.',
  'Units of the armed forces of the member states practised the localisation of a border armed conflict.',
];

/** mulberry32: a tiny PRNG, so that the same count always gives the same dataset. */
function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const weighted = <K extends string>(weights: Record<K, number>): K => {
    const entries = Object.entries(weights) as [K, number][];
    let roll = next() * entries.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [key, weight] of entries) if ((roll -= weight) < 0) return key;
    return entries[0]![0];
  };
  return { next, int, pick, weighted };
}

type Random = ReturnType<typeof createRandom>;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

function syntheticDate(random: Random, type: EventType): TimelineEvent['date'] {
  const roll = random.next();
  if (roll < 0.08) return { start: null, end: null, precision: 'unknown', certainty: 'unknown', text: '' };
  const start = new Date(Date.UTC(2002, 0, 1) + random.int(24 * 365) * 86_400_000);
  const certainty = random.next() < 0.2 ? 'inferred' : 'explicit';
  if (roll < 0.12) {
    const year = start.getUTCFullYear();
    return { start: `${year}-01-01`, end: `${year}-12-31`, precision: 'year', certainty, text: `in ${year}` };
  }
  if (roll < 0.22) {
    const monthEnd = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0));
    const month = isoDay(start).slice(0, 7);
    return {
      start: `${month}-01`,
      end: isoDay(monthEnd),
      precision: 'month',
      certainty,
      text: `in ${month}`,
    };
  }
  const isRange = (type === 'training' || type === 'mission' || type === 'conference') && random.next() < 0.6;
  const end = isRange ? new Date(start.getTime() + (1 + random.int(6)) * 86_400_000) : start;
  return { start: isoDay(start), end: isoDay(end), precision: 'day', certainty, text: `On ${isoDay(start)}` };
}

function syntheticEvent(random: Random, index: number): TimelineEvent {
  const type = random.weighted(TYPE_WEIGHTS);
  const date = syntheticDate(random, type);
  const body = random.next() < 0.7 ? random.pick(ORGANIZATIONS.slice(0, 7)) : random.pick(ORGANIZATIONS);
  const [place, country] = random.pick(PLACES);
  const year = date.start?.slice(0, 4) ?? '2020';
  const title = random
    .pick(TITLES[type])
    .replace('{body}', body.name)
    .replace('{place}', place)
    .replace('{year}', year);
  const organizations = [
    ...new Set([body.id, body.parent ?? body.id, random.next() < 0.3 ? 'CSTO' : body.id]),
  ];
  const countries = [...new Set([country, ...(random.next() < 0.4 ? [random.pick(PLACES)[1]] : [])])];
  const sentences = Array.from({ length: 3 + random.int(5) }, () => random.pick(SENTENCES));
  const file = `${String(index % 4000).padStart(4, '0')}_synthetic.txt`;
  const start = random.int(5000);
  return {
    id: `${date.start ?? 'undated'}-${slug(title)}-${index.toString(36)}`,
    title,
    summary: `${title}. ${sentences[0]}`,
    text: [`${date.text} ${title.toLowerCase()}.`, ...sentences].join('\n\n'),
    type,
    status: date.start && date.start > '2025-06-01' && random.next() < 0.5 ? 'planned' : 'held',
    date,
    organizations,
    countries,
    places: [place],
    people: random.next() < 0.5 ? [random.pick(PEOPLE)] : [],
    sources: [{ file, start, end: start + 400 + random.int(1600) }],
  };
}

const byDateThenId = (a: TimelineEvent, b: TimelineEvent) =>
  (a.date.start ?? '9999').localeCompare(b.date.start ?? '9999') || a.id.localeCompare(b.id);

export function createSyntheticDataset(eventCount: number, seed = 20240501): Dataset {
  const random = createRandom(seed);
  const events = Array.from({ length: eventCount }, (_, index) => syntheticEvent(random, index)).sort(
    byDateThenId,
  );
  const files = [...new Set(events.flatMap((event) => event.sources.map((source) => source.file)))].sort();
  const countryNames = new Map(PLACES.map(([, id, name]) => [id, name]));
  return {
    schemaVersion: 1,
    sources: files.map((file, index) => ({
      file,
      sha256: index.toString(16).padStart(64, '0'),
      chars: 8000,
    })),
    organizations: ORGANIZATIONS,
    countries: [...countryNames].map(([id, name]) => ({ id, name })).sort((a, b) => a.id.localeCompare(b.id)),
    events,
    skipped: files.slice(0, 50).map((file) => ({ file, start: 0, end: 120, reason: 'navigation' })),
  };
}
