import { z } from 'zod';
import { SpanSchema } from './span.js';

/**
 * A soft problem found while reading or comparing documents (a gap in numbering, a declared count
 * that disagrees with what was parsed). Hard problems throw PolicyCascadeError instead.
 */
export const WarningSchema = z.object({
  /** Stable machine-readable code, e.g. `numbering-gap`, `count-mismatch`. */
  code: z.string(),
  message: z.string(),
  /** Where in the original input, when the problem has a place. */
  span: SpanSchema.optional(),
  /** 1-based line and column of span.start in the original input. */
  line: z.number().int().positive().optional(),
  column: z.number().int().positive().optional(),
  /** Which document the warning belongs to, when a result holds several. */
  source: z.string().optional(),
});
export type Warning = z.infer<typeof WarningSchema>;
