import type { Signals } from '../model/index.js';
import { textBigramsOf, type DocumentFeatures, type TaskFeatures } from './features.js';
import { genericWeight } from '../vocabulary/index.js';
import { blockCandidates, blockCandidatesWithPairTerms, type BlockingOptions } from './blocking.js';
import { BODY_APPLIES, LEAD_UNITS_APPLY, NUMBERS_APPLY, buildPairTerms, computeDenseSignals, type PairTerms } from './dense.js';
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
  /** Candidate parents of each child task (see blockCandidates), from this pair's term statistics. */
  candidates(options?: BlockingOptions): number[][];
  /** Another scorer over the same pair (other weights / order prior) sharing the computed signals. */
  derive(options: Omit<PairScorerOptions, 'genericFactor' | 'signalPath'>): PairScorer;
}

export interface PairScorerOptions {
  weights?: Partial<SimilarityWeights>;
  /** Order prior in [0, 1] for a pair; defaults to closeness of relative positions. */
  orderPrior?: (childIndex: number, parentIndex: number) => number;
  genericFactor?: number;
  /**
   * How content signals are computed: 'dense' (all pairs at once from inverted indexes), 'pairwise' (each
   * pair on demand) or 'auto' (dense for pairs up to 250,000 task cells). Both give identical values.
   */
  signalPath?: 'auto' | 'dense' | 'pairwise';
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
    else if (term.length >= 4) found += w * COMPOUND_PART_CREDIT * bigramShare(term, textBigramsOf(into));
  }
  const tokenCover = total > 0 ? found / total : 0;
  const core = from.headingCore.length >= 2 ? from.headingCore : from.heading;
  const textBigrams = textBigramsOf(into);
  let bigrams = 0;
  let hit = 0;
  for (let i = 0; i + 1 < core.length; i++) {
    bigrams++;
    if (textBigrams.has(core.slice(i, i + 2))) hit++;
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

const BODY_BIT = BODY_APPLIES;
const NUMBERS_BIT = NUMBERS_APPLY;
const LEAD_UNITS_BIT = LEAD_UNITS_APPLY;

/** Content signals of a document pair, computed once per task pair and shared by derived scorers. */
interface SignalStore {
  terms: TermIndex;
  /** Whether cells are held in dense arrays (small enough pairs), so scorers can cache densely too. */
  dense: boolean;
  /** Writes heading, body, numbers, leadUnits of a cell into out[0..3]; returns the applicability bits. */
  read(ci: number, pj: number, out: Float64Array): number;
  parentHeadingCover(ci: number, pj: number): number;
  candidates(options?: BlockingOptions): number[][];
  /** Text terms (2+ characters) both tasks contain, in the child's term order, with their weights. */
  sharedTextTerms(ci: number, pj: number): WeightedTerm[];
}

interface WeightedTerm {
  term: string;
  weight: number;
}

/**
 * Pairs up to this many task cells get their content signals a child row at a time from inverted indexes
 * (typed arrays, ~50 bytes a cell); larger ones are scored pair by pair on demand (with candidate blocking,
 * only a few dozen parents per child are ever asked for).
 */
const DENSE_MAX_CELLS = 250_000;

function createSignalStore(
  child: DocumentFeatures,
  parent: DocumentFeatures,
  genericFactor: number | undefined,
  path: PairScorerOptions['signalPath'] = 'auto',
): SignalStore {
  const cells = child.tasks.length * parent.tasks.length;
  if (path === 'dense' || (path === 'auto' && cells <= DENSE_MAX_CELLS)) return createDenseStore(child, parent, genericFactor);
  return createLazyStore(child, parent, genericFactor);
}

function createDenseStore(child: DocumentFeatures, parent: DocumentFeatures, genericFactor?: number): SignalStore {
  const pt = buildPairTerms(child, parent, genericFactor);
  const d = computeDenseSignals(child, parent, pt);
  const terms = pairTermIndex(pt, child, parent, genericFactor);
  const n = child.tasks.length;
  const m = parent.tasks.length;
  const inParent = new Uint8Array(pt.weight.length);
  // cells are computed on first read, a row at a time: the row's candidates once they are known, else (or
  // for a cell outside them) the whole row
  let rowColumns: readonly (readonly number[])[] | undefined;
  return {
    terms,
    dense: true,
    read(ci, pj, out) {
      const cell = ci * m + pj;
      if (d.computed[cell] === 0) {
        const columns = rowColumns?.[ci];
        d.computeRow(ci, columns?.includes(pj) ? columns : undefined);
      }
      out[0] = d.heading[cell]!;
      out[1] = d.body[cell]!;
      out[2] = d.numbers[cell]!;
      out[3] = d.leadUnits[cell]!;
      return d.applicable[cell]!;
    },
    parentHeadingCover(ci, pj) {
      const v = d.parentCover[pj * n + ci]!;
      return Number.isNaN(v) ? headingCover(parent.tasks[pj]!, child.tasks[ci]!, terms) : v;
    },
    candidates: (options) => (rowColumns = blockCandidatesWithPairTerms(child, parent, pt, options)),
    sharedTextTerms(ci, pj) {
      const parentIds = pt.parentIndex.taskTermIds[pj]!;
      for (let k = 0; k < parentIds.length; k++) inParent[pt.parentToPair[parentIds[k]!]!] = 1;
      const out: WeightedTerm[] = [];
      const childIds = pt.childIndex.taskTermIds[ci]!;
      for (let k = 0; k < childIds.length; k++) {
        const id = childIds[k]!;
        if (inParent[id] !== 1) continue;
        const term = pt.childIndex.terms[id]!;
        if (term.length >= 2) out.push({ term, weight: pt.weight[id]! });
      }
      for (let k = 0; k < parentIds.length; k++) inParent[pt.parentToPair[parentIds[k]!]!] = 0;
      return out;
    },
  };
}

/** The TermIndex of a pair, answered from the pair's term table. */
function pairTermIndex(pt: PairTerms, child: DocumentFeatures, parent: DocumentFeatures, genericFactor?: number): TermIndex {
  const idf = (term: string): number => {
    const id = pt.idOf(term);
    return Math.log((pt.taskCount + 1) / ((id >= 0 ? pt.df[id]! : 0) + 1)) + 1;
  };
  let full: TermIndex | undefined;
  return {
    idf,
    weight: (term) => {
      const id = pt.idOf(term);
      return id >= 0 ? pt.weight[id]! : idf(term) * genericWeight(term, pt.genericFactor);
    },
    df: (term) => {
      const id = pt.idOf(term);
      return id >= 0 ? pt.df[id]! : 0;
    },
    vector: (t) => (full ??= buildTermIndex([...child.tasks, ...parent.tasks], genericFactor)).vector(t),
    taskCount: pt.taskCount,
  };
}

function createLazyStore(child: DocumentFeatures, parent: DocumentFeatures, genericFactor?: number): SignalStore {
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
  const raw = (ci: number, pj: number): RawSimilarity => {
    const key = ci * m + pj;
    let r = cache.get(key);
    if (!r) cache.set(key, (r = compute(ci, pj)));
    return r;
  };
  return {
    terms,
    dense: false,
    read(ci, pj, out) {
      const r = raw(ci, pj);
      out[0] = r.signals.heading;
      out[1] = r.signals.body;
      out[2] = r.signals.numbers;
      out[3] = r.signals.leadUnits;
      return (r.applicable.body ? BODY_BIT : 0) | (r.applicable.numbers ? NUMBERS_BIT : 0) | (r.applicable.leadUnits ? LEAD_UNITS_BIT : 0);
    },
    parentHeadingCover: (ci, pj) => headingCover(parent.tasks[pj]!, child.tasks[ci]!, terms),
    candidates: (options) => blockCandidates(child, parent, terms, options),
    sharedTextTerms(ci, pj) {
      const c = child.tasks[ci]!;
      const p = parent.tasks[pj]!;
      const out: WeightedTerm[] = [];
      for (const t of c.textTerms.keys()) if (t.length >= 2 && p.textTerms.has(t)) out.push({ term: t, weight: terms.weight(t) });
      return out;
    },
  };
}

/** Position of each signal in a read() buffer, and the applicability bit it needs (0: always applies). */
const SIGNAL_SLOT: Record<keyof Signals, number> = { heading: 0, body: 1, numbers: 2, leadUnits: 3, order: 4 };
const SIGNAL_BIT: Record<keyof Signals, number> = { heading: 0, body: BODY_BIT, numbers: NUMBERS_BIT, leadUnits: LEAD_UNITS_BIT, order: 0 };

// Ties between equally heavy terms go by UTF-16 code units: the same on every machine (a collator would
// follow the user's locale, e.g. pinyin under zh-CN), and no ICU collator to build per process (≈6 ms).
function termOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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
  const keySlots = Int32Array.from(keys, (k) => SIGNAL_SLOT[k]);
  const keyBits = Int32Array.from(keys, (k) => SIGNAL_BIT[k]);
  const keyWeights = Float64Array.from(keys, (k) => weights[k]);
  const usesOrder = keys.includes('order');
  const m = parent.tasks.length;
  const denseCache = store.dense ? new Float64Array(child.tasks.length * m).fill(NaN) : undefined;
  const mapCache = new Map<number, number>();
  const buf = new Float64Array(5);
  // weighted mean of the applicable signals, in the order of the weight keys (as the per-pair definition adds them)
  const combine = (bits: number, values: Float64Array): number => {
    let num = 0;
    let den = 0;
    for (let k = 0; k < keySlots.length; k++) {
      const bit = keyBits[k]!;
      if (bit !== 0 && (bits & bit) === 0) continue;
      num += keyWeights[k]! * values[keySlots[k]!]!;
      den += keyWeights[k]!;
    }
    return den > 0 ? num / den : 0;
  };
  const score = (ci: number, pj: number): number => {
    const key = ci * m + pj;
    let s = denseCache ? denseCache[key]! : mapCache.get(key);
    if (s === undefined || Number.isNaN(s)) {
      const bits = store.read(ci, pj, buf);
      buf[4] = usesOrder ? order(ci, pj) : 0;
      s = combine(bits, buf);
      if (denseCache) denseCache[key] = s;
      else mapCache.set(key, s);
    }
    return s;
  };
  const similarity = (ci: number, pj: number): PairSimilarity => {
    const values = new Float64Array(5);
    store.read(ci, pj, values);
    const signals: Signals = { heading: values[0]!, body: values[1]!, numbers: values[2]!, leadUnits: values[3]!, order: order(ci, pj) };
    return { signals, score: score(ci, pj) };
  };
  const terms = store.terms;
  return {
    child,
    parent,
    terms,
    headingOnlyPair,
    similarity,
    score,
    parentHeadingCover: (ci, pj) => store.parentHeadingCover(ci, pj),
    candidates: (options) => store.candidates(options),
    sharedTerms(ci, pj, limit = 12) {
      const c = child.tasks[ci]!;
      const p = parent.tasks[pj]!;
      const out: string[] = [];
      for (const x of c.named) if (p.named.has(x)) out.push(x);
      for (const x of c.numbers) if (p.numbers.has(x)) out.push(x);
      const shared = store.sharedTextTerms(ci, pj);
      // the `needed` heaviest terms, ties in termOrder: every term at least as heavy as the needed-th
      // heaviest (a tie group reaching past it is ordered whole), sorted by weight, then term
      const needed = Math.min(shared.length, limit + out.length);
      if (needed > 0) {
        const weights = new Float64Array(shared.length);
        for (let k = 0; k < shared.length; k++) weights[k] = shared[k]!.weight;
        const cut = weights.sort()[shared.length - needed]!;
        const top = shared.filter((t) => t.weight >= cut).sort((a, b) => b.weight - a.weight || termOrder(a.term, b.term));
        for (let k = 0; k < needed; k++) {
          const term = top[k]!.term;
          if (!out.includes(term)) out.push(term);
        }
      }
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
  return buildScorer(child, parent, createSignalStore(child, parent, options.genericFactor, options.signalPath), options);
}
