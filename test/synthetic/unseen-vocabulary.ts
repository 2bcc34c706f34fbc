// A rewording vocabulary the aligner holds in none of its tables (test/synthetic-unseen.test.ts checks
// that): heading verbs and nouns of the kind other regions use, written by the team for this test.
import type { Rng } from '../../src/synthetic/index.js';

/** Leading verb phrases of task headings, longest first, as the aligner's inputs use them. */
export const LEADING_PHRASES: readonly string[] = [
  '全力推进', '加快推进', '大力推进', '扎实推进', '持续推进', '深入推进', '有序推进', '稳步推进', '深入实施',
  '全面实施', '加快建设', '着力提升', '大力发展', '加快发展', '持续优化', '全面提升', '持续深化',
  '加强', '强化', '提升', '推进', '推动', '促进', '完善', '健全', '培育', '打造', '实施', '开展', '优化',
  '做好', '深化', '建设', '构建', '发展', '激发', '扩大', '提高', '开展',
];

/** Their unseen replacements: idioms and verbs of other regions' lists. */
export const UNSEEN_LEADS: readonly string[] = [
  '蹄疾步稳抓', '靶向发力抓', '攥指成拳抓', '揭榜挂帅抓', '久久为功抓', '跑出加速度抓', '挂图作战抓', '迭代升级抓',
];

/** Nouns common in headings, with unseen near-synonyms. */
export const UNSEEN_NOUNS: ReadonlyArray<readonly [string, string]> = [
  ['体系', '架构'],
  ['能力', '效能'],
  ['水平', '成色'],
  ['活力', '动能'],
  ['质效', '成效'],
  ['环境', '生态圈'],
];

/**
 * Rewords a heading: the leading verb phrase goes (an unseen one takes its place, in front or, half of
 * the time, behind the object: 铁路建设·挂图作战抓), and common nouns take unseen near-synonyms.
 */
export function rewordUnseen(heading: string, rng: Rng): string {
  let rest = heading;
  const lead = LEADING_PHRASES.find((p) => rest.startsWith(p));
  if (lead) rest = rest.slice(lead.length);
  for (const [from, to] of UNSEEN_NOUNS) rest = rest.replace(from, to);
  const verb = rng.pick(UNSEEN_LEADS);
  return rng.chance(0.5) ? `${verb}${rest}` : `${rest}${verb}`;
}
