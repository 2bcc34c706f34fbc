import { CLAUSE_BREAKS, SENTENCE_BREAKS } from './lexicon.js';

/** Horizons: 到2025年, 2023年底前, 年底前, 年内, 全年 … */
const HORIZON = /(?:到|至|截至|截止到?)?(?:19|20)\d{2}年(?:年底|年末|底|末|度)?(?:前|以前)?|年底前|年内|全年|年度内|当年|今年/g;

/** Words after a year that make it a baseline rather than a horizon. */
const BASELINE_AFTER = ['的基础上', '基础上', '以来', '同期', '水平上', '的水平'];

// The break characters are single UTF-16 units, so they can be looked up by char code.
const CLAUSE_BREAK_CODES = new Set([...CLAUSE_BREAKS].map((c) => c.charCodeAt(0)));
const SENTENCE_BREAK_CODES = new Set([...SENTENCE_BREAKS].map((c) => c.charCodeAt(0)));

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
    for (let i = 0; i <= n; i++) {
      this.clauseBreakBefore[i] = lastClause;
      this.sentenceBreakBefore[i] = lastSentence;
      const code = folded.charCodeAt(i); // NaN past the end: in no set
      if (CLAUSE_BREAK_CODES.has(code)) lastClause = i;
      if (SENTENCE_BREAK_CODES.has(code)) lastSentence = i;
    }
    let nextClause = n;
    for (let i = n; i >= 0; i--) {
      if (CLAUSE_BREAK_CODES.has(folded.charCodeAt(i))) nextClause = i;
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
    let lo = 0;
    let hi = this.horizons.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.horizons[mid]!.end <= pos) lo = mid + 1;
      else hi = mid;
    }
    const candidate = lo > 0 ? this.horizons[lo - 1] : undefined;
    return candidate && candidate.start >= sentenceStart ? candidate.text : undefined;
  }
}
