import { RANK_WORDS, scopeWords } from './levels.js';

/**
 * The verbs and modifiers nearly every task heading starts with (推进, 加强, 实施 …). They carry
 * almost no information about WHICH task it is, so similarity gives them a low weight.
 */
export const GENERIC_POLICY_WORDS: readonly string[] = [
  '推进', '加强', '实施', '提升', '加快', '深化', '强化', '完善', '推动', '持续', '全面', '深入', '积极',
  '大力', '着力', '扎实', '切实', '全力', '有序', '稳妥', '进一步', '不断', '开展', '做好', '抓好', '落实',
  '建设', '发展', '促进', '优化', '健全', '建立', '构建', '打造', '培育', '支持', '鼓励', '引导', '组织',
  '坚持', '围绕', '聚焦', '依托', '确保', '力争', '争创', '创建', '实现', '提高', '加大', '增强', '发挥',
  '工作', '水平', '能力', '体系', '机制', '行动', '工程', '重点', '一批', '各类', '相关', '有关',
  ...scopeWords('全我本各'), ...RANK_WORDS, '以上', '以下', '左右', '达到', '新增',
  '年度', '年底', '年内', '高质量', '高质量发展', '先行', '示范', '积极参与', '配合', '谋划', '加力', '聚力', '攻坚', '新', '高',
];

/** Function words and punctuation-like tokens that never count as terms. */
export const STOPWORDS: readonly string[] = [
  '的', '和', '与', '及', '等', '为', '在', '对', '向', '将', '以', '把', '由', '于', '从', '中', '上', '下',
  '各', '个', '了', '是', '有', '要', '到', '并', '或', '其', '之', '所', '被', '让', '使', '还', '也', '都',
  '更', '一', '二', '三', '多', '好', '做', '年', '项', '家', '个', '处', '条', '座', '亿', '万', '元', '人',
];

const GENERIC = new Set(GENERIC_POLICY_WORDS);
const STOP = new Set(STOPWORDS);
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True for tokens that should not count as terms at all (function words, punctuation, whitespace). */
export function isStopToken(token: string): boolean {
  // a listed function word, or punctuation / symbols / whitespace only (no letter or digit anywhere);
  // a token starting with a main-block ideograph (a letter) needs no regular expression
  const first = token.charCodeAt(0);
  if (first >= 0x4e00 && first <= 0x9fff) return STOP.has(token);
  return STOP.has(token) || !WORD_CHAR.test(token);
}

/** Multiplier applied to a term's weight: low for generic policy verbs, 1 otherwise. */
export function genericWeight(token: string, genericFactor = 0.15): number {
  return GENERIC.has(token) ? genericFactor : 1;
}
