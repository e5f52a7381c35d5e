// The command line (CONTRACT.md §1): the only module that touches the disk or the process.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseDataset } from '../schema/dataset.ts';
import { buildDataset, type BuildReport } from './pipeline.ts';
import { MAX_FILE_BYTES, type RawFile } from './read.ts';

const USAGE = `Usage: npm run dataset -- [--input DIR] [--output FILE]

Builds the events dataset from the scraped news pages (*.txt, searched recursively) in DIR.
  --input DIR     folder of .txt pages (default: seeds)
  --output FILE   where to write the dataset (default: public/data/events.json)
  --help          print this help`;

interface Options {
  input: string;
  output: string;
}

type Parsed = { ok: true; options: Options } | { ok: true; help: true } | { ok: false; error: string };

function parseArguments(argv: readonly string[]): Parsed {
  const options: Options = { input: 'seeds', output: 'public/data/events.json' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { ok: true, help: true };
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    if (flag !== '--input' && flag !== '--output') return { ok: false, error: `unknown argument: ${arg}` };
    const value = inline ?? argv[++i];
    if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
      return { ok: false, error: `${flag} needs a value` };
    }
    options[flag === '--input' ? 'input' : 'output'] = value;
  }
  return { ok: true, options };
}

export function main(argv: readonly string[]): number {
  try {
    return run(argv);
  } catch (error) {
    // A bug, not bad input: still one line, never a stack trace for the user.
    console.error(`dataset: unexpected error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

function run(argv: readonly string[]): number {
  const parsed = parseArguments(argv);
  if (!parsed.ok) {
    console.error(`dataset: ${parsed.error}\n\n${USAGE}`);
    return 2;
  }
  if ('help' in parsed) {
    console.log(USAGE);
    return 0;
  }
  const { input, output } = parsed.options;
  const listing = listTextFiles(input);
  if (!listing.ok) {
    console.error(`dataset: ${listing.error}`);
    return 1;
  }
  for (const file of listing.ignored) console.log(`ignored (not a .txt file): ${file}`);
  const { files, unreadable } = loadFiles(input, listing.files);
  const { dataset, report } = buildDataset(files);
  for (const s of [...unreadable, ...report.skippedFiles])
    console.error(`warning: skipped ${s.file}: ${s.reason}`);
  if (report.filesRead === 0) {
    console.error(
      `dataset: nothing usable was read from ${input} (${listing.files.length} .txt files); ${output} left unchanged`,
    );
    return 1;
  }
  const valid = parseDataset(dataset);
  if (!valid.ok) {
    console.error(`dataset: the built dataset is invalid (a bug): ${valid.problems.join('; ')}`);
    return 1;
  }
  const written = writeAtomically(output, `${JSON.stringify(dataset, null, 2)}\n`);
  if (!written.ok) {
    console.error(`dataset: cannot write ${output}: ${written.error}; existing output left unchanged`);
    return 1;
  }
  printSummary(output, report, unreadable.length);
  return 0;
}

function listTextFiles(
  root: string,
): { ok: true; files: string[]; ignored: string[] } | { ok: false; error: string } {
  const files: string[] = [];
  const ignored: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const rel = relative(root, path).split(sep).join('/');
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && entry.name.endsWith('.txt')) files.push(rel);
      else ignored.push(rel);
    }
  };
  try {
    if (!statSync(root).isDirectory()) return { ok: false, error: `input is not a directory: ${root}` };
    walk(root);
  } catch (error) {
    return { ok: false, error: `cannot read input directory ${root}: ${reason(error)}` };
  }
  const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return { ok: true, files: files.sort(byPath), ignored: ignored.sort(byPath) };
}

function loadFiles(
  root: string,
  paths: string[],
): { files: RawFile[]; unreadable: { file: string; reason: string }[] } {
  const files: RawFile[] = [];
  const unreadable: { file: string; reason: string }[] = [];
  for (const file of paths) {
    const path = join(root, file);
    try {
      const size = statSync(path).size;
      if (size > MAX_FILE_BYTES) {
        unreadable.push({
          file,
          reason: `file too large (${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB)`,
        });
        continue;
      }
      files.push({ file, bytes: readFileSync(path) });
    } catch (error) {
      unreadable.push({ file, reason: `cannot read: ${reason(error)}` });
    }
  }
  return { files, unreadable };
}

function writeAtomically(path: string, content: string): { ok: true } | { ok: false; error: string } {
  const temporary = `${resolve(path)}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(resolve(path)), { recursive: true });
    writeFileSync(temporary, content);
    renameSync(temporary, path);
    return { ok: true };
  } catch (error) {
    removeQuietly(temporary);
    return { ok: false, error: reason(error) };
  }
}

function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // The temporary file could not even be created: nothing to remove.
  }
}

function printSummary(output: string, r: BuildReport, unreadable: number): void {
  const skippedFiles = r.skippedFiles.length + unreadable;
  console.log(
    [
      `dataset written to ${output}`,
      `  files read          ${r.filesRead}${skippedFiles ? ` (${skippedFiles} skipped)` : ''}`,
      `  events              ${r.events}`,
      `  undated events      ${r.undatedEvents}`,
      `  duplicates merged   ${r.duplicatesMerged}`,
      `  passages skipped    ${r.passagesSkipped}`,
    ].join('\n'),
  );
}

function reason(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    const message = 'message' in error && typeof error.message === 'string' ? error.message : '';
    return message.replace(/^[A-Z]+: /, '') || error.code;
  }
  return String(error);
}
