// The dataset's one schema (CONTRACT.md §2). The builder validates its output with it before
// writing, the app validates what it loads; every type is inferred from it. `zod/mini` keeps the
// app's first-render bundle small.
import * as z from 'zod/mini';

export const EVENT_TYPES = [
  'meeting',
  'training',
  'signing',
  'consultations',
  'briefing',
  'conference',
  'mission',
  'statement',
  'anniversary',
  'decision',
  'other',
] as const;
export const EVENT_STATUSES = ['held', 'planned'] as const;
export const DATE_PRECISIONS = ['day', 'month', 'year', 'unknown'] as const;
export const DATE_CERTAINTIES = ['explicit', 'inferred', 'unknown'] as const;

const isoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'));
const nonBlank = z.string().check(z.regex(/\S/, 'must not be blank'));
const offset = z.number().check(z.int(), z.nonnegative());

export const dateRecordSchema = z
  .object({
    start: z.nullable(isoDay),
    end: z.nullable(isoDay),
    precision: z.enum(DATE_PRECISIONS),
    certainty: z.enum(DATE_CERTAINTIES),
    /** The phrase the date was read from, as written ("" when the passage has none). */
    text: z.string(),
    /** Why a date is `inferred` (e.g. where its year came from), for the reader. */
    note: z.optional(z.string()),
  })
  .check(
    z.refine(
      (d) =>
        d.precision === 'unknown'
          ? d.start === null && d.end === null && d.certainty === 'unknown'
          : d.start !== null && d.end !== null && d.start <= d.end && d.certainty !== 'unknown',
      'an undated record has no start/end and certainty "unknown"; a dated one has start <= end',
    ),
  );

export const sourceSpanSchema = z
  .object({ file: nonBlank, start: offset, end: offset })
  .check(z.refine((s) => s.start < s.end, 'a source span ends after it starts'));

export const personSchema = z.object({ name: nonBlank, role: z.nullable(z.string()) });

export const eventSchema = z.object({
  id: z.string().check(z.regex(/^[A-Za-z0-9._~-]+$/, 'ids are URL-safe')),
  title: nonBlank,
  summary: nonBlank,
  text: nonBlank,
  type: z.enum(EVENT_TYPES),
  status: z.enum(EVENT_STATUSES),
  date: dateRecordSchema,
  organizations: z.array(z.string()),
  countries: z.array(z.string().check(z.regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2'))),
  places: z.array(z.string()),
  people: z.array(personSchema),
  sources: z.array(sourceSpanSchema).check(z.minLength(1)),
});

export const organizationSchema = z.object({
  id: nonBlank,
  name: nonBlank,
  parent: z.nullable(z.string()),
});

export const countrySchema = z.object({ id: z.string(), name: nonBlank });

export const sourceDocumentSchema = z.object({
  file: nonBlank,
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  chars: offset,
});

export const skippedSpanSchema = z.object({
  file: nonBlank,
  start: offset,
  end: offset,
  reason: nonBlank,
});

const datasetShape = z.object({
  schemaVersion: z.literal(1),
  sources: z.array(sourceDocumentSchema),
  organizations: z.array(organizationSchema),
  countries: z.array(countrySchema),
  events: z.array(eventSchema),
  skipped: z.array(skippedSpanSchema),
});

export const datasetSchema = datasetShape.check(
  z.superRefine((dataset, ctx) => {
    for (const message of referenceProblems(dataset))
      ctx.issues.push({ code: 'custom', message, input: dataset });
  }),
);

export type EventType = (typeof EVENT_TYPES)[number];
export type DateRecord = z.infer<typeof dateRecordSchema>;
export type SourceSpan = z.infer<typeof sourceSpanSchema>;
export type Person = z.infer<typeof personSchema>;
export type TimelineEvent = z.infer<typeof eventSchema>;
export type Organization = z.infer<typeof organizationSchema>;
export type Country = z.infer<typeof countrySchema>;
export type SourceDocument = z.infer<typeof sourceDocumentSchema>;
export type SkippedSpan = z.infer<typeof skippedSpanSchema>;
export type Dataset = z.infer<typeof datasetSchema>;

/** Cross-references a field-by-field schema cannot see: unique ids, known organisations and parents. */
function referenceProblems(dataset: z.infer<typeof datasetShape>): string[] {
  const problems: string[] = [];
  const orgIds = new Set(dataset.organizations.map((o) => o.id));
  for (const org of dataset.organizations) {
    if (org.parent !== null && !orgIds.has(org.parent))
      problems.push(`organization ${org.id}: unknown parent ${org.parent}`);
  }
  const eventIds = new Set<string>();
  for (const event of dataset.events) {
    if (eventIds.has(event.id)) problems.push(`event ${event.id}: duplicate id`);
    eventIds.add(event.id);
    for (const org of event.organizations) {
      if (!orgIds.has(org)) problems.push(`event ${event.id}: organization ${org} is not in the registry`);
    }
  }
  return problems;
}

export type ParseResult = { ok: true; dataset: Dataset } | { ok: false; problems: string[] };

/** Validates unknown JSON as a dataset; problems are short readable lines, at most `limit`. */
export function parseDataset(json: unknown, limit = 10): ParseResult {
  const result = datasetSchema.safeParse(json);
  if (result.success) return { ok: true, dataset: result.data };
  const problems = result.error.issues
    .slice(0, limit)
    .map((issue) => `${issue.path.length ? issue.path.join('.') + ': ' : ''}${issue.message}`);
  return { ok: false, problems };
}
