import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const GOOD = 'On March 28, 2023, a meeting of the CSTO Secretariat was held in Moscow.\n';

function run(args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'scripts/build-dataset.ts'), ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, TZ: 'UTC' },
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function inputDir(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'csto-cli-'));
  made.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const outputIn = (dir: string) => join(dir, 'out', 'events.json');

describe('npm run dataset', () => {
  it('handles every kind of bad file with a warning, and still writes the good ones', () => {
    const dir = inputDir({
      'good.txt': GOOD,
      'sub/deeper/nested.txt': 'From 3 to 6 September 2024, a CSTO training was held in Minsk.\n',
      'empty.txt': '',
      'binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]),
      'latin1.txt': new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a]),
      'crlf.txt': '\uFEFFOn 25 July 2024, staff met.\r\n\r\nGo back\r\n',
      'page.txt':
        '<html><body><script>alert(1)</script><p>On 25 July 2024, the OSCE met in Vienna.</p></body></html>',
      'nodates.txt': 'The CSTO works for peace.\n',
      'huge.txt': 'x'.repeat(17 * 1024 * 1024),
      'notes.md': '# not a page',
    });
    const out = outputIn(dir);
    const { code, stdout, stderr } = run(['--input', dir, '--output', out]);
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stderr).toMatch(/skipped empty\.txt: empty file/);
    expect(stderr).toMatch(/skipped binary\.txt: binary file/);
    expect(stderr).toMatch(/skipped latin1\.txt: invalid UTF-8/);
    expect(stderr).toMatch(/skipped huge\.txt: file too large/);
    expect(stdout).toMatch(/ignored \(not a \.txt file\): notes\.md/);
    expect(stdout).toMatch(/files read\s+5 \(4 skipped\)/);
    const dataset = JSON.parse(readFileSync(out, 'utf8'));
    expect(dataset.sources.map((s: { file: string }) => s.file)).toEqual([
      'crlf.txt',
      'good.txt',
      'nodates.txt',
      'page.txt',
      'sub/deeper/nested.txt',
    ]);
    expect(JSON.stringify(dataset)).not.toContain('alert(1)');
  }, 60_000);

  it('writes byte-identical output on a second run', () => {
    const dir = inputDir({ 'a.txt': GOOD, 'b.txt': 'On 25 July 2024, staff met.\n' });
    const [first, second] = [join(dir, 'one.json'), join(dir, 'two.json')];
    run(['--input', dir, '--output', first]);
    run(['--input', dir, `--output=${second}`]);
    expect(readFileSync(first)).toEqual(readFileSync(second));
  }, 30_000);

  it.each([
    [['--bogus'], /unknown argument: --bogus/],
    [['--input'], /--input needs a value/],
    [['--output', '--input', 'x'], /--output needs a value/],
  ])(
    'exits 2 on a usage error %j',
    (args, message) => {
      const { code, stderr } = run(args);
      expect(code).toBe(2);
      expect(stderr).toMatch(message);
    },
    30_000,
  );

  it('prints usage with --help and exits 0', () => {
    const { code, stdout } = run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/--input DIR/);
  }, 30_000);

  it('exits 1 with one line when nothing usable was read', () => {
    const empty = inputDir({});
    const onlyBad = inputDir({ 'x.txt': '' });
    for (const dir of [empty, onlyBad, join(empty, 'missing')]) {
      const { code, stderr } = run(['--input', dir, '--output', outputIn(dir)]);
      expect(code).toBe(1);
      expect(stderr).toMatch(/^dataset: /m);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  }, 60_000);

  it('exits 1 and leaves the old output untouched when it cannot write', () => {
    const dir = inputDir({ 'a.txt': GOOD, 'out/events.json': 'OLD' });
    // root ignores directory permissions, so root gets an output path under a regular file instead.
    const asRoot = process.getuid?.() === 0;
    if (!asRoot) chmodSync(join(dir, 'out'), 0o500);
    const output = asRoot ? join(dir, 'a.txt', 'events.json') : outputIn(dir);
    const { code, stderr } = run(['--input', dir, '--output', output]);
    if (!asRoot) chmodSync(join(dir, 'out'), 0o700);
    expect(code).toBe(1);
    expect(stderr).toMatch(/cannot write/);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(outputIn(dir), 'utf8')).toBe('OLD');
  }, 30_000);
});
