// The `policy-cascade` executable: runs the CLI bundle (cli-main.cjs) through V8's code cache. A one-shot
// call spends much of its time compiling JavaScript; the cache, written after the first run, holds the
// bytecode of every function that run compiled, so later calls skip most of that work.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import vm from 'node:vm';
import { cacheDirectory, fnv } from './cache-dir.js';
import { nodeFlagsFor, relaunchWithNodeFlags } from './relaunch.js';

// built as CommonJS (dist/cli.cjs), beside the bundle
const file = join(__dirname, 'cli-main.cjs');

/**
 * A per-user cache file (see cacheDirectory), or undefined when caching is off (POLICY_CASCADE_CODE_CACHE=0)
 * or there is no home directory. One per command: a cache holds the functions of the call that wrote it, and
 * `align` runs no zod while `analyze` runs it, so a cache written by one command would leave the other
 * compiling much of its code.
 */
function cachePath(): string | undefined {
  if (process.env.POLICY_CASCADE_CODE_CACHE === '0') return undefined;
  try {
    const dir = cacheDirectory();
    const st = statSync(file);
    const command = /^[a-z]{1,20}$/.test(process.argv[2] ?? '') ? process.argv[2] : '';
    // named after everything V8 checks the cache against (the bundle, node, its flags)
    const key = [file, st.size, st.mtimeMs, process.version, process.arch, process.execArgv.join(' '), command].join('\0');
    return join(dir, `cli-${fnv(key)}.v8cache`);
  } catch {
    return undefined;
  }
}

// Caches kept per user: one per command × bundle × node version × flags in use, so upgrades do not pile them up.
const KEEP_CACHES = 8;

function writeCache(path: string, script: vm.Script): void {
  try {
    const dir = dirname(path);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
    renameSync(tmp, path);
    const caches = readdirSync(dir)
      .filter((f) => /^cli-\w+\.v8cache$/.test(f))
      .map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs }))
      .sort((a, b) => b.t - a.t);
    for (const { f } of caches.slice(KEEP_CACHES)) rmSync(join(dir, f), { force: true });
  } catch {
    // a cache that cannot be written only costs speed
  }
}

/** Compile the CLI bundle (from the cache when there is one) and run it as a CommonJS module. */
function runBundle(): void {
  const source = readFileSync(file, 'utf8');
  const cacheFile = cachePath();
  let cachedData: Buffer | undefined;
  try {
    if (cacheFile) cachedData = readFileSync(cacheFile);
  } catch {
    // no cache yet
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  // written at exit, so the cache holds the functions this run compiled too; rejected data is replaced
  if (cacheFile && (!cachedData || script.cachedDataRejected)) process.once('exit', () => writeCache(cacheFile, script));
  const bundleModule = { exports: {}, filename: file, id: file, loaded: false };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(bundleModule.exports, bundleModule.exports, createRequire(file), bundleModule, file, dirname(file));
}

// a batch over every core runs in a node started with the batch flags (one extra start, ≈0.05 s)
const relaunched = relaunchWithNodeFlags(nodeFlagsFor(process.argv.slice(2)));
if (relaunched) void relaunched.then((code) => (process.exitCode = code));
else runBundle();
