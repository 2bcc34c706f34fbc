import {
  ADJACENT_PREFIX_COMPARATORS,
  CHINESE_NUMERAL_VERBS,
  MEASURE_COMMIT_VERBS,
  NAME_BRACKETS,
  PHRASE_ENDINGS,
  POLICY_NAME_ENDINGS,
  PREFIX_COMPARATORS,
  SUFFIX_COMPARATORS,
  THRESHOLD_NOUNS,
  THRESHOLD_SUFFIXES,
} from './lexicon.js';
import type { Comparator } from '../model/index.js';
import { digitValue, digitValueAt, isChineseNumeralAt, readArabic, readChinese, type NumberToken } from '../vocabulary/index.js';
import { isAdminLevelChar } from '../vocabulary/index.js';
import { matchUnitAt, scale, type UnitInfo } from './units.js';
import type { TextIndex } from './text-index.js';
import { inBackgroundSentence, type YearContext } from './background.js';

/**
 * First pass of extraction: find every number followed by a unit and decide whether it is a target,
 * a qualifier (threshold or specification inside a noun phrase), or nothing. Works on a folded copy of
 * the text of the same length, so positions are positions in the input.
 */

export type QuantityRole = 'target' | 'qualifier';

export interface Quantity {
  role: QuantityRole;
  /** Start of the (first) number. */
  start: number;
  /** End of the quantity, comparator suffix included (100家以上 ends after 以上). */
  end: number;
  value: number;
  max?: number;
  info: UnitInfo;
  /** Suffix comparator word as printed (以上, 左右), if any. */
  suffix?: string;
  approximate: boolean;
  chinese: boolean;
  /** True when the quantity is followed by the noun it counts (推动200家企业…). */
  headsPhrase: boolean;
  /** Comparator word found before the number in the clause, with its position. */
  prefixComparator?: { word: string; comparator: Comparator; start: number };
  /** For qualifiers: where the qualifier phrase starts (投资500万元以上 starts at 投资). */
  qualifierStart: number;
}

const FULLWIDTH_OFFSET = 0xfee0;

/**
 * Same-length fold: full-width ASCII → half-width (１２％ → 12%). Positions do not move, so spans in the
 * folded text are spans in the input.
 */
export function foldWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - FULLWIDTH_OFFSET));
}

const MAX_NAME_LENGTH = 80;

/**
 * Marks characters inside quotes and name brackets (“十四五”, 《…35条》, 〔2023〕). An opening mark
 * without a closing one within MAX_NAME_LENGTH characters (or before a line break) is ignored, so a
 * stray quote cannot hide the rest of a document.
 */
export function nameMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const close = NAME_BRACKETS.get(ch);
    if (close === undefined) {
      i++;
      continue;
    }
    let j = i + 1;
    const limit = Math.min(text.length, i + MAX_NAME_LENGTH);
    while (j < limit && text[j] !== close && text[j] !== '\n' && !(close !== ch && text[j] === ch)) j++;
    if (j < limit && text[j] === close) {
      // 实现“新增就业1万人以上”的目标: a quoted commitment is read like the rest of the text
      if (!(QUOTE_MARKS.has(ch) && quotesCommitment(text, i + 1, j))) mask.fill(1, i, j + 1);
      i = j + 1;
    } else {
      i++;
    }
  }
  return mask;
}

/** Quotation marks (not title or document-number brackets), whose content may be a commitment. */
const QUOTE_MARKS = new Set(['“', '"', '‘', '「']);
/** Two ideographs, then a number and a unit: `就业1万人`, `失业率5.5%` (not “3个100”, “5G+”, “十四五”). */
const QUOTED_QUANTITY = /\p{Script=Han}{2}[0-9]+(?:\.[0-9]+)?/gu;

/** A quote ending in a count of articles names a policy: “稳增长22条”, “人才金政50条”. */
const QUOTED_POLICY_NAME = /[0-9一二三四五六七八九十百]+(?:条|项|招|策)(?:措施|举措|政策)?$/;

function quotesCommitment(text: string, from: number, to: number): boolean {
  if (to - from < 6 || QUOTED_POLICY_NAME.test(text.slice(from, to))) return false;
  for (const m of text.slice(from, to).matchAll(QUOTED_QUANTITY)) {
    if (matchUnitAt(text, from + m.index + m[0].length)) return true;
  }
  return false;
}

function isAsciiLetter(ch: string | undefined): boolean {
  return ch !== undefined && /^[A-Za-z]$/.test(ch);
}

const RANGE_SEPARATORS = new Set(['—', '–', '-', '~', '～', '至', '到', '―', '－', '〜']);
const SPEC_MARKS = new Set(['×', '*', 'x', 'X', '✕', '乘']);
const APPROX_MARKS = new Set(['余', '多']);
/** Characters that, before 约/近, make a word of it (节约, 集约, 最近, 就近, 附近). */
const NOT_APPROXIMATE_BEFORE = new Set([...'节集制签预契公条简婚最就附邻接将发到送直通抵传表下']);
/** How far before a number a comparator word may stand (不低于县域内20%, 至少创建2家). */
const PREFIX_COMPARATOR_REACH = 8;
/** Nouns after a count that make it a summary of a list (包括A、B、C等8个方面), not a target. */
const SUMMARY_NOUNS = ['内容', '方面', '部分', '领域', '板块', '维度', '环节', '大类', '行业', '层面', '阶段'];
/**
 * Nouns after a count of items that describe the document itself (133项具体任务, 34个牵头单位, 40项重点工作)
 * or name a policy (90条措施): the document's own make-up, not a quantity to reach.
 */
const DOCUMENT_NOUNS = [
  '具体任务', '重点任务', '主要任务', '工作任务', '任务', '重点工作', '工作要点', '牵头单位', '责任单位', '配合单位',
  '措施', '举措', '政策', '条款', '意见', '事项',
];
/** Count units that number the items of a document (项, 条, 个, 大, 件). */
const DOCUMENT_COUNT_UNITS = new Set(['项', '条', '个', '件']);
/** Comparator words that open a threshold (年营业收入超10亿元企业). */
const THRESHOLD_COMPARATORS = ['超过', '超', '不低于', '不少于', '达到', '在'];
/** Nouns before a count that make `N人以上` a size threshold (从业人员50人以上企业). */
const COUNT_THRESHOLD_NOUNS = [...THRESHOLD_NOUNS, '员工', '职工', '从业人员', '用工', '床位', '人口', '学生', '在校生', '会员'];
/** Verbs before a count that name the scope of the work (聚焦20条产业链, 围绕10个领域). */
const SCOPE_VERBS = ['聚焦', '围绕'];
/** Words before an amount that cap each award (最高30万元, 最高可达50万元). */
const AWARD_CAPS = ['最高', '最高可达', '最高可', '最多可'];
/** How far after `N%的` a clause may run to the goal it names (的国内生产总值增长目标). */
const GOAL_NOUN_REACH = 20;
/** Words after a quantity that close it like punctuation (稳定在110亿斤水平). */
const CLOSING_WORDS = ['水平', '规模', '目标'];
/** Verbs after a share that close it (100%覆盖, 100%达标). */
const RATIO_CLOSING_VERBS = ['覆盖', '达标'];

function endsWithAny(text: string, end: number, words: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const w of words) {
    if (end - w.length >= 0 && text.startsWith(w, end - w.length) && (!best || w.length > best.length)) best = w;
  }
  return best;
}

/** The comparator word ending last in text[from, to), if any. */
function lastPrefixComparator(
  text: string,
  mask: Uint8Array,
  from: number,
  to: number,
): { word: string; comparator: Comparator; start: number } | undefined {
  for (const [word, comparator, _approx] of ADJACENT_PREFIX_COMPARATORS) {
    if (to - word.length >= from && text.startsWith(word, to - word.length)) {
      // 节约20%, 集约, 最近: the character is part of another word
      if (word.length === 1 && NOT_APPROXIMATE_BEFORE.has(text[to - 2] ?? '')) continue;
      return { word, comparator, start: to - word.length };
    }
  }
  let best: { word: string; comparator: Comparator; start: number } | undefined;
  // Search only the window: text.lastIndexOf would scan back to the start of the text when the word is
  // absent, which makes a long line with many numbers quadratic.
  const window = text.slice(from, to);
  for (const [word, comparator] of PREFIX_COMPARATORS) {
    const found = window.lastIndexOf(word);
    if (found < 0) continue;
    const at = from + found;
    if (mask[at]) continue;
    const end = at + word.length;
    const bestEnd = best ? best.start + best.word.length : -1;
    if (end > bestEnd || (end === bestEnd && word.length > best!.word.length)) best = { word, comparator, start: at };
  }
  return best;
}

interface RawNumber {
  token: NumberToken;
  /** Multiplier printed between the two numbers of a range (1万—2万人). */
  max?: number;
  end: number;
}

/** A number, possibly a range `10—15`, `1-2`, `10至15`, `1万—2万`. */
function readNumberOrRange(text: string, pos: number): RawNumber | undefined {
  const chinese = digitValue(text[pos]) < 0;
  const first = chinese ? readChinese(text, pos) : readArabic(text, pos);
  if (!first) return undefined;
  let at = first.end;
  // 1万—2万人: the multiplier printed after the lower bound is the one the unit carries
  if (!chinese && (text[at] === '万' || text[at] === '亿') && text[at + 1] !== undefined &&
    RANGE_SEPARATORS.has(text[at + 1]!) && digitValue(text[at + 2]) >= 0) {
    at += 1;
  }
  const sep = text[at];
  if (sep !== undefined && RANGE_SEPARATORS.has(sep)) {
    const second = chinese
      ? readChinese(text, at + 1)
      : digitValue(text[at + 1]) >= 0 ? readArabic(text, at + 1) : undefined;
    if (second && second.end > second.start && second.value > first.value) {
      return { token: first, max: second.value, end: second.end };
    }
  }
  return { token: first, end: first.end };
}

export interface ScanOptions {
  chineseNumerals: boolean;
  /** Years that tell background sentences (截至2022年底…) from goals. */
  years: YearContext;
}

/**
 * Every quantity in `folded` that is a target or a qualifier, in text order. Numbers that are names,
 * ordinals, years, dates, codes or unit-less are skipped. Runs in time linear in the text length (each
 * number looks at a bounded window around itself).
 */
export function scanQuantities(index: TextIndex, options: ScanOptions): Quantity[] {
  const { folded } = index;
  const found: Quantity[] = [];
  let i = 0;
  while (i < folded.length) {
    const arabicStart = digitValueAt(folded, i) >= 0 && digitValueAt(folded, i - 1) < 0 && folded.charCodeAt(i - 1) !== 0x2e;
    const chineseStart =
      options.chineseNumerals && !arabicStart && isChineseNumeralAt(folded, i) && !isChineseNumeralAt(folded, i - 1);
    if (!arabicStart && !chineseStart) {
      i++;
      continue;
    }
    const raw = readNumberOrRange(folded, i);
    if (!raw || raw.end === i || !Number.isFinite(raw.token.value) || raw.end - i > 24) {
      i++;
      continue;
    }
    const quantity = classify(index, i, raw, options.years);
    if (quantity) found.push(quantity);
    i = Math.max(raw.end, quantity?.end ?? raw.end);
  }
  demoteThresholdLists(folded, found);
  return found;
}

/** Decide what the number at `start` is; undefined when it is not a quantity at all. */
function classify(index: TextIndex, start: number, raw: RawNumber, years: YearContext): Quantity | undefined {
  const { folded: text, mask } = index;
  const { token } = raw;
  if (mask[start]) return undefined; // inside quotes or name brackets
  const prev = text[start - 1];
  if (prev === '第') return undefined; // ordinal
  if (isAsciiLetter(prev) || (prev !== undefined && SPEC_MARKS.has(prev))) return undefined; // 5G is fine below; G309, 2×66
  let at = raw.end;
  let approximate = false;
  if (APPROX_MARKS.has(text[at]!)) {
    approximate = true;
    at++;
  }
  const unit = matchUnitAt(text, at, { allowMultiplier: !token.chinese }) ?? (token.chinese ? undefined : impliedPersons(text, at, start));
  if (!unit) return undefined;
  // 12部门, 一部分: 部 starts another word
  if (unit.info.unit === '部' && NOT_AFTER_BU.has(text[unit.end] ?? '')) return undefined;
  // 13亿人口: the size of a population, background
  if (unit.info.unit === '人' && text[unit.end] === '口') return undefined;
  if (SPEC_MARKS.has(text[raw.end]!)) return undefined;
  approximate ||= unit.approximate;
  at = unit.end;
  let rangeMax = raw.max;
  // 5%—8%, 3万—5万人: the unit printed after both bounds
  if (rangeMax === undefined && !token.chinese && RANGE_SEPARATORS.has(text[at]!) && digitValue(text[at + 1]) >= 0) {
    const second = readArabic(text, at + 1);
    const again = second ? matchUnitAt(text, second.end, { allowMultiplier: true }) : undefined;
    if (second && again && again.info.raw === unit.info.raw && second.value > token.value) {
      rangeMax = second.value;
      at = again.end;
    }
  }
  // 二级医院, 三星级: a grade, not a count (级 is not a unit, but 星 + 级 must not read as a count either)
  if (text[at] === '级') return undefined;
  const info = unit.info;
  if (token.chinese && !chineseCountAllowed(text, start, token.value, info)) return undefined;
  if ((info.unit === '条' || info.unit === '项') && endsWithAny(text, start, POLICY_NAME_ENDINGS)) return undefined;
  if (prev === '每') return undefined; // 每千人: a denominator
  // 等8个方面, 共106项: a count summarising a list or declaring a total, not a commitment
  if (SUMMARY_NOUNS.some((w) => text.startsWith(w, at)) || prev === '等') return undefined;
  if (DOCUMENT_COUNT_UNITS.has(info.unit) && info.factor === 1 && DOCUMENT_NOUNS.some((w) => text.startsWith(w, at))) return undefined;
  if (prev === '对' || (text[start - 3] === '对' && text[start - 2] === '全')) return undefined; // 对全市35条…: a scope
  if (endsWithAny(text, start, SCOPE_VERBS) !== undefined) return undefined; // 聚焦20条产业链: what the work covers
  // 贴息补助最高30万元: a cap on each award, a policy standard rather than a quantity to reach
  if (info.unit === '元' && endsWithAny(text, start, AWARD_CAPS) !== undefined) return undefined;
  if (text[start - 2] === '全' && isAdminLevelChar(prev)) return undefined; // 覆盖全县18个乡镇: all of them

  let suffix: string | undefined;
  for (const [word] of SUFFIX_COMPARATORS) {
    if (text.startsWith(word, at)) {
      suffix = word;
      at += word.length;
      break;
    }
  }
  if (!approximate && APPROX_MARKS.has(text[at]!) && !isNounStart(text, at + 1)) {
    approximate = true;
    at++;
  }
  const next = text[at];
  const endsPhrase =
    next === undefined ||
    PHRASE_ENDINGS.has(next) ||
    CLOSING_WORDS.some((w) => text.startsWith(w, at)) ||
    // 实现服务区充电设施100%覆盖: the share closes on the verb it measures
    (info.category === 'ratio' && RATIO_CLOSING_VERBS.some((w) => text.startsWith(w, at)));
  const clauseStart = index.clauseStart(start);
  if (describesStatus(text, mask, clauseStart, start)) return undefined; // 已建成5G基站1万个: an achievement
  if (inBackgroundSentence(text, mask, index.sentenceStart(start), start, years)) return undefined; // 截至2022年底…
  const prefixComparator = lastPrefixComparator(text, mask, Math.max(clauseStart, start - PREFIX_COMPARATOR_REACH), start);
  const value = scale(token.value, info.factor);
  const max = rangeMax === undefined ? undefined : scale(rangeMax, info.factor);
  const base = {
    start,
    end: at,
    value,
    ...(max !== undefined && max !== value ? { max } : {}),
    info,
    ...(suffix ? { suffix } : {}),
    approximate,
    chinese: token.chinese,
    ...(prefixComparator ? { prefixComparator } : {}),
  };
  const asQualifier = (): Quantity => {
    // 年营业收入超10亿元: the size noun and its comparator belong to the threshold
    const comparatorWord = endsWithAny(text, start, THRESHOLD_COMPARATORS);
    const before = comparatorWord ? start - comparatorWord.length : start;
    const noun = endsWithAny(text, before, THRESHOLD_NOUNS);
    return { ...base, role: 'qualifier', headsPhrase: false, qualifierStart: noun ? before - noun.length : before };
  };
  // 人均预期寿命达到79.5岁: a spec unit closing a committed phrase is the target itself (3岁以下婴幼儿 is not)
  if (info.category === 'spec' && !(endsPhrase && suffix === undefined && prefixComparator !== undefined)) return asQualifier();
  if (endsPhrase) return { ...base, role: 'target', headsPhrase: false, qualifierStart: start };
  // Not at the end of its phrase: something follows the quantity.
  if (suffix !== undefined && THRESHOLD_SUFFIXES.has(suffix)) {
    // 投资500万元以上技术改造项目 is a threshold; 承办2场以上省级活动 counts the activities it heads,
    // unless a size noun stands before the count (从业人员50人以上企业).
    // 80%以上的行政村: a share of what follows, a target
    const countHeads =
      (info.category === 'count' && endsWithAny(text, start, COUNT_THRESHOLD_NOUNS) === undefined) ||
      (info.category === 'ratio' && next === '的');
    if (!countHeads) return asQualifier();
    return { ...base, role: 'target', headsPhrase: true, qualifierStart: start };
  }
  // 1公里范围内高耗水企业, 200-3000平方公里范围内的河流: a scope, not a target (but 106项内容 is not 项内)
  if (text.startsWith('范围', at) || text.startsWith('内的', at) || (next === '内' && PHRASE_ENDINGS.has(text[at + 1] ?? '，'))) {
    return asQualifier();
  }
  if (info.category === 'count') return { ...base, role: 'target', headsPhrase: true, qualifierStart: start };
  // 投资150亿元实施…工程: a verb follows, so the amount closes its own phrase
  const verbAfter = VERBS_AFTER_AMOUNT.find((w) => text.startsWith(w, at));
  if (verbAfter !== undefined) {
    // 赤字率拟按3%安排: the verb completes the commitment and belongs to its phrase
    const end = PLAN_CLOSING_VERBS.has(verbAfter) ? at + verbAfter.length : at;
    return { ...base, end, role: 'target', headsPhrase: false, qualifierStart: start };
  }
  // 提出7%左右的全县生产总值增长目标: a figure of the goal the clause names
  if (next === '的' && text.slice(at + 1, index.clauseEnd(at, GOAL_NOUN_REACH)).endsWith('目标')) {
    return { ...base, role: 'target', headsPhrase: true, qualifierStart: start };
  }
  // A measure or ratio followed by a noun is a specification unless the clause commits to it.
  // 年营业收入超5亿元的企业: a size noun and its comparator right before the number make a threshold
  const thresholdWord = endsWithAny(text, start, THRESHOLD_COMPARATORS);
  const sizeThreshold = endsWithAny(text, thresholdWord ? start - thresholdWord.length : start, THRESHOLD_NOUNS) !== undefined;
  const committed =
    (prefixComparator !== undefined && !sizeThreshold) || endsWithAny(text, start, MEASURE_COMMIT_VERBS) !== undefined;
  if (committed) return { ...base, role: 'target', headsPhrase: true, qualifierStart: start };
  return asQualifier();
}

/** Words before a number that report an achieved state rather than commit to one (已建成, 现有, 共有). */
const STATUS_MARKERS = ['已', '现有', '共有'];

function describesStatus(text: string, mask: Uint8Array, from: number, to: number): boolean {
  const window = text.slice(from, to); // bounded: indexOf on the whole text would be quadratic
  for (const marker of STATUS_MARKERS) {
    const offset = window.indexOf(marker);
    if (offset >= 0 && !mask[from + offset]) return true;
  }
  return false;
}

/** A character that can start a noun after 多 (多家 vs 100多): ideographs other than punctuation. */
function isNounStart(text: string, pos: number): boolean {
  const ch = text[pos];
  return ch !== undefined && /\p{Script=Han}/u.test(ch) && !PHRASE_ENDINGS.has(ch);
}

/**
 * Chinese numerals are counted only after a verb of commitment (建成一所, 组织三个非遗项目); elsewhere
 * they summarise a list (四个机遇), name something or belong to an idiom. 一批/一支 are never counts.
 */
function chineseCountAllowed(text: string, start: number, value: number, info: UnitInfo): boolean {
  if (info.category !== 'count' && info.category !== 'measure') return false;
  if (value === 1 && (info.unit === '批' || info.unit === '支' || info.unit === '类')) return false;
  // 新建一条高速公路 is a count; 打造一条产业链, 一条主线 are not
  if (value === 1 && info.unit === '条') return endsWithAny(text, start, BUILD_VERBS) !== undefined;
  return endsWithAny(text, start, CHINESE_NUMERAL_VERBS) !== undefined;
}

/** Verbs of physical construction: after them 一条 counts a road, line or channel. */
const BUILD_VERBS = ['新建', '建成', '修建', '改建', '扩建', '新开通', '开通', '建设'];

/** Characters after 部 that make it part of another word (部门, 部委, 部分, 部署). */
const NOT_AFTER_BU = new Set([...'门委分署位级长']);

/** Verbs that may follow an amount directly and close it (投资150亿元实施…, 筹措资金2亿元用于…, 赤字率拟按3%安排). */
const VERBS_AFTER_AMOUNT = ['实施', '用于', '建设', '推进', '打造', '改造', '新建', '安排', '执行'];
/** Of those, the verbs of `按X安排` that end the committed phrase. */
const PLAN_CLOSING_VERBS = new Set(['安排', '执行']);

/** Nouns that count people, so `900万以上农村贫困人口` reads as 9,000,000 人. */
const PERSON_NOUN_END = '人口';
const PERSON_NOUN_REACH = 12;
/** A subject counting people right before the number: 贫困人口减少800万以上, 城镇新增就业900万. */
const PERSON_SUBJECT_BEFORE = /(?:人口|人数|就业|劳动力)(?:减少|增加|增长|下降|新增|转移)?(?:到|至|达到)?$/;

/**
 * A multiplier without a unit counts people when the noun it leaves the unit to counts people:
 * `900万以上农村贫困人口` (the noun follows, after an optional comparator) or `贫困人口减少800万以上`
 * (it stands before). `13亿人口` (人口 right after the number) is the size of a population: background.
 */
function impliedPersons(text: string, pos: number, start: number): { info: UnitInfo; end: number; approximate: boolean } | undefined {
  const multiplier = text[pos] === '万' ? 1e4 : text[pos] === '亿' ? 1e8 : undefined;
  if (multiplier === undefined) return undefined;
  const info: UnitInfo = { raw: text[pos]!, unit: '人', factor: multiplier, kind: 'extensive', category: 'count' };
  if (PERSON_SUBJECT_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return { info, end: pos + 1, approximate: false };
  let at = pos + 1;
  for (const [word] of SUFFIX_COMPARATORS) {
    if (text.startsWith(word, at)) {
      at += word.length;
      break;
    }
  }
  const limit = Math.min(text.length, at + PERSON_NOUN_REACH);
  for (let i = at; i < limit; i++) {
    if (PHRASE_ENDINGS.has(text[i]!)) return undefined;
    if (text.startsWith(PERSON_NOUN_END, i)) return { info, end: pos + 1, approximate: false };
  }
  return undefined;
}

/**
 * `总投资10亿元、20亿元、50亿元、100亿元以上的大项目`: when the last item of a `、` list is a threshold, the
 * earlier items of the same unit are thresholds too.
 */
function demoteThresholdLists(text: string, quantities: Quantity[]): void {
  for (let k = quantities.length - 1; k > 0; k--) {
    const current = quantities[k]!;
    if (current.role !== 'qualifier') continue;
    let j = k - 1;
    let next = current;
    while (j >= 0) {
      const candidate = quantities[j]!;
      if (candidate.role !== 'target' || candidate.info.unit !== current.info.unit) break;
      if (text.slice(candidate.end, next.start) !== '、') break;
      quantities[j] = { ...candidate, role: 'qualifier', qualifierStart: candidate.start, headsPhrase: false };
      next = candidate;
      j--;
    }
  }
}
