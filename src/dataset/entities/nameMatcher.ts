// A gazetteer matcher for plain names: the leftmost, then longest, name at each word start, as one big
// alternation would find them, but by a table lookup per capitalised word instead of trying every name
// at every character (the country table has several hundred names and runs on every passage).

export interface NameMatch {
  start: number;
  end: number;
  name: string;
}

export type NameMatcher = (text: string) => NameMatch[];

const BUCKET_CHARS = 2;

/** `names` must each start with a capital letter (the bucket is read at a capitalised word start). */
export function nameMatcher(names: Iterable<string>): NameMatcher {
  const buckets = new Map<string, string[]>();
  for (const name of names) {
    const key = name.slice(0, BUCKET_CHARS);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(name);
    else buckets.set(key, [name]);
  }
  for (const bucket of buckets.values()) bucket.sort((a, b) => b.length - a.length);
  return (text) => {
    const found: NameMatch[] = [];
    for (let i = 0; i < text.length; i++) {
      if (!isCapital(text.charCodeAt(i)) || (i > 0 && isWordChar(text.charCodeAt(i - 1)))) continue;
      const name = buckets
        .get(text.slice(i, i + BUCKET_CHARS))
        ?.find((n) => text.startsWith(n, i) && !isWordChar(text.charCodeAt(i + n.length)));
      if (!name) continue;
      found.push({ start: i, end: i + name.length, name });
      i += name.length - 1;
    }
    return found;
  };
}

const isCapital = (code: number) => code >= 65 && code <= 90;
/** ASCII letters and digits: the word edge the registries' patterns use. */
const isWordChar = (code: number) =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
