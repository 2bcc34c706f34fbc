import { z } from 'zod';
import { AlignmentSchema } from './alignment.js';
import type { JsonSchemaName } from './enums.js';
import { PolicyDocumentSchema } from './document.js';
import { GapReportSchema } from './report.js';
import { SCHEMA_VERSION } from './version.js';

const SCHEMAS: Record<JsonSchemaName, z.ZodType> = { report: GapReportSchema, document: PolicyDocumentSchema, alignment: AlignmentSchema };

/**
 * JSON Schema (draft 2020-12) of what the CLI prints, derived from the zod schemas so it cannot drift,
 * for users validating the output in R, Python or elsewhere.
 */
export function jsonSchemaOf(name: JsonSchemaName): Record<string, unknown> {
  return {
    ...z.toJSONSchema(SCHEMAS[name]),
    title: `policy-cascade ${name}`,
    $comment: `schemaVersion ${SCHEMA_VERSION}`,
  };
}
