import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/dataset/pipeline.ts';
import { parseDataset } from '../../../src/schema/dataset.ts';
import { buildFromDir, buildFromTexts, FIXTURES, filesUnder, SEEDS } from './build.ts';

const item = (text: string) => `${text}\n\n\n`;

describe('duplicates', () => {
  it('merges the same passage with and without headline and dateline, keeping each source', () => {
    const body =
      'On 1 May 2023, the CSTO Secretariat and the SCO signed a memorandum in Moscow.\n\nThe Parties agreed to meet again.';
    const dataset = buildFromTexts({
      'a.txt': item(body),
      'b.txt': item(`Memorandum signed\n\n01.05.2023\n\n${body.replace('  ', ' ')}`),
      'c.txt': item(`Other item here.\n\n\n${body.replaceAll(' ', '  ')}`),
    });
    const merged = dataset.events.filter((e) => e.date.start === '2023-05-01');
    expect(merged).toHaveLength(1);
    expect(merged[0]!.title).toBe('Memorandum signed');
    expect(merged[0]!.sources.map((s) => s.file)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(merged[0]!.sources[1]).toMatchObject({ start: 0 });
  });

  it('merges a near-duplicate with one word changed', () => {
    const a =
      'On 1 May 2023, in Minsk, the CSTO Secretary General met the Minister of Foreign Affairs of Belarus to discuss the preparation of the summit, the state of regional security in Central Asia, the course of joint trainings of the Collective Rapid Reaction Forces, the fight against terrorism and illegal migration, and the cooperation of the CSTO with the United Nations and the Commonwealth of Independent States in the years to come.';
    const dataset = buildFromTexts({ 'a.txt': a, 'b.txt': a.replace('discuss', 'review') });
    expect(dataset.events).toHaveLength(1);
    expect(dataset.events[0]!.sources).toHaveLength(2);
  });

  it('keeps the copies of a passage together when its text also appears under another date', () => {
    const lead = 'From 3 to 4 September, the CSTO Secretariat held consultations in Moscow.';
    const dataset = buildFromTexts({
      'a.txt': item(`05.09.2022\n\n${lead}`),
      'b.txt': item(`05.09.2023\n\n${lead}`),
      'c.txt': item(`05.09.2023\n\n${lead}`),
    });
    const bySources = dataset.events.map((e) => [e.date.start, e.sources.map((s) => s.file)]);
    expect(bySources).toEqual([
      ['2022-09-03', ['a.txt']],
      ['2023-09-03', ['b.txt', 'c.txt']],
    ]);
  });

  it('never merges two events from one template with different dates', () => {
    const a =
      'On 1 May 2023, in Minsk, units of the CSTO Collective Rapid Reaction Forces held a joint training on the protection of borders and regional security.';
    const dataset = buildFromTexts({ 'a.txt': a, 'b.txt': a.replace('1 May', '7 May') });
    expect(dataset.events).toHaveLength(2);
  });
});

describe('coverage', () => {
  it.each([
    ['seeds', SEEDS],
    ['fixtures', FIXTURES],
  ])('every non-blank character of the %s is in an event source or a skipped span', (_name, root) => {
    const files = filesUnder(root);
    const { dataset } = buildDataset(files);
    for (const { file, bytes } of files) {
      if (!dataset.sources.some((s) => s.file === file)) continue;
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      const covered = new Uint8Array(text.length);
      const spans = [...dataset.events.flatMap((e) => e.sources), ...dataset.skipped].filter(
        (s) => s.file === file,
      );
      for (const s of spans) covered.fill(1, s.start, s.end);
      const lost = [...text].map((ch, i) => (covered[i] || /\s/.test(ch) ? '' : ch)).join('');
      expect(lost, file).toBe('');
    }
  });
});

describe('pipeline', () => {
  it('builds a valid dataset from the seeds and the fixtures', () => {
    for (const root of [SEEDS, FIXTURES])
      expect(parseDataset(buildFromDir(root).dataset)).toMatchObject({ ok: true });
  });

  it('is deterministic', () => {
    expect(JSON.stringify(buildFromDir(SEEDS).dataset)).toBe(JSON.stringify(buildFromDir(SEEDS).dataset));
  });

  it('never throws and always builds a valid dataset on arbitrary text', () => {
    const line = fc.oneof(
      fc.string({ maxLength: 120 }),
      fc.constantFrom(
        '05.09.2024',
        'Go back',
        'Headline without stop',
        'On March 28, 2023, a meeting was held.',
        'From 3 to 6 September, a training.',
        'X.jpgThe text.',
        '',
        '<p>x</p>',
        '\u00a0',
      ),
    );
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 12 }),
        fc.constantFrom('\n', '\n\n', '\n\n\n', '\r\n'),
        (lines, sep) => {
          const { dataset } = buildDataset([
            { file: 'x.txt', bytes: new TextEncoder().encode(lines.join(sep)) },
          ]);
          return parseDataset(dataset).ok;
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('fixtures', () => {
  const { dataset } = buildFromDir(FIXTURES);
  const find = (snippet: string) => dataset.events.find((e) => e.text.includes(snippet));

  it('takes a missing year from the item dateline, marked inferred', () => {
    expect(find('joint exercise near Bishkek')?.date).toMatchObject({
      start: '2023-10-10',
      end: '2023-10-12',
      certainty: 'inferred',
    });
    expect(find('joint exercise near Bishkek')?.countries).toEqual(['KG']);
  });

  it('keeps "this year" without context undated, and the eve with it', () => {
    expect(find('arrived in Yerevan')?.date).toMatchObject({
      precision: 'unknown',
      text: 'On November 20, this year',
    });
    expect(find('advance team')?.date.precision).toBe('unknown');
  });

  it('reads HTML-wrapped text without its markup', () => {
    const event = find('met with students in Minsk');
    expect(event?.date.start).toBe('2024-07-25');
    expect(dataset.skipped.some((s) => s.file === 'html-wrapped.txt' && s.reason === 'html-markup')).toBe(
      true,
    );
  });

  it('keeps offsets in the original text of a CRLF file with a BOM', () => {
    const event = find('Council of Foreign Ministers');
    expect(event?.sources[0]).toMatchObject({ file: 'crlf-bom.txt', start: 1 });
    expect(event?.organizations).toContain('CSTO-CMFA');
  });

  it('reads nested folders, a speech and an interview as two undated statements', () => {
    const statements = dataset.events.filter((e) => e.sources[0]!.file === 'nested/speech.txt');
    expect(statements.map((e) => [e.type, e.date.precision])).toEqual([
      ['statement', 'unknown'],
      ['statement', 'unknown'],
    ]);
  });
});
