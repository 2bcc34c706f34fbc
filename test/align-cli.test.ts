import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, runCli } from './helpers/cli.js';

const COUNTY = 'data/guanxian-2023-key-tasks.txt';
const CITY = 'data/liaocheng-2023-key-tasks.txt';
const PROVINCE = 'data/shandong-2023-key-tasks-interpretation.txt';

describe.skipIf(!existsSync(CLI))('policy-cascade align', () => {
  it('--json prints schemaVersion, links, dropped parents, added children and sections', () => {
    const r = runCli(['align', COUNTY, CITY, '--json']);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.schemaVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(out.links).toHaveLength(99);
    expect(out.links[0]).toMatchObject({ child: '1', parents: ['1'], relation: 'same' });
    expect(out.droppedParents).toContain('13');
    expect(out.addedChildren).toEqual([]);
    expect(out.sections[0]).toMatchObject({ child: '一', parent: '一' });
    expect(out.droppedParentSections).toEqual([]);
  });

  it('prints a readable table, and the province part 七 as dropped', () => {
    const r = runCli(['--lang', 'en', 'align', CITY, PROVINCE]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('19 持续激发城乡消费活力 → 41 持续激发城乡消费活力 | same');
    expect(r.stdout).toContain('43 有序推进城市更新行动 → 39 有序推进城市更新行动 | moved');
    expect(r.stdout).toMatch(/parent tasks nobody implements/);
    expect(r.stdout).toMatch(/parent parts dropped: .*七/);
  });

  it('prints the same JSON whatever the locale (ties between shared terms are not collated)', () => {
    const runs = ['en_US.UTF-8', 'zh_CN.UTF-8'].map((locale) =>
      runCli(['align', COUNTY, CITY, '--json'], { env: { LC_ALL: locale, LANG: locale } }),
    );
    for (const r of runs) expect(r.status, r.stderr).toBe(0);
    expect(runs[1]!.stdout).toBe(runs[0]!.stdout);
  });

  it('writes -o atomically and fails cleanly on a missing file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-align-'));
    const file = join(dir, 'a.json');
    expect(runCli(['align', COUNTY, CITY, '--json', '-o', file]).status).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).links.length).toBe(99);
    const bad = runCli(['align', 'nope.txt', CITY, '--json', '-o', join(dir, 'b.json')]);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, 'b.json'))).toBe(false);
  });
});
