import { z } from 'zod';
import { GENRES, LEVELS } from './enums.js';
import { SpanSchema } from './span.js';
import { TargetSchema } from './target.js';
import { WarningSchema } from './warning.js';

export const LevelSchema = z.enum(LEVELS);
export type Level = z.infer<typeof LevelSchema>;

export const GenreSchema = z.enum(GENRES);
export type Genre = z.infer<typeof GenreSchema>;

export const SectionSchema = z.object({
  /** The numeral as printed, normalised to full-width brackets: 一, 二, （一）. */
  id: z.string(),
  /** Ids from the top level down to this section: ['二', '（一）']. Unique within a document. */
  path: z.array(z.string()),
  title: z.string(),
  span: SpanSchema,
  /** Count the document declares for this section (包括…8个方面), when it does. */
  declaredCount: z.number().int().optional(),
  /** Tasks directly or indirectly under this section, in document order. */
  taskIds: z.array(z.string()),
});
export type Section = z.infer<typeof SectionSchema>;

export const TaskSchema = z.object({
  /** The number as printed when numbering runs through the document ("1".."106"); otherwise a path such as "二.（一）.3". Interpretation headings are "1".."N" in document order. */
  id: z.string(),
  /** 0-based position in document order. */
  index: z.number().int().nonnegative(),
  /** Path of the enclosing section: ['二'] or ['二', '（一）']. */
  sectionPath: z.array(z.string()),
  /** First sentence, up to 。 (simplified characters, normalised punctuation). */
  heading: z.string(),
  /** Full task text including the heading, without the trailing unit bracket. */
  text: z.string(),
  /** 牵头单位. */
  leadUnits: z.array(z.string()),
  /** 配合单位 / 参与单位 / 责任单位. */
  supportUnits: z.array(z.string()),
  /** The whole task in the original input. */
  span: SpanSchema,
  /** The heading in the original input. */
  headingSpan: SpanSchema,
  targets: z.array(TargetSchema),
});
export type Task = z.infer<typeof TaskSchema>;

export const PolicyDocumentSchema = z.object({
  title: z.string(),
  issuer: z.string().optional(),
  /** e.g. 某政办字〔2023〕3号. */
  docNumber: z.string().optional(),
  /** ISO date (YYYY-MM-DD) where one is printed. */
  date: z.string().optional(),
  /** Region named by the title or issuer, e.g. the leading 某某市. */
  region: z.string().optional(),
  level: LevelSchema,
  genre: GenreSchema,
  /** Counts the document declares about itself (共11部分，106项内容). */
  declared: z
    .object({ sections: z.number().int().optional(), tasks: z.number().int().optional() })
    .optional(),
  sections: z.array(SectionSchema),
  tasks: z.array(TaskSchema),
  /**
   * The document's own goals, above its tasks: targets of a goals section (主要目标, 工作目标), of a goals
   * paragraph (主要预期目标是：…) and of the preamble. Spans point into `source`.
   */
  goals: z.array(TargetSchema),
  warnings: z.array(WarningSchema),
  /** The decoded original input, which every span points into. */
  source: z.string(),
  /** A name for the input (file name) when known. */
  name: z.string().optional(),
});
export type PolicyDocument = z.infer<typeof PolicyDocumentSchema>;

/** A short reference to a document inside alignment and report output. */
export const DocumentRefSchema = z.object({
  title: z.string(),
  level: LevelSchema,
  genre: GenreSchema,
  region: z.string().optional(),
  name: z.string().optional(),
});
export type DocumentRef = z.infer<typeof DocumentRefSchema>;
