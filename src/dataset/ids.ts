// Stable ids: the event's date and a slug of its own reporting clause, so adding documents never
// renames an event. A content hash is appended only when two events would otherwise share an id, and it
// is computed from the event's own text, so it is the same whichever document brought the other one.
import { fnv1a, normalizeForComparison } from './text.ts';

const SLUG_WORDS = 7;
const FILLER = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'and',
  'with',
  'by',
  'was',
  'were',
  'is',
  'are',
  'has',
  'have',
  'been',
  'be',
  'its',
  'their',
]);

export function baseId(dateStart: string | null, clause: string): string {
  const words = clause
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .match(/[a-z0-9]+/g)
    ?.filter((w) => !FILLER.has(w))
    .slice(0, SLUG_WORDS);
  return `${dateStart ?? 'undated'}-${words?.length ? words.join('-') : 'event'}`;
}

/** Ids for events given as [base id, own text]; colliding ones get a suffix from their own text. */
export function uniqueIds(events: readonly { base: string; text: string }[]): string[] {
  const count = new Map<string, number>();
  for (const e of events) count.set(e.base, (count.get(e.base) ?? 0) + 1);
  const ids = events.map((e) =>
    count.get(e.base)! > 1 ? `${e.base}-${fnv1a(normalizeForComparison(e.text)).toString(36)}` : e.base,
  );
  // Identical texts collide even with the suffix: number them in input order, which is deterministic.
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}-${n}`;
  });
}
