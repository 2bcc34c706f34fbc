import type { Target } from '../model/index.js';
import { compatibleUnits, unitFactor } from '../targets/index.js';

/**
 * Unit compatibility for pairing targets across levels. Same base unit, or two units of one dimension
 * (兆瓦 / 千瓦, 公顷 / 亩); ratios only with the same ratio (% with %, 个百分点 with 个百分点) — a growth
 * rate in % and a change in 个百分点 measure different things.
 */
export function targetUnitsCompatible(a: Target, b: Target): boolean {
  if (a.unit === b.unit) return true;
  if (isRatio(a.unit) || isRatio(b.unit)) return ratioKey(a.unit) === ratioKey(b.unit);
  return compatibleUnits(a.unit, b.unit);
}

/** Factor that converts a value in `from` units into `to` units (1 when equal or unknown). */
export function conversionFactor(from: string, to: string): number {
  if (from === to) return 1;
  return unitFactor(from, to) ?? 1;
}

const RATIO_KEYS: ReadonlyMap<string, string> = new Map([
  ['%', '%'],
  ['％', '%'],
  ['‰', '‰'],
  ['个百分点', '个百分点'],
  ['百分点', '个百分点'],
  ['倍', '倍'],
]);

function isRatio(unit: string): boolean {
  return RATIO_KEYS.has(unit);
}

function ratioKey(unit: string): string {
  return RATIO_KEYS.get(unit) ?? unit;
}
