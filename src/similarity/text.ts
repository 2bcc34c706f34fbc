import stringSimilarity from 'string-similarity';

const PUNCT_OR_SPACE = /[\s\p{P}\p{S}]/gu;

/** Heading without punctuation and spaces, for character-bigram comparison. */
export function stripPunctuation(text: string): string {
  return text.replace(PUNCT_OR_SPACE, '');
}

/** Dice coefficient on character bigrams (string-similarity's compareTwoStrings), in [0, 1]. */
export function diceSimilarity(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  if (a === b) return 1;
  // compareTwoStrings needs at least two characters on each side
  if (a.length < 2 || b.length < 2) return a.includes(b) || b.includes(a) ? 0.5 : 0;
  return diceOnBigrams(a, b);
}

// Bigrams per string, memoised as sorted integer codes (two UTF-16 units in one uint32): the aligner compares
// the same headings and clauses many times, and rebuilding two string-keyed maps per call (as
// compareTwoStrings does) dominated alignment time. Bounded so a long-running process stays flat.
const BIGRAM_CACHE_LIMIT = 8_000; // ~2,000 strings per document pair; about 5 MB when full
const bigramCache = new Map<string, Uint32Array>();
const WHITESPACE = /\s+/g;

function bigramCodes(text: string): Uint32Array {
  let codes = bigramCache.get(text);
  if (codes) return codes;
  const s = text.replace(WHITESPACE, '');
  codes = new Uint32Array(Math.max(0, s.length - 1));
  for (let i = 0; i + 1 < s.length; i++) codes[i] = ((s.charCodeAt(i) << 16) | s.charCodeAt(i + 1)) >>> 0;
  codes.sort();
  if (bigramCache.size >= BIGRAM_CACHE_LIMIT) bigramCache.clear();
  bigramCache.set(text, codes);
  return codes;
}

/**
 * Same value as string-similarity's compareTwoStrings (multiset Dice on bigrams, whitespace ignored): a
 * merge of the two sorted code arrays counts each shared bigram min(count in a, count in b) times.
 */
function diceOnBigrams(a: string, b: string): number {
  const ca = bigramCodes(a);
  const cb = bigramCodes(b);
  if (ca.length === 0 || cb.length === 0) return stringSimilarity.compareTwoStrings(a, b); // 0/1-character edge cases
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < ca.length && j < cb.length) {
    const x = ca[i]!;
    const y = cb[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return (2 * shared) / (ca.length + cb.length);
}

/** Set of character bigrams of a string (punctuation already removed). */
export function charBigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) out.add(text.slice(i, i + 2));
  return out;
}

const CLAUSE_BREAK = /[。；;！!？?\n]/;

/** Sentences / clauses of a task text (split at 。；！？), punctuation removed, short ones dropped. */
export function splitClauses(text: string, minLength = 6): string[] {
  const out: string[] = [];
  for (const part of text.split(CLAUSE_BREAK)) {
    const clean = stripPunctuation(part);
    if (clean.length >= minLength) out.push(clean);
  }
  return out;
}

/** Bigram multiset of a string, prepared once so that Dice can be computed many times cheaply. */
export interface PreparedBigrams {
  text: string;
  counts: Map<string, number>;
  total: number;
}

export function prepareBigrams(text: string): PreparedBigrams {
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const bg = text.slice(i, i + 2);
    counts.set(bg, (counts.get(bg) ?? 0) + 1);
  }
  return { text, counts, total: Math.max(0, text.length - 1) };
}

/** Same value as diceSimilarity (string-similarity's compareTwoStrings) on prepared bigrams. */
export function preparedDice(a: PreparedBigrams, b: PreparedBigrams): number {
  if (a.text.length === 0 || b.text.length === 0) return 0;
  if (a.text === b.text) return 1;
  if (a.text.length < 2 || b.text.length < 2) return a.text.includes(b.text) || b.text.includes(a.text) ? 0.5 : 0;
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [bg, n] of small.counts) {
    const m = large.counts.get(bg);
    if (m !== undefined) shared += Math.min(n, m);
  }
  return (2 * shared) / (a.total + b.total);
}
