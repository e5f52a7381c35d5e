// npm run bench:dataset: the builder against a naive chrono-node peer at 1,000 and 10,000 documents.
import { runDatasetBenchmark } from './bench/dataset.ts';

const rows = await runDatasetBenchmark();
console.table(rows);
const at = (tool: string, size: number) => rows.find((r) => r.tool === tool && r.documents === size)!;
const largest = Math.max(...rows.map((r) => r.documents));
const smallest = Math.min(...rows.map((r) => r.documents));
const builder = at('builder', largest);
const scaling = builder.wallSeconds / at('builder', smallest).wallSeconds;
console.log(
  [
    `at ${largest} documents: builder ${builder.wallSeconds} s vs peer ${at('chrono-peer', largest).wallSeconds} s` +
      ` (target: no slower) ${builder.wallSeconds <= at('chrono-peer', largest).wallSeconds ? 'ok' : 'MISSED'}`,
    `peak memory ${builder.peakMemoryMb} MB (target < 1024) ${builder.peakMemoryMb < 1024 ? 'ok' : 'MISSED'}`,
    `time(${largest}) / time(${smallest}) = ${scaling.toFixed(1)} (target < 12) ${scaling < 12 ? 'ok' : 'MISSED'}`,
  ].join('\n'),
);
