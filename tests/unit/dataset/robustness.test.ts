import { describe, expect, it } from 'vitest';
import { MAX_PARAGRAPH_CHARS } from '../../../src/dataset/paragraphs.ts';
import { buildFromTexts } from './build.ts';

describe('robustness', () => {
  it('reads a page flattened to one huge line in pieces, losing nothing', () => {
    const sentence = 'On 25 July 2024, staff of the CSTO Secretariat met with students in Minsk. ';
    const text = sentence.repeat(Math.ceil((40 * MAX_PARAGRAPH_CHARS) / sentence.length));
    const started = performance.now();
    const dataset = buildFromTexts({ 'flat.txt': text });
    expect(performance.now() - started).toBeLessThan(5000);
    const longest = Math.max(...dataset.events.flatMap((e) => e.sources.map((s) => s.end - s.start)));
    expect(longest).toBeLessThanOrEqual(MAX_PARAGRAPH_CHARS);
    const covered = new Uint8Array(text.length);
    for (const s of [...dataset.events.flatMap((e) => e.sources), ...dataset.skipped])
      covered.fill(1, s.start, s.end);
    expect([...text].filter((ch, i) => !covered[i] && /\S/.test(ch)).join('')).toBe('');
  });

  const BODY = '<body><p>On 25 July 2024, the OSCE met in Vienna.</p>';
  it.each([
    [
      'a script',
      `<html><head><script>document.write("On 1 May 2023, the SCO met.");</script></head>${BODY}</body></html>`,
    ],
    [
      'a style',
      `<html><head><style>/* On 1 May 2023, the SCO met. */ p { color: red }</style></head>${BODY}</body></html>`,
    ],
    ['an unclosed script', `<html>${BODY}<script>On 1 May 2023, the SCO met.`],
  ])('never takes event text from %s', (_name, page) => {
    const { events } = buildFromTexts({ 'page.txt': page });
    expect(events.map((e) => e.title)).toEqual(['The OSCE met in Vienna']);
  });
});
