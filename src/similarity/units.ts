import { diceSimilarity } from './text.js';

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
