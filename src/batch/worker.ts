// Worker entry of the batch mode, built to dist/batch-worker.js and run by piscina: one job per call,
// parents parsed once per worker thread and kept in this thread's cache.
import { ParsedDocumentCache, runBatchTask, type BatchResult, type BatchTask } from './job.js';

const cache = new ParsedDocumentCache();

export default function run(task: BatchTask): Promise<BatchResult> {
  return runBatchTask(task, cache);
}
