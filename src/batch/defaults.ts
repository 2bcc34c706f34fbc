import { availableParallelism } from 'node:os';

/**
 * V8 flags for a batch that runs a worker on every core: V8's parallel and concurrent GC helper threads
 * then only compete with the workers (measured on 200 generated lists with 2 workers on 2 cores: 12-20%
 * less wall time and CPU; see README "Speed and scale"). V8 reads GC flags once, at process start,
 * so they cannot be switched on from inside a running process: start node with them
 * (`node --single-threaded-gc app.js`) when calling runBatch from a library; the CLI relaunches itself.
 */
export const BATCH_NODE_FLAGS = ['--single-threaded-gc'] as const;

/** Worker threads by default: one per core. */
export function defaultBatchWorkers(): number {
  return availableParallelism();
}
