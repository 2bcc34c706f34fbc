// Small timing helpers for the benchmark: repeated runs, quantiles, peak memory sampling.

export function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export function summarize(samples) {
  const s = samples.slice().sort((a, b) => a - b);
  return {
    n: s.length,
    median: quantile(s, 0.5),
    p10: quantile(s, 0.1),
    p90: quantile(s, 0.9),
    min: s[0],
    max: s[s.length - 1],
  };
}

/** Peak resident memory seen by explicit samples (call sample() between runs) and by the OS (maxRSS). */
export class MemoryPeak {
  constructor() {
    this.peak = process.memoryUsage().rss;
  }
  sample() {
    const rss = process.memoryUsage().rss;
    if (rss > this.peak) this.peak = rss;
  }
  get sampledMB() {
    return this.peak / 2 ** 20;
  }
  static get maxRssMB() {
    return process.resourceUsage().maxRSS / 1024;
  }
}

/**
 * Time fn() repeatedly (wall clock, and CPU time of this process — which includes V8's helper threads, so it
 * can exceed wall time): warm-up runs first, then at least minRuns runs and until minMs has passed (capped
 * at maxRuns). Returns the per-run milliseconds summary.
 */
/** Samples of wall and CPU time, taken until both minRuns and minMs are reached (or maxRuns). */
class Samples {
  constructor({ minRuns = 5, maxRuns = 200, minMs = 300, memory } = {}) {
    Object.assign(this, { minRuns, maxRuns, minMs, memory, wall: [], cpu: [], start: performance.now() });
  }
  more() {
    return this.wall.length < this.maxRuns && (this.wall.length < this.minRuns || performance.now() - this.start < this.minMs);
  }
  begin() {
    return { c0: process.cpuUsage(), t0: performance.now() };
  }
  end({ c0, t0 }) {
    this.wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    this.cpu.push((c.user + c.system) / 1000);
    this.memory?.sample();
  }
  result() {
    return { ...summarize(this.wall), cpuMs: summarize(this.cpu).median };
  }
}

export function bench(fn, { warmup = 2, ...options } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  const s = new Samples(options);
  while (s.more()) {
    const t = s.begin();
    fn();
    s.end(t);
  }
  return s.result();
}

/** bench() for a function returning a promise (the document readers). */
export async function benchAsync(fn, { warmup = 2, ...options } = {}) {
  for (let i = 0; i < warmup; i++) await fn();
  const s = new Samples(options);
  while (s.more()) {
    const t = s.begin();
    await fn();
    s.end(t);
  }
  return s.result();
}

export function fmtMs(x) {
  if (!Number.isFinite(x)) return '-';
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
}
