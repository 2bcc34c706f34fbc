import type { PairTerms } from './dense.js';
import type { DocumentFeatures } from './features.js';
import type { TermIndex } from './tfidf.js';

export interface BlockingOptions {
  /** Below this many parent tasks every pair is a candidate (exact and still cheap). */
  fullComparisonBelow?: number;
  /** Candidates kept per child task (by shared-term weight). */
  maxCandidates?: number;
  /** Terms in more than this share of all tasks are too common to block on. */
  maxDocumentFrequencyShare?: number;
  /** Parents within this many positions of the child's relative position are always candidates. */
  orderWindow?: number;
}

/**
 * Candidate parents for each child task, from an inverted index of informative terms, so that large
 * inputs cost about (tasks × candidates) pair scores rather than (tasks × tasks).
 */
export function blockCandidates(
  child: DocumentFeatures,
  parent: DocumentFeatures,
  terms: TermIndex,
  options: BlockingOptions = {},
): number[][] {
  const n = child.tasks.length;
  const m = parent.tasks.length;
  const fullBelow = options.fullComparisonBelow ?? 400;
  if (m < fullBelow) return child.tasks.map(() => Array.from({ length: m }, (_, j) => j));
  const maxCandidates = options.maxCandidates ?? 40;
  const maxDf = Math.max(3, Math.floor((options.maxDocumentFrequencyShare ?? 0.05) * terms.taskCount));
  const window = options.orderWindow ?? 5;
  const postings = new Map<string, number[]>();
  parent.tasks.forEach((p, j) => {
    for (const term of p.textTerms.keys()) {
      if (terms.df(term) > maxDf) continue;
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push(j);
    }
  });
  return child.tasks.map((c, i) => {
    const acc = new Map<number, number>();
    for (const term of c.textTerms.keys()) {
      const list = postings.get(term);
      if (!list) continue;
      const w = terms.weight(term);
      for (const j of list) acc.set(j, (acc.get(j) ?? 0) + w);
    }
    const ranked = [...acc.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, maxCandidates);
    const out = new Set(ranked.map(([j]) => j));
    const center = n > 1 ? Math.round((i / (n - 1)) * (m - 1)) : 0;
    for (let j = Math.max(0, center - window); j <= Math.min(m - 1, center + window); j++) out.add(j);
    return [...out].sort((a, b) => a - b);
  });
}

/**
 * blockCandidates from a pair's term table (typed arrays instead of string-keyed maps); same candidates,
 * same order.
 */
export function blockCandidatesWithPairTerms(
  child: DocumentFeatures,
  parent: DocumentFeatures,
  pt: PairTerms,
  options: BlockingOptions = {},
): number[][] {
  const n = child.tasks.length;
  const m = parent.tasks.length;
  const fullBelow = options.fullComparisonBelow ?? 400;
  if (m < fullBelow) {
    const all = new Array<number>(m);
    for (let j = 0; j < m; j++) all[j] = j;
    return child.tasks.map(() => all.slice());
  }
  const maxCandidates = options.maxCandidates ?? 40;
  const maxDf = Math.max(3, Math.floor((options.maxDocumentFrequencyShare ?? 0.05) * pt.taskCount));
  const window = options.orderWindow ?? 5;
  const ids = pt.weight.length;
  // postings of informative terms by pair term id, parents ascending
  const start = new Int32Array(ids + 1);
  const px = pt.parentIndex;
  for (let j = 0; j < m; j++) {
    const locals = px.taskTermIds[j]!;
    for (let k = 0; k < locals.length; k++) {
      const id = pt.parentToPair[locals[k]!]!;
      if (pt.df[id]! <= maxDf) start[id + 1]!++;
    }
  }
  for (let id = 0; id < ids; id++) start[id + 1]! += start[id]!;
  const fill = start.slice(0, ids);
  const postings = new Int32Array(start[ids]!);
  for (let j = 0; j < m; j++) {
    const locals = px.taskTermIds[j]!;
    for (let k = 0; k < locals.length; k++) {
      const id = pt.parentToPair[locals[k]!]!;
      if (pt.df[id]! <= maxDf) postings[fill[id]!++] = j;
    }
  }
  const acc = new Float64Array(m);
  const seen = new Uint8Array(m);
  const chosen = new Uint8Array(m);
  return child.tasks.map((_, i) => {
    const touched: number[] = [];
    const ids = pt.childIndex.taskTermIds[i]!;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      if (start[id] === start[id + 1]) continue;
      const w = pt.weight[id]!;
      for (let at = start[id]!; at < start[id + 1]!; at++) {
        const j = postings[at]!;
        if (!seen[j]) {
          seen[j] = 1;
          acc[j] = 0;
          touched.push(j);
        }
        acc[j] = acc[j]! + w;
      }
    }
    // the best maxCandidates by shared weight (ties: lower position first); all of them when no more
    if (touched.length > maxCandidates) touched.sort((a, b) => acc[b]! - acc[a]! || a - b);
    const out: number[] = [];
    for (let k = 0; k < touched.length; k++) {
      const j = touched[k]!;
      seen[j] = 0;
      if (k < maxCandidates) {
        chosen[j] = 1;
        out.push(j);
      }
    }
    const center = n > 1 ? Math.round((i / (n - 1)) * (m - 1)) : 0;
    for (let j = Math.max(0, center - window); j <= Math.min(m - 1, center + window); j++) {
      if (chosen[j] === 0) {
        chosen[j] = 1;
        out.push(j);
      }
    }
    for (let k = 0; k < out.length; k++) chosen[out[k]!] = 0;
    return out.sort((a, b) => a - b);
  });
}
