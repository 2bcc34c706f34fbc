// Locate the documents shipped in the package's data/ folder, from wherever the package is installed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledDataDir } from 'policy-cascade';

export const dataDir = bundledDataDir();

/** The bundled manifest: one entry per document, with level, genre and parent. */
export const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8'));

/** Bytes of a bundled document, by file name. */
export function readBundled(file) {
  return readFileSync(join(dataDir, file));
}

/** The task-list chain province → city → county as the manifest describes it (follow `parent` upwards). */
export function bundledChain() {
  const byFile = new Map(manifest.documents.map((d) => [d.file, d]));
  const hasChild = new Set(manifest.documents.map((d) => d.parent).filter(Boolean));
  let leaf = manifest.documents.find((d) => d.parent && !hasChild.has(d.file));
  const chain = [];
  for (let d = leaf; d; d = byFile.get(d.parent)) chain.unshift(d.file);
  return chain;
}
