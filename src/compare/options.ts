import { z } from 'zod';
import { AlignOptionsSchema } from '../align/index.js';
import { resolveOptions } from '../model/index.js';

const positive = z.number().finite().positive();

export const AnalyzeOptionsSchema = z
  .object({
    /**
     * The child's expected share of an extensive parent target (e.g. the county's population share of the
     * city), a fraction in (0, 1]: 0.128, not 12.8. Default: the median share over all paired extensive
     * targets of the two documents.
     */
    referenceShare: positive.max(1).optional(),
    /** Relative tolerance: |share / reference − 1| ≤ tolerance counts as proportional. */
    tolerance: z.number().finite().min(0).default(0.25),
    /** Minimum metric similarity (in [0, 1]) for two targets to be paired. */
    metricThreshold: z.number().min(0).max(1).default(0.3),
    /** Minimum similarity between a deferral clause (落实上级…标准) and a parent metric. */
    deferralThreshold: z.number().min(0).max(1).default(0.5),
    /**
     * Analyse the documents in the order given even when their inferred levels contradict it (default:
     * documents of known level are put highest first, with a `level-order` warning in report.warnings).
     */
    keepOrder: z.boolean().optional(),
    /** Passed through to alignCascade. */
    align: AlignOptionsSchema.optional(),
  })
  .strict();

export type AnalyzeOptions = z.input<typeof AnalyzeOptionsSchema>;
export type ResolvedAnalyzeOptions = z.output<typeof AnalyzeOptionsSchema>;

export function resolveAnalyzeOptions(options: unknown): ResolvedAnalyzeOptions {
  return resolveOptions(AnalyzeOptionsSchema, options, { en: 'analyze', zh: '分析' });
}
