import { genericWeight } from '../segment/stopwords.js';
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
    return v;
  };
  return { idf, weight, vector, df: (term) => df.get(term) ?? 0, taskCount: n };
}

export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, w] of small) {
    const o = large.get(term);
    if (o !== undefined) dot += w * o;
  }
  return Math.max(0, Math.min(1, dot));
}
