// Stable ids (CONTRACT.md §2): `<date>-<slug>-<hash>`, read only from the event's own words.
//
// - The date part follows the precision: `2017`, `2016-10`, `2024-09-03`, or `undated`.
// - The slug and the hash come from the event's *id form*: its main clause, normalised (see
//   `idForm`). Copies of a passage with or without a headline or dateline, with a "Minsk, 31.03.2023."
//   prefix, other quotes or whitespace, or a changed word in another sentence share it. Of a merged
//   event's members, the form most of them share is used, ties going to the smallest: a new variant
//   cannot outvote a passage already seen twice, but a lone passage and a lone variant of it with a
//   word changed inside the main clause can tie, and then the smaller form names the event.
// - The hash is always appended, so no event's id depends on any other event: a new document that
//   happens to share an event's date and slug cannot rename it (suffixing only on collision would).
//   The price is a less readable id; 4 base-36 characters of a 32-bit hash keep it short, and a
//   collision would need the same date, the same first words and the same hash. Two events that still
//   coincide (the same date and main clause, different passages) are numbered in the order of their
//   full texts, which is the one case where a new document can shift an id.
import { fnv1a, normalizeForComparison } from './text.ts';

const SLUG_WORDS = 8;
const HASH_CHARS = 4;
const FILLER = new Set(
  'a an the of in on at to for and with by was were is are has have been be its their this that'.split(' '),
);

/** The form an event's id is read from: its main clause in lower-case ASCII words. */
export function idForm(mainClause: string): string {
  return mainClause
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function datePrefix(date: { start: string | null; precision: string }): string {
  if (date.start === null) return 'undated';
  if (date.precision === 'year') return date.start.slice(0, 4);
  if (date.precision === 'month') return date.start.slice(0, 7);
  return date.start;
}

export function baseId(prefix: string, form: string): string {
  const words = form
    .split(' ')
    .filter((w) => w !== '' && !FILLER.has(w))
    .slice(0, SLUG_WORDS);
  const hash = fnv1a(form).toString(36).padStart(HASH_CHARS, '0').slice(-HASH_CHARS);
  return `${prefix}-${words.length ? words.join('-') : 'event'}-${hash}`;
}

/** The form most members share; ties go to the smallest, so the order documents come in never matters. */
export function majorityForm(forms: readonly string[]): string {
  const votes = new Map<string, number>();
  for (const f of forms) votes.set(f, (votes.get(f) ?? 0) + 1);
  let best = '';
  let bestVotes = 0;
  for (const [form, n] of votes) {
    if (n > bestVotes || (n === bestVotes && form < best)) [best, bestVotes] = [form, n];
  }
  return best;
}

/** Ids for events given as [base id, own text]; identical bases are numbered by their full texts. */
export function uniqueIds(events: readonly { base: string; text: string }[]): string[] {
  const byBase = new Map<string, number[]>();
  events.forEach((e, i) => {
    const members = byBase.get(e.base);
    if (members) members.push(i);
    else byBase.set(e.base, [i]);
  });
  const ids = events.map((e) => e.base);
  for (const [base, members] of byBase) {
    if (members.length < 2) continue;
    const keyed = members.map((i) => ({ i, key: normalizeForComparison(events[i]!.text) }));
    keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i));
    keyed.forEach(({ i }, n) => (ids[i] = n === 0 ? base : `${base}-${n + 1}`));
  }
  return ids;
}
