import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PolicyDocumentSchema, SCHEMA_VERSION } from '../src/model/index.js';
import { ROOT, runCli } from './helpers/cli.js';
import { DATA_DIR, FILES } from './helpers/data.js';

const city = resolve(DATA_DIR, FILES.city);

describe('policy-cascade parse', () => {
  it('--json prints { schemaVersion, document } that validates', () => {
    const r = runCli(['parse', city, '--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { schemaVersion: string; document: unknown };
    expect(out.schemaVersion).toBe(SCHEMA_VERSION);
    const doc = PolicyDocumentSchema.parse(out.document);
    expect(doc.tasks).toHaveLength(106);
    expect(doc.name).toBe(city);
  });

  it('prints a readable outline without --json', () => {
    const r = runCli(['parse', resolve(DATA_DIR, FILES.plan), '--lang', 'en']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('genre: implementation plan');
    expect(r.stdout).toContain('（八）扎实促进共同富裕');
    expect(r.stdout).toMatch(/二\.（一）\.1 {2}加强科技创新主体培育/);
    expect(r.stdout).toContain('lead: 市科技局');
    expect(r.stdout).toContain('warnings: none');
    // Chinese by default, and only Chinese labels: no `层级: county`
    const zh = runCli(['parse', resolve(DATA_DIR, FILES.plan)]);
    expect(zh.stdout).toContain('层级：市  类型：实施方案');
    expect(zh.stdout).toContain('牵头：市科技局');
    expect(zh.stdout).not.toMatch(/\b(city|implementation-plan|lead|warnings|none)\b/);
  });

  it('shows warnings with line:col in the outline', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-parse-'));
    const file = join(dir, 'gap.txt');
    writeFileSync(file, '某市重点工作任务\n一、甲\n1.甲任务。\n3.丙任务。\n');
    const r = runCli(['parse', file, '--lang', 'en']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/4:1 \[numbering-gap\]/);
    const strict = runCli(['parse', file, '--strict', '-o', join(dir, 'out.txt')]);
    expect(strict.status).toBe(3);
    expect(existsSync(join(dir, 'out.txt'))).toBe(false);
  });

  it('writes to -o atomically', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-parse-'));
    const out = join(dir, 'county.json');
    const r = runCli(['parse', resolve(DATA_DIR, FILES.county), '--json', '-o', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).document.tasks).toHaveLength(99);
  });

  it('fails with one line and a non-zero exit, no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-parse-'));
    const prose = join(dir, 'prose.txt');
    writeFileSync(prose, '今天天气很好。我们去公园散步。\n');
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    for (const [file, code] of [
      [prose, 'not-a-task-document'],
      [empty, 'empty-input'],
      [join(dir, 'missing.txt'), 'file-not-found'],
    ] as const) {
      const r = runCli(['parse', file, '--lang', 'en']);
      expect(r.status).toBe(3);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`[${code}]`);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('policy-cascade demo', () => {
  it('parses the bundled documents, checks the reading and analyses the chain, writing HTML, XLSX, CSV and Markdown', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'pc-demo-'));
    const r = runCli(['--lang', 'en', 'demo', '--out-dir', outDir]);
    expect(r.status).toBe(0);
    for (const f of Object.values(FILES)) expect(r.stdout).toContain(f);
    expect(r.stdout).toContain('11 parts, 106 tasks');
    expect(r.stdout).toContain('11 parts, 99 tasks');
    expect(r.stdout).toContain('12 parts, 116 tasks');
    expect(r.stdout).toContain('105 of 106 headings identical');
    expect(r.stdout).toMatch(/province → city: tasks \d+ linked/);
    expect(r.stdout).toMatch(/city → county: tasks \d+ linked, \d+ dropped/);
    expect(readFileSync(join(outDir, 'report.html'), 'utf8')).toMatch(/^<!doctype html>/i);
    expect(readFileSync(join(outDir, 'report.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(join(outDir, 'report.csv'), 'utf8')).toMatch(/^\uFEFFpair,parent_level,/);
    expect(readFileSync(join(outDir, 'report.md'), 'utf8')).toMatch(/^# Target cascade report\n\n## Checklist/);
    // the folder is created when missing, but only the folder named: its parent must exist
    const fresh = join(outDir, 'new');
    expect(runCli(['demo', '--out-dir', fresh]).status).toBe(0);
    expect(readFileSync(join(fresh, 'report.md'), 'utf8')).toMatch(/^# 目标层层传导分析报告/);
    const deep = runCli(['demo', '--out-dir', join(outDir, 'no', 'such')]);
    expect(deep.status).toBe(3);
    expect(deep.stderr).toMatch(/^错误 \[write-failed\]/);
  });

  it('speaks Chinese only by default', () => {
    const r = runCli(['demo', '--no-write']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('任务清单，11 部分，106 项任务');
    expect(r.stdout).toContain('十一 标题不同：加强工作领导 ⇄ 加强组织领导');
    // file names aside, no English word: no `interpretation，12 部分`, no `十一 heading:`
    const text = r.stdout.replace(/[\w.-]+\.txt/g, '');
    expect(text).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('npm run demo builds quietly', () => {
    const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.demo).toMatch(/^npm run build --silent && node dist\/cli\.cjs demo$/);
    expect(readFileSync(resolve(ROOT, 'tsup.config.ts'), 'utf8')).toMatch(/silent: true/);
  });
});

describe('policy-cascade schema', () => {
  it('prints the JSON Schema of each JSON output, derived from the zod model', () => {
    // document is parse --json's envelope { schemaVersion, document }
    for (const [name, key] of [['report', 'pairs'], ['document', 'document'], ['alignment', 'links']] as const) {
      const r = runCli(['schema', name]);
      expect(r.status).toBe(0);
      const schema = JSON.parse(r.stdout);
      expect(schema.$comment).toBe(`schemaVersion ${SCHEMA_VERSION}`);
      expect(schema.properties[key]).toBeDefined();
    }
    expect(runCli(['schema', 'nope']).status).toBe(2);
  });
});
