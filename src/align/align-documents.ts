import { assertPolicyDocument, type Alignment, type PolicyDocument } from '../model/index.js';
import { alignWithFeatures, featuresFor } from './align-with-features.js';
import { resolveAlignOptions, type AlignOptions } from './options.js';

/**
 * Align the tasks of a child document (e.g. a county list) with those of its parent (the city list).
 * Sections first, then an order-aware dynamic programme over tasks, a rescue pass for tasks moved to
 * another part, and a pass for merges and splits that are not adjacent.
 */
export function alignDocuments(child: PolicyDocument, parent: PolicyDocument, options?: AlignOptions): Alignment {
  assertPolicyDocument(child, 'child');
  assertPolicyDocument(parent, 'parent');
  const opts = resolveAlignOptions(options);
  const features = featuresFor(opts);
  return alignWithFeatures(child, parent, features(child), features(parent), opts);
}
