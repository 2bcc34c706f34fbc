/**
 * Administrative levels as the documents name them: the characters of a level (省 province, 市 city,
 * 县/区/旗 county level, 州/盟 prefecture level in autonomous regions, 乡/镇 township), the scope words
 * built from them (全市, 我区, 全旗 …) and the level words of a metric (省级以上, 市级, 规模以上).
 */

/** Characters naming an administrative level; a lower level swaps them when restating a task. */
export const ADMIN_LEVEL_CHARS = '省市县区州旗盟乡镇';

const LEVEL_CHAR_SET = new Set(ADMIN_LEVEL_CHARS);

export function isAdminLevelChar(ch: string | undefined): boolean {
  return ch !== undefined && LEVEL_CHAR_SET.has(ch);
}

/** Scope words: a prefix (全 all of, 我 our …) before each level character: 全市, 全区, 全旗, 我区 … */
export function scopeWords(prefixes: string): string[] {
  return [...prefixes].flatMap((p) => [...ADMIN_LEVEL_CHARS].map((c) => p + c));
}

// a scope prefix (all of, this, our, each) before a level character: 全市, 本县, 我区, 各旗
const SCOPE_PREFIXED = `(?:全|本|我|各)[${ADMIN_LEVEL_CHARS}]`;

/** Scope words anywhere in a phrase (全市, 本县, 各区, 我旗, 市内, 县域), as a global regular expression. */
export const SCOPE_WORD_RE = new RegExp(`${SCOPE_PREFIXED}|(?:省|市|县|区)(?:内|域)`, 'g');

/** Level words of rank (省级, 区级, 旗级 …), one per level character. */
export const RANK_WORDS: readonly string[] = [...ADMIN_LEVEL_CHARS].map((c) => `${c}级`);

// scope words (全市, 我区, 本县, 各旗) and level words (省级, 市以下, 县域, 区内)
const SCOPE_RE = new RegExp(SCOPE_PREFIXED, 'g');
const RANK_RE = new RegExp(`[${ADMIN_LEVEL_CHARS}](?=级|以下|以上|域|内)`, 'g');

/**
 * The text with every scope word in one form (全市 / 我区 / 本县 / 全旗 → 全□) and the level character of
 * every level word replaced (省级 / 县级 → □级, 市以下 → □以下): a lower level restating a task for
 * itself reads the same. Other words keep their characters (城市, 社区).
 */
export function neutraliseLevelWords(text: string): string {
  return text.replace(SCOPE_RE, '全□').replace(RANK_RE, '□');
}

/**
 * The level words of a metric (省级以上, 市级, 二级以上, 规模以上, 省市县), as the source of a regular
 * expression: stages extend it with what they also count as a level (see targets/metric.ts, compare/metric.ts).
 */
export const LEVEL_WORD_SOURCE =
  '(?:国家|省|市|州|盟|县|区|旗|乡镇|乡|镇|村|[一二三四五六])级(?:及以上|以上|以下)?|规模以上|限额以上|规上|省市县';

/**
 * Verbs and time words of a metric that say how or when, not what (争创, 培育, 力争, 年内 …): stripped
 * from a metric's start when it is extracted, removed anywhere when metrics are compared.
 */
export const METRIC_INTENT_WORDS: readonly string[] = [
  '新创建', '创建', '争创', '培育', '建成', '建设', '实施', '完成', '力争', '争取', '确保', '推动', '推进', '加快',
  '开展', '组织', '打造', '实现', '累计', '引进', '突出抓好', '抓好', '全年', '年底前', '年内', '当年', '每年',
  '积极', '持续', '大力', '全力', '努力', '进一步',
];
