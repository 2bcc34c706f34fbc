import type { Alignment, LeadUnitChange, PolicyDocument, Task } from '../model/index.js';
import { normalizeDepartment } from '../vocabulary/index.js';

/**
 * A parser can leave the start of the next list in the lead units (`参与单位：县发展和改革局`) when the
 * two lists are separated by a comma; such entries name supporting units and are not compared.
 */
function isLeadUnit(unit: string): boolean {
  return !/^(?:参与|配合|协办|责任|协同)单位/.test(unit.trim());
}

function unitSet(units: readonly string[]): string[] {
  return [...new Set(units.filter(isLeadUnit).map(normalizeDepartment).filter((u) => u.length > 0))].sort();
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
