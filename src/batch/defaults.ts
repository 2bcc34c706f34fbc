import { availableParallelism } from 'node:os';

/**
 * V8 flags for a batch that keeps every core analysing: V8's parallel and concurrent GC helper threads
 * then only compete with the analysing threads (measured on 200 generated lists on 2 cores: 12-20% less
 * wall time and CPU), and the main thread, which analyses too, keeps a young generation as small as the
 * workers' (≈40 MB less peak memory; see README "Speed and scale"). V8 reads GC flags once, at process start,
 * so they cannot be switched on from inside a running process: start node with them
 * (`node --single-threaded-gc app.js`) when calling runBatch from a library; the CLI relaunches itself.
 */
export const BATCH_NODE_FLAGS = ['--single-threaded-gc', '--max-semi-space-size=8'] as const;

/** Worker threads by default: one per core but one, since the calling thread analyses documents too. */
export function defaultBatchWorkers(): number {
  return Math.max(0, availableParallelism() - 1);
}
