import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM + CJS with declarations, tree-shakable.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    splitting: false,
    // The jieba dictionary is resolved lazily via import.meta.url; shim it in the CJS build.
    shims: true,
  },
  {
    // The CLI program as one CommonJS file, which the launcher compiles through V8's code cache.
    entry: { 'cli-main': 'src/cli/main.ts' },
    format: ['cjs'],
    // Bundled: resolving and compiling zod's many modules cost ~50 ms of every cold call.
    noExternal: ['zod'],
    sourcemap: true,
    target: 'node20',
    shims: true,
  },
  {
    // The executable: a small launcher, CommonJS because an ES module entry costs every call ~8 ms more
    // (node starts its ESM loader for it).
    entry: { cli: 'src/cli/launcher.ts' },
    format: ['cjs'],
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
