import type { Alignment, LeadUnitChange, PolicyDocument, Task } from '../model/index.js';

/**
 * A department's name reduced to what identifies it across levels, so that 市科技局 / 县科技局,
 * 市人力资源社会保障局 / 县人力资源和社会保障局, 市发展改革委 / 县发展和改革局, 市市场监管局 /
 * 县市场监督管理局 and 市生态环境局 / 市生态环境局某县分局 all compare equal, while a change of department
 * (市科技局 → 县工业和信息化局) still shows:
 * - the level prefix (省/市/县/区/州/旗/镇/乡) is dropped;
 * - a branch of the upper bureau (…局某某分局) counts as the bureau;
 * - 和 between two halves of a name, 监督管理 → 监管, and the final 委 / 局 / 厅 are folded.
 */
export function normalizeLeadUnit(unit: string): string {
  let s = unit.normalize('NFKC').replace(/[\s\u3000]/g, '');
  const branch = /^(.+?局).{1,12}分局$/.exec(s);
  if (branch) s = branch[1]!;
  const stripped = s.replace(/^(?:省|市|县|区|州|旗|盟|镇|乡|街道)/, '');
  if (stripped.length > 1) s = stripped;
  s = s.replace(/监督管理/g, '监管').replace(/(?<=[\u4e00-\u9fff]{2})和(?=[\u4e00-\u9fff]{2})/g, '');
  return s.replace(/(?:委员会|委|局|厅)$/, '局');
}

/**
 * A parser can leave the start of the next list in the lead units (`参与单位：县发展和改革局`) when the
 * two lists are separated by a comma; such entries name supporting units and are not compared.
 */
function isLeadUnit(unit: string): boolean {
  return !/^(?:参与|配合|协办|责任|协同)单位/.test(unit.trim());
}

function unitSet(units: readonly string[]): string[] {
  return [...new Set(units.filter(isLeadUnit).map(normalizeLeadUnit).filter((u) => u.length > 0))].sort();
}

/**
 * Two normalised names denote one department when equal, or when the shorter is an abbreviation of the
 * longer: its characters appear in order, starting with the same character (医保局 / 医疗保障局,
 * 应急局 / 应急管理局).
 */
export function sameLeadUnit(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 3 || short[0] !== long[0]) return false;
  let j = 0;
  for (const ch of long) if (j < short.length && ch === short[j]) j++;
  return j === short.length;
}

function sameUnitSets(a: readonly string[], b: readonly string[]): boolean {
  return a.every((x) => b.some((y) => sameLeadUnit(x, y))) && b.every((y) => a.some((x) => sameLeadUnit(x, y)));
}

/**
 * Lead-unit changes over the links of an alignment: the child's 牵头单位 against those of its parent
 * task(s). Skipped when either side names no lead unit (an interpretation lists none).
 */
export function leadUnitChanges(parent: PolicyDocument, child: PolicyDocument, alignment: Pick<Alignment, 'links'>): LeadUnitChange[] {
  const parentTasks = new Map(parent.tasks.map((t) => [t.id, t]));
  const childTasks = new Map(child.tasks.map((t) => [t.id, t]));
  const out: LeadUnitChange[] = [];
  for (const link of alignment.links) {
    const c = childTasks.get(link.child);
    const ps = link.parents.map((id) => parentTasks.get(id)).filter((t): t is Task => t !== undefined);
    if (!c || ps.length === 0) continue;
    const from = [...new Set(ps.flatMap((p) => p.leadUnits))].filter(isLeadUnit);
    const to = c.leadUnits.filter(isLeadUnit);
    if (from.length === 0 || to.length === 0) continue;
    if (sameUnitSets(unitSet(from), unitSet(to))) continue;
    out.push({ child: c.id, parent: ps[0]!.id, from, to });
  }
  return out;
}
