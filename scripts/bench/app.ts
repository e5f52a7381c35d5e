// The explorer in headless Chromium against the production build, with synthetic datasets.
import { chromium, type Browser } from '@playwright/test';
import { EVENT_TYPES } from '../../src/schema/dataset.ts';
import { FIRST_RENDER_SELECTORS, recordFirstRenders, timeTypeChange } from './pageProbes.ts';
import { median, percentile } from './stats.ts';
import type { StaticServer } from './staticServer.ts';
import { createSyntheticDataset } from './syntheticDataset.ts';
import { CHROMIUM_LAUNCH_OPTIONS } from '../chromium.ts';

const FILTER_CHANGES = 20;
// A slow build of the app must not stretch the bench past a few minutes: each phase stops
// repeating after this long and reports what it measured (the row says how many samples).
const PHASE_BUDGET_MS = 60_000;
// A change slower than this is recorded at this value (a lower bound) and ends the series: the
// page is still busy with it, so later changes would measure its leftovers.
const CHANGE_TIMEOUT_MS = 20_000;

const progress = (message: string) => process.stderr.write(`bench: ${message}\n`);

export interface AppFigures {
  events: number;
  datasetMegabytes: number;
  loads: number;
  firstListMs: number;
  timelineMs: number;
  heapMegabytes: number;
  filterChanges: number;
  /** Whether a change took longer than CHANGE_TIMEOUT_MS (its sample is that lower bound). */
  filterTimedOut: boolean;
  filterListMedianMs: number;
  filterListP95Ms: number;
  filterBothMedianMs: number;
  filterBothP95Ms: number;
}

interface LoadFigures {
  firstListMs: number;
  timelineMs: number;
  heapMegabytes: number;
}

/** Alternates one type and no type, so every change alters the count: meeting, all, training, all, … */
const typeChange = (index: number): string[] =>
  index % 2 === 0 ? [EVENT_TYPES[(index / 2) % EVENT_TYPES.length]!] : [];

function withinTimeout<T>(work: Promise<T>, milliseconds: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>(
    (resolve) => (timer = setTimeout(() => resolve('timeout'), milliseconds)),
  );
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** A fresh context per page: closing it ends even a renderer that is stuck in a long task. */
async function openExplorer(browser: Browser, server: StaticServer) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  // tsx compiles with esbuild's keepNames, which wraps the probes' inner functions in __name():
  // the serialised probes need it in the page too.
  await page.addInitScript('globalThis.__name ??= (fn) => fn;');
  await page.addInitScript(recordFirstRenders, FIRST_RENDER_SELECTORS);
  await page.goto(`${server.origin}/index.html`);
  await page.waitForFunction(() => window.benchMarks.firstTimelineItem !== undefined, null, {
    timeout: 60_000,
  });
  return page;
}

async function measureLoad(browser: Browser, server: StaticServer): Promise<LoadFigures> {
  const page = await openExplorer(browser, server);
  const marks = await page.evaluate(() => window.benchMarks);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
  await page.close();
  return {
    firstListMs: marks.firstListItem!,
    timelineMs: marks.firstTimelineItem!,
    heapMegabytes: heap / 2 ** 20,
  };
}

async function measureFilterChanges(browser: Browser, server: StaticServer) {
  const page = await openExplorer(browser, server);
  const list: number[] = [];
  const both: number[] = [];
  let timedOut = false;
  const started = performance.now();
  // The first two changes warm the page up and are not counted.
  for (let index = -2; index < FILTER_CHANGES && performance.now() - started < PHASE_BUDGET_MS; index++) {
    const timing = await withinTimeout(
      page.evaluate(timeTypeChange, typeChange(index + 2)),
      CHANGE_TIMEOUT_MS,
    );
    if (timing === 'timeout') {
      list.push(CHANGE_TIMEOUT_MS);
      both.push(CHANGE_TIMEOUT_MS);
      timedOut = true;
      break;
    }
    if (index < 0) continue;
    list.push(timing.list);
    if (timing.timeline !== null) both.push(timing.timeline);
  }
  await page.context().close();
  return { list, both, timedOut };
}

async function measureLoads(browser: Browser, server: StaticServer, events: number, runs: number) {
  const loads: LoadFigures[] = [];
  const started = performance.now();
  while (loads.length < runs && (loads.length === 0 || performance.now() - started < PHASE_BUDGET_MS)) {
    progress(`${events.toLocaleString('en-GB')} events: load ${loads.length + 1}/${runs}`);
    loads.push(await measureLoad(browser, server));
  }
  return loads;
}

/** Loads the explorer up to `runs` times per dataset size (medians), then times up to 20 filter changes. */
export async function benchmarkApp(
  server: StaticServer,
  sizes: readonly number[],
  runs: number,
): Promise<AppFigures[]> {
  const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
  try {
    const figures: AppFigures[] = [];
    for (const events of sizes) {
      const dataset = Buffer.from(JSON.stringify(createSyntheticDataset(events)));
      server.override('/data/events.json', dataset);
      const loads = await measureLoads(browser, server, events, runs);
      progress(`${events.toLocaleString('en-GB')} events: up to ${FILTER_CHANGES} filter changes`);
      const changes = await measureFilterChanges(browser, server);
      figures.push({
        events,
        datasetMegabytes: dataset.length / 1e6,
        loads: loads.length,
        firstListMs: median(loads.map((load) => load.firstListMs)),
        timelineMs: median(loads.map((load) => load.timelineMs)),
        heapMegabytes: median(loads.map((load) => load.heapMegabytes)),
        filterChanges: changes.list.length,
        filterTimedOut: changes.timedOut,
        filterListMedianMs: median(changes.list),
        filterListP95Ms: percentile(changes.list, 0.95),
        filterBothMedianMs: median(changes.both),
        filterBothP95Ms: percentile(changes.both, 0.95),
      });
    }
    return figures;
  } finally {
    await browser.close();
  }
}
