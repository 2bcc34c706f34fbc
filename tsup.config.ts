import { readFileSync, writeFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

/**
 * Rewrites the non-ASCII characters of a built file as \u escapes. esbuild escapes them in strings and
 * identifiers but not in regular expression literals (nor comments); an all-ASCII file is read by node
 * without UTF-8 decoding into a one-byte string, ≈3 ms less of every CLI call for the 1.1 MB bundle.
 * An escape means the same character everywhere but after a backslash, which is refused. (Columns of the
 * source map shift on the lines rewritten.)
 */
function escapeNonAscii(file: string): void {
  const text = readFileSync(file, 'utf8');
  if (/\\[^\x00-\x7f]/.test(text)) throw new Error(`${file}: a backslash before a non-ASCII character`);
  const escaped = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (escaped !== text) writeFileSync(file, escaped);
}

/**
 * Makes `child_process` load on first use inside the CLI bundle. commander requires it when it loads (for
 * executable subcommands, which this CLI has none of), and with it node loads net, dgram and their streams.
 */
const lazyChildProcess: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'lazy-child-process',
  setup(build) {
    // (the proxy's own require resolves as usual: to node's module)
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.namespace === 'lazy-child-process' ? undefined : { path: 'child_process', namespace: 'lazy-child-process' },
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: `let m; const load = () => (m ??= require('node:child_process'));
module.exports = new Proxy({}, { get: (_, key) => load()[key], has: (_, key) => key in load(), ownKeys: () => Reflect.ownKeys(load()), getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(load(), key) });`,
      loader: 'js',
    }));
  },
};

/**
 * Leaves zod out of the CLI bundle: it becomes a require of `./cli-zod.cjs` (the chunk built below), which
 * runs where a command first needs a schema. zod is more than half of the CLI's code (0.79 of 1.37 MB) and
 * `align` never runs it; without it the bundle is read, and its code cache deserialised, ≈7 ms faster.
 */
const zodChunk: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'zod-chunk',
  setup(build) {
    build.onResolve({ filter: /^zod$/ }, () => ({ path: './cli-zod.cjs', external: true }));
  },
};

export default defineConfig([
  {
    // The library: ESM + CJS with declarations, tree-shakable; batch and synthetic are sub-path exports,
    // sharing chunks with the root (one PolicyCascadeError class for all three).
    entry: { index: 'src/index.ts', batch: 'src/batch/index.ts', synthetic: 'src/synthetic/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    splitting: true,
    // The jieba dictionary is resolved lazily via import.meta.url; shim it in the CJS build.
    shims: true,
  },
  {
    // The CLI program as one CommonJS file, which the launcher compiles through V8's code cache.
    entry: { 'cli-main': 'src/cli/main.ts' },
    format: ['cjs'],
    // commander is bundled, so it is compiled from the code cache and its child_process can load lazily
    // (≈10 ms); zod is a chunk of its own (below).
    // (zod is listed so that tsup leaves its resolution to the zodChunk plugin)
    noExternal: ['commander', 'zod'],
    esbuildPlugins: [lazyChildProcess, zodChunk],
    // keep `node:` specifiers, so that the plugin above sees commander's import of node:child_process
    removeNodeProtocol: false,
    sourcemap: true,
    target: 'node20',
    shims: true,
    onSuccess: async () => escapeNonAscii('dist/cli-main.cjs'),
  },
  {
    // zod for the CLI bundle, bundled: resolving and compiling zod's many modules from node_modules cost
    // ≈50 ms of every call that validates; this file goes through the launcher's code cache instead.
    entry: { 'cli-zod': 'src/cli/zod-chunk.ts' },
    format: ['cjs'],
    noExternal: ['zod'],
    sourcemap: true,
    target: 'node20',
    onSuccess: async () => escapeNonAscii('dist/cli-zod.cjs'),
  },
  {
    // The executable: a small launcher, CommonJS because an ES module entry costs every call ~8 ms more
    // (node starts its ESM loader for it).
    entry: { cli: 'src/cli/launcher.ts' },
    format: ['cjs'],
    // import.meta.url for nodeRequire (the batch relaunch loads child_process only when it relaunches)
    shims: true,
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    // The batch worker: ESM, run by piscina.
    entry: { 'batch-worker': 'src/batch/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
  },
]);
