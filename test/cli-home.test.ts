import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA, runCli } from './helpers/cli.js';

/** Every path under `dir`, relative to it. */
function listAll(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

// The CLI writes only what it is asked to (stdout, -o, --out, --out-dir): no cache or index in the user's home.
describe('the CLI writes nothing under $HOME', () => {
  it('after parse, align, analyze, schema, demo and batch with HOME pointing at an empty folder', () => {
    const home = mkdtempSync(join(tmpdir(), 'pc-home-'));
    const work = mkdtempSync(join(tmpdir(), 'pc-work-'));
    // XDG_CACHE_HOME unset: a cache would otherwise go there, not under HOME
    const env = { HOME: home, USERPROFILE: home, XDG_CACHE_HOME: '', XDG_CONFIG_HOME: '' };
    const province = join(DATA, 'shandong-2023-key-tasks-interpretation.txt');
    const city = join(DATA, 'liaocheng-2023-key-tasks.txt');
    const county = join(DATA, 'guanxian-2023-key-tasks.txt');
    const batchDir = join(work, 'lists');
    mkdirSync(batchDir);
    // the directory naming rule: city.txt and city--<child>.txt
    copyFileSync(city, join(batchDir, 'city.txt'));
    copyFileSync(county, join(batchDir, 'city--county.txt'));
    const calls: string[][] = [
      ['parse', city, '--json'],
      ['align', county, city, '--json'],
      ['analyze', province, city, county, '--json'],
      ['analyze', province, city, county, '--format', 'md', '-o', join(work, 'report.md')],
      ['schema', 'report'],
      ['demo', '--out-dir', join(work, 'demo')],
      ['batch', batchDir, '--out', join(work, 'batch'), '--force', '--no-progress'],
      ['--version'],
      [],
    ];
    for (const args of calls) {
      const r = runCli(args, { cwd: work, env });
      expect(r.status, `${args.join(' ')}: ${r.stderr}`).toBe(0);
    }
    expect(listAll(home)).toEqual([]);
    expect(listAll(work)).toContain('report.md');
  }, 120_000);
});
