import { z } from 'zod';
import { GENRES, LEVELS } from './enums.js';
import { SpanSchema } from './span.js';
import { TargetSchema } from './target.js';
import { WarningSchema } from './warning.js';

export const LevelSchema = z.enum(LEVELS).describe('Administrative level, inferred from the title and issuer or given.');
export type Level = z.infer<typeof LevelSchema>;

export const GenreSchema = z.enum(GENRES).describe('Kind of document.');
export type Genre = z.infer<typeof GenreSchema>;

export const SectionSchema = z.object({
  id: z.string().describe('The numeral as printed, normalised to full-width brackets: 一, 二, （一）.'),
  path: z.array(z.string()).describe('Ids from the top level down to this section: [\'二\', \'（一）\']. Unique within a document.'),
  title: z.string(),
  span: SpanSchema,
  declaredCount: z.number().int().optional().describe('Count the document declares for this section (包括…8个方面), when it does.'),
  taskIds: z.array(z.string()).describe('Tasks directly or indirectly under this section, in document order.'),
});
export type Section = z.infer<typeof SectionSchema>;

export const TaskSchema = z.object({
  id: z.string().describe('The number as printed when numbering runs through the document ("1".."106"); otherwise a path such as "二.（一）.3". Interpretation headings are "1".."N" in document order.'),
  index: z.number().int().nonnegative().describe('0-based position in document order.'),
  sectionPath: z.array(z.string()).describe('Path of the enclosing section: [\'二\'] or [\'二\', \'（一）\'].'),
  heading: z.string().describe('First sentence, up to 。 (simplified characters, normalised punctuation).'),
  text: z.string().describe('Full task text including the heading, without the trailing unit bracket.'),
  leadUnits: z.array(z.string()).describe('牵头单位.'),
  supportUnits: z.array(z.string()).describe('配合单位 / 参与单位 / 责任单位.'),
  span: SpanSchema.describe('The whole task in the original input.'),
  headingSpan: SpanSchema.describe('The heading in the original input.'),
  targets: z.array(TargetSchema).describe('Quantified targets the task commits to.'),
});
export type Task = z.infer<typeof TaskSchema>;

export const PolicyDocumentSchema = z.object({
  title: z.string().describe('Title of the document.'),
  issuer: z.string().optional(),
  docNumber: z.string().optional().describe('e.g. 某政办字〔2023〕3号.'),
  date: z.string().optional().describe('ISO date (YYYY-MM-DD) where one is printed.'),
  region: z.string().optional().describe('Region named by the title or issuer, e.g. the leading 某某市.'),
  level: LevelSchema,
  genre: GenreSchema,
  declared: z
    .object({ sections: z.number().int().optional(), tasks: z.number().int().optional() })
    .optional()
    .describe('Counts the document declares about itself (共11部分，106项内容).'),
  sections: z.array(SectionSchema).describe('Parts and sub-parts in document order.'),
  tasks: z.array(TaskSchema).describe('Tasks in document order.'),
  goals: z
    .array(TargetSchema)
    .describe(
      "The document's own goals, above its tasks: targets of a goals section (主要目标, 工作目标), of a goals paragraph (主要预期目标是：…) and of the preamble. Spans point into `source`.",
    ),
  warnings: z.array(WarningSchema).describe('Soft problems found while reading the document.'),
  source: z.string().describe('The decoded original input, which every span points into.'),
  name: z.string().optional().describe('A name for the input (file name) when known.'),
});
export type PolicyDocument = z.infer<typeof PolicyDocumentSchema>;

export const DocumentRefSchema = z
  .object({
    title: z.string(),
    level: LevelSchema,
    genre: GenreSchema,
    region: z.string().optional(),
    name: z.string().optional(),
  })
  .describe('A short reference to a document: title, level, genre, region, file name.');
export type DocumentRef = z.infer<typeof DocumentRefSchema>;
