/**
 * Monotone alignment of two sequences by dynamic programming, as sentence aligners (hunalign,
 * Vecalign) do: moves are 1:1, 1:2 (one child merges two consecutive parents), 2:1 (one parent split
 * over two consecutive children) and skips. A match earns (score − threshold); a skip costs gapPenalty.
 */
export interface MonotoneMatch {
  /** Child positions (1 or 2). */
  children: number[];
  /** Parent positions (1 or 2). */
  parents: number[];
}

export interface MonotoneOptions {
  threshold: number;
  /** Threshold for the second member of a 1:2 / 2:1 move (stricter). */
  secondaryThreshold: number;
  gapPenalty: number;
  /**
   * Above this many cells ((n+1)×(m+1)) the programme runs in a band around the diagonal, so memory
   * and time stay linear in the number of tasks for very large inputs. Default 4,000,000.
   */
  maxFullCells?: number;
  /** Half-width of that band in parent positions (default max(100, 10% of the longer side)). */
  bandHalfWidth?: number;
}

const SKIP_CHILD = 1;
const SKIP_PARENT = 2;
const ONE_ONE = 3;
const ONE_TWO = 4;
const TWO_ONE = 5;

export function alignMonotone(
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
  // value of a 1:2 or 2:1 move: the better of the two scores clears the link threshold (s already does),
  // the weaker one the secondary threshold
  const doubled = (before: number, s: number, s0: number): number => {
    const low = Math.min(s, s0);
    return low >= t2 ? before + Math.max(s, s0) - t + low - t2 : -Infinity;
  };
  best[0] = 0;
  // Cells are addressed as base + j per row (base = row × width − the row's first column); a neighbour
  // outside its row's band is −∞. Written out rather than through a cell() helper: this loop visits every
  // cell of the table, mostly before V8 has optimised it, and a call per neighbour cost more than the rest.
  for (let i = 0; i <= n; i++) {
    const lo = loRow[i]!;
    const hi = hiRow[i]!;
    const base = i * width - lo;
    // rows i − 1 and i − 2 (empty bands when they do not exist)
    const pLo = i > 0 ? loRow[i - 1]! : 1;
    const pHi = i > 0 ? hiRow[i - 1]! : 0;
    const pBase = (i - 1) * width - pLo;
    const qLo = i > 1 ? loRow[i - 2]! : 1;
    const qHi = i > 1 ? hiRow[i - 2]! : 0;
    const qBase = (i - 2) * width - qLo;
    for (let j = lo; j <= hi; j++) {
      if (i === 0 && j === 0) continue;
      let value = -Infinity;
      let how = 0;
      if (i > 0) {
        value = (j >= pLo && j <= pHi ? best[pBase + j]! : -Infinity) - gap;
        how = SKIP_CHILD;
      }
      if (j > 0) {
        const v = (j - 1 >= lo ? best[base + j - 1]! : -Infinity) - gap;
        if (v > value) {
          value = v;
          how = SKIP_PARENT;
        }
      }
      if (i > 0 && j > 0) {
        const s = score(i - 1, j - 1);
        if (s >= t) {
          const v = (j - 1 >= pLo && j - 1 <= pHi ? best[pBase + j - 1]! : -Infinity) + s - t;
          if (v > value) {
            value = v;
            how = ONE_ONE;
          }
          // 1:2 — child i-1 takes parents j-2 and j-1; either may be the primary
          if (j > 1) {
            const v2 = doubled(j - 2 >= pLo && j - 2 <= pHi ? best[pBase + j - 2]! : -Infinity, s, score(i - 1, j - 2));
            if (v2 > value) {
              value = v2;
              how = ONE_TWO;
            }
          }
          // 2:1 — children i-2 and i-1 share parent j-1
          if (i > 1) {
            const v2 = doubled(j - 1 >= qLo && j - 1 <= qHi ? best[qBase + j - 1]! : -Infinity, s, score(i - 2, j - 1));
            if (v2 > value) {
              value = v2;
              how = TWO_ONE;
            }
          }
        }
      }
      best[base + j] = value;
      move[base + j] = how;
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
