import Ajv2020 from 'ajv/dist/2020.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA, runCli } from './helpers/cli.js';

// Every JSON the CLI prints validates against the JSON Schema the CLI prints for it (ajv, draft 2020-12).
const city = `${DATA}/liaocheng-2023-key-tasks.txt`;
const county = `${DATA}/guanxian-2023-key-tasks.txt`;

function schema(name: string): Record<string, unknown> {
  const r = runCli(['schema', name]);
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

function validate(name: string, args: string[]): void {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const check = ajv.compile(schema(name));
  const r = runCli(args);
  expect(r.status, r.stderr).toBe(0);
  const ok = check(JSON.parse(r.stdout));
  expect(ok ? [] : check.errors?.slice(0, 5)).toEqual([]);
}

/** Every description in a JSON Schema, depth first. */
function descriptions(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(descriptions);
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([k, v]) => (k === 'description' && typeof v === 'string' ? [v] : descriptions(v)));
}

describe('JSON output against the printed JSON Schema', () => {
  it('parse --json validates against `schema document`', () => validate('document', ['parse', county, '--json']));
  it('align --json validates against `schema alignment`', () => validate('alignment', ['align', county, city, '--json']));
  it('analyze --json validates against `schema report`', () => validate('report', ['analyze', city, county, '--json']));

  it('each line of batch output validates against `schema batch`', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const check = ajv.compile(schema('batch'));
    const out = mkdtempSync(join(tmpdir(), 'pc-batch-schema-'));
    const r = runCli(['batch', `${DATA}/manifest.json`, '--out', out, '--workers', '0', '--no-progress']);
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as unknown);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(check(line) ? [] : check.errors).toEqual([]);
    // and a failed line, with its error
    expect(check({ id: 'x', file: 'x.txt', status: 'failed', ms: 1, error: { code: 'empty-input', message: 'empty', messageZh: '空' } })).toBe(true);
  }, 120_000);

  it('the schemas describe their fields', () => {
    for (const name of ['report', 'document', 'alignment', 'batch']) {
      const s = schema(name);
      expect(typeof s.description).toBe('string');
      expect(descriptions(s).length).toBeGreaterThan(name === 'batch' ? 10 : 20);
    }
  });
});
