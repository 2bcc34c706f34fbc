import { z } from 'zod';

/** Half-open range of UTF-16 offsets into the original (decoded, un-normalised) input text. */
export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .describe('Half-open range [start, end) of UTF-16 offsets into the original (decoded, un-normalised) input text.');
export type Span = z.infer<typeof SpanSchema>;
