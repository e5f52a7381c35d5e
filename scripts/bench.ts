// `npm run bench`: the builder and the explorer at 1,000 and 10,000 items, against the budgets of
// issue 6. Prints figures and never fails on one; takes a few minutes; not part of `npm test`.
import path from 'node:path';
import { build, type Rolldown } from 'vite';
import { benchmarkApp, type AppFigures } from './bench/app.ts';
import { measureBundle, type BundleReport } from './bench/bundleSizes.ts';
import { runDatasetBenchmark } from './bench/dataset.ts';
import { serveDirectory } from './bench/staticServer.ts';
import { formatRecords, formatTable } from './bench/table.ts';

const SIZES = [1_000, 10_000];
const LOAD_RUNS = 5;
const OUT_DIR = path.resolve('.bench/dist');
const KB = 1024;

const BUDGETS = {
  firstRenderKb: 100,
  explorerKb: 260,
  firstListMs: 1_000,
  filterP95Ms: 50,
  heapMb: 150,
};

const verdict = (value: number, budget: number) => (value <= budget ? 'ok' : 'OVER');

// The builder's benchmark: 1k and 10k documents, with the naive chrono-node peer in the same run.
async function builderFigures(): Promise<string> {
  return formatRecords('Builder (each tool and size in its own process)', await runDatasetBenchmark());
}

async function buildExplorer(): Promise<BundleReport> {
  const result = await build({ logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } });
  const output = (Array.isArray(result) ? result[0] : result) as Rolldown.RolldownOutput;
  return measureBundle(output.output);
}

function bundleTables(bundle: BundleReport): string {
  const chunks = formatTable(
    'Built JavaScript (gzip -9)',
    ['chunk', 'loaded', 'KB', 'vis-timeline'],
    bundle.chunks.map((chunk) => [
      chunk.file,
      chunk.kind,
      chunk.gzipBytes / KB,
      chunk.holdsTimeline ? 'yes' : '',
    ]),
  );
  const budgets = formatTable(
    'Bundle budgets',
    ['figure', 'KB', 'budget', ''],
    [
      [
        'first render JS (entry + static imports)',
        bundle.firstRenderBytes / KB,
        BUDGETS.firstRenderKb,
        verdict(bundle.firstRenderBytes / KB, BUDGETS.firstRenderKb),
      ],
      [
        'all explorer JS',
        bundle.explorerBytes / KB,
        BUDGETS.explorerKb,
        verdict(bundle.explorerBytes / KB, BUDGETS.explorerKb),
      ],
      [
        'timeline in its own lazy chunk',
        bundle.timelineIsLazy ? 'yes' : 'no',
        '',
        bundle.timelineIsLazy ? 'ok' : 'OVER',
      ],
    ],
  );
  return chunks + '\n' + budgets;
}

function appTable(figures: AppFigures[]): string {
  const largest = figures.at(-1)!;
  return (
    formatTable(
      'Explorer in headless Chromium (medians; filter changes: choosing one type, then none, in turn)',
      [
        'events',
        'dataset MB',
        'loads',
        'first list ms',
        'timeline ms',
        'heap MB',
        'changes',
        'filter→list med',
        'p95',
        'filter→list+timeline med',
        'p95',
      ],
      figures.map((f) => [
        f.events,
        f.datasetMegabytes,
        f.loads,
        f.firstListMs,
        f.timelineMs,
        f.heapMegabytes,
        f.filterTimedOut ? `${f.filterChanges} (last timed out)` : f.filterChanges,
        f.filterListMedianMs,
        f.filterListP95Ms,
        f.filterBothMedianMs,
        f.filterBothP95Ms,
      ]),
    ) +
    '\n' +
    formatTable(
      `Budgets at ${largest.events.toLocaleString('en-GB')} events`,
      ['figure', 'measured', 'budget', ''],
      [
        [
          'first list render ms',
          largest.firstListMs,
          BUDGETS.firstListMs,
          verdict(largest.firstListMs, BUDGETS.firstListMs),
        ],
        [
          'filter change (list + timeline) p95 ms',
          largest.filterBothP95Ms,
          BUDGETS.filterP95Ms,
          verdict(largest.filterBothP95Ms, BUDGETS.filterP95Ms),
        ],
        [
          'JS heap after load MB',
          largest.heapMegabytes,
          BUDGETS.heapMb,
          verdict(largest.heapMegabytes, BUDGETS.heapMb),
        ],
      ],
    )
  );
}

/** Runs one part of the bench; a part that breaks is reported, and the others still run. */
async function section(name: string, run: () => Promise<string>): Promise<void> {
  try {
    console.log(await run());
  } catch (error) {
    console.log(
      `\n${name}: could not be measured: ${error instanceof Error ? error.message.split('\n')[0] : error}`,
    );
  }
}

async function main() {
  const started = performance.now();
  await section('Builder', builderFigures);
  await section('Explorer', async () => {
    const bundle = await buildExplorer();
    const server = await serveDirectory(OUT_DIR);
    try {
      return `${bundleTables(bundle)}\n${appTable(await benchmarkApp(server, SIZES, LOAD_RUNS))}`;
    } finally {
      await server.close();
    }
  });
  console.log(`\nbench took ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

await main();
