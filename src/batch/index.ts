// Public surface of the batch stage (the sub-path export `policy-cascade/batch`): many documents against
// their parents, across worker threads.
export { runBatch, defaultWorkerFile, type RunBatchOptions } from './run.js';
export { BATCH_NODE_FLAGS, defaultBatchWorkers } from './defaults.js';
export {
  planBatch,
  outputPath as batchOutputPath,
  safeId as batchSafeId,
  BatchManifestSchema,
  PARENT_SEPARATOR,
  type BatchManifest,
  type BatchPlan,
  type BatchJob,
  type BatchDocumentRef,
  type PlanOptions as BatchPlanOptions,
} from './plan.js';
export { runBatchTask, ParsedDocumentCache, type BatchTask, type BatchResult, type BatchCounts } from './job.js';
export { createProgress, type ProgressCounts } from './progress.js';
