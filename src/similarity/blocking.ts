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
