import { CLAUSE_BREAKS, SENTENCE_BREAKS } from './lexicon.js';

/** Horizons: 到2025年, 2023年底前, 年底前, 年内, 全年 … */
const HORIZON = /(?:到|至|截至|截止到?)?(?:19|20)\d{2}年(?:年底|年末|底|末|度)?(?:前|以前)?|年底前|年内|全年|年度内|当年|今年/g;

/** Words after a year that make it a baseline rather than a horizon. */
const BASELINE_AFTER = ['的基础上', '基础上', '以来', '同期', '水平上', '的水平'];

// The break characters are single UTF-16 units: a table by char code (bit 1 clause, bit 2 sentence break)
// answers each character with one array read.
const CLAUSE_BIT = 1;
const SENTENCE_BIT = 2;
const BREAK_KIND = new Uint8Array(0x10000);
for (const c of CLAUSE_BREAKS) BREAK_KIND[c.charCodeAt(0)]! |= CLAUSE_BIT;
for (const c of SENTENCE_BREAKS) BREAK_KIND[c.charCodeAt(0)]! |= SENTENCE_BIT;

/** How far a clause or sentence may reach back or forward from a number (guards unpunctuated input). */
export const CLAUSE_REACH = 160;
const SENTENCE_REACH = 320;

/**
 * Precomputed lookups over the folded text, built once per call in linear time so that every number's
 * questions (where does my clause start? which horizon precedes me?) are answered in O(1) or O(log n).
 */
export class TextIndex {
  /** Index of the last clause break before i, or -1. */
  private readonly clauseBreakBefore: Int32Array;
  /** Index of the first clause break at or after i, or the text length. */
  private readonly clauseBreakFrom: Int32Array;
  /** Index of the last sentence break before i, or -1. */
  private readonly sentenceBreakBefore: Int32Array;
  /** Horizon phrases outside quotes, in text order. */
  private readonly horizons: ReadonlyArray<{ start: number; end: number; text: string }>;

  constructor(
    readonly folded: string,
    readonly mask: Uint8Array,
  ) {
    const n = folded.length;
    this.clauseBreakBefore = new Int32Array(n + 1);
    this.sentenceBreakBefore = new Int32Array(n + 1);
    this.clauseBreakFrom = new Int32Array(n + 1);
    let lastClause = -1;
    let lastSentence = -1;
    // char codes, not folded[i]: indexing a CJK string allocates a fresh string per character
    const kinds = new Uint8Array(n + 1); // position n (past the end) is no break
    for (let i = 0; i < n; i++) kinds[i] = BREAK_KIND[folded.charCodeAt(i)]!;
    for (let i = 0; i <= n; i++) {
      this.clauseBreakBefore[i] = lastClause;
      this.sentenceBreakBefore[i] = lastSentence;
      if (kinds[i]! & CLAUSE_BIT) lastClause = i;
      if (kinds[i]! & SENTENCE_BIT) lastSentence = i;
    }
    let nextClause = n;
    for (let i = n; i >= 0; i--) {
      if (kinds[i]! & CLAUSE_BIT) nextClause = i;
      this.clauseBreakFrom[i] = nextClause;
    }
    const horizons: Array<{ start: number; end: number; text: string }> = [];
    for (const m of folded.matchAll(HORIZON)) {
      const end = m.index + m[0].length;
      // 在2022年的基础上, 2020年以来, 2022年同期: a baseline, not a deadline
      if (mask[m.index] || BASELINE_AFTER.some((w) => folded.startsWith(w, end))) continue;
      horizons.push({ start: m.index, end, text: m[0] });
    }
    this.horizons = horizons;
  }

  /** Start of the sentence holding `pos`: after the previous sentence break, at most SENTENCE_REACH back. */
  sentenceStart(pos: number): number {
    return Math.max(this.sentenceBreakBefore[pos]! + 1, pos - SENTENCE_REACH, 0);
  }

  /** Start of the clause holding `pos`: after the previous clause break, at most `limit` back. */
  clauseStart(pos: number, limit = CLAUSE_REACH): number {
    return Math.max(this.clauseBreakBefore[pos]! + 1, pos - limit, 0);
  }

  /** End of the clause holding `pos`: at the next clause break, at most `limit` forward. */
  clauseEnd(pos: number, limit = CLAUSE_REACH): number {
    return Math.min(this.clauseBreakFrom[Math.min(pos, this.folded.length)]!, pos + limit, this.folded.length);
  }

  /** The last horizon phrase standing wholly before `pos` in the same sentence. */
  horizonBefore(pos: number): string | undefined {
    const sentenceStart = Math.max(this.sentenceBreakBefore[pos]! + 1, pos - SENTENCE_REACH);
    const candidate = lastWhere(this.horizons, (h) => h.end <= pos);
    return candidate && candidate.start >= sentenceStart ? candidate.text : undefined;
  }
}

/**
 * The last item for which `before` holds, in a list sorted so that `before` holds for a prefix of it
 * (binary search).
 */
export function lastWhere<T>(items: readonly T[], before: (item: T) => boolean): T | undefined {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? items[lo - 1] : undefined;
}
