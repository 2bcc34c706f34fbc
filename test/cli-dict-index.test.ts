import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

const ARGS = ['align', 'data/guanxian-2023-key-tasks.txt', 'data/liaocheng-2023-key-tasks.txt', '--json'];
const dirs: string[] = [];
const cacheDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'pc-dict-index-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
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
