import { LEVEL_WORD_SOURCE } from '../vocabulary/index.js';
import {
  ADJACENT_PREFIX_COMPARATORS,
  METRIC_LEADING_NOISE,
  METRIC_TRAILING_NOISE,
  PREFIX_COMPARATORS,
} from './lexicon.js';

/**
 * Metric phrases: what a target measures, cut from the text around the number and cleaned of
 * connectives, intent verbs, horizons and comparator words.
 */

const QUOTE_CHARS = /[“”"‘’'《》「」『』〈〉]/g;
const EDGE_PUNCT = /^[\s\u3000、，,；;：:（(）)。.]+|[\s\u3000、，,；;：:（(。.]+$/g;
const LEADING_HORIZON =
  /^(?:(?:到|至|截至|截止到?|在)?(?:19|20)\d{2}年(?:年底|年末|底|末|度)?(?:前|以前)?|年底前|年内|全年|当年|今年)/;
const PER_UNIT_RUN = /(?:每(?:[人户年月日天亩县乡镇村家个所]|千人|万人|百人|平方公里|公里)+)+$/;
// (and amount thresholds that qualify a metric: 百万元以上, 千吨及以上)
const LEVEL_WORDS = new RegExp(`${LEVEL_WORD_SOURCE}|(?<![0-9.０-９十百千万亿])[十百千万亿]+(?:元|吨|千瓦|平方米|亩)(?:及以上|以上)`, 'g');

const LEADING_NOISE_SORTED = [...METRIC_LEADING_NOISE].sort((a, b) => b.length - a.length);
// single-character comparator words (约, 近, 达) are removed only where they were read as comparators
const TRAILING_WORDS_SORTED = [
  ...PREFIX_COMPARATORS.map(([w]) => w),
  ...ADJACENT_PREFIX_COMPARATORS.map(([w]) => w).filter((w) => w.length > 1),
  ...METRIC_TRAILING_NOISE,
].sort((a, b) => b.length - a.length);

const TAIL_TRAILING_NOISE = ['建设', '工作', '等'];

/** Remove connectives, intent verbs, scope words and horizons from the start of a phrase. */
export function trimLeading(phrase: string): string {
  let s = phrase.replace(EDGE_PUNCT, '');
  for (let changed = true; changed && s.length > 0; ) {
    changed = false;
    const horizon = LEADING_HORIZON.exec(s);
    if (horizon && horizon[0].length > 0) {
      s = s.slice(horizon[0].length).replace(EDGE_PUNCT, '');
      changed = true;
      continue;
    }
    for (const word of LEADING_NOISE_SORTED) {
      if (s.startsWith(word)) {
        s = s.slice(word.length).replace(EDGE_PUNCT, '');
        changed = true;
        break;
      }
    }
  }
  return s;
}

/** Remove comparator words and particles from the end of a phrase; report a per-unit run (每人每年). */
export function trimTrailing(phrase: string): { phrase: string; perUnit?: string } {
  let s = phrase.replace(EDGE_PUNCT, '');
  let perUnit: string | undefined;
  for (let changed = true; changed && s.length > 0; ) {
    changed = false;
    const run = PER_UNIT_RUN.exec(s);
    if (run && run[0].length > 0 && perUnit === undefined) {
      perUnit = run[0];
      s = s.slice(0, s.length - run[0].length).replace(EDGE_PUNCT, '');
      changed = true;
      continue;
    }
    for (const word of TRAILING_WORDS_SORTED) {
      if (s.endsWith(word)) {
        s = s.slice(0, s.length - word.length).replace(EDGE_PUNCT, '');
        changed = true;
        break;
      }
    }
  }
  return perUnit === undefined ? { phrase: s } : { phrase: s, perUnit };
}

/** Clean the text before a number into a metric phrase. */
export function metricFromPrefix(prefix: string, comparatorWord?: string): { metric: string; perUnit?: string } {
  let s = prefix.replace(QUOTE_CHARS, '');
  if (comparatorWord) {
    const at = s.lastIndexOf(comparatorWord);
    if (at >= 0) s = s.slice(0, at) + s.slice(at + comparatorWord.length);
  }
  const trailing = trimTrailing(s);
  const metric = trimLeading(trailing.phrase);
  return trailing.perUnit === undefined ? { metric } : { metric, perUnit: trailing.perUnit };
}

/** Clean the noun phrase after a count that heads it (推动200家“专精特新”企业与链主企业对接合作). */
export function metricFromTail(tail: string): string {
  let s = tail.replace(QUOTE_CHARS, '').replace(EDGE_PUNCT, '');
  if (s.startsWith('的')) s = s.slice(1);
  for (let changed = true; changed; ) {
    changed = false;
    for (const word of TAIL_TRAILING_NOISE) {
      if (s.endsWith(word) && s.length > word.length + 1) {
        s = s.slice(0, s.length - word.length).replace(EDGE_PUNCT, '');
        changed = true;
      }
    }
  }
  return s;
}

/** Level words in a metric (省级以上, 市级, 二级以上, 规模以上), in order, without repeats. */
export function levelWords(metric: string): string[] {
  const out: string[] = [];
  for (const m of metric.matchAll(LEVEL_WORDS)) if (!out.includes(m[0])) out.push(m[0]);
  return out;
}

const KEY_NOISE = /[（(][^）)]*[）)]|[\s\u3000“”"‘’'《》「」、，,；;：:。.·]/g;

/**
 * A normalised form of a metric for pairing targets across documents: level words, bracketed notes,
 * quotes, punctuation and leading verbs removed (`争创省级以上绿色制造示范单位` and
 * `市级以上绿色制造示范单位` both give `绿色制造示范单位`).
 */
export function metricKey(metric: string): string {
  const withoutNotes = metric.replace(KEY_NOISE, '');
  const withoutLevels = withoutNotes.replace(LEVEL_WORDS, '');
  return trimLeading(withoutLevels).replace(/^(?:新创建|创建|争创)/, '');
}
