import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { DATA_DIR, FILES } from './helpers/data.js';

const city = resolve(DATA_DIR, FILES.city);
const county = resolve(DATA_DIR, FILES.county);
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pc-order-'));
});

describe('documents given the wrong way round (CLI)', () => {
  it('align <city> <county> aligns the county to the city and says so', () => {
    const r = runCli(['align', city, county, '--json']);
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout) as { child: { level: string }; droppedParents: string[]; warnings: { code: string }[] };
    expect(a.child.level).toBe('county');
    expect(a.droppedParents.length).toBeGreaterThan(0);
    expect(a.warnings[0]!.code).toBe('level-order');
    expect(r.stderr).toMatch(/^警告 \[level-order\]：文件顺序与识别出的层级不符/);
    const text = runCli(['align', city, county]);
    expect(text.stdout).toMatch(/^下级：冠县/);
    expect(runCli(['align', city, county, '--json', '--keep-order']).stdout).toContain('"level": "city"');
  }, 60_000);

  it('analyze <county> <city> analyses city → county with a warning; --strict fails on it; --keep-order keeps the order', () => {
    const r = runCli(['--lang', 'en', 'analyze', county, city, '--json']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as { levels: { level: string }[]; pairs: { referenceShare: { value: number } }[] };
    expect(report.levels.map((l) => l.level)).toEqual(['city', 'county']);
    expect(report.pairs[0]!.referenceShare.value).toBeLessThan(1); // not 784%
    expect(r.stderr).toMatch(/^warning \[level-order\]: documents given as .*guanxian.* \(county\), .*liaocheng.* \(city\)/);

    const out = join(dir, 'strict.md');
    const strict = runCli(['analyze', county, city, '--strict', '-o', out]);
    expect(strict.status).toBe(3);
    expect(strict.stderr).toContain('[strict-warnings]');
    expect(existsSync(out)).toBe(false);

    const kept = runCli(['analyze', county, city, '--json', '--keep-order']);
    expect(kept.status).toBe(0);
    expect(kept.stderr).toBe('');
    expect((JSON.parse(kept.stdout) as { levels: { level: string }[] }).levels.map((l) => l.level)).toEqual(['county', 'city']);
  }, 60_000);
});

describe('--reference-share', () => {
  it('takes a share in (0, 1] or a percentage, refuses a bare 12.8 in one line', () => {
    const share = (v: string): number => {
      const r = runCli(['analyze', city, county, '--json', '--reference-share', v]);
      expect(r.status, r.stderr).toBe(0);
      return (JSON.parse(r.stdout) as { pairs: { referenceShare: { value: number } }[] }).pairs[0]!.referenceShare.value;
    };
    expect(share('0.128')).toBe(0.128);
    expect(share('12.8%')).toBeCloseTo(0.128, 12);
    for (const bad of ['12.8', '0', '-0.1', '150%', 'abc']) {
      const r = runCli(['--lang', 'en', 'analyze', city, county, '--reference-share', bad]);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`error [invalid-options]: --reference-share expects a share between 0 and 1 (0.128) or a percentage (12.8%), got "${bad}"\n`);
    }
  }, 60_000);
});

describe('output paths', () => {
  it('refuses a missing folder with write-failed instead of creating it', () => {
    const r = runCli(['analyze', city, county, '-o', join(dir, 'no-such-dir', 'out.md')]);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/^错误 \[write-failed\]: 无法写入 .*目录 .*no-such-dir 不存在\n$/);
    expect(existsSync(join(dir, 'no-such-dir'))).toBe(false);
  }, 60_000);

  it.skipIf(process.platform !== 'linux')('fails fast under /proc (recursive mkdir there never returns)', () => {
    const started = Date.now();
    const r = runCli(['parse', city, '-o', '/proc/nope/out.md']);
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('[write-failed]');
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 30_000);

  it('writes into an existing folder', () => {
    const out = join(dir, 'ok.md');
    expect(runCli(['analyze', city, county, '-o', out]).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^# 目标层层传导分析报告/);
  }, 60_000);
});
