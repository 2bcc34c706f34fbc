import { ADMIN_LEVEL_CHARS } from './levels.js';

const LEVEL_PREFIX = new RegExp(`^(?:[${ADMIN_LEVEL_CHARS}]|街道)`);

/**
 * A department's name reduced to what identifies it across levels, so that 市科技局 / 县科技局,
 * 市人力资源社会保障局 / 县人力资源和社会保障局, 市发展改革委 / 县发展和改革局, 市市场监管局 /
 * 县市场监督管理局 and 市生态环境局 / 市生态环境局某县分局 all compare equal, while a change of department
 * (市科技局 → 县工业和信息化局) still shows:
 * - the level prefix (省/市/县/区/州/旗/盟/乡/镇, 街道) is dropped;
 * - a branch of the upper bureau (…局某某分局) counts as the bureau;
 * - 和 between two halves of a name, 监督管理 → 监管, and the final 委 / 局 / 厅 are folded.
 */
export function normalizeDepartment(unit: string): string {
  let s = unit.normalize('NFKC').replace(/[\s\u3000]/g, '');
  const branch = /^(.+?局).{1,12}分局$/.exec(s);
  if (branch) s = branch[1]!;
  const stripped = s.replace(LEVEL_PREFIX, '');
  if (stripped.length > 1) s = stripped;
  s = s.replace(/监督管理/g, '监管').replace(/(?<=[\u4e00-\u9fff]{2})和(?=[\u4e00-\u9fff]{2})/g, '');
  return s.replace(/(?:委员会|委|局|厅)$/, '局');
}
