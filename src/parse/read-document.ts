import { extractText } from '../io/index.js';
import type { PolicyDocument } from '../model/index.js';
import { resolveParseOptions, type ParseOptions } from './options.js';
import { parseDocument } from './parse-document.js';

/**
 * Read a policy document in any supported format — plain text, an HTML page, Word (.docx, .doc) or a PDF with
 * a text layer, told apart by content — and parse it (see parseDocument). `doc.source` is the extracted plain
 * text (tables as rows of TAB-separated cells, list numbers written out) and the spans point into it.
 */
export async function readDocument(input: string | Uint8Array, options?: ParseOptions): Promise<PolicyDocument> {
  // bad options fail before anything is read
  const opts = resolveParseOptions(options);
  const { text } = await extractText(input, {
    ...(opts.name !== undefined ? { name: opts.name } : {}),
    ...(opts.encoding !== undefined ? { encoding: opts.encoding } : {}),
    ...(opts.maxBytes !== undefined ? { maxBytes: opts.maxBytes } : {}),
  });
  return parseDocument(text, options);
}
