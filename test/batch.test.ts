import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planBatch, runBatch, type BatchResult } from '../src/batch/index.js';
import { parseDocument } from '../src/parse/index.js';
import { generateChildList } from '../src/synthetic/index.js';
import { runCli } from './helpers/cli.js';
import { DATA_DIR, readData } from './helpers/data.js';

// A small corpus in the directory naming rule: city.txt plus city--<child>.txt, one of them broken.
let dir: string;
const CHILDREN = ['a', 'b', 'c', 'd'];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pc-batch-'));
  const cityText = readData('city');
  const city = parseDocument(cityText, { name: 'city.txt' });
  writeFileSync(join(dir, 'city.txt'), cityText);
  CHILDREN.forEach((name, i) => writeFileSync(join(dir, `city--${name}.txt`), generateChildList(city, { seed: 100 + i }).text));
  writeFileSync(join(dir, 'city--broken.txt'), ''); // empty input: a per-document failure
  writeFileSync(join(dir, 'orphan--x.txt'), 'x'); // its parent orphan.txt does not exist
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function ndjson(stdout: string): BatchResult[] {
  return stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as BatchResult);
}

describe('policy-cascade batch (CLI, worker threads)', () => {
  it('analyses every child, records failures in NDJSON and goes on; a rerun skips finished reports', () => {
    const out = join(dir, 'out');
    const first = runCli(['--lang', 'en', 'batch', dir, '--out', out, '--workers', '2', '--format', 'json']);
    const lines = ndjson(first.stdout);
    expect(lines).toHaveLength(6);
    const byId = new Map(lines.map((l) => [l.id, l]));
    for (const name of CHILDREN) {
      const r = byId.get(`city--${name}`)!;
      expect(r.status).toBe('ok');
      expect(r.counts?.levels).toBe(2);
      expect(r.counts?.parentTasks).toBe(106);
      expect(r.counts?.linked).toBeGreaterThan(80);
      const report = JSON.parse(readFileSync(join(out, `city--${name}.json`), 'utf8'));
      expect(report.pairs).toHaveLength(1);
      expect(report.pairs[0].links.length).toBe(r.counts?.linked);
    }
    const broken = byId.get('city--broken')!;
    expect(broken.status).toBe('failed');
    expect(broken.error?.code).toBe('empty-input');
    expect(existsSync(join(out, 'city--broken.json'))).toBe(false);
    expect(byId.get('orphan--x')?.error?.code).toBe('file-not-found');
    expect(first.status).toBe(1); // some documents failed
    // not a terminal: plain progress lines and a closing count on stderr
    expect(first.stderr).toMatch(/\[\d\/6\] city--a ok/);
    expect(first.stderr).toContain('batch: 4 ok, 2 failed, 0 skipped of 6');
    // no temporary files left behind
    expect(readFileSync(join(out, 'city--a.json'), 'utf8').length).toBeGreaterThan(100);

    const second = runCli(['batch', dir, '--out', out, '--workers', '2']);
    const again = ndjson(second.stdout);
    expect(again.filter((l) => l.status === 'skipped').map((l) => l.id).sort()).toEqual(CHILDREN.map((c) => `city--${c}`));
    expect(again.filter((l) => l.status === 'failed')).toHaveLength(2); // failures are retried, and fail again
    // progress in Chinese by default
    expect(second.stderr).toMatch(/\[\d\/6\] city--a 跳过/);
    expect(second.stderr).toMatch(/批处理：共 6 份，成功 0，失败 2，跳过 4，用时 [\d.]+秒/);
    expect(second.stderr).not.toMatch(/\b(ok|failed|skipped|batch)\b/);
  }, 180_000);

  it('refuses a manifest that is not one, in one line', () => {
    const bad = join(dir, 'bad-manifest.json');
    writeFileSync(bad, JSON.stringify({ docs: [] }));
    const r = runCli(['batch', bad, '--out', join(dir, 'out-bad'), '--lang', 'en']);
    expect(r.status).toBe(3);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('[invalid-manifest]');
  }, 60_000);
});

describe('runBatch (library, in the calling thread)', () => {
  it('follows a manifest parent chain: province → city → county, Markdown reports', async () => {
    const out = join(dir, 'out-manifest');
    const results: BatchResult[] = [];
    for await (const r of runBatch({ input: resolve(DATA_DIR, 'manifest.json'), out, workers: 0, format: 'md' })) results.push(r);
    // the bundled manifest: the city list has the provincial reading as parent, the county list the city list
    const county = results.find((r) => r.id === 'guanxian-2023-key-tasks')!;
    const city = results.find((r) => r.id === 'liaocheng-2023-key-tasks')!;
    expect(county.status).toBe('ok');
    expect(county.counts?.levels).toBe(3);
    expect(county.counts?.tasks).toBe(99);
    expect(county.counts?.parentTasks).toBe(106);
    expect(city.counts?.levels).toBe(2);
    expect(readFileSync(county.output!, 'utf8')).toContain('|');
  }, 120_000);

  it('splits a plan into disjoint shards that cover it', () => {
    const all = planBatch(dir).jobs.map((j) => j.id);
    const s1 = planBatch(dir, { shard: { index: 1, count: 2 } }).jobs.map((j) => j.id);
    const s2 = planBatch(dir, { shard: { index: 2, count: 2 } }).jobs.map((j) => j.id);
    expect([...s1, ...s2].sort()).toEqual([...all].sort());
    expect(s1.filter((id) => s2.includes(id))).toEqual([]);
    expect(() => planBatch(dir, { shard: { index: 3, count: 2 } })).toThrow(/shard/);
  });
});
