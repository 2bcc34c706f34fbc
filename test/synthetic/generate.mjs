#!/usr/bin/env node
// Write a synthetic corpus: child task lists generated from a parent list, with their ground truth.
//
//   node test/synthetic/generate.mjs --seed 42 --count 100 --out test-output/synthetic [--parent data/liaocheng-2023-key-tasks.txt]
//
// The directory follows the batch naming rule (<parent>--<child>.txt beside <parent>.txt), so it runs as is
// with `policy-cascade batch <dir>`; manifest.json lists the same documents; truth/<child>.json holds the
// ground truth of each child. Needs the build (npm run build): it imports dist/index.js.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const DEFAULT_PARENT = join(ROOT, 'data/liaocheng-2023-key-tasks.txt');

/** Generate `count` child lists from `parentFile` into `out`; returns the manifest. */
export async function writeCorpus({ parentFile = DEFAULT_PARENT, seed = 1, count = 10, out, lib }) {
  const { parseDocument, generateChildList, deriveSeed } = lib ?? (await import('../bench/lib.mjs')).default;
  const parentName = basename(parentFile).replace(/\.txt$/, '');
  const parent = parseDocument(readFileSync(parentFile), { name: basename(parentFile) });
  mkdirSync(join(out, 'truth'), { recursive: true });
  copyFileSync(parentFile, join(out, `${parentName}.txt`));
  const documents = [{ file: `${parentName}.txt`, id: parentName }];
  const width = String(count).length < 4 ? 4 : String(count).length;
  for (let i = 1; i <= count; i++) {
    const childId = `child-${String(i).padStart(width, '0')}`;
    const { text, truth } = generateChildList(parent, { seed: deriveSeed(seed, i) });
    const file = `${parentName}--${childId}.txt`;
    writeFileSync(join(out, file), text);
    writeFileSync(join(out, 'truth', `${childId}.json`), JSON.stringify(truth, null, 1));
    documents.push({ file, parent: parentName, id: `${parentName}--${childId}`, truth: `truth/${childId}.json` });
  }
  const manifest = {
    description: `Synthetic corpus: ${count} child lists generated from ${basename(parentFile)} with seed ${seed}.`,
    seed,
    documents,
  };
  writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 1));
  return manifest;
}

function argValue(args, name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args.includes('--help') || !args.includes('--out')) {
    process.stderr.write('usage: node test/synthetic/generate.mjs --out <dir> [--seed N] [--count N] [--parent file]\n');
    process.exit(args.includes('--help') ? 0 : 2);
  }
  const out = resolve(argValue(args, '--out'));
  const seed = Number(argValue(args, '--seed', '1'));
  const count = Number(argValue(args, '--count', '10'));
  const parentFile = resolve(argValue(args, '--parent', DEFAULT_PARENT));
  const t0 = performance.now();
  await writeCorpus({ parentFile, seed, count, out });
  process.stderr.write(`wrote ${count} documents to ${out} in ${Math.round(performance.now() - t0)} ms\n`);
}
