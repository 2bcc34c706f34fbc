// Run one batch as its own process, for the benchmark: node batch-child.mjs <input> <out> <workers> [format]
// Prints one JSON line: wall time, documents per status, peak memory of the whole process (all threads).
const lib = (await import('./lib.mjs')).default;
const { runBatch } = lib;

const [input, out, workers = String(lib.defaultBatchWorkers()), format = 'json'] = process.argv.slice(2);
let peak = process.memoryUsage().rss;
const timer = setInterval(() => {
  const rss = process.memoryUsage().rss;
  if (rss > peak) peak = rss;
}, 25);
const counts = { ok: 0, failed: 0, skipped: 0 };
const errors = [];
const t0 = performance.now();
for await (const r of runBatch({ input, out, workers: Number(workers), format, force: true })) {
  counts[r.status]++;
  if (r.status === 'failed' && errors.length < 3) errors.push(r.error);
}
const wallMs = performance.now() - t0;
const cpu = process.cpuUsage(); // the whole process: main thread and every worker thread
clearInterval(timer);
process.stdout.write(
  JSON.stringify({ wallMs, cpuMs: (cpu.user + cpu.system) / 1000, ...counts, errors, peakRssMB: peak / 2 ** 20, maxRssMB: process.resourceUsage().maxRSS / 1024 }) + '\n',
);
