// The dataset builder's benchmark (issue 3): a synthetic corpus shaped like the seeds, built by our
// pipeline and by a naive peer (chrono-node's parse on every paragraph), each size and tool in its own
// child process so that peak memory (maxRSS) is the tool's own. Run directly, this file is that child.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import { buildDataset } from '../../src/dataset/pipeline.ts';

const BENCH_SIZES = [1_000, 10_000];
const TOOLS = ['builder', 'chrono-peer'] as const;
type Tool = (typeof TOOLS)[number];

interface ChildFigures {
  documents: number;
  megabytes: number;
  milliseconds: number;
  maxRssMb: number;
  output: number;
}

export interface BenchRow extends Record<string, unknown> {
  tool: Tool;
  documents: number;
  corpusMb: number;
  wallSeconds: number;
  documentsPerSecond: number;
  peakMemoryMb: number;
  output: string;
}

export async function runDatasetBenchmark(sizes = BENCH_SIZES): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const root = mkdtempSync(join(tmpdir(), 'csto-bench-'));
  try {
    for (const size of sizes) {
      const dir = join(root, String(size));
      writeCorpus(dir, size);
      for (const tool of TOOLS) {
        const f = runChild(tool, dir);
        rows.push({
          tool,
          documents: f.documents,
          corpusMb: round(f.megabytes),
          wallSeconds: round(f.milliseconds / 1000),
          documentsPerSecond: Math.round(f.documents / (f.milliseconds / 1000)),
          peakMemoryMb: Math.round(f.maxRssMb),
          output: tool === 'builder' ? `${f.output} events` : `${f.output} dates`,
        });
      }
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return rows;
}

function runChild(tool: Tool, dir: string): ChildFigures {
  const self = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, ['--import', 'tsx', self, tool, dir], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
    maxBuffer: 1 << 20,
  });
  const line = child.stdout.trim().split('\n').at(-1) ?? '';
  if (child.status !== 0 || !line.startsWith('{'))
    throw new Error(`${tool} failed: ${child.stderr.slice(0, 500)}`);
  return JSON.parse(line) as ChildFigures;
}

function measureInChild(tool: Tool, dir: string): ChildFigures {
  const started = performance.now();
  const files = readdirSync(dir)
    .sort()
    .map((file) => ({ file, bytes: readFileSync(join(dir, file)) }));
  const megabytes = files.reduce((sum, f) => sum + f.bytes.length, 0) / 1024 / 1024;
  let output = 0;
  if (tool === 'builder') {
    output = buildDataset(files).dataset.events.length;
  } else {
    const decoder = new TextDecoder();
    for (const f of files) {
      for (const paragraph of decoder.decode(f.bytes).split(/\n\s*\n/))
        output += chrono.parse(paragraph).length;
    }
  }
  const milliseconds = performance.now() - started;
  return {
    documents: files.length,
    megabytes,
    milliseconds,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    output,
  };
}

// --- the synthetic corpus ---------------------------------------------------------------------------

const MONTHS = Array.from({ length: 12 }, (_, month) =>
  new Date(Date.UTC(2000, month, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' }),
);
const PLACES = ['Moscow', 'Minsk', 'Astana', 'Bishkek', 'Dushanbe', 'Yerevan', 'Almaty', 'Osh'];
const BODIES = [
  'the CSTO Secretariat',
  'the CSTO Joint Staff',
  'the CSTO Collective Rapid Reaction Forces',
  'the CIS ATC',
  'the SCO RATS',
  'the CSTO Collective Security Council',
];
const PEOPLE = [
  'the CSTO Secretary General Imangali Tasmagambetov',
  'the Chief of the Joint Staff of the CSTO, Colonel General Anatoly Sidorov,',
  'Deputy Secretary General V. Semerikov',
];
const ACTS = [
  'a meeting of the working group on',
  'the joint training of special forces on',
  'consultations of representatives on',
  'a round table on',
  'a briefing for journalists on',
];
const TOPICS = [
  'countering illegal migration',
  'countering terrorism and extremism',
  'information security',
  'peacekeeping activities',
  'emergency response',
  'drug trafficking',
];
const FILLER =
  'The participants discussed the current situation in the region, exchanged views on the implementation of earlier decisions, and agreed on further steps to strengthen interaction between the competent authorities of the member states.';
const NOISE = ['Go back', 'Back to the section', 'Back to the all news'];

/** mulberry32: a tiny deterministic PRNG, so every run builds the same corpus. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function writeCorpus(dir: string, documents: number): void {
  mkdirSync(dir, { recursive: true });
  const random = prng(documents);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const items = Array.from({ length: Math.max(50, documents * 2) }, () => makeItem(random, pick));
  for (let d = 0; d < documents; d++) {
    const parts: string[] = [];
    for (let k = 0; k < 9; k++) parts.push(pick(items));
    parts.push(NOISE.join('\n\n'));
    writeFileSync(join(dir, `${String(d).padStart(6, '0')}.txt`), parts.join('\n\n\n'));
  }
}

function makeItem(random: () => number, pick: <T>(list: readonly T[]) => T): string {
  const year = 2016 + Math.floor(random() * 9);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 26);
  const monthName = MONTHS[month - 1]!;
  const act = `${pick(ACTS)} ${pick(TOPICS)}`;
  const place = pick(PLACES);
  const form = Math.floor(random() * 4);
  const lead =
    form === 0
      ? `On ${monthName} ${day}, ${year}, in ${place}, ${act} was held with ${pick(BODIES)}.`
      : form === 1
        ? `In the period from ${day} to ${day + 2} ${monthName} ${year}, ${act} is held in ${place} with ${pick(BODIES)}.`
        : form === 2
          ? `From ${day} to ${day + 1} ${monthName}, ${pick(PEOPLE)} took part in ${act} in ${place}.`
          : `${capitalize(pick(PEOPLE))} has today given ${act} in ${place}.`;
  const dateline = `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`;
  const header = form >= 2 ? `${dateline}\n\n` : random() < 0.3 ? `${capitalize(act)} in ${place}\n\n` : '';
  return `${header}${lead}\n\n${FILLER}`;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const round = (n: number) => Math.round(n * 100) / 100;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [tool, dir] = process.argv.slice(2) as [Tool, string];
  console.log(JSON.stringify(measureInChild(tool, dir)));
}
