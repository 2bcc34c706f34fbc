import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ERROR_CODES, PolicyCascadeError } from '../errors.js';
import { makeFolder } from '../io/index.js';
import { nodeRequire } from '../node-require.js';
import { defaultBatchWorkers } from './defaults.js';
import { ParsedDocumentCache, runBatchTask, type BatchResult, type BatchTask } from './job.js';
import { outputPath, planBatch, type BatchPlan, type PlanOptions } from './plan.js';

export interface RunBatchOptions extends PlanOptions {
  /** A manifest file or a directory (ignored when `plan` is given). */
  input?: string;
  /** A plan made earlier with planBatch (lets the caller know the total before running). */
  plan?: BatchPlan;
  /** Directory the reports are written to. */
  out: string;
  /** Report format: json | md | csv | html | xlsx (default json). */
  format?: string;
  lang?: 'zh' | 'en';
  /** Worker threads (default: one per core). 0 runs every job in the calling thread. */
  workers?: number;
  /** Re-run jobs whose report already exists (default false: they are skipped, which makes a run resumable). */
  force?: boolean;
  /** The worker module (default: batch-worker.js beside the running bundle). */
  workerFile?: string;
  /**
   * Heap limit of each worker thread in MB (default 160). A limit makes V8 collect early instead of growing
   * the heap, which keeps a long batch flat in memory; a document that needs more fails as `failed`.
   */
  workerHeapMb?: number;
}

/** Directory of the running module, in the ESM bundle (import.meta.url) and the CJS one (__dirname). */
function moduleDir(): string {
  const url = (import.meta as { url?: string } | undefined)?.url;
  if (url) return dirname(fileURLToPath(url));
  return typeof __dirname === 'string' ? __dirname : process.cwd();
}

/** dist/batch-worker.js: beside the bundle that runs (dist/cli.cjs, dist/index.js), or dist/ seen from src/batch. */
export function defaultWorkerFile(): string {
  const here = moduleDir();
  for (const candidate of [join(here, 'batch-worker.js'), resolve(here, '../../dist/batch-worker.js')]) {
    if (existsSync(candidate)) return candidate;
  }
  throw new PolicyCascadeError(ERROR_CODES.INTERNAL, `batch worker not found beside ${here} (build with tsup first)`);
}

type Runner = { run(task: BatchTask): Promise<BatchResult>; close(): Promise<void> };

async function makeRunner(workers: number, workerFile: string | undefined, heapMb: number): Promise<Runner> {
  if (workers <= 0) {
    const cache = new ParsedDocumentCache();
    return { run: (task) => runBatchTask(task, cache), close: async () => {} };
  }
  const { Piscina } = nodeRequire()('piscina') as typeof import('piscina');
  const pool = new Piscina<BatchTask, BatchResult>({
    filename: workerFile ?? defaultWorkerFile(),
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 1000,
    // The live data per document is small, so V8 can just collect earlier. Measured on 1,000 documents with
    // two workers (peak PSS of the process tree): old generation 160 MB rather than 192 MB, −20 MB; young
    // generation 24 MB rather than 32 MB, −40 to −70 MB; each for a few per cent more CPU, within the noise.
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 24 },
  });
  return { run: (task) => pool.run(task), close: () => pool.destroy() };
}

/**
 * Analyse every document of a manifest or directory against its parents, across worker threads. Results
 * come back as each analysis ends (not in plan order). A job whose report already exists in `out` is
 * `skipped`; a job that fails is `failed` with its error, and the run goes on.
 */
export async function* runBatch(options: RunBatchOptions): AsyncGenerator<BatchResult> {
  const plan = options.plan ?? planBatch(required(options.input), options);
  const format = options.format ?? 'json';
  const out = resolve(options.out);
  makeFolder(out); // --out names the folder: created when missing (its parent must exist)
  const workers = Math.max(0, Math.floor(options.workers ?? defaultBatchWorkers()));
  const todo: BatchTask[] = [];
  for (const job of plan.jobs) {
    const output = outputPath(out, job.id, format);
    if (!options.force && existsSync(output)) {
      yield { id: job.id, file: job.chain[job.chain.length - 1]?.file ?? '', status: 'skipped', output, ms: 0 };
      continue;
    }
    todo.push({ job, output, format, lang: options.lang });
  }
  if (todo.length === 0) return;

  const runner = await makeRunner(Math.min(workers, todo.length), options.workerFile, options.workerHeapMb ?? 160);
  // Keep a bounded number of jobs in flight so results stream out and memory stays flat.
  const window = Math.max(2, workers * 4);
  const inFlight = new Map<number, Promise<{ key: number; result: BatchResult }>>();
  let next = 0;
  const submit = (): void => {
    const key = next;
    const task = todo[next++]!;
    inFlight.set(
      key,
      runner.run(task).then(
        (result) => ({ key, result }),
        (e: unknown) => ({
          key,
          result: {
            id: task.job.id,
            file: task.job.chain[task.job.chain.length - 1]?.file ?? '',
            status: 'failed' as const,
            ms: 0,
            error: { code: ERROR_CODES.INTERNAL, message: e instanceof Error ? e.message : String(e) },
          },
        }),
      ),
    );
  };
  try {
    while (next < todo.length && inFlight.size < window) submit();
    while (inFlight.size > 0) {
      const { key, result } = await Promise.race(inFlight.values());
      inFlight.delete(key);
      if (next < todo.length) submit();
      yield result;
    }
  } finally {
    await runner.close();
  }
}

function required(input: string | undefined): string {
  if (!input) throw new PolicyCascadeError(ERROR_CODES.USAGE, 'runBatch needs `input` (a manifest or directory) or `plan`');
  return input;
}
