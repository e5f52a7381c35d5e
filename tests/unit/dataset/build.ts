// Test helpers: build a dataset from files on disk or from inline texts, through the public pipeline.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { buildDataset } from '../../../src/dataset/pipeline.ts';
import type { RawFile } from '../../../src/dataset/read.ts';

export const SEEDS = join(import.meta.dirname, '../../../seeds');
export const FIXTURES = join(import.meta.dirname, '../../fixtures/dataset');

export function filesUnder(root: string): RawFile[] {
  const out: RawFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.txt'))
        out.push({ file: relative(root, path).split(sep).join('/'), bytes: readFileSync(path) });
    }
  };
  walk(root);
  return out;
}

export function buildFromTexts(texts: Record<string, string>) {
  const files = Object.entries(texts).map(([file, text]) => ({
    file,
    bytes: new TextEncoder().encode(text),
  }));
  return buildDataset(files).dataset;
}

export function buildFromDir(root: string) {
  return buildDataset(filesUnder(root));
}

/** An item's dateline as the segmenter reads it from "D.M.YYYY". */
export const dateline = (year: number, month: number, day: number) => ({
  date: { year, month, day },
  text: `${day}.${month}.${year}`,
});
