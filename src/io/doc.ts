import { nodeRequire } from '../node-require.js';

/** Legacy Word (.doc, OLE2) → text, read with word-extractor. Table cells come TAB-separated, rows as lines. */
export async function docToText(bytes: Uint8Array): Promise<string> {
  const WordExtractor = nodeRequire()('word-extractor') as new () => { extract(input: Buffer): Promise<{ getBody(): string }> };
  const doc = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return doc
    .getBody()
    .split(/\r\n?|\n/)
    .map((l) => l.replace(/[ \u00a0]+$/, '').replace(/\t+$/, ''))
    .join('\n');
}
