import type { PolicyDocument } from '../model/index.js';
import { diceSimilarity, stripPunctuation, type PairScorer } from '../similarity/index.js';
import { alignMonotone } from './dp.js';

/** Top-level sections of a document with the task positions they hold. */
export interface SectionGroup {
  id: string;
  title: string;
  taskIndices: number[];
}

export function topLevelSections(doc: PolicyDocument): SectionGroup[] {
  const groups: SectionGroup[] = [];
  const byId = new Map<string, SectionGroup>();
  for (const s of doc.sections) {
    if (s.path.length !== 1) continue;
    const g: SectionGroup = { id: s.id, title: s.title, taskIndices: [] };
    byId.set(s.id, g);
    groups.push(g);
  }
  doc.tasks.forEach((t, i) => {
    const id = t.sectionPath[0];
    if (id === undefined) return;
    let g = byId.get(id);
    if (!g) {
      g = { id, title: '', taskIndices: [] };
      byId.set(id, g);
      groups.push(g);
    }
    g.taskIndices.push(i);
  });
  return groups;
}

export interface SectionPlan {
  child: SectionGroup[];
  parent: SectionGroup[];
  /** Child section id → parent section id, from the section-level alignment. */
  mapping: Map<string, string>;
  /** Similarity of each child section with each parent section: key `${child}\u0000${parent}`. */
  similarity: (childId: string, parentId: string) => number;
}

/**
 * Sections first: a child part is compared with a parent part by their titles and by how well the
 * child part's tasks find counterparts in the parent part; a monotone alignment picks the mapping.
 */
export function alignSections(
  childDoc: PolicyDocument,
  parentDoc: PolicyDocument,
  contentScorer: PairScorer,
  candidates: readonly (readonly number[])[],
  threshold = 0.2,
): SectionPlan {
  const child = topLevelSections(childDoc);
  const parent = topLevelSections(parentDoc);
  const sectionOfParent = new Int32Array(parentDoc.tasks.length).fill(-1);
  parent.forEach((g, k) => g.taskIndices.forEach((j) => (sectionOfParent[j] = k)));
  // best[childTask][parentSection] = best task score of that child task inside that parent section
  const sims: number[][] = child.map(() => parent.map(() => 0));
  child.forEach((cg, a) => {
    if (cg.taskIndices.length === 0) return;
    const sums = parent.map(() => 0);
    for (const i of cg.taskIndices) {
      const bestPer = parent.map(() => 0);
      for (const j of candidates[i] ?? []) {
        const k = sectionOfParent[j]!;
        if (k < 0) continue;
        bestPer[k] = Math.max(bestPer[k]!, contentScorer.score(i, j));
      }
      bestPer.forEach((v, k) => (sums[k]! += v));
    }
    parent.forEach((pg, b) => {
      const agg = sums[b]! / cg.taskIndices.length;
      const title = diceSimilarity(stripPunctuation(cg.title), stripPunctuation(pg.title));
      sims[a]![b] = pg.taskIndices.length === 0 && cg.taskIndices.length > 0 ? 0.3 * title : 0.3 * title + 0.7 * agg;
    });
  });
  const matches = alignMonotone(child.length, parent.length, (a, b) => sims[a]![b]!, {
    threshold,
    secondaryThreshold: 2, // sections map 1:1 here; merged parts show up through their tasks
    gapPenalty: 0,
  });
  const mapping = new Map<string, string>();
  for (const m of matches) mapping.set(child[m.children[0]!]!.id, parent[m.parents[0]!]!.id);
  const childPos = new Map(child.map((g, a) => [g.id, a]));
  const parentPos = new Map(parent.map((g, b) => [g.id, b]));
  return {
    child,
    parent,
    mapping,
    similarity: (c, p) => {
      const a = childPos.get(c);
      const b = parentPos.get(p);
      return a === undefined || b === undefined ? 0 : sims[a]![b]!;
    },
  };
}
