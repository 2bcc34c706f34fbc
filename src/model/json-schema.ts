import { z } from 'zod';
import { AlignmentSchema } from './alignment.js';
import { BatchResultSchema } from './batch-result.js';
import type { JsonSchemaName } from './enums.js';
import { PolicyDocumentSchema } from './document.js';
import { GapReportSchema } from './report.js';
import { SCHEMA_VERSION } from './version.js';

const schemaVersion = z.string().describe('Version of this JSON format (semver).');

/** What each command prints with --json: parse wraps the document, align adds the version to the alignment. */
const SCHEMAS: Record<JsonSchemaName, () => z.ZodType> = {
  report: () => GapReportSchema,
  document: () =>
    z.object({ schemaVersion, document: PolicyDocumentSchema }).describe('A parsed document (parse --json): the version and the document model.'),
  alignment: () =>
    AlignmentSchema.extend({ schemaVersion }).describe('Task alignment of a child document with its parent (align --json).'),
  batch: () => BatchResultSchema,
};

/**
 * JSON Schema (draft 2020-12) of exactly what the CLI prints (`document`: parse --json, `alignment`: align --json,
 * `report`: analyze --json, `batch`: one line of batch output), derived from the zod schemas so it cannot drift,
 * for users validating the output in R, Python or elsewhere.
 */
export function jsonSchemaOf(name: JsonSchemaName): Record<string, unknown> {
  return {
    ...z.toJSONSchema(SCHEMAS[name]()),
    title: `policy-cascade ${name}`,
    $comment: `schemaVersion ${SCHEMA_VERSION}`,
  };
}
