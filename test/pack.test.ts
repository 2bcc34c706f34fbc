import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

// Packs the package as npm would publish it from a fresh clone (sources, no dist/: the prepack script
// builds it) and installs the tarball into an empty project. The dependencies come from npm's cache when
// `npm ci` filled it (--prefer-offline), else from the registry. The clone is a copy of the files a checkout
// holds, sharing node_modules, so that building it leaves this checkout's dist/ alone while other tests use it.
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const CHECKOUT = ['package.json', 'package-lock.json', 'tsconfig.json', 'tsup.config.ts', 'README.md', 'src', 'data'];
let project = '';

function node(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: project, encoding: 'utf8', timeout: 120_000 });
}

describe('npm pack', () => {
  beforeAll(() => {
    const clone = mkdtempSync(join(tmpdir(), 'pc-clone-'));
    for (const entry of CHECKOUT) cpSync(join(ROOT, entry), join(clone, entry), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'), 'dir');
    expect(existsSync(join(clone, 'dist'))).toBe(false);
    const packDir = mkdtempSync(join(tmpdir(), 'pc-pack-'));
    execFileSync(npm, ['pack', '--pack-destination', packDir, '--silent'], { cwd: clone, encoding: 'utf8', timeout: 240_000 });
    const tgz = readdirSync(packDir).find((f) => f.endsWith('.tgz'));
    if (!tgz) throw new Error('npm pack produced no tarball');
    const listing = execFileSync('tar', ['-tzf', join(packDir, tgz)], { encoding: 'utf8' });
    for (const file of ['index.js', 'index.cjs', 'index.d.ts', 'batch.js', 'batch.cjs', 'synthetic.js', 'synthetic.cjs', 'cli.cjs', 'batch-worker.js'].map((f) => `package/dist/${f}`)) {
      expect(listing).toContain(file);
    }
    project = mkdtempSync(join(tmpdir(), 'pc-install-'));
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'pack-check', version: '1.0.0', private: true }));
    execFileSync(npm, ['install', join(packDir, tgz), '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: project,
      encoding: 'utf8',
      timeout: 480_000,
    });
  }, 720_000);

  it('imports as ESM and parses a bundled data file from the installed package', () => {
    const out = node([
      '--input-type=module',
      '-e',
      `import { parseDocument, SCHEMA_VERSION } from 'policy-cascade';
       import { readFileSync } from 'node:fs';
       import { createRequire } from 'node:module';
       const require = createRequire(import.meta.url);
       const dir = require.resolve('policy-cascade/package.json').replace(/package\\.json$/, '');
       const doc = parseDocument(readFileSync(dir + 'data/liaocheng-2023-key-tasks.txt'));
       console.log(JSON.stringify({ v: SCHEMA_VERSION, n: doc.tasks.length, genre: doc.genre }));`,
    ]);
    expect(JSON.parse(out)).toMatchObject({ n: 106, genre: 'task-list' });
  }, 120_000);

  it('requires as CJS and parses a bundled data file from the installed package', () => {
    const out = node([
      '-e',
      `const { parseDocument } = require('policy-cascade');
       const fs = require('node:fs');
       const dir = require.resolve('policy-cascade/package.json').replace(/package\\.json$/, '');
       const doc = parseDocument(fs.readFileSync(dir + 'data/guanxian-2023-key-tasks.txt'));
       console.log(JSON.stringify({ n: doc.tasks.length, level: doc.level }));`,
    ]);
    expect(JSON.parse(out)).toEqual({ n: 99, level: 'county' });
  }, 120_000);

  it('imports the sub-path exports policy-cascade/batch and policy-cascade/synthetic as ESM, and runs a batch', () => {
    const out = node([
      '--input-type=module',
      '-e',
      `import { parseDocument } from 'policy-cascade';
       import { generateChildList } from 'policy-cascade/synthetic';
       import { runBatch } from 'policy-cascade/batch';
       import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
       import { tmpdir } from 'node:os';
       import { join } from 'node:path';
       import { createRequire } from 'node:module';
       const dir = createRequire(import.meta.url).resolve('policy-cascade/package.json').replace(/package\\.json$/, '');
       const cityText = readFileSync(dir + 'data/liaocheng-2023-key-tasks.txt', 'utf8');
       const corpus = mkdtempSync(join(tmpdir(), 'pc-pack-batch-'));
       writeFileSync(join(corpus, 'city.txt'), cityText);
       writeFileSync(join(corpus, 'city--a.txt'), generateChildList(parseDocument(cityText), { seed: 1 }).text);
       const statuses = [];
       for await (const r of runBatch({ input: corpus, out: join(corpus, 'out'), workers: 1 })) statuses.push(r.status);
       console.log(JSON.stringify(statuses));`,
    ]);
    expect(JSON.parse(out)).toEqual(['ok']);
  }, 120_000);

  it('requires the sub-path exports as CJS', () => {
    const out = node([
      '-e',
      `const { parseDocument } = require('policy-cascade');
       const { generateChildList } = require('policy-cascade/synthetic');
       const { runBatch, planBatch } = require('policy-cascade/batch');
       const fs = require('node:fs');
       const dir = require.resolve('policy-cascade/package.json').replace(/package\\.json$/, '');
       const city = parseDocument(fs.readFileSync(dir + 'data/liaocheng-2023-key-tasks.txt'));
       const child = parseDocument(generateChildList(city, { seed: 2 }).text);
       console.log(JSON.stringify({ batch: typeof runBatch + typeof planBatch, tasks: child.tasks.length > 50 }));`,
    ]);
    expect(JSON.parse(out)).toEqual({ batch: 'functionfunction', tasks: true });
  }, 120_000);

  it('runs the installed CLI: the demo, --version, and the help when called without arguments', () => {
    const bin = join(project, 'node_modules', '.bin', 'policy-cascade');
    const run = (args: string[]): string => execFileSync(bin, args, { cwd: project, encoding: 'utf8', timeout: 120_000 });
    const out = run(['--lang', 'en', 'demo', '--no-write']);
    expect(out).toContain('106 tasks');
    expect(out).toMatch(/city → county: tasks \d+ linked/);
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(run(['--version']).trim()).toBe(version);
    expect(run([])).toMatch(/^用法： policy-cascade/); // help in Chinese by default (issue 19)
    expect(run(['--lang', 'en'])).toMatch(/^Usage: policy-cascade/);
  }, 120_000);

  it("type-checks the README's library example in a fresh strict TypeScript consumer", () => {
    // The consumer has only the tarball and what it brings: no @types/node of its own. exceljs → fast-csv
    // once hoisted @types/node@14 here, which breaks on current TypeScript; the package depends on a
    // current @types/node, so that one is hoisted instead (and `node:fs` resolves).
    const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
    const example = [...readme.matchAll(/```ts\n([^]*?)```/g)].map((m) => m[1]!).find((code) => code.includes('parseDocument(readFileSync('));
    expect(example).toBeDefined();
    writeFileSync(join(project, 'example.ts'), example!);
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', noEmit: true }, files: ['example.ts'] }),
    );
    writeFileSync(join(project, 'package.json'), JSON.stringify({ ...JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')), type: 'module' }));
    const tsc = resolve(ROOT, 'node_modules/typescript/bin/tsc');
    let out = '';
    try {
      out = execFileSync(process.execPath, [tsc, '-p', project], { cwd: project, encoding: 'utf8', timeout: 120_000 });
    } catch (e) {
      out = String((e as { stdout?: string }).stdout ?? e);
    }
    expect(out).toBe('');
  }, 180_000);
});
