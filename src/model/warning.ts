import { z } from 'zod';
import { SpanSchema } from './span.js';

/**
 * A soft problem found while reading or comparing documents (a gap in numbering, a declared count
 * that disagrees with what was parsed). Hard problems throw PolicyCascadeError instead.
 */
export const WarningSchema = z.object({
  code: z.string().describe('Stable machine-readable code, e.g. `numbering-gap`, `count-mismatch`.'),
  message: z.string().describe('What is wrong, in English.'),
  span: SpanSchema.optional().describe('Where in the original input, when the problem has a place.'),
  line: z.number().int().positive().optional().describe('1-based line and column of span.start in the original input.'),
  column: z.number().int().positive().optional(),
  source: z.string().optional().describe('Which document the warning belongs to, when a result holds several.'),
});
export type Warning = z.infer<typeof WarningSchema>;
