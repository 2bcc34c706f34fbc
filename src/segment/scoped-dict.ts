import { closeSync, openSync, readSync } from 'node:fs';
import { DICT_SCAN_WASM } from './dict-scan-wasm.js';

/**
 * A jieba dictionary cut down to the words that can occur in a known set of texts, built in a few
 * milliseconds instead of the ≈170 ms the full 350,000-word dictionary takes to load. Used by one-shot
 * CLI calls, which know their input before the first word is segmented.
 *
 * Why segmentation stays identical: jieba scores a route through the word graph of a sentence with
 * log(freq / total). A word that is not a substring of the sentence is never an edge of that graph, so
 * dropping it changes nothing as long as `total` stays the same — the removed frequencies are kept in
 * one filler entry that no text can contain. We keep every word whose adjacent character pairs all
 * occur in the vocabulary texts (a superset of their substrings, tested with a small Bloom filter), and
 * `covers(text)` checks that a text's characters and pairs are all in the vocabulary before the cut
 * dictionary is used for it; otherwise the caller falls back to the full dictionary.
 */

// The bit sets live in the memory of a small WebAssembly module (dict-scan.wat), whose two loops — adding
// the texts and scanning the dictionary — run before V8 has optimised any JavaScript, at about a third of
// the cost. Layout: a bit per code point, then the pair Bloom filter, then a work area (see the .wat).
const CHARS_AT = 0;
const PAIRS_AT = 0x110000 >>> 3;
const WORK_AT = PAIRS_AT + (1 << 19);
// 2^22 bits (512 KB) of pair filter: for the ~25,000 distinct character pairs of two long documents the
// false-positive rate is about 0.6%; a false positive only keeps a word we could have dropped, never drops one.
const BLOOM_SHIFT = 32 - 22;
const PAGE = 1 << 16;

interface DictScanExports {
  memory: WebAssembly.Memory;
  dropped: WebAssembly.Global;
  add(from: number, to: number): void;
  scan(from: number, to: number, out: number): number;
}

let compiled: WebAssembly.Module | undefined;

function instantiate(): DictScanExports {
  compiled ??= new WebAssembly.Module(Buffer.from(DICT_SCAN_WASM, 'base64'));
  return new WebAssembly.Instance(compiled).exports as unknown as DictScanExports;
}

/** Position of a character pair in the Bloom filter (one hash: a false positive costs only a kept word). */
function pairHash(a: number, b: number): number {
  return Math.imul(Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b), 0x2545f491) >>> BLOOM_SHIFT;
}

export class Vocabulary {
  /** @internal the module whose memory holds the sets; scopeDictionaryFile scans with it */
  readonly wasm = instantiate();
  private bytes = new Uint8Array(this.wasm.memory.buffer);

  add(text: string): void {
    // UTF-8 into the work area (a lone surrogate becomes U+FFFD: no dictionary word holds either)
    this.reserve(WORK_AT + text.length * 3);
    const { written } = new TextEncoder().encodeInto(text, this.memory().subarray(WORK_AT));
    this.wasm.add(WORK_AT, WORK_AT + written);
  }

  hasChar(c: number): boolean {
    return (this.memory()[CHARS_AT + (c >>> 3)]! & (1 << (c & 7))) !== 0;
  }

  hasPair(a: number, b: number): boolean {
    const p = pairHash(a, b);
    return (this.memory()[PAIRS_AT + (p >>> 3)]! & (1 << (p & 7))) !== 0;
  }

  /** True when every character and adjacent pair of `text` is in the vocabulary. */
  covers(text: string): boolean {
    let prev = -1;
    for (let i = 0; i < text.length; i++) {
      const c = text.codePointAt(i)!;
      if (c > 0xffff) i++;
      if (!this.hasChar(c) || (prev >= 0 && !this.hasPair(prev, c))) return false;
      prev = c;
    }
    return true;
  }

  /** @internal the module's memory as bytes, at least `end` long (growing it detaches earlier views) */
  reserve(end: number): Uint8Array {
    const memory = this.wasm.memory;
    if (end > memory.buffer.byteLength) memory.grow(Math.ceil((end - memory.buffer.byteLength) / PAGE));
    return this.memory();
  }

  /** @internal */
  memory(): Uint8Array {
    if (this.bytes.buffer !== this.wasm.memory.buffer) this.bytes = new Uint8Array(this.wasm.memory.buffer);
    return this.bytes;
  }
}

// Private-use characters: no real text contains this sequence, so the filler entry never matches.
const FILLER_WORD = '\u{F0000}\u{F0001}\u{F0002}';

// Read in pieces this size: a fresh 5 MB buffer costs more in page faults than the copy itself, and the
// scan stays in cache.
const READ_CHUNK = 1 << 18;

/**
 * The lines of a jieba dictionary file (`word freq tag`, UTF-8) whose word can occur in the vocabulary,
 * plus one filler line carrying the frequency of the dropped lines so the dictionary total is unchanged.
 * The file is read a chunk of whole lines at a time into the vocabulary's work area, which the module scans.
 */
export function scopeDictionaryFile(path: string, vocabulary: Vocabulary, chunkBytes = READ_CHUNK): Uint8Array {
  const wasm = vocabulary.wasm;
  wasm.dropped.value = 0;
  const kept: Uint8Array[] = [];
  let capacity = chunkBytes;
  // the chunk, 32 bytes the scan may read past it, then room for the chunk's kept lines (at most one byte
  // more than the chunk: a last line without a newline gets one)
  const outAt = (): number => WORK_AT + capacity + 32;
  let mem = vocabulary.reserve(outAt() + capacity + 8);
  const fd = openSync(path, 'r');
  try {
    let filled = 0;
    for (;;) {
      const got = readSync(fd, mem, WORK_AT + filled, capacity - filled, null);
      filled += got;
      // the complete lines read so far; at the end of the file, everything
      const end = got === 0 ? filled : mem.subarray(WORK_AT, WORK_AT + filled).lastIndexOf(10) + 1;
      if (end === 0 && got > 0) {
        // a line longer than the chunk: read more of it
        if (filled === capacity) {
          capacity *= 2;
          mem = vocabulary.reserve(outAt() + capacity + 8);
        }
        continue;
      }
      const out = wasm.scan(WORK_AT, WORK_AT + end, outAt());
      if (out > outAt()) kept.push(mem.slice(outAt(), out));
      mem.copyWithin(WORK_AT, WORK_AT + end, WORK_AT + filled);
      filled -= end;
      if (got === 0) break;
    }
  } finally {
    closeSync(fd);
  }
  const dropped = wasm.dropped.value as number;
  if (dropped > 0) kept.push(new TextEncoder().encode(`${FILLER_WORD} ${dropped} x\n`));
  return Buffer.concat(kept);
}
