// The monotone programme as first written, with a cell() helper per neighbour: the reference the
// written-out loop in src/align/dp.ts must match (test/align-synthetic.test.ts).
import type { MonotoneMatch, MonotoneOptions } from '../../src/align/dp.js';

const SKIP_CHILD = 1;
const SKIP_PARENT = 2;
const ONE_ONE = 3;
const ONE_TWO = 4;
const TWO_ONE = 5;

export function referenceAlignMonotone(
  n: number,
  m: number,
  score: (child: number, parent: number) => number,
  options: MonotoneOptions,
): MonotoneMatch[] {
  const { threshold: t, secondaryThreshold: t2, gapPenalty: gap } = options;
  const full = (n + 1) * (m + 1) <= (options.maxFullCells ?? 4_000_000);
  // the band must be wider than one row's step so that consecutive rows connect
  const minHalf = Math.ceil(m / Math.max(1, n)) + 2;
  const half = full ? m : Math.max(minHalf, options.bandHalfWidth ?? Math.max(100, Math.ceil(0.1 * Math.max(n, m))));
  const width = full ? m + 1 : 2 * half + 1;
  // the band of each row, computed once (every cell reads its neighbours' rows several times)
  const loRow = new Int32Array(n + 1);
  const hiRow = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    loRow[i] = full ? 0 : Math.max(0, Math.round((i * m) / Math.max(1, n)) - half);
    hiRow[i] = full ? m : Math.min(m, Math.round((i * m) / Math.max(1, n)) + half);
  }
  // cell index of (i, j), or -1 outside the band
  const cell = (i: number, j: number): number => {
    if (i < 0 || j < 0) return -1;
    const l = loRow[i]!;
    return j < l || j > hiRow[i]! ? -1 : i * width + (j - l);
  };
  const best = new Float64Array((n + 1) * width).fill(-Infinity);
  const move = new Uint8Array((n + 1) * width);
  const at = (i: number, j: number): number => {
    const c = cell(i, j);
    return c < 0 ? -Infinity : best[c]!;
  };
  // value of a 1:2 or 2:1 move: the better of the two scores clears the link threshold (s already does),
  // the weaker one the secondary threshold
  const doubled = (before: number, s: number, s0: number): number => {
    const low = Math.min(s, s0);
    return low >= t2 ? before + Math.max(s, s0) - t + low - t2 : -Infinity;
  };
  best[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = loRow[i]!, end = hiRow[i]!; j <= end; j++) {
      if (i === 0 && j === 0) continue;
      let value = -Infinity;
      let how = 0;
      if (i > 0) {
        value = at(i - 1, j) - gap;
        how = SKIP_CHILD;
      }
      if (j > 0) {
        const v = at(i, j - 1) - gap;
        if (v > value) {
          value = v;
          how = SKIP_PARENT;
        }
      }
      if (i > 0 && j > 0) {
        const s = score(i - 1, j - 1);
        if (s >= t) {
          const v = at(i - 1, j - 1) + s - t;
          if (v > value) {
            value = v;
            how = ONE_ONE;
          }
          // 1:2 — child i-1 takes parents j-2 and j-1; either may be the primary
          if (j > 1) {
            const v2 = doubled(at(i - 1, j - 2), s, score(i - 1, j - 2));
            if (v2 > value) {
              value = v2;
              how = ONE_TWO;
            }
          }
          // 2:1 — children i-2 and i-1 share parent j-1
          if (i > 1) {
            const v2 = doubled(at(i - 2, j - 1), s, score(i - 2, j - 1));
            if (v2 > value) {
              value = v2;
              how = TWO_ONE;
            }
          }
        }
      }
      const c = cell(i, j);
      best[c] = value;
      move[c] = how;
    }
  }
  const out: MonotoneMatch[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const c = cell(i, j);
    const how = c < 0 ? 0 : move[c];
    if (how === SKIP_CHILD) i--;
    else if (how === SKIP_PARENT) j--;
    else if (how === ONE_ONE) {
      out.push({ children: [i - 1], parents: [j - 1] });
      i--;
      j--;
    } else if (how === ONE_TWO) {
      out.push({ children: [i - 1], parents: [j - 2, j - 1] });
      i--;
      j -= 2;
    } else if (how === TWO_ONE) {
      out.push({ children: [i - 2, i - 1], parents: [j - 1] });
      i -= 2;
      j--;
    } else break;
  }
  return out.reverse();
}
