import { queryOptions } from '@tanstack/react-query';

/** A document the dataset was built from, as published beside it (`data/sources/<file>`). */
export interface SourceDocument {
  file: string;
  url: string;
  sha256: string;
  /** Its length in JavaScript string indices, the unit of the events' source offsets. */
  chars: number;
}

/**
 * Where a dataset's documents are published: `sources/` beside the dataset file (a relative one
 * is the page's). The folder is resolved once: a URL parsed per document took ~75 ms at load
 * for a dataset of 10,000 documents.
 */
export function sourceDocumentUrls(datasetUrl: string): (file: string) => string {
  const folder = new URL('sources/', new URL(datasetUrl, globalThis.location?.href)).href;
  return (file) => folder + file.split('/').map(encodeURIComponent).join('/');
}

export class SourceUnavailableError extends Error {
  override name = 'SourceUnavailableError';
}

// The builder counts a byte-order mark as a character: it must stay in the text, or every offset
// would be one off.
const UTF8_KEEPING_BOM = new TextDecoder('utf-8', { ignoreBOM: true });

async function fetchSourceText(document: SourceDocument, signal: AbortSignal): Promise<string> {
  const response = await fetch(document.url, { signal }).catch(() => null);
  if (!response?.ok) throw new SourceUnavailableError(`${document.file} is not published beside the dataset`);
  const bytes = await response.arrayBuffer();
  const text = UTF8_KEEPING_BOM.decode(bytes);
  if (text.length !== document.chars || !(await hasDigest(bytes, document.sha256))) {
    throw new SourceUnavailableError(`${document.file} is not the document the dataset was built from`);
  }
  return text;
}

// crypto.subtle exists only in secure contexts (https, localhost); elsewhere the length check stands alone.
async function hasDigest(bytes: ArrayBuffer, sha256: string): Promise<boolean> {
  if (!globalThis.crypto?.subtle) return true;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('') === sha256;
}

export function sourceTextQuery(document: SourceDocument) {
  return queryOptions({
    queryKey: ['source', document.url, document.sha256],
    queryFn: ({ signal }) => fetchSourceText(document, signal),
    staleTime: Infinity,
    retry: (failures, error) => !(error instanceof SourceUnavailableError) && failures < 2,
  });
}

export interface PassageInContext {
  before: string;
  passage: string;
  after: string;
  /** Whether the document goes on before `before` / after `after`. */
  moreBefore: boolean;
  moreAfter: boolean;
}

/** Scraped pages keep runs of empty lines where navigation and widgets were; one shows the break. */
function withoutBlankLineRuns(text: string): string {
  return text.replace(/(?:[^\S\n]*\n){3,}/g, '\n\n');
}

/**
 * The passage at `start`–`end` with up to `reach` characters of the document on each side, cut
 * at line breaks so the context starts and ends with whole lines where it can. Runs of empty
 * lines in the context show as one; the passage is shown as it stands.
 */
export function passageInContext(text: string, start: number, end: number, reach = 500): PassageInContext {
  let from = Math.max(0, start - reach);
  let to = Math.min(text.length, end + reach);
  if (from > 0) {
    const lineStart = text.indexOf('\n', from);
    if (lineStart !== -1 && lineStart < start) from = lineStart + 1;
  }
  if (to < text.length) {
    const lineEnd = text.lastIndexOf('\n', to);
    if (lineEnd >= end) to = lineEnd;
  }
  return {
    before: withoutBlankLineRuns(text.slice(from, start).replace(/^\s+/, '')),
    passage: text.slice(start, end),
    after: withoutBlankLineRuns(text.slice(end, to).replace(/\s+$/, '')),
    moreBefore: /\S/.test(text.slice(0, from)),
    moreAfter: /\S/.test(text.slice(to)),
  };
}
