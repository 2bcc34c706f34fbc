import { z } from 'zod';
import { ChangeSchema } from './report.js';

export const BatchCountsSchema = z
  .object({
    levels: z.number().int().describe('Levels in the analysis (2 = parent + child).'),
    tasks: z.number().int().describe('Tasks of the analysed document.'),
    parentTasks: z.number().int().describe('Tasks of its direct parent.'),
    linked: z.number().int().describe('Tasks of the document linked to a parent task.'),
    dropped: z.number().int().describe('Parent tasks the document does not take up.'),
    added: z.number().int().describe('Tasks of the document with no parent task.'),
    targets: z.partialRecord(ChangeSchema, z.number().int()).describe('Target changes of the direct pair, by class.'),
    warnings: z.number().int().describe('Warnings of the analysis and its documents.'),
  })
  .describe('Counts of one analysis.');
export type BatchCounts = z.infer<typeof BatchCountsSchema>;

/** One line of `batch` output (NDJSON). */
export const BatchResultSchema = z
  .object({
    id: z.string().describe('Id of the analysed document (from the manifest or the file name).'),
    file: z.string().describe('The analysed document.'),
    status: z.enum(['ok', 'failed', 'skipped']).describe('ok: report written; failed: see error; skipped: the report existed.'),
    output: z.string().optional().describe('The report written (ok) or found (skipped).'),
    ms: z.number().describe('Time taken, in milliseconds.'),
    counts: BatchCountsSchema.optional(),
    error: z
      .object({
        code: z.string().describe('Stable error code.'),
        message: z.string().describe('What went wrong, in English.'),
        messageZh: z.string().optional().describe('The same in Chinese, when known.'),
      })
      .optional()
      .describe('Why the document failed.'),
  })
  .describe('One line of batch output (NDJSON): the outcome of one document.');
export type BatchResult = z.infer<typeof BatchResultSchema>;
