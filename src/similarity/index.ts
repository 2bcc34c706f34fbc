// Public surface of the similarity stage.
export {
  extractTaskFeatures,
  extractDocumentFeatures,
  type TaskFeatures,
  type DocumentFeatures,
} from './features.js';
export { buildTermIndex, cosine, type TermIndex } from './tfidf.js';
export {
  createPairScorer,
  headingSimilarity,
  literalHeadingSimilarity,
  DEFAULT_WEIGHTS,
  HEADING_ONLY_WEIGHTS,
  type SimilarityWeights,
  type PairScorer,
  type PairScorerOptions,
  type PairSimilarity,
} from './signals.js';
export { blockCandidates, type BlockingOptions } from './blocking.js';
export { unitOverlap } from './units.js';
export { extractNamedTerms, extractNumberTerms } from './named.js';
export { charBigrams, diceSimilarity, splitClauses, stripPunctuation } from './text.js';
export { conceptTableFor, createConceptTable, corpusConceptGroups, conceptsOf, conceptCover, type ConceptTable } from './concepts.js';
export { clauseIndex, runsDice, sharedBound, taskBound } from './doc-index.js';
