// The monotone programme of src/align/dp.ts written as a memoised recursion over (children used, parents
// used): the reference its table-filling loop must match (test/align-synthetic.test.ts). Same recurrence,
// same order of preference between equal values, same band.
import type { MonotoneMatch, alignMonotone } from '../../src/align/dp.js';

type Move = 'skipChild' | 'skipParent' | '1:1' | '1:2' | '2:1' | undefined;

export const referenceAlignMonotone: typeof alignMonotone = (n, m, score, options) => {
  const { threshold: t, secondaryThreshold: t2, gapPenalty: gap } = options;
  const full = (n + 1) * (m + 1) <= (options.maxFullCells ?? 4_000_000);
  const defaultHalf = Math.max(100, Math.ceil(0.1 * Math.max(n, m)));
  const half = Math.max(Math.ceil(m / Math.max(1, n)) + 2, options.bandHalfWidth ?? defaultHalf);
  const inBand = (i: number, j: number): boolean =>
    i >= 0 && j >= 0 && j <= m && (full || Math.abs(j - Math.round((i * m) / Math.max(1, n))) <= half);
  const memo = new Map<number, { value: number; move: Move }>();

  const solve = (i: number, j: number): { value: number; move: Move } => {
    if (!inBand(i, j)) return { value: -Infinity, move: undefined };
    if (i === 0 && j === 0) return { value: 0, move: undefined };
    const key = i * (m + 1) + j;
    const known = memo.get(key);
    if (known) return known;
    // skipping a child is the default move (even at −∞); any other move must be strictly better
    let best: { value: number; move: Move } =
      i > 0 ? { value: solve(i - 1, j).value - gap, move: 'skipChild' } : { value: -Infinity, move: undefined };
    const consider = (value: number, move: Move): void => {
      if (value > best.value) best = { value, move };
    };
    if (j > 0) consider(solve(i, j - 1).value - gap, 'skipParent');
    if (i > 0 && j > 0) {
      const s = score(i - 1, j - 1);
      if (s >= t) {
        consider(solve(i - 1, j - 1).value + s - t, '1:1');
        const pair = (before: number, s0: number): number =>
          Math.min(s, s0) >= t2 ? before + Math.max(s, s0) - t + Math.min(s, s0) - t2 : -Infinity;
        if (j > 1) consider(pair(solve(i - 1, j - 2).value, score(i - 1, j - 2)), '1:2');
        if (i > 1) consider(pair(solve(i - 2, j - 1).value, score(i - 2, j - 1)), '2:1');
      }
    }
    memo.set(key, best);
    return best;
  };

  const out: MonotoneMatch[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const move = inBand(i, j) ? solve(i, j).move : undefined;
    if (move === 'skipChild') i--;
    else if (move === 'skipParent') j--;
    else if (move === '1:1') out.push({ children: [--i], parents: [--j] });
    else if (move === '1:2') {
      out.push({ children: [i - 1], parents: [j - 2, j - 1] });
      i -= 1;
      j -= 2;
    } else if (move === '2:1') {
      out.push({ children: [i - 2, i - 1], parents: [j - 1] });
      i -= 2;
      j -= 1;
    } else break;
  }
  return out.reverse();
};
