import { LEVEL_WORD_SOURCE } from '../vocabulary/index.js';
import {
  ADJACENT_PREFIX_COMPARATORS,
  METRIC_LEADING_NOISE,
  METRIC_TRAILING_NOISE,
  PREFIX_COMPARATORS,
} from './lexicon.js';
import { multiplierFactor, scale } from './units.js';

/**
 * Metric phrases: what a target measures, cut from the text around the number and cleaned of
 * connectives, intent verbs, horizons and comparator words.
 */

const QUOTE_CHARS = /[“”"‘’'《》「」『』〈〉]/g;
const EDGE_PUNCT = /^[\s\u3000、，,；;：:（(）)。.]+|[\s\u3000、，,；;：:（(。.]+$/g;
const LEADING_HORIZON =
  /^(?:(?:到|至|截至|截止到?|在)?(?:19|20)\d{2}年(?:年底|年末|底|末|度)?(?:前|以前)?|年底前|年内|全年|当年|今年)/;
/** 每人每年, 每千人: the unit a standard is per. */
const PER_UNIT = '(?:每(?:[人户年月日天亩县乡镇村家个所]|千人|万人|百人|平方公里|公里)+)+';
const PER_UNIT_RUN = new RegExp(`${PER_UNIT}$`);
const PER_UNIT_INSIDE = new RegExp(PER_UNIT);
// (and amount thresholds that qualify a metric: 百万元以上, 千吨及以上)
const LEVEL_WORDS = new RegExp(`${LEVEL_WORD_SOURCE}|(?<![0-9.０-９十百千万亿])[十百千万亿]+(?:元|吨|千瓦|平方米|亩)(?:及以上|以上)`, 'g');

const LEADING_NOISE_SORTED = [...METRIC_LEADING_NOISE].sort((a, b) => b.length - a.length);
// single-character comparator words (约, 近, 达) are removed only where they were read as comparators
const TRAILING_WORDS_SORTED = [
  ...PREFIX_COMPARATORS.map(([w]) => w),
  ...ADJACENT_PREFIX_COMPARATORS.map(([w]) => w).filter((w) => w.length > 1),
  ...METRIC_TRAILING_NOISE,
].sort((a, b) => b.length - a.length);

const TAIL_TRAILING_NOISE = ['建设', '工作', '等', '目标'];

/**
 * Planning verbs say how a figure is committed, not what it measures (拟安排财政赤字, 继续代发地方债,
 * 再完成棚户区改造, 中央预算内投资拟安排): dropped from the start and end of a metric, and 拟安排 / 拟发行
 * wherever they stand. 再/先/要 only before a verb, so 再生水 and 先进制造业 keep their first character.
 */
const PLANNING_LEADING = /^(?:用[0-9一二两三四五六七八九十]+(?:年|个月)(?:时间)?|拟安排|拟发行|拟|将|安排|预计|继续|合计|但是|但|由(?!于)|(?:再|先|还要|要)(?=再|完成|减少|增加|新增|发行|安排|建成|开工|降低|提高|压减|扩大|实现))+/;
const PLANNING_TRAILING = /(?:拟安排|将安排|安排|拟发行|拟按|按|全年|继续)+$/;
const PLANNING_INSIDE = /拟安排|拟发行/g;

/**
 * `由每人每年60元提高到` / `从上年的3.2%提高到`: the figure the change starts from. Matched on the phrase
 * before the number once the comparator word (提高到) is gone, so it ends the phrase.
 */
const BASELINE_PHRASE = /(?:由|从)([^由从，,；;。]{0,24}?)([0-9][0-9.,]*)(万亿|亿|万|千)?([^0-9，,；;。]{0,6}?)(?:的水平|水平)?$/;
const CHANGE_TO_WORDS = new Set([
  '提高到', '提高至', '提升到', '提升至', '增加到', '增加至', '增长到', '增长至', '扩大到', '扩大至', '增至',
  '下降到', '下降至', '降低到', '降低至', '降至', '减少到', '减少至', '减至', '压减到', '压减至', '控制在',
]);

export interface Baseline {
  /** The starting figure as printed, multiplier folded in (the caller converts to the target's unit). */
  value: number;
  /** The unit printed after it, if any (元, %). */
  unit: string;
  /** Whether a multiplier (万, 亿) was printed with it, already folded into `value`. */
  multiplied: boolean;
  /** The phrase `由…60元`, removed from the metric. */
  phrase: string;
}

/** The `由X` / `从X` a change starts from, at the end of `prefix` (comparator word already removed). */
function baselineAt(prefix: string): Baseline | undefined {
  const m = BASELINE_PHRASE.exec(prefix);
  if (!m) return undefined;
  const value = Number(m[2]!.replace(/,/g, ''));
  if (!Number.isFinite(value)) return undefined;
  const factor = m[3] ? multiplierFactor(m[3])! : 1;
  return { value: scale(value, factor), unit: m[4]!, multiplied: m[3] !== undefined, phrase: m[0] };
}

/** Remove connectives, intent verbs, scope words and horizons from the start of a phrase. */
export function trimLeading(phrase: string): string {
  let s = phrase.replace(EDGE_PUNCT, '');
  for (let changed = true; changed && s.length > 0; ) {
    changed = false;
    const planning = PLANNING_LEADING.exec(s);
    if (planning && planning[0].length > 0 && planning[0].length < s.length) {
      s = s.slice(planning[0].length).replace(EDGE_PUNCT, '');
      changed = true;
      continue;
    }
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
    const planning = PLANNING_TRAILING.exec(s);
    if (planning && planning[0].length < s.length) {
      s = s.slice(0, s.length - planning[0].length).replace(EDGE_PUNCT, '');
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

/**
 * Clean the text before a number into a metric phrase. After a change-to word (提高到), a starting figure
 * `由60元` / `从上年的3.2%` is the baseline: reported apart and kept out of the metric.
 */
export function metricFromPrefix(
  prefix: string,
  comparatorWord?: string,
): { metric: string; perUnit?: string; baseline?: Baseline } {
  let s = prefix.replace(QUOTE_CHARS, '');
  let baseline: Baseline | undefined;
  if (comparatorWord) {
    const at = s.lastIndexOf(comparatorWord);
    if (at >= 0) {
      const after = s.slice(at + comparatorWord.length);
      if (CHANGE_TO_WORDS.has(comparatorWord) && after.trim() === '') baseline = baselineAt(s.slice(0, at));
      s = s.slice(0, at - (baseline?.phrase.length ?? 0)) + after;
    }
  }
  // a per-unit run inside the baseline (由每人每年60元) still says what the target is per
  const baselinePerUnit = baseline ? PER_UNIT_INSIDE.exec(baseline.phrase)?.[0] : undefined;
  const trailing = trimTrailing(s.replace(PLANNING_INSIDE, ''));
  const metric = trimLeading(trailing.phrase);
  const perUnit = trailing.perUnit ?? baselinePerUnit;
  return { metric, ...(perUnit !== undefined ? { perUnit } : {}), ...(baseline ? { baseline } : {}) };
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
