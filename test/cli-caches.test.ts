import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

const ARGS = ['align', 'data/guanxian-2023-key-tasks.txt', 'data/liaocheng-2023-key-tasks.txt', '--json'];
const dirs: string[] = [];
const cacheDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'pc-cli-cache-'));
  dirs.push(d);
  return d;
};
// the code caches of a directory (align also leaves the dictionary index there)
const codeCaches = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.v8cache'));
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('the executable runs the CLI through a V8 code cache', () => {
  it('loads an all-ASCII bundle and zod chunk (no UTF-8 decoding; the build escapes other characters)', () => {
    for (const file of ['cli-main.cjs', 'cli-zod.cjs']) {
      const bytes = readFileSync(join(import.meta.dirname, '..', 'dist', file));
      expect(bytes.every((b) => b < 0x80)).toBe(true);
    }
  });

  it('keeps zod out of the bundle, in a chunk it requires on first use', () => {
    const bundle = readFileSync(join(import.meta.dirname, '..', 'dist', 'cli-main.cjs'), 'utf8');
    expect(bundle).not.toContain('// node_modules/zod/');
    expect(bundle).toContain('require("./cli-zod.cjs")');
    expect(readFileSync(join(import.meta.dirname, '..', 'dist', 'cli-zod.cjs'), 'utf8')).toContain('// node_modules/zod/');
  });

  it('writes the cache on the first call and prints the same bytes from it', () => {
    const dir = cacheDir();
    const first = runCli(ARGS, { env: { POLICY_CASCADE_CACHE_DIR: dir } });
    expect(first.status).toBe(0);
    const files = codeCaches(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^cli-\w+\.v8cache$/);
    const second = runCli(ARGS, { env: { POLICY_CASCADE_CACHE_DIR: dir } });
    expect(second.status).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    const uncached = runCli(ARGS, { env: { POLICY_CASCADE_CODE_CACHE: '0' } });
    expect(uncached.stdout).toBe(first.stdout);
  });

  it('keeps one cache per command and file (each holds the functions its command runs)', () => {
    const dir = cacheDir();
    expect(runCli(ARGS, { env: { POLICY_CASCADE_CACHE_DIR: dir } }).status).toBe(0);
    expect(codeCaches(dir)).toHaveLength(1); // align never loads the zod chunk
    const schema = runCli(['schema', 'document'], { env: { POLICY_CASCADE_CACHE_DIR: dir } });
    expect(schema.status).toBe(0);
    expect(codeCaches(dir)).toHaveLength(3); // the bundle and the zod chunk, for `schema`
    expect(runCli(ARGS, { env: { POLICY_CASCADE_CACHE_DIR: dir } }).status).toBe(0);
    const again = runCli(['schema', 'document'], { env: { POLICY_CASCADE_CACHE_DIR: dir } });
    expect(again.stdout).toBe(schema.stdout);
    expect(codeCaches(dir)).toHaveLength(3);
  });

  it('replaces a damaged cache, and writes nothing when turned off', () => {
    const dir = cacheDir();
    runCli(ARGS, { env: { POLICY_CASCADE_CACHE_DIR: dir } });
    const [file] = codeCaches(dir);
    writeFileSync(join(dir, file!), 'not a code cache');
    const r = runCli(ARGS, { env: { POLICY_CASCADE_CACHE_DIR: dir } });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(codeCaches(dir)).toEqual([file]);
    expect(statSync(join(dir, file!)).size).toBeGreaterThan(10_000); // rewritten

    const off = cacheDir();
    expect(runCli(['schema', 'document'], { env: { POLICY_CASCADE_CACHE_DIR: off, POLICY_CASCADE_CODE_CACHE: '0' } }).status).toBe(0);
    expect(readdirSync(off)).toEqual([]);
  });

  it('keeps the twelve newest caches of the directory', () => {
    const dir = cacheDir();
    for (let i = 0; i < 13; i++) writeFileSync(join(dir, `cli-old${i}.v8cache`), 'stale');
    writeFileSync(join(dir, 'notes.txt'), 'not ours');
    expect(runCli(['schema', 'document'], { env: { POLICY_CASCADE_CACHE_DIR: dir } }).status).toBe(0);
    const left = readdirSync(dir);
    expect(left.filter((f) => f.endsWith('.v8cache'))).toHaveLength(12);
    expect(left).toContain('notes.txt');
    expect(left.filter((f) => f.startsWith('cli-old'))).toHaveLength(10); // the 2 new caches and the 10 newest old ones
  });

  it('reports errors from the bundle as before: one line, exit code, no stack', () => {
    const r = runCli(['align', 'missing.txt', 'data/liaocheng-2023-key-tasks.txt'], { env: { POLICY_CASCADE_CACHE_DIR: cacheDir() } });
    expect(r.status).toBe(3);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

const indexes = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.pcdi'));

describe('the CLI reads the jieba dictionary through an index in its cache directory', () => {
  const reference = runCli(ARGS, { env: { POLICY_CASCADE_DICT_INDEX: '0', POLICY_CASCADE_CODE_CACHE: '0' } });

  it('writes the index on the first call and prints the same bytes with it', () => {
    expect(reference.status).toBe(0);
    const dir = cacheDir();
    const first = runCli(ARGS, { env: { POLICY_CASCADE_CACHE_DIR: dir } });
    expect(first.stdout).toBe(reference.stdout);
    const [index] = indexes(dir);
    expect(index).toMatch(/^jieba-\w+\.pcdi$/);
    expect(readFileSync(join(dir, index!)).subarray(0, 4).toString('latin1')).toBe('PCDI');
    const second = runCli(ARGS, { env: { POLICY_CASCADE_CACHE_DIR: dir } });
    expect(second.status).toBe(0);
    expect(second.stdout).toBe(reference.stdout);
    expect(second.stderr).toBe('');
  });

  it('falls back to the dictionary when the index is damaged, and writes it again', () => {
    const dir = cacheDir();
    runCli(ARGS, { env: { POLICY_CASCADE_CACHE_DIR: dir } });
    const file = join(dir, indexes(dir)[0]!);
    const size = statSync(file).size;
    for (const damage of [() => truncateSync(file, Math.floor(size / 2)), () => writeFileSync(file, 'not an index')]) {
      damage();
      const r = runCli(ARGS, { env: { POLICY_CASCADE_CACHE_DIR: dir } });
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(reference.stdout);
      expect(statSync(file).size).toBe(size);
    }
  });

  it('writes no index when turned off', () => {
    const dir = cacheDir();
    expect(runCli(ARGS, { env: { POLICY_CASCADE_CACHE_DIR: dir, POLICY_CASCADE_DICT_INDEX: '0' } }).status).toBe(0);
    expect(indexes(dir)).toEqual([]);
  });
});
