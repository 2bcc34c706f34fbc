import type { DocumentFeatures, TaskFeatures } from './features.js';
import { bigramRuns, diceFromShared, sharedBigrams, type BigramRuns } from './text.js';

/**
 * Per-document lookup structures for the dense pair signals (src/similarity/dense.ts), built once per
 * document features object and reused by every pair the document takes part in.
 */
export interface DocumentIndex {
  /** Distinct text terms, numbered by first appearance (task order, then each task's term order). */
  termIds: Map<string, number>;
  terms: string[];
  /** Number of tasks whose text terms contain each term. */
  df: Int32Array;
  /** Per task: local term ids and counts, in the task's term order. */
  taskTermIds: Int32Array[];
  taskTermCounts: Int32Array[];
  /** Per task: positions into taskTermIds sorted by term id (ascending). */
  taskTermOrder: Int32Array[];
  /** Tasks holding each named thing / number term (ascending). */
  namedPostings: Map<string, number[]>;
  numberPostings: Map<string, number[]>;
  /** Heading (and heading-core) character bigram multisets as sorted (code, count) runs. */
  headingCodes: BigramRuns[];
  headingCoreCodes: BigramRuns[];
  /** Tasks holding each heading / heading-core bigram code: flat [task, count, task, count, …]. */
  headingPostings: Map<number, number[]>;
  headingCorePostings: Map<number, number[]>;
}

/**
 * Bigram multisets of each task's clauses (for clause-level Dice), with 256-bit signatures (see sharedBound),
 * built per task on first use: a pass over merges and splits reads the clauses of few tasks, and of the
 * child's only the runs.
 */
export interface ClauseIndex {
  clauseCodes(task: number): readonly BigramRuns[];
  clauseSignatures(task: number): readonly Uint32Array[];
  /** 1024-bit signature of the bigrams of all of a task's clauses (see taskBound). */
  taskSignature(task: number): Uint32Array;
}

const clauseMemo = new WeakMap<DocumentFeatures, ClauseIndex>();

export function clauseIndex(doc: DocumentFeatures): ClauseIndex {
  let index = clauseMemo.get(doc);
  if (!index) {
    const codes: (BigramRuns[] | undefined)[] = [];
    const signatures: (Uint32Array[] | undefined)[] = [];
    const taskSignatures: (Uint32Array | undefined)[] = [];
    const clauseCodes = (task: number): BigramRuns[] => (codes[task] ??= doc.tasks[task]!.clauses.map(bigramRuns));
    index = {
      clauseCodes,
      clauseSignatures: (task) => (signatures[task] ??= clauseCodes(task).map(signature)),
      taskSignature: (task) => (taskSignatures[task] ??= wideSignature(doc.tasks[task]!.clauses)),
    };
    clauseMemo.set(doc, index);
  }
  return index;
}

/** Distinct bigram codes (two UTF-16 units) with their multiplicity, ascending by code. */

const indexMemo = new WeakMap<DocumentFeatures, DocumentIndex>();

export function documentIndex(doc: DocumentFeatures): DocumentIndex {
  let index = indexMemo.get(doc);
  if (!index) indexMemo.set(doc, (index = buildDocumentIndex(doc.tasks)));
  return index;
}

/** Tasks whose text terms contain a term, whose plain text contains a bigram / a character (ascending, each task once). */
export interface PlainTextPostings {
  terms: Map<string, number[]>;
  bigrams: Map<string, number[]>;
  chars: Map<string, number[]>;
}

const plainMemo = new WeakMap<DocumentFeatures, PlainTextPostings>();

/**
 * Term postings and the character and bigram postings of each task's plain text, built on first use: only
 * the containment of a heading-only counterpart needs them, and one string per character position is most
 * of an index's cost.
 */
export function plainTextPostings(doc: DocumentFeatures): PlainTextPostings {
  let postings = plainMemo.get(doc);
  if (!postings) {
    const terms = new Map<string, number[]>();
    const bigrams = new Map<string, number[]>();
    const chars = new Map<string, number[]>();
    doc.tasks.forEach((t, i) => {
      for (const term of t.textTerms.keys()) push(terms, term, i);
      const plain = t.plain;
      for (let c = 0; c < plain.length; c++) {
        push(chars, plain[c]!, i);
        if (c + 1 < plain.length) push(bigrams, plain.slice(c, c + 2), i);
      }
    });
    plainMemo.set(doc, (postings = { terms, bigrams, chars }));
  }
  return postings;
}

function push(map: Map<string, number[]>, key: string, task: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [task]);
  else if (list[list.length - 1] !== task) list.push(task);
}

function buildDocumentIndex(tasks: readonly TaskFeatures[]): DocumentIndex {
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const dfList: number[] = [];
  const namedPostings = new Map<string, number[]>();
  const numberPostings = new Map<string, number[]>();
  const taskTermIds: Int32Array[] = [];
  const taskTermCounts: Int32Array[] = [];
  const taskTermOrder: Int32Array[] = [];
  const headingCodes = tasks.map((t) => bigramRuns(t.headingBigrams.text));
  const headingCoreCodes = tasks.map((t) => bigramRuns(t.headingCoreBigrams.text));
  tasks.forEach((t, i) => {
    const ids = new Int32Array(t.textTerms.size);
    const counts = new Int32Array(t.textTerms.size);
    let k = 0;
    // forEach, not for-of over entries: no entry array per term in code V8 has not optimised yet
    t.textTerms.forEach((count, term) => {
      let id = termIds.get(term);
      if (id === undefined) {
        termIds.set(term, (id = terms.length));
        terms.push(term);
        dfList.push(0);
      }
      dfList[id]!++;
      ids[k] = id;
      counts[k++] = count;
    });
    taskTermIds.push(ids);
    taskTermCounts.push(counts);
    taskTermOrder.push(orderByValue(ids));
    for (const x of t.named) push(namedPostings, x, i);
    for (const x of t.numbers) push(numberPostings, x, i);
  });
  return {
    termIds,
    terms,
    df: Int32Array.from(dfList),
    taskTermIds,
    taskTermCounts,
    taskTermOrder,
    namedPostings,
    numberPostings,
    headingCodes,
    headingCoreCodes,
    headingPostings: runPostings(headingCodes),
    headingCorePostings: runPostings(headingCoreCodes),
  };
}

/**
 * Positions of `ids` (distinct values) sorted by value: a numeric sort of value × 2^16 + position, with no
 * comparator calls (a comparator when a task has 2^16 terms or more).
 */
function orderByValue(ids: Int32Array): Int32Array {
  const order = new Int32Array(ids.length);
  if (ids.length >= 0x10000) {
    for (let k = 0; k < ids.length; k++) order[k] = k;
    return order.sort((a, b) => ids[a]! - ids[b]!);
  }
  const keys = new Float64Array(ids.length);
  for (let k = 0; k < ids.length; k++) keys[k] = ids[k]! * 0x10000 + k;
  keys.sort();
  for (let k = 0; k < ids.length; k++) order[k] = keys[k]! % 0x10000;
  return order;
}

const SIGNATURE_WORDS = 8;

function signatureBit(code: number): number {
  return Math.imul(code, 0x9e3779b1) >>> 24;
}

/** Bits of a string's bigram codes (a Bloom filter with one hash: codes absent from it are absent for sure). */
function signature(runs: BigramRuns): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_WORDS);
  for (let k = 0; k < runs.codes.length; k++) {
    const bit = signatureBit(runs.codes[k]!);
    sig[bit >>> 5]! |= 1 << (bit & 31);
  }
  return sig;
}

function wideSignatureBit(code: number): number {
  return Math.imul(code, 0x9e3779b1) >>> 22;
}

const WIDE_SIGNATURE_WORDS = 32;

/** Bits of the bigram codes of several strings, 1024 of them: a task's clauses hold a few hundred bigrams. */
function wideSignature(texts: readonly string[]): Uint32Array {
  const sig = new Uint32Array(WIDE_SIGNATURE_WORDS);
  for (let t = 0; t < texts.length; t++) {
    const text = texts[t]!;
    for (let i = 0; i + 1 < text.length; i++) {
      const bit = wideSignatureBit(((text.charCodeAt(i) << 16) | text.charCodeAt(i + 1)) >>> 0);
      sig[bit >>> 5]! |= 1 << (bit & 31);
    }
  }
  return sig;
}

/**
 * An upper bound of the bigrams (with multiplicity) string `a` shares with any one of the strings a wide
 * signature was made of: those whose bit is set.
 */
export function taskBound(a: BigramRuns, wide: Uint32Array): number {
  let bound = 0;
  for (let k = 0; k < a.codes.length; k++) {
    const bit = wideSignatureBit(a.codes[k]!);
    if ((wide[bit >>> 5]! & (1 << (bit & 31))) !== 0) bound += a.counts[k]!;
  }
  return bound;
}

/**
 * An upper bound of the shared bigram count of two strings: the bigrams of `a` whose bit is set in `b`'s
 * signature (every bigram they share is among them). With `atLeast`, it stops as soon as the bound cannot
 * reach that value, and returns a looser bound that is still below it.
 */
export function sharedBound(a: BigramRuns, b: Uint32Array, atLeast = 0): number {
  let bound = 0;
  let remaining = 0;
  for (let k = 0; k < a.counts.length; k++) remaining += a.counts[k]!;
  for (let k = 0; k < a.codes.length; k++) {
    const count = a.counts[k]!;
    remaining -= count;
    const bit = signatureBit(a.codes[k]!);
    if ((b[bit >>> 5]! & (1 << (bit & 31))) !== 0) bound += count;
    else if (bound + remaining < atLeast) return bound + remaining;
  }
  return bound;
}

/** Shared bigram counts (multiset) of one prepared string with every string a postings map indexes. */
export function countSharedRuns(runs: BigramRuns, postings: Map<number, number[]>, into: Int32Array): void {
  into.fill(0);
  for (let k = 0; k < runs.codes.length; k++) {
    const list = postings.get(runs.codes[k]!);
    if (!list) continue;
    const count = runs.counts[k]!;
    for (let at = 0; at < list.length; at += 2) into[list[at]!]! += Math.min(count, list[at + 1]!);
  }
}

function runPostings(runs: readonly BigramRuns[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  runs.forEach((r, task) => {
    for (let k = 0; k < r.codes.length; k++) {
      const list = out.get(r.codes[k]!);
      if (list) list.push(task, r.counts[k]!);
      else out.set(r.codes[k]!, [task, r.counts[k]!]);
    }
  });
  return out;
}

/** Same value as diceSimilarity / preparedDice for strings without white space, from their bigram runs. */
export function runsDice(a: string, b: string, ra: BigramRuns, rb: BigramRuns): number {
  return diceFromShared(a, b, sharedBigrams(ra, rb));
}
