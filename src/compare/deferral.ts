import { bigramContainment, metricCore } from './metric.js';

/**
 * Deferral: a lower level replaces a number by a reference to the level above (落实上级居民基本医保财政补助标准,
 * 按照上级要求, 执行省市标准, 完成上级下达任务). Found clause by clause: the clause names the upper level and
 * a standard / requirement / quota, and carries no number of its own.
 */

/** Words naming the level above. */
const UPPER_LEVEL = ['上级', '省市', '省、市', '国家和省', '国家、省', '省里', '市里', '上面'];
/** Words naming what is taken over from it. */
const DEFERRED_OBJECT = ['标准', '要求', '任务', '指标', '部署', '目标', '政策', '规定', '下达', '安排'];
/** Verbs that take it over (a clause needs one of them before the upper-level word). */
const TAKE_OVER = ['落实', '按照', '按', '执行', '完成', '依照', '遵照', '对标', '参照', '达到', '落细'];

const CLAUSE_BREAK = /[，,。；;！!？?：:\n（()）]/;
const DIGIT = /[0-9０-９]/;

export interface DeferralClause {
  /** The clause as printed (trimmed). */
  phrase: string;
  /** The clause with the deferral words removed, for metric comparison. */
  core: string;
}

/** Clauses of a task text that defer to the upper level. */
export function findDeferralClauses(text: string): DeferralClause[] {
  const out: DeferralClause[] = [];
  for (const raw of text.split(CLAUSE_BREAK)) {
    const phrase = raw.trim();
    if (phrase.length < 4 || phrase.length > 80 || DIGIT.test(phrase)) continue;
    const upperAt = firstIndexOf(phrase, UPPER_LEVEL);
    if (upperAt < 0) continue;
    if (!DEFERRED_OBJECT.some((w) => phrase.includes(w))) continue;
    const verbAt = firstIndexOf(phrase, TAKE_OVER);
    if (verbAt < 0 || verbAt > upperAt) continue;
    let core = phrase;
    for (const w of [...UPPER_LEVEL, ...TAKE_OVER]) core = core.split(w).join('');
    out.push({ phrase, core });
  }
  return out;
}

function firstIndexOf(s: string, words: readonly string[]): number {
  let best = -1;
  for (const w of words) {
    const i = s.indexOf(w);
    if (i >= 0 && (best < 0 || i < best)) best = i;
  }
  return best;
}

/**
 * How well a deferral clause covers a parent target's metric, in [0, 1]: the share of the metric core's
 * character bigrams found in the clause (居民基本医保财政补助标准 inside 落实上级居民基本医保财政补助标准 → 1).
 */
export function deferralMatch(clause: DeferralClause, parentMetric: string): number {
  const core = metricCore(parentMetric) || parentMetric;
  return bigramContainment(core, clause.core);
}
