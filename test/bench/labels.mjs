// Load a county→city label file and score alignments against it (only the labelled children count).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export function findLabels(root) {
  for (const rel of ['test/fixtures/labels/county-city.json', 'test/fixtures/dev-gold/county-city.json']) {
    const file = resolve(root, rel);
    if (existsSync(file)) return { file: rel, ...readLabels(JSON.parse(readFileSync(file, 'utf8'))) };
  }
  return undefined;
}

/** Accepts {links: {child: {parents}}} or {links: [{child, parents}]}; ids become strings. */
export function readLabels(json) {
  const pairs = new Set();
  const children = new Set();
  const entries = Array.isArray(json.links)
    ? json.links.map((l) => [String(l.child), l])
    : Object.entries(json.links ?? {});
  for (const [child, l] of entries) {
    children.add(String(child));
    for (const p of l.parents ?? []) pairs.add(`${child}>${p}`);
  }
  return { pairs, children, droppedParents: new Set((json.droppedParents ?? []).map(String)) };
}

/** Precision / recall / F1 of an alignment's links on the labelled children. */
export function scoreOnLabels(labels, alignment) {
  const predicted = new Set();
  for (const l of alignment.links) {
    if (l.skipLevel || !labels.children.has(String(l.child))) continue;
    for (const p of l.parents) predicted.add(`${l.child}>${p}`);
  }
  let tp = 0;
  for (const p of predicted) if (labels.pairs.has(p)) tp++;
  const precision = predicted.size ? tp / predicted.size : 1;
  const recall = labels.pairs.size ? tp / labels.pairs.size : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, predicted: predicted.size, gold: labels.pairs.size };
}
