// The builder's passes composed: files in, dataset out. Pure: no disk, no clock, no randomness.
import type { Dataset, SkippedSpan, TimelineEvent } from '../schema/dataset.ts';
import { createAnalysers } from './analysers.ts';
import { countryName, ORGANIZATIONS } from './entities/index.ts';
import { compareText, toEvents } from './events.ts';
import { createItemAnalysisCache, extractCandidates, type EventCandidate } from './extract.ts';
import { groupDuplicates } from './merge.ts';
import { maskSpans, readDocument, type RawFile } from './read.ts';
import { segmentDocument } from './segment.ts';

export interface BuildReport {
  filesRead: number;
  skippedFiles: { file: string; reason: string }[];
  events: number;
  undatedEvents: number;
  duplicatesMerged: number;
  passagesSkipped: number;
}

export function buildDataset(files: readonly RawFile[]): { dataset: Dataset; report: BuildReport } {
  const analysers = createAnalysers();
  const analysed = createItemAnalysisCache();
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
    const segmentation = segmentDocument(maskSpans(text, markup), analysers);
    for (const s of segmentation.skipped) skipped.push({ file, ...s });
    candidates.push(...extractCandidates(file, segmentation.items, analysers, analysed));
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

function usedOrganizations(events: TimelineEvent[]): Dataset['organizations'] {
  const used = new Set(events.flatMap((e) => e.organizations));
  return ORGANIZATIONS.filter((o) => used.has(o.id)).map(({ id, name, parent }) => ({ id, name, parent }));
}
