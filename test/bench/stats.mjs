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
export function bench(fn, { warmup = 2, minRuns = 5, maxRuns = 200, minMs = 300, memory } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  const samples = [];
  const cpu = [];
  const start = performance.now();
  while (samples.length < maxRuns && (samples.length < minRuns || performance.now() - start < minMs)) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    memory?.sample();
  }
  return { ...summarize(samples), cpuMs: summarize(cpu).median };
}

/** bench() for a function returning a promise (document readers). */
export async function benchAsync(fn, { warmup = 2, minRuns = 5, maxRuns = 200, minMs = 300, memory } = {}) {
  for (let i = 0; i < warmup; i++) await fn();
  const samples = [];
  const cpu = [];
  const start = performance.now();
  while (samples.length < maxRuns && (samples.length < minRuns || performance.now() - start < minMs)) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    memory?.sample();
  }
  return { ...summarize(samples), cpuMs: summarize(cpu).median };
}

export function fmtMs(x) {
  if (!Number.isFinite(x)) return '-';
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
}
