import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM + CJS with declarations, tree-shakable; batch and synthetic are sub-path exports,
    // sharing chunks with the root (one PolicyCascadeError class for all three).
    entry: { index: 'src/index.ts', batch: 'src/batch/index.ts', synthetic: 'src/synthetic/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    // no build log: `npm run demo` and `npm test` print only their own output (errors still show)
    silent: true,
    splitting: true,
    // The jieba dictionary is resolved lazily via import.meta.url; shim it in the CJS build.
    shims: true,
  },
  {
    // The executable: one CommonJS file (an ES module entry costs every call ≈8 ms more: node starts its ESM
    // loader for it). commander and zod are bundled: resolving zod's many modules from node_modules costs
    // every call that validates ≈50 ms.
    entry: { cli: 'src/cli/main.ts' },
    format: ['cjs'],
    noExternal: ['commander', 'zod'],
    sourcemap: true,
    target: 'node20',
    silent: true,
    shims: true,
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    // The batch worker: ESM, run by piscina.
    entry: { 'batch-worker': 'src/batch/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    silent: true,
  },
]);
