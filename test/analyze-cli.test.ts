import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GapReportSchema, type GapReport } from '../src/model/index.js';
import { runCli } from './helpers/cli.js';
import { DATA_DIR, FILES } from './helpers/data.js';

const province = resolve(DATA_DIR, FILES.province);
const city = resolve(DATA_DIR, FILES.city);
const county = resolve(DATA_DIR, FILES.county);
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pc-analyze-'));
});

describe('policy-cascade analyze (built CLI)', () => {
  it('writes a JSON GapReport for province → city → county with -o', () => {
    const out = join(dir, 'report.json');
    const r = runCli(['analyze', province, city, county, '--format', 'json', '-o', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const report = GapReportSchema.parse(JSON.parse(readFileSync(out, 'utf8'))) as GapReport;
    expect(report.levels.map((l) => l.level)).toEqual(['province', 'city', 'county']);
    const cityCounty = report.pairs.find((p) => p.parentIndex === 1 && p.childIndex === 2)!;
    const patents = cityCounty.targetChanges.find((c) => c.parentTarget?.metric.includes('专利授权量'));
    expect(patents?.change).toBe('relaxed');
    expect(cityCounty.targetChanges.find((c) => c.parentTarget?.metric.includes('高新技术企业'))?.share).toBe(0.1);
  }, 60_000);

  it('prints Markdown to stdout (Chinese labels by default, English with --lang en)', () => {
    const zh = runCli(['analyze', city, county, '--format', 'md']);
    expect(zh.status).toBe(0);
    expect(zh.stdout).toMatch(/^# /);
    expect(zh.stdout).toContain('专利授权量增长');
    expect(zh.stdout).toContain('放宽');
    const en = runCli(['--lang', 'en', 'analyze', city, county, '--json']);
    expect(en.status).toBe(0);
    const report = JSON.parse(en.stdout) as GapReport;
    expect(report.pairs[0]!.summary.targets.relaxed).toBeGreaterThan(0);
    const md = runCli(['--lang', 'en', 'analyze', city, county, '--format', 'md']);
    expect(md.stdout).toContain('relaxed');
  }, 60_000);

  it('passes --reference-share and --tolerance to the analysis', () => {
    const r = runCli(['analyze', city, county, '--json', '--reference-share', '0.1', '--tolerance', '0.1']);
    expect(r.status).toBe(0);
    const ref = (JSON.parse(r.stdout) as GapReport).pairs[0]!.referenceShare;
    expect(ref).toMatchObject({ value: 0.1, source: 'option', tolerance: 0.1 });
  }, 60_000);

  it('writes xlsx (binary) and csv files', () => {
    const xlsx = join(dir, 'report.xlsx');
    expect(runCli(['analyze', city, county, '--format', 'xlsx', '-o', xlsx]).status).toBe(0);
    expect(readFileSync(xlsx).subarray(0, 2).toString('latin1')).toBe('PK');
    const csv = join(dir, 'report.csv');
    expect(runCli(['analyze', city, county, '--format', 'csv', '-o', csv]).status).toBe(0);
    const text = readFileSync(csv, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('专利授权量增长');
  }, 60_000);

  it('refuses bad usage with stable codes and writes nothing', () => {
    const out = join(dir, 'never.json');
    const one = runCli(['analyze', city, '--json', '-o', out]);
    expect([one.status, one.stderr]).toEqual([2, expect.stringContaining('[usage]')]);
    const fmt = runCli(['analyze', city, county, '--format', 'pdf', '-o', out]);
    expect([fmt.status, fmt.stderr]).toEqual([2, expect.stringContaining('[unknown-format]')]);
    const share = runCli(['analyze', city, county, '--reference-share', 'abc', '-o', out]);
    expect(share.status).toBe(2);
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('--strict prints the warnings and fails (exit 3) without writing the report', () => {
    // the county list with task 5 renumbered 7: the numbering now has a gap
    const text = readFileSync(county, 'utf8');
    const at = text.indexOf('\n5.');
    const gappy = join(dir, 'gappy.txt');
    writeFileSync(gappy, `${text.slice(0, at)}\n7.${text.slice(at + 3)}`);
    const out = join(dir, 'strict.json');
    const r = runCli(['analyze', city, gappy, '--json', '--strict', '-o', out]);
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('numbering-gap');
    expect(r.stderr).toContain('[strict-warnings]');
    expect(existsSync(out)).toBe(false);
    // without --strict the same input is analysed and the warnings travel in the report
    const ok = runCli(['analyze', city, gappy, '--json']);
    expect(ok.status).toBe(0);
    expect((JSON.parse(ok.stdout) as GapReport).warnings.some((w) => w.code === 'numbering-gap' && w.source === gappy)).toBe(true);
  }, 60_000);
});
