/** Version of the JSON the library and CLI emit; bump the major on breaking schema changes. */
export const SCHEMA_VERSION = '1.0.0';
