/**
 * Documents given in the wrong order (county before city) would be compared upside down: the county's
 * own tasks read as dropped parent tasks, shares of 784%. The levels are inferred anyway, so the chain is
 * put in level order (highest first) and a warning says so; `keepOrder` keeps the given order.
 */
import type { PolicyDocument, Warning } from '../model/index.js';

/** Rank of each known level, highest first; county and district are the same tier. Unknown levels have none. */
const LEVEL_RANK: Readonly<Record<string, number>> = { national: 0, province: 1, city: 2, county: 3, district: 3 };

function levelRank(level: string): number | undefined {
  return LEVEL_RANK[level];
}

/**
 * Positions of the documents in analysis order: the documents of known level sorted highest first (stably)
 * within the positions they hold, documents of unknown level left where they are.
 */
export function levelOrder(levels: readonly string[]): number[] {
  const known = levels.map((l, i) => i).filter((i) => levelRank(levels[i]!) !== undefined);
  const sorted = [...known].sort((a, b) => levelRank(levels[a]!)! - levelRank(levels[b]!)! || a - b);
  const order = levels.map((_, i) => i);
  known.forEach((slot, k) => (order[slot] = sorted[k]!));
  return order;
}

const label = (doc: PolicyDocument, i: number): string => `${doc.name ?? (doc.title || `document ${i + 1}`)} (${doc.level})`;

/** The documents in level order, and the warning that says they were reordered (undefined when they were in order). */
export function inLevelOrder<D extends PolicyDocument>(docs: readonly D[]): { docs: D[]; warning?: Warning } {
  const order = levelOrder(docs.map((d) => d.level));
  if (order.every((k, i) => k === i)) return { docs: [...docs] };
  const given = docs.map(label).join(', ');
  const analysed = order.map((k) => label(docs[k]!, k)).join(' → ');
  return {
    docs: order.map((k) => docs[k]!),
    warning: {
      code: 'level-order',
      message: `documents given as ${given} contradict their levels: analysed from the highest level down, ${analysed} (keepOrder / --keep-order keeps the given order)`,
    },
  };
}
