import { genericWeight } from '../vocabulary/index.js';
import { conceptCover } from './concepts.js';
import { countSharedRuns, documentIndex, plainTextPostings, type DocumentIndex, type PlainTextPostings } from './doc-index.js';
import type { DocumentFeatures } from './features.js';
import { diceFromShared, diceSimilarity } from './text.js';

/**
 * Content signals of the task pairs of a (child, parent) document pair, computed a child row at a time from
 * inverted indexes (shared bigrams, terms, named things) into typed arrays instead of pair by pair. The
 * values are bit-identical to the pair-by-pair definitions in signals.ts (same operations in the same
 * order): the aligner's results must not depend on which path computed them.
 */
export interface DenseSignals {
  heading: Float64Array;
  body: Float64Array;
  numbers: Float64Array;
  leadUnits: Float64Array;
  /** Bits: BODY_APPLIES, NUMBERS_APPLY, LEAD_UNITS_APPLY (heading and order always apply). */
  applicable: Uint8Array;
  /**
   * headingCover(parent, child) where the dense pass computed it (heading-only parent), else NaN; stored
   * parent-major (index parent × childCount + child).
   */
  parentCover: Float64Array;
  /** 1 for the cells computed so far (the arrays above hold 0 elsewhere). */
  computed: Uint8Array;
  /**
   * Compute the cells of child row `i` in `columns` (ascending parent positions; all when omitted) that
   * are not computed yet. A row's shared counts come from the inverted indexes at once; the per-cell work
   * is what a column list saves: with candidate blocking, the aligner reads about a third of the cells.
   */
  computeRow(i: number, columns?: readonly number[]): void;
}

export const BODY_APPLIES = 1;
export const NUMBERS_APPLY = 2;
export const LEAD_UNITS_APPLY = 4;

/** Term statistics of a document pair (TF-IDF over the tasks of both documents), by pair term id. */
export interface PairTerms {
  childIndex: DocumentIndex;
  parentIndex: DocumentIndex;
  /** Pair term id of each parent-local term id (child-local ids are pair ids). */
  parentToPair: Int32Array;
  df: Int32Array;
  /** idf × generic-word factor per pair term id. */
  weight: Float64Array;
  taskCount: number;
  genericFactor: number;
  /** Pair term id of a term, or -1. */
  idOf(term: string): number;
}

export function buildPairTerms(child: DocumentFeatures, parent: DocumentFeatures, genericFactor = 0.15): PairTerms {
  const ci = documentIndex(child);
  const pi = documentIndex(parent);
  const childCount = ci.terms.length;
  const parentToPair = new Int32Array(pi.terms.length);
  const extra: string[] = [];
  for (let k = 0; k < pi.terms.length; k++) {
    const id = ci.termIds.get(pi.terms[k]!);
    if (id !== undefined) parentToPair[k] = id;
    else {
      parentToPair[k] = childCount + extra.length;
      extra.push(pi.terms[k]!);
    }
  }
  const total = childCount + extra.length;
  const df = new Int32Array(total);
  for (let k = 0; k < childCount; k++) df[k]! += ci.df[k]!;
  for (let k = 0; k < pi.terms.length; k++) df[parentToPair[k]!]! += pi.df[k]!;
  const taskCount = child.tasks.length + parent.tasks.length;
  const weight = new Float64Array(total);
  for (let id = 0; id < total; id++) {
    const term = id < childCount ? ci.terms[id]! : extra[id - childCount]!;
    // same expressions as buildTermIndex (idf × generic factor)
    weight[id] = (Math.log((taskCount + 1) / (df[id]! + 1)) + 1) * genericWeight(term, genericFactor);
  }
  return {
    childIndex: ci,
    parentIndex: pi,
    parentToPair,
    df,
    weight,
    taskCount,
    genericFactor,
    idOf(term) {
      const c = ci.termIds.get(term);
      if (c !== undefined) return c;
      const p = pi.termIds.get(term);
      return p !== undefined ? parentToPair[p]! : -1;
    },
  };
}

// 1 + log(count) for the small counts terms have in a task (the same values: the same expression)
const LOG_TF = Float64Array.from({ length: 64 }, (_, c) => 1 + Math.log(c));

/** L2-normalised TF-IDF weights of one task in its term order (as TermIndex.vector computes them). */
function taskVector(ids: Int32Array, counts: Int32Array, toPair: Int32Array | null, weight: Float64Array): Float64Array {
  const w = new Float64Array(ids.length);
  let norm = 0;
  for (let k = 0; k < ids.length; k++) {
    const id = toPair ? toPair[ids[k]!]! : ids[k]!;
    const count = counts[k]!;
    const x = (count < 64 ? LOG_TF[count]! : 1 + Math.log(count)) * weight[id]!;
    w[k] = x;
    norm += x * x;
  }
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < w.length; k++) w[k] = w[k]! / norm;
  return w;
}

/** Weight of a shared concept group in the heading signal (signals.ts CONCEPT_HEADING_WEIGHT). */
const CONCEPT_HEADING_WEIGHT = 0.45;
/** Same for the containment of a heading-only counterpart (signals.ts CONCEPT_BODY_WEIGHT). */
const CONCEPT_BODY_WEIGHT = 0.6;
const COMPOUND_PART_CREDIT = 0.5;

/** Where one heading term is found in the tasks of the other document (see headingCover in signals.ts). */
interface TermHits {
  /** Tasks whose text contains the term (as a token or as a substring). */
  whole: number[];
  /** For terms of 4+ characters: other tasks holding some of its two-character parts, and the share held. */
  partTasks: number[];
  partShares: number[];
}

/** Per document: the postings and scratch arrays term lookups use, and the hits found so far. */
interface TermHitIndex {
  postings: PlainTextPostings;
  memo: Map<string, TermHits>;
  mark: Int32Array;
  partHits: Int32Array;
  stamp: number;
}

// Memoised per document features (never mutated): a heading term is looked up once per document, however
// many documents and calls align against it.
const termHitIndexes = new WeakMap<DocumentFeatures, TermHitIndex>();

/** Where a heading term is found in the tasks of `into` (see headingCover in signals.ts). */
function termHitsIn(into: DocumentFeatures, term: string): TermHits {
  let index = termHitIndexes.get(into);
  if (!index) {
    const n = into.tasks.length;
    index = { postings: plainTextPostings(into), memo: new Map(), mark: new Int32Array(n).fill(-1), partHits: new Int32Array(n), stamp: 0 };
    termHitIndexes.set(into, index);
  }
  let h = index.memo.get(term);
  if (h) return h;
  const { terms: termPostings, bigrams: bigramPostings, chars: charPostings } = index.postings;
  const { mark, partHits } = index;
  const stamp = index.stamp++;
  const whole: number[] = [];
  const add = (t: number): void => {
    if (mark[t] !== stamp) {
      mark[t] = stamp;
      whole.push(t);
    }
  };
  for (const t of termPostings.get(term) ?? []) add(t);
  if (term.length === 1) for (const t of charPostings.get(term) ?? []) add(t);
  else if (term.length === 2) for (const t of bigramPostings.get(term) ?? []) add(t);
  else for (const t of bigramPostings.get(term.slice(0, 2)) ?? []) if (mark[t] !== stamp && into.tasks[t]!.plain.includes(term)) add(t);
  const partTasks: number[] = [];
  const partShares: number[] = [];
  if (term.length >= 4) {
    let parts = 0;
    const touched: number[] = [];
    for (let i = 0; i + 1 < term.length; i += 2) {
      parts++;
      for (const t of bigramPostings.get(term.slice(i, i + 2)) ?? []) {
        if (partHits[t] === 0) touched.push(t);
        partHits[t]!++;
      }
    }
    touched.sort((a, b) => a - b);
    for (const t of touched) {
      if (mark[t] !== stamp) {
        partTasks.push(t);
        partShares.push(partHits[t]! / parts);
      }
      partHits[t] = 0;
    }
  }
  h = { whole, partTasks, partShares };
  index.memo.set(term, h);
  return h;
}

/**
 * headingCover(from, into) for every heading-only `from` task against every `into` task (row-major
 * from × into; rows of other tasks stay NaN).
 */
function coverMatrix(
  from: DocumentFeatures,
  into: DocumentFeatures,
  weightOf: (term: string) => number,
): Float64Array {
  const nf = from.tasks.length;
  const ni = into.tasks.length;
  const out = new Float64Array(nf * ni).fill(NaN);
  const bigramPostings = plainTextPostings(into).bigrams;
  const found = new Float64Array(ni);
  const charHits = new Int32Array(ni);
  for (let f = 0; f < nf; f++) {
    const task = from.tasks[f]!;
    if (!task.headingOnly) continue;
    found.fill(0);
    charHits.fill(0);
    let total = 0;
    for (const term of task.headingTerms.keys()) {
      const w = weightOf(term);
      total += w;
      const h = termHitsIn(into, term);
      for (const t of h.whole) found[t]! += w;
      for (let k = 0; k < h.partTasks.length; k++) found[h.partTasks[k]!]! += w * COMPOUND_PART_CREDIT * h.partShares[k]!;
    }
    const core = task.headingCore.length >= 2 ? task.headingCore : task.heading;
    let bigrams = 0;
    for (let i = 0; i + 1 < core.length; i++) {
      bigrams++;
      for (const t of bigramPostings.get(core.slice(i, i + 2)) ?? []) charHits[t]!++;
    }
    for (let t = 0; t < ni; t++) {
      const tokenCover = total > 0 ? found[t]! / total : 0;
      const charCover = bigrams > 0 ? charHits[t]! / bigrams : 0;
      out[f * ni + t] = (tokenCover + charCover) / 2;
    }
  }
  return out;
}

/**
 * diceFromShared(a, b, shared) with the strings' ids (equal ids for equal strings) and b's length: the
 * string itself is read only in the rare short cases.
 */
function diceOfIds(a: string, aId: number, b: string, bId: number, bLength: number, shared: number): number {
  const aLength = a.length;
  if (aLength === 0 || bLength === 0) return 0;
  if (aId === bId) return 1;
  if (aLength < 2 || bLength < 2) return diceFromShared(a, b, shared);
  return (2 * shared) / (aLength - 1 + (bLength - 1));
}

function countShared(
  items: ReadonlySet<string>,
  postings: Map<string, number[]>,
  into: Int32Array,
): void {
  into.fill(0);
  for (const x of items) {
    const list = postings.get(x);
    if (list) for (let k = 0; k < list.length; k++) into[list[k]!]!++;
  }
}

export function computeDenseSignals(child: DocumentFeatures, parent: DocumentFeatures, pt: PairTerms): DenseSignals {
  const n = child.tasks.length;
  const m = parent.tasks.length;
  const cx = pt.childIndex;
  const px = pt.parentIndex;
  const heading = new Float64Array(n * m);
  const body = new Float64Array(n * m);
  const numbers = new Float64Array(n * m);
  const leadUnits = new Float64Array(n * m);
  const applicable = new Uint8Array(n * m);

  // TF-IDF: parent vectors as postings by pair term id; child vectors walked in ascending term id, so that
  // each dot product adds its terms in the order of the sorted merge in cosine()
  const postingStart = new Int32Array(pt.weight.length + 1);
  const parentVectors = parent.tasks.map((_, j) => taskVector(px.taskTermIds[j]!, px.taskTermCounts[j]!, pt.parentToPair, pt.weight));
  for (let j = 0; j < m; j++) {
    const ids = px.taskTermIds[j]!;
    for (let k = 0; k < ids.length; k++) postingStart[pt.parentToPair[ids[k]!]! + 1]!++;
  }
  for (let id = 0; id < pt.weight.length; id++) postingStart[id + 1]! += postingStart[id]!;
  const fill = postingStart.slice(0, pt.weight.length);
  const postingTask = new Int32Array(postingStart[pt.weight.length]!);
  const postingWeight = new Float64Array(postingStart[pt.weight.length]!);
  for (let j = 0; j < m; j++) {
    const ids = px.taskTermIds[j]!;
    const w = parentVectors[j]!;
    for (let k = 0; k < ids.length; k++) {
      const at = fill[pt.parentToPair[ids[k]!]!]!++;
      postingTask[at] = j;
      postingWeight[at] = w[k]!;
    }
  }

  // containment of a heading-only side in the other side's text
  const parentCover = parent.tasks.some((t) => t.headingOnly) && child.tasks.some((t) => !t.headingOnly)
    ? coverMatrix(parent, child, (term) => {
        const local = px.termIds.get(term);
        return local !== undefined ? pt.weight[pt.parentToPair[local]!]! : pairWeightOfUnknown(pt, term);
      })
    : new Float64Array(m * n).fill(NaN);
  const childCover = child.tasks.some((t) => t.headingOnly) && parent.tasks.some((t) => !t.headingOnly)
    ? coverMatrix(child, parent, (term) => {
        const local = cx.termIds.get(term);
        return local !== undefined ? pt.weight[local]! : pairWeightOfUnknown(pt, term);
      })
    : new Float64Array(n * m).fill(NaN);

  // lead units: names interned per pair, Dice of two names computed once
  const unitIds = new Map<string, number>();
  const unitNames: string[] = [];
  const internUnits = (units: readonly string[]): Int32Array =>
    Int32Array.from(units, (u) => {
      let id = unitIds.get(u);
      if (id === undefined) {
        unitIds.set(u, (id = unitNames.length));
        unitNames.push(u);
      }
      return id;
    });
  const childUnits = child.tasks.map((t) => internUnits(t.leadUnits));
  const parentUnits = parent.tasks.map((t) => internUnits(t.leadUnits));
  const unitCount = unitNames.length;
  const unitDice = new Float64Array(unitCount * unitCount).fill(NaN);
  const unitSimilarity = (a: number, b: number): number => {
    const key = a * unitCount + b;
    let v = unitDice[key]!;
    if (Number.isNaN(v)) unitDice[key] = v = unitNames[a] === unitNames[b] ? 1 : diceSimilarity(unitNames[a]!, unitNames[b]!);
    return v;
  };
  // best match of a child unit among each parent task's units: one row per unit, built on first use
  const unitRows: (Float64Array | undefined)[] = new Array(unitCount);
  const bestUnitRow = (a: number): Float64Array => {
    let row = unitRows[a];
    if (!row) {
      row = new Float64Array(m);
      for (let j = 0; j < m; j++) {
        let best = 0;
        const units = parentUnits[j]!;
        for (let k = 0; k < units.length; k++) best = Math.max(best, unitSimilarity(a, units[k]!));
        row[j] = best;
      }
      unitRows[a] = row;
    }
    return row;
  };

  const dot = new Float64Array(m);
  // headings as ids (equal strings, equal ids) and lengths, so the Dice of a cell needs no string access
  const headingIds = new Map<string, number>();
  const idOfHeading = (text: string): number => {
    let id = headingIds.get(text);
    if (id === undefined) headingIds.set(text, (id = headingIds.size));
    return id;
  };
  const parentHeadings = parent.tasks.map((p) => p.headingBigrams.text);
  const parentCores = parent.tasks.map((p) => p.headingCoreBigrams.text);
  const parentHeadingId = Int32Array.from(parentHeadings, idOfHeading);
  const parentCoreId = Int32Array.from(parentCores, idOfHeading);
  const parentHeadingLength = Int32Array.from(parentHeadings, (t) => t.length);
  const parentCoreLength = Int32Array.from(parentCores, (t) => t.length);
  const parentCoreUsable = Uint8Array.from(parent.tasks, (p) => (p.headingCore.length >= 2 ? 1 : 0));
  // conceptCover(parent heading concepts, child concepts) of a whole row at once: parents by concept group
  const parentConceptCount = Int32Array.from(parent.tasks, (p) => p.headingConcepts.size);
  const parentsByConcept = new Map<number, number[]>();
  parent.tasks.forEach((p, j) => {
    for (const g of p.headingConcepts) {
      const list = parentsByConcept.get(g);
      if (list) list.push(j);
      else parentsByConcept.set(g, [j]);
    }
  });
  const headHits = new Int32Array(m);
  const textHits = new Int32Array(m);
  const countConceptHits = (groups: ReadonlySet<number>, into: Int32Array): void => {
    into.fill(0);
    for (const g of groups) {
      const list = parentsByConcept.get(g);
      if (list) for (let k = 0; k < list.length; k++) into[list[k]!]!++;
    }
  };
  const unitTotal = new Float64Array(m);
  const parentHeadingOnly = Uint8Array.from(parent.tasks, (p) => (p.headingOnly ? 1 : 0));
  const parentNamed = Int32Array.from(parent.tasks, (p) => p.named.size);
  const parentNumbers = Int32Array.from(parent.tasks, (p) => p.numbers.size);
  // cosines are needed only where both sides have full texts
  const parentHasFullText = parentHeadingOnly.includes(0);
  const sharedHeading = new Int32Array(m);
  const sharedCore = new Int32Array(m);
  const sharedNamed = new Int32Array(m);
  const sharedNumbers = new Int32Array(m);
  const computed = new Uint8Array(n * m);
  const wanted = new Uint8Array(m);
  const computeRow = (i: number, columns?: readonly number[]): void => {
    const c = child.tasks[i]!;
    // cosine numerators of row i
    dot.fill(0);
    if (columns) {
      wanted.fill(0);
      for (let k = 0; k < columns.length; k++) wanted[columns[k]!] = 1;
    } else wanted.fill(1);
    if (!c.headingOnly && parentHasFullText) {
      const ids = cx.taskTermIds[i]!;
      const wc = taskVector(ids, cx.taskTermCounts[i]!, null, pt.weight);
      const order = cx.taskTermOrder[i]!;
      for (let o = 0; o < order.length; o++) {
        const k = order[o]!;
        const id = ids[k]!;
        const x = wc[k]!;
        for (let at = postingStart[id]!; at < postingStart[id + 1]!; at++) {
          const j = postingTask[at]!;
          // only the columns asked for: run unoptimised, each product is a fresh heap number
          if (wanted[j] === 1) dot[j]! += x * postingWeight[at]!;
        }
      }
    }
    // shared heading bigrams (multiset) with every parent heading at once
    countSharedRuns(cx.headingCodes[i]!, px.headingPostings, sharedHeading);
    countSharedRuns(cx.headingCoreCodes[i]!, px.headingCorePostings, sharedCore);
    const cHeading = c.headingBigrams.text;
    const cCore = c.headingCoreBigrams.text;
    const cHeadingId = idOfHeading(cHeading);
    const cCoreId = idOfHeading(cCore);
    const cCoreUsable = c.headingCore.length >= 2;
    countShared(c.named, px.namedPostings, sharedNamed);
    countShared(c.numbers, px.numberPostings, sharedNumbers);
    const cu = childUnits[i]!;
    const cHasNumbers = c.named.size > 0 || c.numbers.size > 0;
    countConceptHits(c.headingConcepts, headHits);
    countConceptHits(c.textConcepts, textHits);
    // lead units: the child's units' best matches summed per parent, in the child's unit order
    unitTotal.fill(0);
    for (let u = 0; u < cu.length; u++) {
      const row = bestUnitRow(cu[u]!);
      for (let j = 0; j < m; j++) unitTotal[j]! += row[j]!;
    }
    const cNamed = c.named.size;
    const cNumbers = c.numbers.size;
    const count = columns ? columns.length : m;
    for (let k = 0; k < count; k++) {
      const j = columns ? columns[k]! : k;
      const cell = i * m + j;
      if (computed[cell] === 1) continue;
      computed[cell] = 1;
      const conceptCount = parentConceptCount[j]!;
      const concept = CONCEPT_HEADING_WEIGHT * (conceptCount === 0 ? 0 : headHits[j]! / conceptCount);
      // literalHeadingSimilarity from the shared counts
      const full = diceOfIds(cHeading, cHeadingId, parentHeadings[j]!, parentHeadingId[j]!, parentHeadingLength[j]!, sharedHeading[j]!);
      const core =
        cCoreUsable && parentCoreUsable[j] === 1
          ? diceOfIds(cCore, cCoreId, parentCores[j]!, parentCoreId[j]!, parentCoreLength[j]!, sharedCore[j]!)
          : full;
      heading[cell] = Math.max(Math.max(full, 0.4 * full + 0.6 * core), concept);
      const pHeadingOnly = parentHeadingOnly[j] === 1;
      let b: number;
      if (!c.headingOnly && !pHeadingOnly) b = Math.max(0, Math.min(1, dot[j]!));
      else if (pHeadingOnly && !c.headingOnly)
        b = Math.max(parentCover[j * n + i]!, CONCEPT_BODY_WEIGHT * (conceptCount === 0 ? 0 : textHits[j]! / conceptCount));
      else if (c.headingOnly && !pHeadingOnly)
        b = Math.max(childCover[i * m + j]!, CONCEPT_BODY_WEIGHT * conceptCover(c.headingConcepts, parent.tasks[j]!.textConcepts));
      else b = 0;
      body[cell] = b;
      const pNamed = parentNamed[j]!;
      const pNumbers = parentNumbers[j]!;
      const named = cNamed === 0 || pNamed === 0 ? 0 : sharedNamed[j]! / Math.min(cNamed, pNamed);
      const nums = cNumbers === 0 || pNumbers === 0 ? 0 : sharedNumbers[j]! / Math.min(cNumbers, pNumbers);
      numbers[cell] = Math.max(named, nums);
      const pu = parentUnits[j]!;
      leadUnits[cell] = cu.length > 0 && pu.length > 0 ? unitTotal[j]! / cu.length : 0;
      let bits = 0;
      if (!(c.headingOnly && pHeadingOnly)) bits |= BODY_APPLIES;
      if (cHasNumbers && (pNamed > 0 || pNumbers > 0)) bits |= NUMBERS_APPLY;
      if (cu.length > 0 && pu.length > 0) bits |= LEAD_UNITS_APPLY;
      applicable[cell] = bits;
    }
  };
  return { heading, body, numbers, leadUnits, applicable, parentCover, computed, computeRow };
}

/** Weight of a term neither document's texts contain (df 0), as buildTermIndex computes it. */
function pairWeightOfUnknown(pt: PairTerms, term: string): number {
  const id = pt.idOf(term);
  if (id >= 0) return pt.weight[id]!;
  return (Math.log((pt.taskCount + 1) / (0 + 1)) + 1) * genericWeight(term, pt.genericFactor);
}
