import { assertDocuments, documentRef, type Alignment, type DocumentRef, type PolicyDocument } from '../model/index.js';
import type { DocumentFeatures } from '../similarity/index.js';
import { alignWithFeatures, featuresFor } from './align-with-features.js';
import { resolveAlignOptions, type AlignOptions } from './options.js';
import { thresholdsFor } from './thresholds.js';

export interface CascadePair {
  /** Position of the parent document in the input (0 = highest level). */
  parentIndex: number;
  childIndex: number;
  /** True when the parent is two or more levels up and only otherwise-unlinked child tasks are tried. */
  skipLevel: boolean;
  alignment: Alignment;
}

export interface CascadeAlignment {
  documents: DocumentRef[];
  pairs: CascadePair[];
}

/**
 * Align a chain of documents, highest level first (province, city, county). Each adjacent pair is
 * aligned with alignDocuments; in a chain of three or more, the lower tasks with no counterpart one
 * level up (or only a weak, partial one) are tried against the levels above (skip-level links,
 * `skipLevel: true`), keeping only confident links. Each document is segmented once.
 */
export function alignCascade(docs: readonly PolicyDocument[], options?: AlignOptions): CascadeAlignment {
  assertDocuments(docs);
  const opts = resolveAlignOptions(options);
  const features = docs.map(featuresFor(opts));
  const pairs: CascadePair[] = [];
  // child tasks to try higher up: unlinked, or linked only weakly (score by child id)
  const tryHigher = new Map<number, Map<string, number>>();
  for (let k = 1; k < docs.length; k++) {
    const alignment = alignWithFeatures(docs[k]!, docs[k - 1]!, features[k]!, features[k - 1]!, opts);
    pairs.push({ parentIndex: k - 1, childIndex: k, skipLevel: false, alignment });
    const weakBelow = thresholdsFor(opts, features[k]!.headingOnly || features[k - 1]!.headingOnly).weakLink;
    const open = new Map<string, number>(alignment.addedChildren.map((id) => [id, 0]));
    for (const l of alignment.links) if (l.score < weakBelow && l.relation === 'partial') open.set(l.child, l.score);
    tryHigher.set(k, open);
  }
  for (let k = 2; k < docs.length; k++) {
    let open = tryHigher.get(k) ?? new Map<string, number>();
    for (let a = k - 2; a >= 0 && open.size > 0; a--) {
      const alignment = skipLevelAlignment(docs[k]!, features[k]!, docs[a]!, features[a]!, open, opts);
      pairs.push({ parentIndex: a, childIndex: k, skipLevel: true, alignment });
      const linked = new Set(alignment.links.map((l) => l.child));
      open = new Map([...open].filter(([id]) => !linked.has(id)));
    }
  }
  return { documents: docs.map(documentRef), pairs };
}

function skipLevelAlignment(
  child: PolicyDocument,
  cf: DocumentFeatures,
  ancestor: PolicyDocument,
  af: DocumentFeatures,
  open: ReadonlyMap<string, number>,
  opts: ReturnType<typeof resolveAlignOptions>,
): Alignment {
  const keep = new Set(open.keys());
  const positions = child.tasks.map((t, i) => (keep.has(t.id) ? i : -1)).filter((i) => i >= 0);
  const subDoc: PolicyDocument = { ...child, tasks: positions.map((i) => child.tasks[i]!) };
  const subFeatures: DocumentFeatures = { tasks: positions.map((i) => cf.tasks[i]!), headingOnly: cf.headingOnly };
  // order means little across a skipped level: content alone decides, above a confident threshold
  const subOpts = { ...opts, weights: { ...opts.weights, order: 0 } };
  const raw = alignWithFeatures(subDoc, ancestor, subFeatures, af, subOpts);
  const minScore = thresholdsFor(opts, cf.headingOnly || af.headingOnly).skipLevel;
  // confident, and clearly better than the weak link one level up when there is one
  const links = raw.links
    .filter((l) => l.score >= minScore && l.score >= (open.get(l.child) ?? 0) + 0.15)
    .map((l) => ({ ...l, skipLevel: true }));
  const linked = new Set(links.map((l) => l.child));
  return {
    ...raw,
    links,
    addedChildren: subDoc.tasks.map((t) => t.id).filter((id) => !linked.has(id) && open.get(id) === 0),
    // only a subset of the child was tried: dropped parents and section maps are not meaningful here
    droppedParents: [],
    sections: [],
    droppedParentSections: [],
  };
}
