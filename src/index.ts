/**
 * policy-cascade: read Chinese government task lists at several levels, align each lower-level task to
 * the higher-level task it implements, and report what happened to every quantified target.
 *
 * Pipeline: normalize → parse → targets → align → compare → report. This is the package's public surface:
 * one entry function per stage, the renderers, the zod schemas (and the types inferred from them), the
 * error class, the segmenters and the bundled data. Batch runs and the synthetic generator are the sub-path
 * exports `policy-cascade/batch` and `policy-cascade/synthetic`. test/exports.test.ts keeps the count of
 * runtime names here at 60 or fewer.
 */

// the data model: schemas, inferred types, the JSON Schema of the CLI's outputs
export {
  SpanSchema,
  WarningSchema,
  ComparatorSchema,
  TargetKindSchema,
  TargetSchema,
  LevelSchema,
  GenreSchema,
  TaskSchema,
  SectionSchema,
  PolicyDocumentSchema,
  DocumentRefSchema,
  RelationSchema,
  SignalsSchema,
  LinkSchema,
  SectionLinkSchema,
  AlignmentSchema,
  ChangeSchema,
  DiffOpSchema,
  LeadUnitChangeSchema,
  ReferenceShareSchema,
  VersusReferenceSchema,
  TargetChangeSchema,
  PairSummarySchema,
  PairReportSchema,
  GapReportSchema,
  LEVELS,
  GENRES,
  SCHEMA_VERSION,
  jsonSchemaOf,
} from './model/index.js';
export type * from './model/index.js';
export { PolicyCascadeError, ERROR_CODES, isPolicyCascadeError, type ErrorCode, type PolicyCascadeErrorDetails } from './errors.js';

// input
export { decodeInput, readDocumentText, bundledDataDir, type DecodeOptions, type DecodedInput } from './io/index.js';
export { normalizeText, type NormalizeOptions, type NormalizedText } from './normalize/index.js';

// stages
export { parseDocument, readDocument, ParseOptionsSchema, compareReadingWithList, type ParseOptions } from './parse/index.js';
export type { ReadingComparison, ReadingDifference } from './parse/index.js';
export { extractTargets, type ExtractOptions } from './targets/index.js';
export { createJiebaSegmenter, createNodejiebaSegmenter, type Segmenter, type JiebaSegmenterOptions } from './segment/index.js';
export { alignDocuments, alignCascade, AlignOptionsSchema, type AlignOptions, type CascadeAlignment, type CascadePair } from './align/index.js';
export { analyzeCascade, AnalyzeOptionsSchema, type AnalyzeOptions } from './compare/index.js';

// reports
export {
  renderReport,
  renderJson,
  renderMarkdown,
  renderCsv,
  renderXlsx,
  renderHtml,
  REPORT_FORMATS,
  type ReportFormat,
  type RenderReportOptions,
  type CsvOptions,
  type HtmlOptions,
  type ReportLang,
  type ReportOptions,
} from './report/index.js';
