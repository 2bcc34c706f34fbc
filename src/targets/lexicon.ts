import type { Comparator } from '../model/index.js';
import { METRIC_INTENT_WORDS, scopeWords } from '../vocabulary/index.js';

/**
 * Word lists used by target extraction. Kept apart from the scanning logic so they can be read and
 * extended without touching it.
 */

/** Words after a quantity that set its comparator (100家以上, 20.1亿立方米以内, 100个左右). */
export const SUFFIX_COMPARATORS: ReadonlyArray<readonly [string, Comparator]> = [
  ['及以上', '>='],
  ['以上', '>='],
  ['及以下', '<='],
  ['以下', '<='],
  ['以内', '<='],
  ['之内', '<='],
  ['左右', '~'],
  ['上下', '~'],
];

/** Suffixes that, followed by a noun, make the quantity a threshold inside a noun phrase. */
export const THRESHOLD_SUFFIXES: ReadonlySet<string> = new Set(['及以上', '以上', '及以下', '以下', '以内', '之内']);

/**
 * Words before a number (within its clause) that set its comparator. Order matters only for words that
 * contain one another; the matcher takes the occurrence ending last, longest first.
 */
export const PREFIX_COMPARATORS: ReadonlyArray<readonly [string, Comparator]> = [
  ['不少于', '>='],
  ['不低于', '>='],
  ['不小于', '>='],
  ['至少', '>='],
  ['最少', '>='],
  ['最低', '>='],
  ['不超过', '<='],
  ['不高于', '<='],
  ['不大于', '<='],
  ['最多', '<='],
  ['至多', '<='],
  ['控制在', '<='],
  ['控制到', '<='],
  ['压减到', '<='],
  ['压减至', '<='],
  ['下降到', '<='],
  ['下降至', '<='],
  ['降低到', '<='],
  ['降低至', '<='],
  ['降至', '<='],
  ['减少到', '<='],
  ['减少至', '<='],
  ['减至', '<='],
  ['超过', '>'],
  ['突破', '>'],
  ['多于', '>'],
  ['高于', '>'],
  ['大于', '>'],
  ['超出', '>'],
  ['低于', '<'],
  ['少于', '<'],
  ['小于', '<'],
  ['达到', '='],
  ['提高到', '='],
  ['提高至', '='],
  ['提升到', '='],
  ['提升至', '='],
  ['增加到', '='],
  ['增加至', '='],
  ['增长到', '='],
  ['增长至', '='],
  ['扩大到', '='],
  ['扩大至', '='],
  ['增至', '='],
  ['稳定在', '='],
  ['保持在', '='],
  ['保持', '='],
];

/** Comparator words valid only directly before the number (约 is also in 节约, 近 in 近年). */
export const ADJACENT_PREFIX_COMPARATORS: ReadonlyArray<readonly [string, Comparator, boolean]> = [
  ['≥', '>=', false],
  ['≤', '<=', false],
  ['>', '>', false],
  ['<', '<', false],
  ['大约', '~', false],
  ['接近', '~', true],
  ['约', '~', false],
  ['近', '~', true],
  ['超', '>', false],
  ['达', '=', false],
];

/**
 * Verbs that, directly before a Chinese numeral, mark a committed count (建成一所, 组织三个).
 * Chinese numerals elsewhere are names, summaries or idioms (四个机遇, 两个市场, 一体化).
 */
export const CHINESE_NUMERAL_VERBS: readonly string[] = [
  '建成', '建设', '新建', '改建', '扩建', '打造', '创建', '争创', '组织', '新增', '培育', '引进', '完成',
  '设立', '成立', '组建', '举办', '开展', '实施', '招引', '认定', '评选', '至少', '不少于', '达到', '超过',
  '突破', '新开工', '开工', '启动', '增加', '选派', '招聘', '配备', '布局',
];

/**
 * Verbs directly before a measure quantity that is followed by a noun and is still a commitment
 * (新增500万平方米绿色建筑), as against a specification (年产10万吨项目).
 */
export const MEASURE_COMMIT_VERBS: readonly string[] = [
  '新增', '完成', '新建', '建成', '累计', '投入', '争取', '筹集', '落实', '发放', '实现', '改造', '治理',
  // the amount before its noun: 发行2000亿元债券, 将1.5万亿元资金纳入直达机制, 安排1000亿元资金
  '发行', '将', '安排', '下达', '拨付', '共',
];

/** Nouns directly before a threshold that belong to it (投资500万元以上, 装机30万千瓦以下). */
export const THRESHOLD_NOUNS: readonly string[] = [
  '总投资', '投资', '年产', '产能', '装机容量', '装机', '规模', '流域面积', '面积', '容量', '功率', '营业收入',
  '主营业务收入', '年营业收入', '营收', '年销售收入', '销售收入', '单机',
];

/** Words stripped from the start of a metric: connectives, intent and achievement verbs, scope words. */
export const METRIC_LEADING_NOISE: readonly string[] = [
  '其中', '同时', '并且', '并', '且', '和', '及', '与', ...METRIC_INTENT_WORDS, ...scopeWords('全我'), '着力', '举办', '谋划',
  '支持', '鼓励', '引导', '指导', '成功', '基本', '初步', '逐步', '不断', '布局',
];

/** Words stripped from the end of a metric (besides comparator words). */
export const METRIC_TRAILING_NOISE: readonly string[] = ['的', '为', '在', '至', '到', '有', '等', '共', '总计', '合计'];

/** Policy-name words: `人才新政35条`, `十条措施` name a document, not a count to reach. */
export const POLICY_NAME_ENDINGS: readonly string[] = ['新政', '政策', '措施', '举措', '意见', '办法', '规定', '条例', '细则', '清单'];

/** Punctuation closing a clause (full- and half-width); `|` separates the cells of a flattened table. */
export const CLAUSE_BREAKS = new Set(['，', ',', '。', '；', ';', '：', ':', '！', '!', '？', '?', '\n', '\r', '|']);

/** Punctuation closing a sentence (horizons are searched within one). */
export const SENTENCE_BREAKS = new Set(['。', '；', ';', '！', '!', '？', '?', '\n', '\r']);

/**
 * What may follow a quantity for it to end its phrase: clause punctuation, list commas, brackets,
 * conjunctions.
 */
export const PHRASE_ENDINGS = new Set([
  ...CLAUSE_BREAKS, '、', '（', '(', '）', ')', '和', '及', '并', '或', '等', '”', '"', ' ', '\u3000', '\t', '】', '」',
]);

/** Opening → closing quote or bracket marks whose content is a name (“十四五”, 《…》, 〔2023〕). */
export const NAME_BRACKETS: ReadonlyMap<string, string> = new Map([
  ['“', '”'],
  ['‘', '’'],
  ['"', '"'],
  ['「', '」'],
  ['『', '』'],
  ['《', '》'],
  ['〈', '〉'],
  ['〔', '〕'],
  ['【', '】'],
  ['[', ']'],
]);

/** Qualitative commitments read as a share: 全覆盖 → 100%, 零填埋 → 0%. */
export const QUALITATIVE_PHRASES: ReadonlyArray<readonly [string, number]> = [
  ['全覆盖', 100],
  ['零填埋', 0],
  ['零排放', 0],
];
