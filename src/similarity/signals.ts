import type { Signals } from '../model/index.js';
import type { DocumentFeatures, TaskFeatures } from './features.js';
import { buildTermIndex, cosine, type TermIndex } from './tfidf.js';
import { conceptCover } from './concepts.js';
import { diceSimilarity, preparedDice } from './text.js';
import { unitOverlap } from './units.js';

/** Relative weight of each signal in the combined score. */
export interface SimilarityWeights {
  heading: number;
  body: number;
  numbers: number;
  leadUnits: number;
  order: number;
}

/** Tuned defaults for two full task lists. */
export const DEFAULT_WEIGHTS: SimilarityWeights = { heading: 0.35, body: 0.45, numbers: 0.08, leadUnits: 0.04, order: 0.08 };

/** Defaults when one side is heading-only (an interpretation): body is heading containment. */
export const HEADING_ONLY_WEIGHTS: SimilarityWeights = { heading: 0.5, body: 0.4, numbers: 0.05, leadUnits: 0, order: 0.05 };

/** Which signals apply to a pair: a signal that cannot be computed does not dilute the score. */
type Applicable = Record<keyof Signals, boolean>;

export interface PairSimilarity {
  signals: Signals;
  score: number;
}

/**
 * Scores task pairs of one (child, parent) document pair. Term statistics are built once here;
 * pair scores are cached, so the aligner can ask for the same pair many times.
 */
export interface PairScorer {
  readonly child: DocumentFeatures;
  readonly parent: DocumentFeatures;
  readonly terms: TermIndex;
  readonly headingOnlyPair: boolean;
  similarity(childIndex: number, parentIndex: number): PairSimilarity;
  score(childIndex: number, parentIndex: number): number;
  /** Terms (tokens, quoted names, numbers with units) both tasks contain, most specific first. */
  sharedTerms(childIndex: number, parentIndex: number, limit?: number): string[];
  /** How much of the parent's heading content appears anywhere in the child's text, in [0, 1]. */
  parentHeadingCover(childIndex: number, parentIndex: number): number;
  /** Another scorer over the same pair (other weights / order prior) sharing the computed signals. */
  derive(options: Omit<PairScorerOptions, 'genericFactor'>): PairScorer;
}

export interface PairScorerOptions {
  weights?: Partial<SimilarityWeights>;
  /** Order prior in [0, 1] for a pair; defaults to closeness of relative positions. */
  orderPrior?: (childIndex: number, parentIndex: number) => number;
  genericFactor?: number;
}

function relativeOrder(n: number, m: number): (c: number, p: number) => number {
  return (c, p) => {
    const rc = n > 1 ? c / (n - 1) : 0.5;
    const rp = m > 1 ? p / (m - 1) : 0.5;
    return Math.max(0, 1 - Math.abs(rc - rp) / 0.15);
  };
}

/** Weighted share of `from`'s heading terms and bigrams found in `into`'s text. */
function headingCover(from: TaskFeatures, into: TaskFeatures, terms: TermIndex): number {
  let total = 0;
  let found = 0;
  for (const term of from.headingTerms.keys()) {
    const w = terms.weight(term);
    total += w;
    // a compound term (病险水库) counts as found when its characters appear together in the text
    if (into.textTerms.has(term) || into.plain.includes(term)) found += w;
    // a compound term whose parts the text uses apart (文艺创作 ~ 文艺…创作) counts in part, at a discount
    else if (term.length >= 4) found += w * COMPOUND_PART_CREDIT * bigramShare(term, into.textBigrams);
  }
  const tokenCover = total > 0 ? found / total : 0;
  const core = from.headingCore.length >= 2 ? from.headingCore : from.heading;
  let bigrams = 0;
  let hit = 0;
  for (let i = 0; i + 1 < core.length; i++) {
    bigrams++;
    if (into.textBigrams.has(core.slice(i, i + 2))) hit++;
  }
  const charCover = bigrams > 0 ? hit / bigrams : 0;
  return (tokenCover + charCover) / 2;
}

/** Credit for a compound heading term found only in parts, relative to finding it whole. */
const COMPOUND_PART_CREDIT = 0.5;

/** Share of a term's two-character words (non-overlapping, from the start: 文艺创作 → 文艺, 创作) in a bigram set. */
function bigramShare(term: string, bigrams: Set<string>): number {
  let parts = 0;
  let hit = 0;
  for (let i = 0; i + 1 < term.length; i += 2) {
    parts++;
    if (bigrams.has(term.slice(i, i + 2))) hit++;
  }
  return parts > 0 ? hit / parts : 0;
}

function setOverlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / Math.min(a.size, b.size);
}

/** Weight of a shared concept group (铁路 ~ 轨道交通) relative to identical characters. */
const CONCEPT_HEADING_WEIGHT = 0.45;
/** Same for the containment of a heading-only counterpart in a full text. */
const CONCEPT_BODY_WEIGHT = 0.6;

/**
 * Heading similarity: character-bigram Dice of the headings, also with the generic verbs removed, or
 * (at a discount) the share of the parent heading's concept groups that the child heading names too.
 */
export function headingSimilarity(child: TaskFeatures, parent: TaskFeatures): number {
  const concept = CONCEPT_HEADING_WEIGHT * conceptCover(parent.headingConcepts, child.headingConcepts);
  return Math.max(literalHeadingSimilarity(child, parent), concept);
}

/**
 * The wording part of headingSimilarity: character-bigram Dice of the headings, also with the generic
 * verbs removed. Use it where one heading must echo the other, which a shared field of work does not show.
 */
export function literalHeadingSimilarity(child: TaskFeatures, parent: TaskFeatures): number {
  const full = preparedDice(child.headingBigrams, parent.headingBigrams);
  const core =
    child.headingCore.length >= 2 && parent.headingCore.length >= 2
      ? preparedDice(child.headingCoreBigrams, parent.headingCoreBigrams)
      : full;
  return Math.max(full, 0.4 * full + 0.6 * core);
}

interface RawSimilarity {
  /** Content signals; order is filled in per scorer. */
  signals: Signals;
  applicable: Applicable;
}

/** Content signals of a document pair, computed once per task pair and shared by derived scorers. */
interface SignalStore {
  terms: TermIndex;
  raw(ci: number, pj: number): RawSimilarity;
}

function createSignalStore(child: DocumentFeatures, parent: DocumentFeatures, genericFactor?: number): SignalStore {
  const terms = buildTermIndex([...child.tasks, ...parent.tasks], genericFactor);
  const childVectors = child.tasks.map((t) => terms.vector(t.textTerms));
  const parentVectors = parent.tasks.map((t) => terms.vector(t.textTerms));
  const cache = new Map<number, RawSimilarity>();
  // unit names repeat across tasks: compare each pair of names once
  const unitCache = new Map<string, number>();
  const unitDice = (a: string, b: string): number => {
    const key = `${a}\u0000${b}`;
    let v = unitCache.get(key);
    if (v === undefined) unitCache.set(key, (v = diceSimilarity(a, b)));
    return v;
  };
  const m = parent.tasks.length;
  const compute = (ci: number, pj: number): RawSimilarity => {
    const c = child.tasks[ci]!;
    const p = parent.tasks[pj]!;
    const heading = headingSimilarity(c, p);
    let body: number;
    if (!c.headingOnly && !p.headingOnly) body = cosine(childVectors[ci]!, parentVectors[pj]!);
    // heading-only side: how much of its heading (words, or at a discount its concept groups) the other's text covers
    else if (p.headingOnly && !c.headingOnly)
      body = Math.max(headingCover(p, c, terms), CONCEPT_BODY_WEIGHT * conceptCover(p.headingConcepts, c.textConcepts));
    else if (c.headingOnly && !p.headingOnly)
      body = Math.max(headingCover(c, p, terms), CONCEPT_BODY_WEIGHT * conceptCover(c.headingConcepts, p.textConcepts));
    else body = 0;
    // named things and numbers: for a heading-only parent, only its named things can be shared
    const numbers = Math.max(setOverlap(c.named, p.named), setOverlap(c.numbers, p.numbers));
    const leadUnits = unitOverlap(c.leadUnits, p.leadUnits, unitDice);
    return {
      signals: { heading, body, numbers, leadUnits, order: 0 },
      applicable: {
        heading: true,
        body: !(c.headingOnly && p.headingOnly),
        numbers: (c.named.size > 0 || c.numbers.size > 0) && (p.named.size > 0 || p.numbers.size > 0),
        leadUnits: c.leadUnits.length > 0 && p.leadUnits.length > 0,
        order: true,
      },
    };
  };
  return {
    terms,
    raw(ci, pj) {
      const key = ci * m + pj;
      let r = cache.get(key);
      if (!r) cache.set(key, (r = compute(ci, pj)));
      return r;
    },
  };
}

function buildScorer(
  child: DocumentFeatures,
  parent: DocumentFeatures,
  store: SignalStore,
  options: PairScorerOptions,
): PairScorer {
  const headingOnlyPair = child.headingOnly || parent.headingOnly;
  const weights: SimilarityWeights = {
    ...(headingOnlyPair ? HEADING_ONLY_WEIGHTS : DEFAULT_WEIGHTS),
    ...options.weights,
  };
  const order = options.orderPrior ?? relativeOrder(child.tasks.length, parent.tasks.length);
  const keys = (Object.keys(weights) as (keyof Signals)[]).filter((k) => weights[k] > 0);
  const cache = new Map<number, PairSimilarity>();
  const m = parent.tasks.length;
  const similarity = (ci: number, pj: number): PairSimilarity => {
    const key = ci * m + pj;
    const hit = cache.get(key);
    if (hit) return hit;
    const raw = store.raw(ci, pj);
    const signals: Signals = { ...raw.signals, order: order(ci, pj) };
    let num = 0;
    let den = 0;
    for (const k of keys) {
      if (!raw.applicable[k]) continue;
      num += weights[k] * signals[k];
      den += weights[k];
    }
    const result = { signals, score: den > 0 ? num / den : 0 };
    cache.set(key, result);
    return result;
  };
  const terms = store.terms;
  return {
    child,
    parent,
    terms,
    headingOnlyPair,
    similarity,
    score: (ci, pj) => similarity(ci, pj).score,
    parentHeadingCover: (ci, pj) => headingCover(parent.tasks[pj]!, child.tasks[ci]!, terms),
    sharedTerms(ci, pj, limit = 12) {
      const c = child.tasks[ci]!;
      const p = parent.tasks[pj]!;
      const out: string[] = [];
      for (const x of c.named) if (p.named.has(x)) out.push(x);
      for (const x of c.numbers) if (p.numbers.has(x)) out.push(x);
      const shared = [...c.textTerms.keys()].filter((t) => p.textTerms.has(t) && t.length >= 2);
      shared.sort((a, b) => terms.weight(b) - terms.weight(a) || a.localeCompare(b));
      for (const t of shared) if (!out.includes(t)) out.push(t);
      return out.slice(0, limit);
    },
    derive: (more) => buildScorer(child, parent, store, { ...options, ...more }),
  };
}

/**
 * Build the scorer of a document pair: term statistics once, content signals once per task pair.
 * `derive` makes another scorer with other weights or order prior that shares those signals.
 */
export function createPairScorer(
  child: DocumentFeatures,
  parent: DocumentFeatures,
  options: PairScorerOptions = {},
): PairScorer {
  return buildScorer(child, parent, createSignalStore(child, parent, options.genericFactor), options);
}
