import { describe, expect, it } from 'vitest';
import { passageInContext, sourceDocumentUrl } from '../../../src/features/events/sourceDocument';

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

  it('counts a byte-order mark as the builder does', () => {
    const withBom = `\uFEFF${page}`;
    expect(passageInContext(withBom, start + 1, end + 1).passage).toBe('The passage itself.');
  });
});

describe('sourceDocumentUrl', () => {
  it('puts the documents beside the dataset, each path segment escaped', () => {
    expect(sourceDocumentUrl('https://example.org/t/data/events.json', 'news/2024 #1.txt')).toBe(
      'https://example.org/t/data/sources/news/2024%20%231.txt',
    );
  });
});
