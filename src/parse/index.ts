// Public surface of the parse stage.
export { parseDocument } from './parse-document.js';
export { readDocument } from './read-document.js';
export { ParseOptionsSchema } from './options.js';
export type { ParseOptions } from './options.js';
export { compareReadingWithList } from './compare-reading.js';
export type { ReadingComparison, ReadingDifference } from './compare-reading.js';
