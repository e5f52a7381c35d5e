// Candidates → groups of duplicates. Exact matches of the normalised text first, then near-duplicates
// by 5-word shingles through an inverted index (near-linear): Jaccard ≥ 0.8 or containment ≥ 0.9, and
// never when the dates or the numbers differ (one template, two trainings, must stay two events).
import type { EventCandidate, ItemAnalysis } from './extract.ts';
import { fnv1a, normalizeForComparison, wordHashes } from './text.ts';

const SHINGLE_WORDS = 5;
const MIN_JACCARD = 0.8;
const MIN_CONTAINMENT = 0.9;
// Shingles shared by this many groups are boilerplate; following them would make the index quadratic.
const MAX_POSTINGS = 64;

interface Entry {
  normalized: string;
  shingles: Set<number>;
  numbers: Set<string>;
}

export function groupDuplicates(candidates: readonly EventCandidate[]): EventCandidate[][] {
  const parent = candidates.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  // Copies of one item share their analysis object: they join the group of its first copy at once, and
  // only first copies are compared (a later copy would match its first copy's text exactly anyway).
  const firstCopy = new Map<ItemAnalysis, number>();
  const entries: Entry[] = [];
  const byText = new Map<string, Entry>();
  const exact = new Map<string, number>();
  // Dated texts merge only with texts of the same dates or undated ones, so each date has its own index:
  // a dated text probes its date's and the undated texts' indexes, an undated text probes them all.
  const byDates = new Map<string, ShingleIndex>();
  const undatedTexts: ShingleIndex = new Map();
  // Only undated texts probe every text, and most builds have few or none: the index of all texts is
  // built when the first one comes, from the texts indexed before it in their order (as it would be).
  const indexed: number[] = [];
  let allTexts: ShingleIndex | null = null;
  candidates.forEach(({ analysis }, i) => {
    const first = firstCopy.get(analysis);
    if (first !== undefined) {
      union(first, i);
      return;
    }
    firstCopy.set(analysis, i);
    let entry = byText.get(analysis.text);
    if (!entry) byText.set(analysis.text, (entry = entryOf(analysis.text)));
    entries[i] = entry;
    const same = exact.get(entry.normalized);
    if (same !== undefined) {
      if (compatible(candidates[same]!, candidates[i]!, entries[same]!, entry)) union(same, i);
      return;
    }
    exact.set(entry.normalized, i);
    const { start, end } = analysis.date;
    const shared = new Map<number, number>();
    if (start === null) {
      allTexts ??= indexOfTexts(indexed, entries);
      countShared(allTexts, entry, shared);
      addTo(undatedTexts, entry, i);
    } else {
      const key = `${start}/${end}`;
      let own = byDates.get(key);
      if (!own) byDates.set(key, (own = new Map()));
      countShared(own, entry, shared);
      countShared(undatedTexts, entry, shared);
      addTo(own, entry, i);
    }
    indexed.push(i);
    if (allTexts) addTo(allTexts, entry, i);
    for (const [j, inter] of shared) {
      const other = entries[j]!;
      const jaccard = inter / (entry.shingles.size + other.shingles.size - inter);
      const containment = inter / Math.min(entry.shingles.size, other.shingles.size);
      const similar = jaccard >= MIN_JACCARD || containment >= MIN_CONTAINMENT;
      if (similar && compatible(candidates[j]!, candidates[i]!, other, entry)) union(j, i);
    }
  });

  const groups = new Map<number, EventCandidate[]>();
  candidates.forEach((c, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(c);
    else groups.set(root, [c]);
  });
  return [...groups.values()];
}

/** Shingle → the texts that hold it (at most MAX_POSTINGS + 1: more means boilerplate). */
type ShingleIndex = Map<number, number[]>;

function countShared(index: ShingleIndex, entry: Entry, shared: Map<number, number>): void {
  for (const s of entry.shingles) {
    const list = index.get(s);
    if (list && list.length < MAX_POSTINGS) for (const j of list) shared.set(j, (shared.get(j) ?? 0) + 1);
  }
}

function addTo(index: ShingleIndex, entry: Entry, at: number): void {
  for (const s of entry.shingles) {
    const list = index.get(s);
    if (!list) index.set(s, [at]);
    else if (list.length <= MAX_POSTINGS) list.push(at);
  }
}

function indexOfTexts(texts: readonly number[], entries: readonly Entry[]): ShingleIndex {
  const index: ShingleIndex = new Map();
  for (const i of texts) addTo(index, entries[i]!, i);
  return index;
}

function entryOf(text: string): Entry {
  const normalized = normalizeForComparison(text);
  const words = wordHashes(normalized);
  const shingles = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    let hash = 0;
    for (let k = i; k < i + SHINGLE_WORDS; k++) hash = (Math.imul(hash, 0x01000193) ^ words[k]!) >>> 0;
    shingles.add(hash);
  }
  if (shingles.size === 0) shingles.add(fnv1a(normalized));
  return { normalized, shingles, numbers: new Set(normalized.match(/\d+/g) ?? []) };
}

function compatible(
  { analysis: a }: EventCandidate,
  { analysis: b }: EventCandidate,
  ea: Entry,
  eb: Entry,
): boolean {
  const bothDated = a.date.start !== null && b.date.start !== null;
  if (bothDated && (a.date.start !== b.date.start || a.date.end !== b.date.end)) return false;
  const [small, large] =
    ea.numbers.size <= eb.numbers.size ? [ea.numbers, eb.numbers] : [eb.numbers, ea.numbers];
  return [...small].every((n) => large.has(n));
}
