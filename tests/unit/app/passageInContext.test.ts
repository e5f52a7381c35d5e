import { createHash } from 'node:crypto';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  passageInContext,
  sourceDocumentUrls,
  sourceTextQuery,
} from '../../../src/features/events/sourceDocument';

const page = [
  'Menu | News | Contacts',
  '',
  'A headline',
  '12.05.2024',
  'The passage itself.',
  '',
  'Next item, which goes on for more words than the reach.',
].join('\n');
const start = page.indexOf('The passage');
const end = start + 'The passage itself.'.length;

describe('passageInContext', () => {
  it('shows a run of empty lines around the passage as one', () => {
    const text = 'Menu\r\n \r\n\r\n\t\r\nLead line.\nThe passage itself.\n\n\n\n\nFooter\n\nLast';
    const at = text.indexOf('The passage');
    const shown = passageInContext(text, at, at + 'The passage itself.'.length);
    expect(shown.before).toBe('Menu\n\nLead line.\n');
    expect(shown.after).toBe('\n\nFooter\n\nLast');
  });

  it('keeps the exact passage and whole lines around it', () => {
    const shown = passageInContext(page, start, end, 20);
    expect(shown.passage).toBe('The passage itself.');
    expect(shown.before).toBe('12.05.2024\n');
    expect(shown.after).toBe('');
    expect(shown.moreBefore).toBe(true);
    expect(shown.moreAfter).toBe(true);
  });

  it('shows the whole document when it is short, with nothing more on either side', () => {
    const shown = passageInContext(page, start, end, 1000);
    expect(shown.before + shown.passage + shown.after).toBe(page);
    expect([shown.moreBefore, shown.moreAfter]).toEqual([false, false]);
  });
});

describe('sourceDocumentUrls', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('puts the documents beside the dataset, each path segment escaped', () => {
    const urlOf = sourceDocumentUrls('https://example.org/t/data/events.json');
    expect(urlOf('news/2024 #1.txt')).toBe('https://example.org/t/data/sources/news/2024%20%231.txt');
    expect(urlOf('a?b/c&d.txt')).toBe('https://example.org/t/data/sources/a%3Fb/c%26d.txt');
  });

  it('resolves a relative dataset address against the page', () => {
    vi.stubGlobal('location', { href: 'https://example.org/explorer/index.html?type=meeting' });
    expect(sourceDocumentUrls('./data/events.json')('page.txt')).toBe(
      'https://example.org/explorer/data/sources/page.txt',
    );
  });
});

describe('sourceTextQuery', () => {
  afterEach(() => vi.unstubAllGlobals());

  const published = (bytes: Uint8Array<ArrayBuffer>) => {
    vi.stubGlobal('fetch', async () => new Response(bytes.slice().buffer));
    return new QueryClient({ defaultOptions: { queries: { retry: false } } });
  };
  const documentOf = (bytes: Uint8Array<ArrayBuffer>, chars: number) => ({
    file: 'page.txt',
    url: 'https://example.org/data/sources/page.txt',
    sha256: createHash('sha256').update(bytes).digest('hex'),
    chars,
  });

  it('keeps a byte-order mark, which the builder counts in its offsets', async () => {
    const bytes = new TextEncoder().encode(`\uFEFF${page}`);
    const text = await published(bytes).fetchQuery(sourceTextQuery(documentOf(bytes, page.length + 1)));
    expect(passageInContext(text, start + 1, end + 1).passage).toBe('The passage itself.');
  });

  it('refuses a document other than the one the dataset was built from', async () => {
    const bytes = new TextEncoder().encode(page);
    const other = { ...documentOf(bytes, page.length), sha256: '0'.repeat(64) };
    await expect(published(bytes).fetchQuery(sourceTextQuery(other))).rejects.toThrow(
      'not the document the dataset was built from',
    );
  });
});
