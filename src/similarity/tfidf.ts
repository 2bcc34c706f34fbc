import { genericWeight } from '../vocabulary/index.js';
import type { TaskFeatures } from './features.js';

/**
 * TF-IDF over the tasks of a document pair, built once per pair: document frequency counts each
 * task of either document as one document. Generic policy verbs are scaled down on top of IDF.
 */
export interface TermIndex {
  idf(term: string): number;
  /** Weight of a term: idf × generic-word factor. */
  weight(term: string): number;
  /** L2-normalised TF-IDF vector of a term-count map. */
  vector(terms: Map<string, number>): Map<string, number>;
  /** Number of tasks (both documents) containing the term. */
  df(term: string): number;
  readonly taskCount: number;
}

export function buildTermIndex(tasks: readonly TaskFeatures[], genericFactor = 0.15): TermIndex {
  const df = new Map<string, number>();
  for (const t of tasks) for (const term of t.textTerms.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = tasks.length;
  // term ids of this index: vectors built here can be compared as sorted id arrays (see cosine)
  const space = {};
  const termIds = new Map<string, number>();
  const idf = (term: string): number => Math.log((n + 1) / ((df.get(term) ?? 0) + 1)) + 1;
  const weight = (term: string): number => idf(term) * genericWeight(term, genericFactor);
  const vector = (terms: Map<string, number>): Map<string, number> => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [term, count] of terms) {
      const w = (1 + Math.log(count)) * weight(term);
      v.set(term, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [term, w] of v) v.set(term, w / norm);
    packVector(v, space, termIds);
    return v;
  };
  return { idf, weight, vector, df: (term) => df.get(term) ?? 0, taskCount: n };
}

/** A vector as parallel arrays sorted by term id, valid against vectors of the same id space. */
interface PackedVector {
  space: object;
  ids: Int32Array;
  weights: Float64Array;
}

// Packed forms of the vectors an index built; weak, so they go with the vectors. Comparing two sorted id
// arrays costs a merge instead of one string-keyed lookup per term, which dominated alignment time.
const packed = new WeakMap<Map<string, number>, PackedVector>();

function packVector(v: Map<string, number>, space: object, termIds: Map<string, number>): void {
  const entries: Array<[number, number]> = [];
  for (const [term, w] of v) {
    let id = termIds.get(term);
    if (id === undefined) termIds.set(term, (id = termIds.size));
    entries.push([id, w]);
  }
  entries.sort((x, y) => x[0] - y[0]);
  packed.set(v, {
    space,
    ids: Int32Array.from(entries, (e) => e[0]),
    weights: Float64Array.from(entries, (e) => e[1]),
  });
}

export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  const pa = packed.get(a);
  const pb = packed.get(b);
  if (pa && pb && pa.space === pb.space) {
    let dot = 0;
    let i = 0;
    let j = 0;
    const { ids: ia, weights: wa } = pa;
    const { ids: ib, weights: wb } = pb;
    while (i < ia.length && j < ib.length) {
      const x = ia[i]!;
      const y = ib[j]!;
      if (x === y) dot += wa[i++]! * wb[j++]!;
      else if (x < y) i++;
      else j++;
    }
    return Math.max(0, Math.min(1, dot));
  }
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, w] of small) {
    const o = large.get(term);
    if (o !== undefined) dot += w * o;
  }
  return Math.max(0, Math.min(1, dot));
}
