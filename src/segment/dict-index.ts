import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pairHash } from './pair-hash.js';

/**
 * A jieba dictionary file cut into records that a scoped read can skip whole (scopeDictionaryIndex). The
 * file starts with a 16-byte header: 'PCDI', the format version (u32), the file's length (f64). Each record
 * holds consecutive lines whose words share a key, behind a 16-byte header:
 *   key (u32)       a bit of the vocabulary's sets (scoped-dict.ts): the code point of a one-character
 *                   word in CHARS, or the Bloom filter bit of the word's first character pair in PAIRS
 *   length (u32)    bytes of the record's lines, each ending with a newline
 *   sum (f64)       the frequencies of those lines, read as the scan reads a dropped line's
 * A vocabulary without a record's bit set would have the scan drop every line of it: the walk adds the sum
 * and skips the bytes. The other records are scanned as before, so the scoped dictionary is byte for byte
 * the one a scan of the whole file builds. In jieba's dictionary, which is sorted, lines sharing a first
 * pair are adjacent: its 350,000 lines make ≈190,000 records, of which two long documents visit ≈4,000.
 * Lines in any order give a valid index, with more records. (Lines must be valid UTF-8, as jieba's are:
 * the scan decodes without checking.)
 */

/** File magic and format version, checked before a file is used. */
export const DICT_INDEX_MAGIC = 0x49444350; // 'PCDI' little-endian
export const DICT_INDEX_VERSION = 1;
export const DICT_INDEX_HEADER_BYTES = 16;
const RECORD_HEADER_BYTES = 16;
// PAIRS follows CHARS (one bit per code point) in the vocabulary's memory
const PAIRS_BIT = 0x110000;

// indexes kept in a directory: the current one and the one before (a jieba upgrade writes a new one)
const KEEP_INDEXES = 2;

/**
 * Writes the index of the dictionary file `dictionary` to `file`, atomically (a reader sees the whole file
 * or none), and removes older indexes with the same name prefix (up to the first '-') beyond two. Errors are
 * the caller's: an index that cannot be written only costs speed.
 */
export function writeDictionaryIndex(dictionary: string, file: string): void {
  const dir = dirname(file);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, buildDictionaryIndex(readFileSync(dictionary)), { mode: 0o600 });
  renameSync(tmp, file);
  const prefix = basename(file).split('-')[0]! + '-';
  const extension = basename(file).slice(basename(file).lastIndexOf('.'));
  const older = readdirSync(dir)
    .filter((f) => f.startsWith(prefix) && f.endsWith(extension))
    .map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const { f } of older.slice(KEEP_INDEXES)) rmSync(join(dir, f), { force: true });
}

/** Builds the index of a dictionary file's bytes (`word freq tag` lines, UTF-8). */
export function buildDictionaryIndex(dict: Uint8Array): Uint8Array {
  // at most one record per line, and one added newline
  const out = new Uint8Array(DICT_INDEX_HEADER_BYTES + dict.length + 1 + RECORD_HEADER_BYTES * countLines(dict));
  const view = new DataView(out.buffer);
  view.setUint32(0, DICT_INDEX_MAGIC, true);
  view.setUint32(4, DICT_INDEX_VERSION, true);
  let at = DICT_INDEX_HEADER_BYTES;
  let record = -1;
  let recordKey = -1;
  let recordSum = 0;
  const close = (): void => {
    if (record < 0) return;
    view.setUint32(record + 4, at - record - RECORD_HEADER_BYTES, true);
    view.setFloat64(record + 8, recordSum, true);
  };
  for (let start = 0; start < dict.length; ) {
    let end = dict.indexOf(10, start);
    if (end < 0) end = dict.length;
    const key = lineKey(dict, start, end);
    // a line without a word is neither kept nor counted by the scan
    if (key >= 0) {
      if (key !== recordKey) {
        close();
        record = at;
        recordKey = key;
        recordSum = 0;
        view.setUint32(record, key, true);
        at += RECORD_HEADER_BYTES;
      }
      recordSum += lineFrequency(dict, start, end);
      out.set(dict.subarray(start, end), at);
      at += end - start;
      out[at++] = 10;
    }
    start = end + 1;
  }
  close();
  // the length of the whole index, which a reader checks: a file cut short at a record boundary is no index
  view.setFloat64(8, at, true);
  return out.slice(0, at);
}

function countLines(dict: Uint8Array): number {
  let lines = 1;
  for (let at = dict.indexOf(10); at >= 0; at = dict.indexOf(10, at + 1)) lines++;
  return lines;
}

/** A code point decoded as the scan decodes it (no validation), and the byte after it. */
function decodeAt(bytes: Uint8Array, p: number): [code: number, next: number] {
  const b = bytes[p]!;
  const x = (k: number): number => (bytes[p + k] ?? 0) & 0x3f;
  if (b < 0x80) return [b, p + 1];
  if (b < 0xe0) return [((b & 0x1f) << 6) | x(1), p + 2];
  if (b < 0xf0) return [((b & 0x0f) << 12) | (x(1) << 6) | x(2), p + 3];
  return [((b & 0x07) << 18) | (x(1) << 12) | (x(2) << 6) | x(3), p + 4];
}

/** The word ends at a space, tab, CR or line end, as in the scan. */
function endsWord(b: number): boolean {
  return b === 32 || b === 10 || b === 9 || b === 13;
}

/** The record key of the line [start, end), or -1 when it has no word. */
function lineKey(dict: Uint8Array, start: number, end: number): number {
  if (start >= end || endsWord(dict[start]!)) return -1;
  const [first, next] = decodeAt(dict, start);
  if (next >= end || endsWord(dict[next]!)) return first;
  return PAIRS_BIT + pairHash(first, decodeAt(dict, next)[0]);
}

/** The number after the spaces that follow the first space (the scan's reading of a dropped line). */
function lineFrequency(dict: Uint8Array, start: number, end: number): number {
  let p = start;
  while (p < end && dict[p] !== 32) p++;
  while (p < end && dict[p] === 32) p++;
  let freq = 0;
  for (; p < end; p++) {
    const d = dict[p]! - 48;
    if (d < 0 || d > 9) break;
    freq = freq * 10 + d;
  }
  return freq;
}
