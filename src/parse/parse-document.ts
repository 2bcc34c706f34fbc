import type { PolicyDocument } from '../model/index.js';
import { resolveParseOptions, type ParseOptions } from './options.js';
import { parseWithOptions } from './parse-with-options.js';

/**
 * Parse a policy document (task list, interpretation or implementation plan) from text or bytes into the
 * typed model. Spans point into `doc.source`, the decoded original input.
 */
export function parseDocument(input: string | Uint8Array, options?: ParseOptions): PolicyDocument {
  return parseWithOptions(input, resolveParseOptions(options));
}
