import { diceSimilarity } from './text.js';

const LEVEL_PREFIX = new Set(['省', '市', '县', '区', '州', '旗', '盟']);

/**
 * Normalise a unit name so that a city's 市工业和信息化局 and a county's 县工业和信息化局 compare equal:
 * drops the level prefix, a trailing "…分局" (市生态环境局某县分局 → 生态环境局), 和/与, and folds
 * 监督管理 → 监管.
 */
export function normalizeUnitName(unit: string): string {
  let s = unit.replace(/[\s（）()]/g, '');
  const bureau = s.indexOf('局');
  if (bureau > 0 && s.endsWith('分局') && bureau < s.length - 2) s = s.slice(0, bureau + 1);
  if (s.length > 2 && LEVEL_PREFIX.has(s[0] ?? '')) s = s.slice(1);
  return s.replace(/[和与]/g, '').replace('监督管理', '监管');
}

/** Mean over the child's units of the best Dice match among the parent's units, in [0, 1]. */
export function unitOverlap(
  childUnits: readonly string[],
  parentUnits: readonly string[],
  dice: (a: string, b: string) => number = diceSimilarity,
): number {
  if (childUnits.length === 0 || parentUnits.length === 0) return 0;
  let total = 0;
  for (const c of childUnits) {
    let best = 0;
    for (const p of parentUnits) best = Math.max(best, c === p ? 1 : dice(c, p));
    total += best;
  }
  return total / childUnits.length;
}
