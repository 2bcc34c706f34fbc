/**
 * What a target measures, reduced to its core for pairing across levels: level words (省级以上, 市级),
 * scope words (全市, 全县), generic verbs (新增, 争创, 完成) and punctuation removed, so that
 * `争创省级以上绿色制造示范单位` and `争创市级以上绿色制造示范单位` compare equal.
 */
import { charBigrams, diceSimilarity, stripPunctuation } from '../similarity/index.js';
import { LEVEL_WORD_SOURCE, METRIC_INTENT_WORDS, SCOPE_WORD_RE } from '../vocabulary/index.js';

// (省市 as well: a level tag of the metric, 省市重点项目)
const LEVEL_WORD = new RegExp(`${LEVEL_WORD_SOURCE}|省市`, 'g');
const BRACKETED = /[（(][^（()）]{0,40}[）)]/g;

/** Verbs and modifiers that say how, not what; removed wherever they stand. */
const GENERIC_WORDS: readonly string[] = [
  ...METRIC_INTENT_WORDS, '新增', '新建', '新认定', '认定', '达到', '提高到', '提高至', '提高', '提升', '控制在',
  '不低于', '不少于', '超过', '突破', '以上', '以内', '左右', '年度', '稳定在', '保持在',
].slice().sort((a, b) => b.length - a.length);

/** Core of a metric phrase for similarity (may be empty when the phrase is all generic words). */
export function metricCore(metric: string): string {
  let s = metric.normalize('NFKC').replace(BRACKETED, '').replace(LEVEL_WORD, '').replace(SCOPE_WORD_RE, '');
  for (const w of GENERIC_WORDS) if (s.includes(w)) s = s.split(w).join('');
  return stripPunctuation(s);
}

/** Level words of a metric or qualifier phrase (省级以上, 市级), in order, without repeats. */
export function levelWordsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.normalize('NFKC').matchAll(LEVEL_WORD)) {
    const w = normalizeQualifier(m[0]);
    if (!out.includes(w)) out.push(w);
  }
  return out;
}

/** 省级及以上 → 省级以上; full-width folded; spaces and punctuation dropped. */
export function normalizeQualifier(q: string): string {
  return stripPunctuation(q.normalize('NFKC')).replace(/及以上/g, '以上').replace(/及以下/g, '以下');
}

/** Dice coefficient over character-bigram multisets, in [0, 1]; a single character matches only itself. */
export function bigramDice(a: string, b: string): number {
  if (a !== b && (a.length < 2 || b.length < 2)) return 0;
  return diceSimilarity(a, b);
}

/** Share of `inner`'s bigrams found in `outer` (containment), in [0, 1]. */
export function bigramContainment(inner: string, outer: string): number {
  if (inner.length === 0) return 0;
  if (inner.length === 1) return outer === inner ? 1 : 0; // (a single character is its own bigram)
  const set = charBigrams(outer);
  let found = 0;
  for (let i = 0; i + 1 < inner.length; i++) if (set.has(inner.slice(i, i + 2))) found++;
  return found / (inner.length - 1);
}

/** A tokenizer (jieba in production); metric comparison falls back to bigrams alone without one. */
export type Tokenize = (text: string) => readonly string[];

/** Dice coefficient over distinct word tokens of two strings (single characters ignored). */
export function tokenDice(a: string, b: string, tokenize: Tokenize): number {
  const ta = new Set(tokenize(a).filter((t) => t.length > 1));
  const tb = new Set(tokenize(b).filter((t) => t.length > 1));
  if (ta.size === 0 || tb.size === 0) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return (2 * shared) / (ta.size + tb.size);
}

/**
 * How alike two metrics are, in [0, 1]: the mean of character-bigram Dice, word-token Dice and bigram
 * containment of the shorter core in the longer one (a county often shortens a metric: 专利授权量增长 vs
 * 专利授权量), computed on the metric cores. Identical cores score 1.
 */
export function metricSimilarity(a: string, b: string, tokenize?: Tokenize): number {
  const ca = metricCore(a) || stripPunctuation(a);
  const cb = metricCore(b) || stripPunctuation(b);
  if (ca.length === 0 || cb.length === 0) return 0;
  if (ca === cb) return 1;
  const dice = bigramDice(ca, cb);
  const [short, long] = ca.length <= cb.length ? [ca, cb] : [cb, ca];
  const containment = bigramContainment(short, long);
  const tokens = tokenize ? tokenDice(ca, cb, tokenize) : dice;
  return round((dice + tokens + containment) / 3);
}

/** Rounded to 4 decimals so reports are stable and readable. */
export function round(x: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
