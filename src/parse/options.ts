import { z } from 'zod';
import { GenreSchema, LevelSchema, resolveOptions } from '../model/index.js';

export const ParseOptionsSchema = z
  .object({
    /** A name for the input (file name), kept on the document and used in messages. */
    name: z.string().optional(),
    /** Override the inferred administrative level. */
    level: LevelSchema.optional(),
    /** Override the detected genre. */
    genre: GenreSchema.optional(),
    /** Force the text encoding of byte input (utf-8, gb18030, utf-16le …); default: detect. */
    encoding: z.string().optional(),
    /** Refuse input larger than this many bytes (default: the io stage's limit). */
    maxBytes: z.number().int().positive().optional(),
    /** Extract quantified targets from each task (default true). */
    targets: z.boolean().default(true),
    /**
     * The year the document speaks from; figures in sentences led by an earlier year are background, not
     * targets. Default: the first year in the title (2023年重点工作任务, （2023-2025年）), else the date's year.
     */
    referenceYear: z.number().int().min(1900).max(2200).optional(),
  })
  .strict();

export type ParseOptions = z.input<typeof ParseOptionsSchema>;
export type ResolvedParseOptions = z.output<typeof ParseOptionsSchema>;

export function resolveParseOptions(options: unknown): ResolvedParseOptions {
  return resolveOptions(ParseOptionsSchema, options, { en: 'parse', zh: '解析' });
}
