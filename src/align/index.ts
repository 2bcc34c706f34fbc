// Public surface of the align stage.
export { alignDocuments } from './align-documents.js';
export { alignWithFeatures, featuresFor, getDefaultSegmenter, segmenterFor } from './align-with-features.js';
export { alignCascade, type CascadeAlignment, type CascadePair } from './cascade.js';
export { inLevelOrder } from './level-order.js';
export { AlignOptionsSchema, resolveAlignOptions, type AlignOptions } from './options.js';
export { alignMonotone, type MonotoneMatch, type MonotoneOptions } from './dp.js';
export { classifyRelation } from './relation.js';
export { alignSections, topLevelSections, type SectionGroup, type SectionPlan } from './sections.js';
