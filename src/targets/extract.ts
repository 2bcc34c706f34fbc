import type { Comparator, Target } from '../model/index.js';
import {
  ADJACENT_PREFIX_COMPARATORS,
  CLAUSE_BREAKS,
  PREFIX_COMPARATORS,
  QUALITATIVE_PHRASES,
  SUFFIX_COMPARATORS,
} from './lexicon.js';
import { levelWords, metricFromPrefix, metricFromTail, trimLeading, trimTrailing } from './metric.js';
import { foldWidth, nameMask, scanQuantities, type Quantity } from './scan.js';
import { lastWhere, TextIndex } from './text-index.js';
import { scale } from './units.js';
import { toSimplifiedSameLength } from '../normalize/index.js';
import { yearContext } from './background.js';
import { readTables, type TableFacts } from './tables.js';

export interface ExtractOptions {
  /**
   * Also report qualitative commitments (全覆盖 → 100%, 零填埋 → 0%), flagged `qualitative: true`.
   * Default false: they carry no printed number, and labelled data treats them as optional.
   */
  qualitative?: boolean;
  /** Read Chinese numerals after a verb of commitment (建成一所 → 1 所). Default true. */
  chineseNumerals?: boolean;
  /**
   * Read traditional characters (萬, 個, 項) by simplifying a same-length copy first. Default true; the
   * check is one pass over the text, and text without a traditional character is used as it is.
   */
  traditional?: boolean;
  /**
   * The year the document speaks from (a 2023 task list: 2023; a 2023—2025 plan: 2023). Sentences led
   * by an earlier year (`2022年全市粮食总产量达到…`) or reporting `截至<earlier year>` are background,
   * not targets. Without it, `截至<year>` counts as background only when the text looks forward to a
   * later year (到2025年), and a sentence led by a plain year is always read as a commitment.
   */
  referenceYear?: number;
}

const SUFFIX_MAP: ReadonlyMap<string, Comparator> = new Map(SUFFIX_COMPARATORS);
const APPROXIMATE_PREFIXES = new Set(ADJACENT_PREFIX_COMPARATORS.filter(([, , approx]) => approx).map(([w]) => w));

const INTENSIVE_METRIC = /(?:率|比重|占比|比例|标准|密度|强度|单产|均价|水平)$|人均|户均|亩均|每/;

const SPAN_LIMIT = 160;
/** Longest parenthetical kept inside a metric: (市、区), (试点), (产品). */
const SHORT_NOTE = 8;
/** A prefix this short before a count heading its noun is a verb (承办, 推动实施), dropped from the metric. */
const HEAD_VERB_LENGTH = 4;
/** Prefixes that change what a count means (new vs. total) and stay in the metric. */
const INCREMENT_WORDS = ['新增', '新建', '新创建', '新开工', '新改建', '累计', '净增'];

/**
 * Every quantified target committed in `text`: `新增高新技术企业100家以上` → { value: 100, unit: '家',
 * comparator: '>=', metric: '新增高新技术企业', … }. Pure and deterministic; spans are offsets into
 * `text`; linear in the length of `text`.
 */
export function extractTargets(input: string, options: ExtractOptions = {}): Target[] {
  // same length as the input, so every offset below is an offset into the input
  const text = options.traditional === false ? input : toSimplifiedSameLength(input);
  const folded = foldWidth(text);
  const lookup = new TextIndex(folded, nameMask(folded));
  const tables = readTables(folded);
  const years = yearContext(folded, lookup.mask, options.referenceYear, tables.progress);
  const quantities = scanQuantities(lookup, { chineseNumerals: options.chineseNumerals !== false, years });
  const targetQuantities = quantities.filter((q) => q.role === 'target');
  const { attached, reach } = attachQualifiers(folded, quantities, targetQuantities);

  const targets: Target[] = [];
  /** Bare lists of numbers (7%、10%左右): index of the first and last item in `targets`. */
  const lists: Array<[number, number]> = [];
  let previousEnd = 0;
  let previousMetric = '';
  targetQuantities.forEach((q, index) => {
    let built = buildTarget(text, lookup, q, previousEnd, targetQuantities[index + 1], attached.get(q) ?? [], previousMetric);
    const previous = targetQuantities[index - 1];
    if (previous && continuesList(folded, previous, q)) {
      built = inheritFromListHead(built, q, previous, targets[targets.length - 1]!);
      const open = lists[lists.length - 1];
      if (open && open[1] === targets.length - 1) open[1] = targets.length;
      else lists.push([targets.length - 1, targets.length]);
    }
    targets.push(built);
    previousEnd = Math.max(q.end, reach.get(q) ?? q.end);
    previousMetric = built.metric;
  });
  for (const [first, last] of lists) distributeRespectively(targets, first, last, targetQuantities);
  shareListNouns(targets);
  targets.push(...tables.amounts.map((a) => tableTarget(text, a)));
  if (options.qualitative === true) targets.push(...qualitativeTargets(text, lookup, targetQuantities));
  return targets.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

/** `年度投资金额（万元） | … | 300`: a bare number under a header that carries its unit. */
function tableTarget(text: string, a: TableFacts['amounts'][number]): Target {
  return {
    value: a.value,
    unit: a.info.unit,
    rawUnit: a.info.raw,
    comparator: '=',
    kind: a.info.kind,
    metric: a.metric,
    qualifiers: [],
    approximate: false,
    qualitative: false,
    text: text.slice(a.start, a.end),
    span: { start: a.start, end: a.end },
  };
}

/** What may stand between two items of one bare list of numbers (95家和880家, 900元、700元). */
const LIST_JOINERS = /^[\s\u3000]*(?:、|和|及|与|或|、和)[\s\u3000]*$/;

/** True when `q` only continues a list opened by `previous`: a joiner between them, the same unit. */
function continuesList(folded: string, previous: Quantity, q: Quantity): boolean {
  return previous.info.unit === q.info.unit && LIST_JOINERS.test(folded.slice(previous.end, q.start));
}

/**
 * `分别超过95家和880家`, `每人每月900元、700元`: a word before the first number distributes over the
 * bare list — the comparator (unless the item prints its own) and the per-unit reading.
 */
function inheritFromListHead(item: Target, q: Quantity, headQuantity: Quantity, head: Target): Target {
  // 50家以上、100家: a suffix belongs to its own number and does not distribute
  const ownComparator =
    headQuantity.suffix !== undefined ||
    q.suffix !== undefined ||
    (q.prefixComparator !== undefined && q.prefixComparator.start >= q.start - 2);
  const perUnit = head.qualifiers.filter((w) => w.startsWith('每') && !item.qualifiers.includes(w));
  return {
    ...item,
    ...(ownComparator ? {} : { comparator: head.comparator, approximate: item.approximate || head.approximate }),
    kind: head.kind === 'intensive' ? 'intensive' : item.kind,
    qualifiers: [...item.qualifiers, ...perUnit],
  };
}

/**
 * `城镇和农村居民人均可支配收入分别增长6%、8%左右`: the subjects before 分别 go one to each item in turn
 * (城镇居民…增长 6%, 农村居民…增长 8%), and a comparator printed only after the last item holds for all.
 */
function distributeRespectively(targets: Target[], first: number, last: number, quantities: Quantity[]): void {
  const head = targets[first]!;
  const at = head.text.indexOf('分别');
  if (at < 0) return;
  const lastQuantity = quantities.find((q) => q.start >= targets[last]!.span.start && q.end <= targets[last]!.span.end);
  const trailing = targets[last]!;
  const shareComparator = lastQuantity?.suffix !== undefined && targets.slice(first, last).every((t) => t.comparator === '=');
  const subjects = trimLeading(head.text.slice(0, at)).split(/[、和与及]/).filter((p) => p.length > 0);
  const count = last - first + 1;
  const verb = CHANGE_VERB.exec(head.metric)?.[0] ?? '';
  const longest = subjects[subjects.length - 1] ?? '';
  for (let i = first; i <= last; i++) {
    let item = targets[i]!;
    if (shareComparator && i < last) item = { ...item, comparator: trailing.comparator, approximate: item.approximate || trailing.approximate };
    if (subjects.length === count) {
      // 城镇和农村居民…: a short subject borrows the head noun of the last one (城镇 + 居民人均可支配收入)
      const own = subjects[i - first]!;
      const subject = own.length <= 2 && longest.length > own.length + 2 ? own + longest.slice(own.length) : own;
      item = { ...item, metric: subject + verb };
    }
    targets[i] = item;
  }
}

const CHANGE_VERB = /(?:增长|下降|提高|降低|增加|减少|达到|上涨)$/;

/**
 * `建设3座220千伏、7座110千伏变电站`: the first count's metric is only its specification (220千伏); it
 * shares the noun of the next item (变电站), read as 220千伏变电站.
 */
function shareListNouns(targets: Target[]): void {
  for (let i = 0; i + 1 < targets.length; i++) {
    const current = targets[i]!;
    const next = targets[i + 1]!;
    if (!current.qualifiers.includes(current.metric)) continue;
    const nextSpec = next.qualifiers.find((q) => next.metric.startsWith(q) && next.metric.length > q.length);
    if (nextSpec) targets[i] = { ...current, metric: current.metric + next.metric.slice(nextSpec.length) };
  }
}

/**
 * Thresholds and specifications go to the target they narrow: the target right before them when
 * adjacent (3座220千伏), otherwise the next target in the same clause (投资500万元以上技术改造项目600个).
 */
function attachQualifiers(
  folded: string,
  all: Quantity[],
  targets: Quantity[],
): { attached: Map<Quantity, string[]>; reach: Map<Quantity, number> } {
  const map = new Map<Quantity, string[]>();
  /** Where a target's trailing qualifiers end (3座220千伏: after 千伏), so the next metric starts there. */
  const reach = new Map<Quantity, number>();
  const add = (target: Quantity, qualifier: string) => {
    const list = map.get(target) ?? [];
    if (!list.includes(qualifier)) list.push(qualifier);
    map.set(target, list);
  };
  let next = 0; // first target starting at or after the current qualifier's end (targets are in text order)
  for (const q of all) {
    if (q.role !== 'qualifier') continue;
    const phrase = folded.slice(q.qualifierStart, q.end);
    while (next < targets.length && targets[next]!.start < q.end) next++;
    const before = next > 0 ? targets[next - 1] : undefined;
    if (before && (reach.get(before) ?? before.end) === q.qualifierStart) {
      add(before, phrase);
      reach.set(before, q.end);
      continue;
    }
    const after = targets[next];
    if (after && !hasClauseBreak(folded, q.end, after.start)) add(after, phrase);
  }
  return { attached: map, reach };
}

/** Where a long parenthetical note starts after `pos`; short ones such as (市、区) or (试点) are kept. */
function bracketAfter(text: string, pos: number): number {
  const stop = Math.min(text.length, pos + SPAN_LIMIT);
  for (let i = pos; i < stop; i++) {
    if (text[i] !== '(' && text[i] !== '（') continue;
    let close = i + 1;
    while (close < stop && close <= i + SHORT_NOTE && text[close] !== ')' && text[close] !== '）') close++;
    if (close <= i + SHORT_NOTE && (text[close] === ')' || text[close] === '）')) {
      i = close;
      continue;
    }
    return i;
  }
  return stop;
}

function hasClauseBreak(text: string, from: number, to: number): boolean {
  if (to - from > SPAN_LIMIT) return true;
  for (let i = from; i < to; i++) if (CLAUSE_BREAKS.has(text[i]!)) return true;
  return false;
}

function comparatorOf(q: Quantity, from: number): { comparator: Comparator; approximate: boolean } {
  const prefix = q.prefixComparator && q.prefixComparator.start >= from ? q.prefixComparator : undefined;
  const approximate = q.approximate || (prefix !== undefined && APPROXIMATE_PREFIXES.has(prefix.word) && prefix.start + prefix.word.length === q.start);
  if (q.suffix) return { comparator: SUFFIX_MAP.get(q.suffix)!, approximate };
  if (prefix && prefix.comparator !== '=') return { comparator: prefix.comparator, approximate };
  // 600余课时: no comparator word, so the plain reading '='; `approximate` says the number is a floor
  return { comparator: '=', approximate };
}

function buildTarget(
  text: string,
  lookup: TextIndex,
  q: Quantity,
  previousEnd: number,
  nextTarget: Quantity | undefined,
  qualifiers: string[],
  previousMetric: string,
): Target {
  const folded = lookup.folded;
  const clauseStart = Math.max(lookup.clauseStart(q.start), previousEnd);
  let spanStart = clauseStart;
  while (spanStart < q.start && /[\s\u3000、，,；;：:）)（(]/.test(folded[spanStart]!)) spanStart++;
  const { comparator, approximate } = comparatorOf(q, clauseStart);
  const comparatorWord = q.prefixComparator && q.prefixComparator.start >= clauseStart ? q.prefixComparator.word : undefined;
  const fromPrefix = metricFromPrefix(text.slice(clauseStart, q.start), comparatorWord);
  let metric = fromPrefix.metric;
  let spanEnd = q.end;
  if (q.headsPhrase) {
    const tailEnd = Math.min(
      lookup.clauseEnd(q.end),
      nextTarget ? nextTarget.start : Number.MAX_SAFE_INTEGER,
      bracketAfter(folded, q.end),
    );
    const tail = metricFromTail(text.slice(q.end, tailEnd));
    if (tail.length > 0) {
      // 承办2场以上省级活动: a bare verb before the count says nothing about what is counted
      const keepPrefix = metric.length > HEAD_VERB_LENGTH || INCREMENT_WORDS.some((w) => metric.startsWith(w));
      metric = (keepPrefix ? metric : '') + tail;
      spanEnd = tailEnd;
      while (spanEnd > q.end && /[\s\u3000、，,]/.test(folded[spanEnd - 1]!)) spanEnd--;
    }
  }
  metric = metric.replace(METRIC_FILLER, '');
  const previousInSentence = previousEnd > lookup.sentenceStart(q.start) && previousMetric.length > 0;
  const aggregate = AGGREGATE_WORDS.find((w) => text.slice(clauseStart, q.start).includes(w));
  if (previousInSentence && (BARE_METRIC.test(metric) || BARE_CHANGE.test(metric)) && (metric.length > 0 || aggregate !== undefined)) {
    // 总量突破1万个, 累计达到6000个, 同比增长10%: the subject is the previous target's
    // 赤字规模…、比上年增加X: the whole previous metric changes, 新增 included
    const subject = BARE_CHANGE.test(metric) ? previousMetric.replace(METRIC_FILLER, '') : subjectOf(previousMetric);
    metric = subject + (aggregate !== undefined && !metric.includes(aggregate) ? aggregate : '') + metric;
  }
  if (metric.length === 0) metric = fallbackMetric(text, lookup, clauseStart, previousMetric);
  metric = metric.replace(METRIC_FILLER, '');

  // 由40元提高到80元: the 40元 read as a qualifier is the baseline
  const baseline = fromPrefix.baseline;
  const allQualifiers = baseline ? qualifiers.filter((w) => !baseline.phrase.includes(w)) : [...qualifiers];
  for (const level of levelWords(metric)) if (!allQualifiers.includes(level)) allQualifiers.push(level);
  if (fromPrefix.perUnit) allQualifiers.push(fromPrefix.perUnit);
  const intensive =
    q.info.kind === 'intensive' || fromPrefix.perUnit !== undefined || INTENSIVE_METRIC.test(fromPrefix.metric);
  const horizon = lookup.horizonBefore(q.start);
  return {
    value: q.value,
    ...(q.max !== undefined ? { max: q.max } : {}),
    unit: q.info.unit,
    rawUnit: q.info.raw,
    comparator,
    kind: intensive ? 'intensive' : 'extensive',
    metric,
    qualifiers: allQualifiers,
    ...(horizon ? { horizon } : {}),
    // a bare baseline (由1.2提高到1.5万人) is in the target's printed unit; one with a unit or multiplier is not
    ...(baseline ? { baseline: baseline.unit === '' && !baseline.multiplied ? scale(baseline.value, q.info.factor) : baseline.value } : {}),
    approximate,
    qualitative: false,
    text: text.slice(spanStart, spanEnd),
    span: { start: spanStart, end: spanEnd },
  };
}

/** Words saying a count is a running total (累计达到6000个, 总量突破1万个). */
const AGGREGATE_WORDS = ['累计', '总量', '总数', '总计', '合计', '总规模', '保有量'];
/** A metric that names no subject: empty, an aggregate word, or a bare change (同比增长). */
const BARE_METRIC = /^(?:分别|同比|年均|累计|总量|总数|总计|合计|总规模|保有量)*(?:增长|下降|提高|降低|增加|减少)?$/;
/** A change against last year that names no subject (比上年增加, 比去年预算低): the previous target's subject changes. */
const BARE_CHANGE = /^(?:比|较|同比)(?:上年|去年|上一年)[^，,；;。]{0,6}?(?:增加|减少|提高|降低|增长|下降|扩大|缩小|高|低|多|少)$/;
/** Filler removed from any metric: 分别 (respectively) and footnote marks such as [18]. */
const METRIC_FILLER = /分别|\[\d{1,3}\]|［\d{1,3}］/g;
/** Verbs opening a metric that say what is done to the subject, not what it is (新建成开通5G基站). */
const SUBJECT_VERBS = [
  '新建成', '新创建', '新开工', '新改建', '新培育', '新增', '新建', '建成', '开通', '建设', '完成', '累计', '净增',
  '培育', '引进', '创建', '实施', '打造', '改造提升', '改造',
].sort((a, b) => b.length - a.length);

/** The subject of a metric: `新建成开通5G基站` → `5G基站`. */
function subjectOf(metric: string): string {
  let s = metric.replace(METRIC_FILLER, '');
  for (let changed = true; changed; ) {
    changed = false;
    for (const verb of SUBJECT_VERBS) {
      if (s.startsWith(verb) && s.length > verb.length) {
        s = s.slice(verb.length);
        changed = true;
        break;
      }
    }
  }
  return s;
}

/**
 * When the clause holds nothing but the number (`2024年完成建设39个`), the metric is the previous
 * clause of the same sentence (`积极推动省级美丽乡村示范村建设`) or, in a list, the previous target's.
 */
function fallbackMetric(text: string, lookup: TextIndex, clauseStart: number, previousMetric: string): string {
  const folded = lookup.folded;
  let end = clauseStart;
  for (let step = 0; step < 3; step++) {
    while (end > 0 && /[\s\u3000、]/.test(folded[end - 1]!)) end--;
    const brk = folded[end - 1];
    if (end === 0 || brk === undefined || !CLAUSE_BREAKS.has(brk) || brk === '。' || brk === '\n') break;
    const start = lookup.clauseStart(end - 1);
    let phrase = trimLeading(text.slice(start, end - 1));
    if (/[0-9０-９]/.test(phrase)) break;
    // 营业收入突破“千亿大关”: the metric is what stands before the comparator word
    const cut = lastComparatorWord(phrase);
    if (cut >= 0) phrase = phrase.slice(0, cut);
    const cleaned = trimLeading(trimTrailing(phrase.replace(/[“”"‘’《》]/g, '')).phrase);
    if (cleaned.length > 0) return cleaned.replace(/建设$/, '') || cleaned;
    end = start;
  }
  return previousMetric;
}

function lastComparatorWord(phrase: string): number {
  let best = -1;
  for (const [word] of PREFIX_COMPARATORS) {
    // 最低标准 names a standard; 突破, 达到 end the subject
    if (word.length < 2 || word.startsWith('最')) continue;
    const at = phrase.lastIndexOf(word);
    if (at > best) best = at;
  }
  return best;
}

/** End of the last quantity ending at or before `pos` (quantities are in text order: binary search). */
function lastEndingBefore(quantities: Quantity[], pos: number): number | undefined {
  return lastWhere(quantities, (q) => q.end <= pos)?.end;
}

/** 全覆盖 → 100%, 零填埋 → 0%: qualitative commitments, flagged as such. */
function qualitativeTargets(text: string, lookup: TextIndex, numeric: Quantity[]): Target[] {
  const { folded, mask } = lookup;
  const out: Target[] = [];
  for (const [phrase, value] of QUALITATIVE_PHRASES) {
    for (let at = folded.indexOf(phrase); at >= 0; at = folded.indexOf(phrase, at + phrase.length)) {
      if (mask[at]) continue;
      const end = at + phrase.length;
      let start = lookup.clauseStart(at);
      const previous = lastEndingBefore(numeric, at);
      if (previous !== undefined && previous > start) start = previous;
      while (start < at && /[\s\u3000、，,；;：:）)]/.test(folded[start]!)) start++;
      const metric = trimLeading(trimTrailing(text.slice(start, at).replace(/[“”"‘’《》]/g, '')).phrase.replace(/(?:实现|做到|达到|基本|推动|全面)+$/, ''));
      const horizon = lookup.horizonBefore(at);
      const qualifiers = levelWords(metric);
      out.push({
        value,
        unit: '%',
        rawUnit: '%',
        comparator: '=',
        kind: 'intensive',
        metric: metric.length > 0 ? metric : phrase,
        qualifiers,
        ...(horizon ? { horizon } : {}),
        approximate: false,
        qualitative: true,
        text: text.slice(start, end),
        span: { start, end },
      });
    }
  }
  return out;
}
