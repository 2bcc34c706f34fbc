// Public surface of the synthetic generator (the sub-path export `policy-cascade/synthetic`): child lists
// generated from a parent with known ground truth, and their scorers (the benchmarks and tests use them).
export { mulberry32, createRng, deriveSeed, type Rng } from './prng.js';
export {
  generateChildList,
  DEFAULT_SYNTHETIC_RATES,
  type GenerateChildListOptions,
  type SyntheticMutationRates,
} from './generate.js';
export type {
  SyntheticDocument,
  SyntheticTruth,
  SyntheticLinkTruth,
  SyntheticTargetTruth,
  SyntheticRelation,
} from './truth.js';
export {
  scoreSyntheticAlignment,
  scoreSyntheticChanges,
  sumScores,
  precisionRecallF1,
  type SetScore,
  type AlignmentLike,
  type SyntheticAlignmentScore,
  type SyntheticChangeScore,
  type ChangeOutcome,
} from './score.js';
