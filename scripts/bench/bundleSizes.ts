import { gzipSync } from 'node:zlib';
import type { Rolldown } from 'vite';

type OutputChunk = Rolldown.OutputChunk;

export interface ChunkSize {
  file: string;
  kind: 'first render' | 'lazy' | 'embed';
  gzipBytes: number;
  holdsTimeline: boolean;
}

export interface BundleReport {
  chunks: ChunkSize[];
  /** The explorer's entry and its static imports: what the first list render waits for. */
  firstRenderBytes: number;
  /** Everything the explorer can load (static and dynamic imports), excluding embed-only entries. */
  explorerBytes: number;
  /** True when vis-timeline sits only in chunks the explorer loads lazily. */
  timelineIsLazy: boolean;
}

const gzipBytes = (code: string) => gzipSync(code, { level: 9 }).length;
const holdsTimeline = (chunk: OutputChunk) => chunk.moduleIds.some((id) => id.includes('/vis-timeline/'));

/** Gzip sizes of the built JavaScript, grouped by when the explorer needs it. */
export function measureBundle(output: Rolldown.RolldownOutput['output']): BundleReport {
  const chunks = new Map(
    output
      .filter((file): file is OutputChunk => file.type === 'chunk')
      .map((chunk) => [chunk.fileName, chunk]),
  );
  const entry = [...chunks.values()].find(
    (chunk) => chunk.isEntry && chunk.facadeModuleId?.endsWith('/index.html'),
  );
  if (!entry) throw new Error('the build has no index.html entry chunk');

  const closure = (start: OutputChunk, withDynamic: boolean) => {
    const seen = new Set<string>();
    const visit = (fileName: string) => {
      const chunk = chunks.get(fileName);
      if (!chunk || seen.has(fileName)) return;
      seen.add(fileName);
      for (const next of [...chunk.imports, ...(withDynamic ? chunk.dynamicImports : [])]) visit(next);
    };
    visit(start.fileName);
    return seen;
  };
  const firstRender = closure(entry, false);
  const explorer = closure(entry, true);
  const sizes: ChunkSize[] = [...chunks.values()].map((chunk) => ({
    file: chunk.fileName,
    kind: firstRender.has(chunk.fileName) ? 'first render' : explorer.has(chunk.fileName) ? 'lazy' : 'embed',
    gzipBytes: gzipBytes(chunk.code),
    holdsTimeline: holdsTimeline(chunk),
  }));
  const total = (files: Set<string>) =>
    sizes.filter((size) => files.has(size.file)).reduce((sum, size) => sum + size.gzipBytes, 0);
  return {
    chunks: sizes.sort((a, b) => a.kind.localeCompare(b.kind) || b.gzipBytes - a.gzipBytes),
    firstRenderBytes: total(firstRender),
    explorerBytes: total(explorer),
    timelineIsLazy:
      sizes.some((size) => size.holdsTimeline) &&
      !sizes.some((size) => size.holdsTimeline && firstRender.has(size.file)),
  };
}
