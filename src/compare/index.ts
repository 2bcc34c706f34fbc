// Public surface of the compare stage: gap analysis of aligned documents.
export { analyzeCascade } from './analyze-cascade.js';
export { comparePair, type ComparePairInput, type ComparePairOptions } from './analyze-pair.js';
export { AnalyzeOptionsSchema, resolveAnalyzeOptions, type AnalyzeOptions, type ResolvedAnalyzeOptions } from './options.js';
export { pairTargets, locateTargets, type LocatedTarget, type TargetPair, type TargetPairing, type PairTargetsOptions } from './pair-targets.js';
export {
  classifyIntensive,
  changeFromReference,
  compareWithReference,
  comparatorChange,
  qualifierChange,
  horizonChange,
  shareOf,
  isCeiling,
} from './classify.js';
export { referenceShareFor } from './reference-share.js';
export { metricSimilarity, metricCore } from './metric.js';
export { findDeferralClauses, deferralMatch, type DeferralClause } from './deferral.js';
export { leadUnitChanges } from './lead-units.js';
export { summarizePair, countChanges } from './summary.js';
export { linkGroups, type TaskGroup } from './groups.js';
