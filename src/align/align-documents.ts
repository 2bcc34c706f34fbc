import { assertPolicyDocument, type Alignment, type PolicyDocument } from '../model/index.js';
import { alignWithFeatures, featuresFor } from './align-with-features.js';
import { inLevelOrder } from './level-order.js';
import { resolveAlignOptions, type AlignOptions } from './options.js';

/**
 * Align the tasks of a child document (e.g. a county list) with those of its parent (the city list).
 * Sections first, then an order-aware dynamic programme over tasks, a rescue pass for tasks moved to
 * another part, and a pass for merges and splits that are not adjacent. A child whose inferred level is
 * above the parent's is swapped with it (warning `level-order`) unless `keepOrder` is set.
 */
export function alignDocuments(child: PolicyDocument, parent: PolicyDocument, options?: AlignOptions): Alignment {
  assertPolicyDocument(child, 'child');
  assertPolicyDocument(parent, 'parent');
  const opts = resolveAlignOptions(options);
  const features = featuresFor(opts);
  const align = (c: PolicyDocument, p: PolicyDocument): Alignment => alignWithFeatures(c, p, features(c), features(p), opts);
  if (opts.keepOrder) return align(child, parent);
  const { docs, warning } = inLevelOrder([parent, child]);
  const alignment = align(docs[1]!, docs[0]!);
  return warning ? { ...alignment, warnings: [warning, ...alignment.warnings] } : alignment;
}
