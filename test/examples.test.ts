import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The examples import 'policy-cascade' by name, as another project would; inside the repository that
// resolves to the built package itself (npm test builds first).
const ROOT = resolve(__dirname, '..');

function runExample(name: string, args: string[] = []): string {
  const r = spawnSync(process.execPath, [join(ROOT, 'examples', name), ...args], { cwd: ROOT, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout;
}

describe('examples', () => {
  it('analyze-cascade prints both level pairs and the relaxed patent target', () => {
    const out = runExample('analyze-cascade.mjs');
    expect(out).toContain('province → city');
    expect(out).toContain('city → county');
    expect(out).toMatch(/relaxed: 专利授权量增长 18% → 5%/);
  });

  it('extract-targets folds 亿 into the base unit', () => {
    const out = runExample('extract-targets.mjs');
    expect(out).toContain('非常规水源利用量: = 80000000 立方米');
    expect(out).toContain('投资500万元以上技术改造项目: ~ 600 个');
  });

  it('county-checklist writes its own page with the library report embedded as inert text', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pc-example-')), 'checklist.html');
    runExample('county-checklist.mjs', [file]);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('上级任务未承接（7 项）');
    expect(html).toMatch(/<iframe title="完整分析报告" srcdoc="&#60;!/);
  });
});
