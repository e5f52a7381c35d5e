// Groups of duplicate candidates → events. Copies of one item share their analysis object, so each
// group is read once per distinct variant, in the order the variants first appear (by file, then offset).
import type { DateRecord, TimelineEvent } from '../schema/dataset.ts';
import { mergePeople, type EventCandidate, type ItemAnalysis } from './extract.ts';
import { baseId, datePrefix, majorityForm, uniqueIds } from './ids.ts';

const CERTAINTY_RANK = { explicit: 2, inferred: 1, unknown: 0 } as const;
const PRECISION_RANK = { day: 3, month: 2, year: 1, unknown: 0 } as const;

export function toEvents(groups: readonly EventCandidate[][]): TimelineEvent[] {
  const drafts = groups.map((group) => {
    const byPosition = [...group].sort((a, b) => compareText(a.file, b.file) || a.span.start - b.span.start);
    const variants = [...new Set(byPosition.map((c) => c.analysis))];
    const fullest = variants.reduce((best, v) => (v.text.length > best.text.length ? v : best));
    const date = bestDate(variants.map((v) => v.date));
    const form = majorityForm(group.map((c) => c.analysis.idForm));
    const event: TimelineEvent = {
      id: '',
      title: variants.find((v) => v.headline)?.headline ?? fullest.clauseTitle,
      summary: fullest.summary,
      text: fullest.text,
      type: fullest.type,
      status: fullest.status,
      date,
      organizations: union(variants, (v) => v.organizations),
      countries: union(variants, (v) => v.countries).sort(),
      places: union(variants, (v) => v.places),
      people: mergePeople(variants.flatMap((v) => v.people)),
      sources: byPosition.map((c) => ({ file: c.file, start: c.span.start, end: c.span.end })),
    };
    return { event, base: baseId(datePrefix(date), form), text: fullest.text };
  });
  const ids = uniqueIds(drafts);
  drafts.forEach((d, i) => (d.event.id = ids[i]!));
  return drafts.map((d) => d.event).sort(compareEvents);
}

/** The most certain, then the finest date of the variants; ties go to the first. */
function bestDate(dates: DateRecord[]): DateRecord {
  return dates.reduce((best, d) =>
    CERTAINTY_RANK[d.certainty] > CERTAINTY_RANK[best.certainty] ||
    (d.certainty === best.certainty && PRECISION_RANK[d.precision] > PRECISION_RANK[best.precision])
      ? d
      : best,
  );
}

function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  if ((a.date.start === null) !== (b.date.start === null)) return a.date.start === null ? 1 : -1;
  return (
    compareText(a.date.start ?? '', b.date.start ?? '') ||
    compareText(a.date.end ?? '', b.date.end ?? '') ||
    compareText(a.id, b.id)
  );
}

const union = (variants: ItemAnalysis[], list: (v: ItemAnalysis) => string[]): string[] => [
  ...new Set(variants.flatMap(list)),
];
// Code-unit order, not locale order: the output must not depend on the machine's locale.
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
