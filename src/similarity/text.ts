import stringSimilarity from 'string-similarity';

const PUNCT_OR_SPACE = /^[\s\p{P}\p{S}]$/u;
// Per UTF-16 code unit, what PUNCT_OR_SPACE says of it once asked: 0 not asked yet, 1 kept, 2 dropped.
const unitClass = new Uint8Array(0x10000);

/**
 * Heading without punctuation and spaces, for character-bigram comparison: `text.replace(/[\s\p{P}\p{S}]/gu,
 * '')`. Asked per distinct character instead, ideographs skipped at once: the Unicode property classes made
 * the regular expression the largest single cost of indexing a document pair in a one-shot call.
 */
export function stripPunctuation(text: string): string {
  let out = '';
  let kept = 0; // start of the run of kept characters not yet copied to `out`
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) continue;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        // a character outside the BMP is one code point to the u-flag expression
        if (PUNCT_OR_SPACE.test(text.slice(i, i + 2))) {
          out += text.slice(kept, i);
          kept = i + 2;
        }
        i++;
        continue;
      }
    }
    let k = unitClass[c]!;
    if (k === 0) unitClass[c] = k = PUNCT_OR_SPACE.test(String.fromCharCode(c)) ? 2 : 1;
    if (k === 2) {
      out += text.slice(kept, i);
      kept = i + 1;
    }
  }
  return kept === 0 ? text : out + text.slice(kept);
}

/** Dice coefficient on character bigrams (string-similarity's compareTwoStrings), in [0, 1]. */
export function diceSimilarity(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  if (a === b) return 1;
  // compareTwoStrings needs at least two characters on each side
  if (a.length < 2 || b.length < 2) return a.includes(b) || b.includes(a) ? 0.5 : 0;
  const pa = cachedBigrams(a);
  const pb = cachedBigrams(b);
  if (pa.text.length < 2 || pb.text.length < 2) return stringSimilarity.compareTwoStrings(a, b); // 0/1 character once spaces go
  return (2 * sharedBigrams(pa.runs, pb.runs)) / (pa.text.length - 1 + (pb.text.length - 1));
}

// Bigrams per string, memoised: the aligner compares the same headings and clauses many times, and
// rebuilding two string-keyed maps per call (as compareTwoStrings does) dominated alignment time.
// Bounded so a long-running process stays flat.
const BIGRAM_CACHE_LIMIT = 8_000; // ~2,000 strings per document pair; about 5 MB when full
const bigramCache = new Map<string, PreparedBigrams>();
const WHITESPACE = /\s+/g;

/** Bigrams of `text` with white space removed (compareTwoStrings ignores it), memoised. */
function cachedBigrams(text: string): PreparedBigrams {
  let prepared = bigramCache.get(text);
  if (prepared) return prepared;
  prepared = prepareBigrams(text.replace(WHITESPACE, ''));
  if (bigramCache.size >= BIGRAM_CACHE_LIMIT) bigramCache.clear();
  bigramCache.set(text, prepared);
  return prepared;
}

/** Bigram multiset of a string as sorted runs: distinct codes (two UTF-16 units in one uint32) and their counts. */
export interface BigramRuns {
  codes: Uint32Array;
  counts: Int32Array;
}

export function bigramRuns(text: string): BigramRuns {
  const n = Math.max(0, text.length - 1);
  const all = new Uint32Array(n);
  for (let i = 0; i < n; i++) all[i] = ((text.charCodeAt(i) << 16) | text.charCodeAt(i + 1)) >>> 0;
  all.sort();
  let distinct = 0;
  for (let i = 0; i < n; i++) if (i === 0 || all[i] !== all[i - 1]) distinct++;
  const codes = new Uint32Array(distinct);
  const counts = new Int32Array(distinct);
  let k = -1;
  for (let i = 0; i < n; i++) {
    if (i === 0 || all[i] !== all[i - 1]) codes[++k] = all[i]!;
    counts[k]!++;
  }
  return { codes, counts };
}

/** Bigrams two strings share, each counted min(count in a, count in b) times (a merge of the sorted runs). */
export function sharedBigrams(a: BigramRuns, b: BigramRuns): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.codes.length && j < b.codes.length) {
    const x = a.codes[i]!;
    const y = b.codes[j]!;
    if (x === y) shared += Math.min(a.counts[i++]!, b.counts[j++]!);
    else if (x < y) i++;
    else j++;
  }
  return shared;
}

/** Multiset bigram Dice of two strings (no white space) given their shared bigram count, with compareTwoStrings' special cases. */
export function diceFromShared(a: string, b: string, shared: number): number {
  if (a.length === 0 || b.length === 0) return 0;
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return a.includes(b) || b.includes(a) ? 0.5 : 0;
  return (2 * shared) / (a.length - 1 + (b.length - 1));
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
  runs: BigramRuns;
}

export function prepareBigrams(text: string): PreparedBigrams {
  return { text, runs: bigramRuns(text) };
}

/** Same value as diceSimilarity (string-similarity's compareTwoStrings) on prepared bigrams. */
export function preparedDice(a: PreparedBigrams, b: PreparedBigrams): number {
  return diceFromShared(a.text, b.text, sharedBigrams(a.runs, b.runs));
}
