// Passage → organisations, countries and places, by the registries in this folder.
import { countryNames } from './countries.ts';
import { ORGANIZATIONS } from './organizations.ts';
import { PLACES } from './places.ts';

export { findPeople } from './people.ts';
export { ORGANIZATIONS } from './organizations.ts';
export { countryName } from './countries.ts';

export interface Mentions {
  organizations: string[];
  countries: string[];
  places: string[];
}

interface Match {
  start: number;
  end: number;
  id: string;
}

const EDGE_BEFORE = String.raw`(?<![A-Za-z0-9])`;
const EDGE_AFTER = String.raw`(?![A-Za-z0-9])`;
// A body named only as the author of a cited document ("UN Security Council resolution 2354") is not a
// participant of the event.
const CITED_DOCUMENT = /^\s+(?:resolutions?|Global Counter-Terrorism Strategy)\b/;

const ORGANIZATION_PATTERNS = ORGANIZATIONS.map((o) => ({
  id: o.id,
  pattern: new RegExp(`${EDGE_BEFORE}(?:${o.aliases.join('|')})${EDGE_AFTER}`, 'g'),
}));
const PARENT = new Map(ORGANIZATIONS.map((o) => [o.id, o.parent]));

let countryPattern: { pattern: RegExp; byName: Map<string, string> } | null = null;
const PLACE_PATTERN = alternation(Object.keys(PLACES));

export function findMentions(text: string): Mentions {
  const organizationMatches = longestFirst(
    ORGANIZATION_PATTERNS.flatMap(({ id, pattern }) =>
      [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, id })),
    ),
  );
  const participants = organizationMatches.filter((m) => !CITED_DOCUMENT.test(text.slice(m.end, m.end + 40)));
  // Country and city names inside an organisation's name ("Shanghai Cooperation Organization") do not
  // place the event.
  const rest = blank(text, organizationMatches);
  const countries = getCountryPattern();
  const countryMatches = [...rest.matchAll(countries.pattern)].map((m) => countries.byName.get(m[0])!);
  const places = [...rest.matchAll(PLACE_PATTERN)].map((m) => m[0]);
  return {
    organizations: withParents(participants.map((m) => m.id)),
    countries: unique([...countryMatches, ...places.map((p) => PLACES[p]!)]),
    places: unique(places),
  };
}

function getCountryPattern() {
  if (!countryPattern) {
    const byName = countryNames();
    countryPattern = { pattern: alternation([...byName.keys()]), byName };
  }
  return countryPattern;
}

function alternation(names: string[]): RegExp {
  const escaped = [...names]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`${EDGE_BEFORE}(?:${escaped.join('|')})${EDGE_AFTER}`, 'g');
}

function longestFirst(matches: Match[]): Match[] {
  const kept: Match[] = [];
  for (const m of [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function withParents(ids: string[]): string[] {
  const all: string[] = [];
  for (const id of ids) {
    for (let at: string | null | undefined = id; at; at = PARENT.get(at)) all.push(at);
  }
  return unique(all);
}

function blank(text: string, spans: Match[]): string {
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end);
  return out;
}

const unique = <T>(values: T[]): T[] => [...new Set(values)];
