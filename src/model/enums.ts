/**
 * Value lists of the model that code outside the schemas needs on its own (the CLI's option choices). The
 * schemas are made from these lists, so they cannot drift apart.
 */
export const LEVELS = ['national', 'province', 'city', 'county', 'district', 'unknown'] as const;

export const GENRES = ['task-list', 'interpretation', 'implementation-plan', 'work-report'] as const;

/** The JSON Schemas `jsonSchemaOf` (and `policy-cascade schema`) can print. */
export const JSON_SCHEMA_NAMES = ['report', 'document', 'alignment', 'batch'] as const;
export type JsonSchemaName = (typeof JSON_SCHEMA_NAMES)[number];
