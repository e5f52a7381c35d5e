// The builder's passes composed: files in, dataset out. Pure: no disk, no clock, no randomness.
import type { Dataset, DateRecord, SkippedSpan, TimelineEvent } from '../schema/dataset.ts';
import { findDateMentions } from './dates/index.ts';
import { countryName, findMentions, findPeople, ORGANIZATIONS } from './entities/index.ts';
import { extractCandidates, mergePeople, type EventCandidate } from './extract.ts';
import { baseId, uniqueIds } from './ids.ts';
import { groupDuplicates } from './merge.ts';
import { maskSpans, readDocument, type RawFile } from './read.ts';
import { segmentDocument } from './segment.ts';
import { normalizeForComparison } from './text.ts';

export interface BuildReport {
  filesRead: number;
  skippedFiles: { file: string; reason: string }[];
  events: number;
  undatedEvents: number;
  duplicatesMerged: number;
  passagesSkipped: number;
}

export function buildDataset(files: readonly RawFile[]): { dataset: Dataset; report: BuildReport } {
  const mentionsOf = memoized(findDateMentions);
  const analysers = { mentionsOf, entitiesOf: memoized(findMentions), peopleOf: memoized(findPeople) };
  const sources: Dataset['sources'] = [];
  const skipped: SkippedSpan[] = [];
  const skippedFiles: BuildReport['skippedFiles'] = [];
  const candidates: EventCandidate[] = [];
  for (const raw of [...files].sort((a, b) => compareText(a.file, b.file))) {
    const outcome = readDocument(raw);
    if (!outcome.ok) {
      skippedFiles.push({ file: outcome.file, reason: outcome.reason });
      continue;
    }
    const { file, text, sha256, markup } = outcome.document;
    sources.push({ file, sha256, chars: text.length });
    for (const m of markup) skipped.push({ file, ...m, reason: 'html-markup' });
    const segmentation = segmentDocument(maskSpans(text, markup), mentionsOf);
    for (const s of segmentation.skipped) skipped.push({ file, ...s });
    candidates.push(...extractCandidates(file, segmentation.items, analysers));
  }
  const groups = groupDuplicates(candidates);
  const events = toEvents(groups);
  const dataset: Dataset = {
    schemaVersion: 1,
    sources,
    organizations: usedOrganizations(events),
    countries: [...new Set(events.flatMap((e) => e.countries))]
      .sort()
      .map((id) => ({ id, name: countryName(id) })),
    events,
    skipped: skipped.sort((a, b) => compareText(a.file, b.file) || a.start - b.start),
  };
  const report: BuildReport = {
    filesRead: sources.length,
    skippedFiles,
    events: events.length,
    undatedEvents: events.filter((e) => e.date.precision === 'unknown').length,
    duplicatesMerged: candidates.length - groups.length,
    passagesSkipped: skipped.length,
  };
  return { dataset, report };
}

function toEvents(groups: EventCandidate[][]): TimelineEvent[] {
  const drafts = groups.map((group) => {
    const byPosition = [...group].sort((a, b) => compareText(a.file, b.file) || a.span.start - b.span.start);
    // The id comes from the variant with the smallest normalised lead, whatever order documents come in.
    const idSource = [...group].sort((a, b) =>
      compareText(normalizeForComparison(a.lead), normalizeForComparison(b.lead)),
    )[0]!;
    const fullest = [...byPosition].sort((a, b) => b.text.length - a.text.length)[0]!;
    const date = bestDate(byPosition.map((c) => c.date));
    const event: TimelineEvent = {
      id: '',
      title: byPosition.find((c) => c.headline)?.headline ?? fullest.clauseTitle,
      summary: fullest.summary,
      text: fullest.text,
      type: fullest.type,
      status: fullest.status,
      date,
      organizations: union(byPosition.map((c) => c.organizations)),
      countries: union(byPosition.map((c) => c.countries)).sort(),
      places: union(byPosition.map((c) => c.places)),
      people: mergePeople(byPosition.flatMap((c) => c.people)),
      sources: byPosition.map((c) => ({ file: c.file, start: c.span.start, end: c.span.end })),
    };
    return { event, base: baseId(date.start, idSource.clauseTitle), text: idSource.lead };
  });
  const ids = uniqueIds(drafts);
  const events = drafts.map((d, i) => ({ ...d.event, id: ids[i]! }));
  return events.sort(compareEvents);
}

const CERTAINTY_RANK = { explicit: 2, inferred: 1, unknown: 0 } as const;
const PRECISION_RANK = { day: 3, month: 2, year: 1, unknown: 0 } as const;

function bestDate(dates: DateRecord[]): DateRecord {
  return [...dates].sort(
    (a, b) =>
      CERTAINTY_RANK[b.certainty] - CERTAINTY_RANK[a.certainty] ||
      PRECISION_RANK[b.precision] - PRECISION_RANK[a.precision],
  )[0]!;
}

function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  if ((a.date.start === null) !== (b.date.start === null)) return a.date.start === null ? 1 : -1;
  return (
    compareText(a.date.start ?? '', b.date.start ?? '') ||
    compareText(a.date.end ?? '', b.date.end ?? '') ||
    compareText(a.id, b.id)
  );
}

function usedOrganizations(events: TimelineEvent[]): Dataset['organizations'] {
  const used = new Set(events.flatMap((e) => e.organizations));
  return ORGANIZATIONS.filter((o) => used.has(o.id)).map(({ id, name, parent }) => ({ id, name, parent }));
}

function memoized<T>(read: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let found = cache.get(text);
    if (!found) cache.set(text, (found = read(text)));
    return found;
  };
}

const union = (lists: string[][]): string[] => [...new Set(lists.flat())];
// Code-unit order, not locale order: the output must not depend on the machine's locale.
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
