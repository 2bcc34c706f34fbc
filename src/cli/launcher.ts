// The `policy-cascade` executable: runs the CLI bundle (cli-main.cjs) through V8's code cache. A one-shot
// call spends much of its time compiling JavaScript; the cache, written after the first run, holds the
// bytecode of every function that run compiled, so later calls skip most of that work.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import vm from 'node:vm';
import { cacheDirectory, fnv } from './cache-dir.js';
import { nodeFlagsFor, relaunchWithNodeFlags } from './relaunch.js';

// built as CommonJS (dist/cli.cjs), beside the bundle and the zod chunk it requires on first use
const file = join(__dirname, 'cli-main.cjs');
/** The specifier the bundle requires zod by (tsup.config.ts), and the chunk it names. */
const ZOD_CHUNK = './cli-zod.cjs';

/**
 * A per-user cache file (see cacheDirectory) for one of the CLI's files, or undefined when caching is off
 * (POLICY_CASCADE_CODE_CACHE=0) or there is no home directory. One per command: a cache holds the functions
 * of the call that wrote it, and `align` runs no zod while `analyze` runs it, so a cache written by one
 * command would leave the other compiling much of its code.
 */
function cachePath(source: string): string | undefined {
  if (process.env.POLICY_CASCADE_CODE_CACHE === '0') return undefined;
  try {
    const dir = cacheDirectory();
    const st = statSync(source);
    const command = /^[a-z]{1,20}$/.test(process.argv[2] ?? '') ? process.argv[2] : '';
    // named after everything V8 checks the cache against (the file, node, its flags)
    const key = [source, st.size, st.mtimeMs, process.version, process.arch, process.execArgv.join(' '), command].join('\0');
    return join(dir, `cli-${fnv(key)}.v8cache`);
  } catch {
    return undefined;
  }
}

// Caches kept per user: one per command × file × bundle × node version × flags in use, so upgrades do not
// pile them up.
const KEEP_CACHES = 12;

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

/**
 * Compile a CommonJS file of the CLI (from its cache when there is one), run it as a module and return its
 * exports. The bundle's `require` loads the zod chunk the same way: zod is more than half of the CLI's code,
 * and `align` never runs it, so it is neither read, compiled nor deserialised from the cache there.
 */
function runCached(source: string): unknown {
  const code = readFileSync(source, 'utf8');
  const cacheFile = cachePath(source);
  let cachedData: Buffer | undefined;
  try {
    if (cacheFile) cachedData = readFileSync(cacheFile);
  } catch {
    // no cache yet
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${code}\n})`, {
    filename: source,
    cachedData,
  });
  // written at exit, so the cache holds the functions this run compiled too; rejected data is replaced
  if (cacheFile && (!cachedData || script.cachedDataRejected)) process.once('exit', () => writeCache(cacheFile, script));
  const module = { exports: {}, filename: source, id: source, loaded: false };
  const plain = createRequire(source);
  let zod: unknown;
  const bundleRequire = Object.assign(
    (id: string): unknown => (id === ZOD_CHUNK ? (zod ??= runCached(join(dirname(source), 'cli-zod.cjs'))) : plain(id)),
    plain,
  );
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, bundleRequire, module, source, dirname(source));
  return module.exports;
}

// a batch over every core runs in a node started with the batch flags (one extra start, ≈0.05 s)
const relaunched = relaunchWithNodeFlags(nodeFlagsFor(process.argv.slice(2)));
if (relaunched) void relaunched.then((code) => (process.exitCode = code));
else runCached(file);
