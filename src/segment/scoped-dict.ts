import { closeSync, openSync, readSync } from 'node:fs';

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

// 2^22 bits (512 KB): for the ~25,000 distinct character pairs of two long documents the false-positive
// rate is about 0.6%; a false positive only keeps a word we could have dropped, never drops one.
const BLOOM_BITS_LOG2 = 22;
const BLOOM_SHIFT = 32 - BLOOM_BITS_LOG2;
const CODE_POINTS = 0x110000;

/** Position of a character pair in the Bloom filter (one hash: a false positive costs only a kept word). */
function pairHash(a: number, b: number): number {
  return Math.imul(Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b), 0x2545f491) >>> BLOOM_SHIFT;
}

export class Vocabulary {
  private readonly chars = new Uint32Array(CODE_POINTS >>> 5);
  private readonly pairs = new Uint32Array(1 << (BLOOM_BITS_LOG2 - 5));

  add(text: string): void {
    // plain loops, no callback per character: this runs once per CLI call over every task text, before
    // V8 has optimised anything. codePointAt joins a surrogate pair and returns a lone surrogate as is.
    let prev = -1;
    for (let i = 0; i < text.length; i++) {
      const c = text.codePointAt(i)!;
      if (c > 0xffff) i++;
      this.chars[c >>> 5]! |= 1 << (c & 31);
      if (prev >= 0) {
        const p = pairHash(prev, c);
        this.pairs[p >>> 5]! |= 1 << (p & 31);
      }
      prev = c;
    }
  }

  hasChar(c: number): boolean {
    return (this.chars[c >>> 5]! & (1 << (c & 31))) !== 0;
  }

  hasPair(a: number, b: number): boolean {
    const p = pairHash(a, b);
    return (this.pairs[p >>> 5]! & (1 << (p & 31))) !== 0;
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
}

// Private-use characters: no real text contains this sequence, so the filler entry never matches.
const FILLER_WORD = '\u{F0000}\u{F0001}\u{F0002}';

/**
 * Collects the lines of a jieba dictionary (`word freq tag`, UTF-8) whose word can occur in the vocabulary,
 * fed whole lines at a time, plus one filler line carrying the frequency of the dropped lines so the
 * dictionary total is unchanged. One pass over the bytes with no calls per line: this runs once per CLI
 * process, mostly before V8 has optimised it, and decoding 350,000 lines into strings would cost more than
 * it saves.
 */
class DictionaryScope {
  private out = new Uint8Array(1 << 16);
  private written = 0;
  private droppedFreq = 0;

  constructor(private readonly vocabulary: Vocabulary) {}

  /** Scan `dict[0, n)`, which ends at a line end (or the end of the dictionary). */
  lines(dict: Uint8Array, n: number): void {
    const vocabulary = this.vocabulary;
    let i = 0;
    while (i < n) {
      const start = i;
      let prev = -1;
      let count = 0;
      let first = -1;
      let keep = true;
      // The word: up to the first space, decoded as UTF-8 code points; stop at the first unknown pair.
      while (i < n) {
        const b0 = dict[i]!;
        if (b0 === 32 || b0 === 10 || b0 === 9 || b0 === 13) break;
        let c: number;
        if (b0 < 0x80) {
          c = b0;
          i += 1;
        } else if (b0 < 0xe0) {
          c = ((b0 & 0x1f) << 6) | (dict[i + 1]! & 0x3f);
          i += 2;
        } else if (b0 < 0xf0) {
          c = ((b0 & 0x0f) << 12) | ((dict[i + 1]! & 0x3f) << 6) | (dict[i + 2]! & 0x3f);
          i += 3;
        } else {
          c = ((b0 & 0x07) << 18) | ((dict[i + 1]! & 0x3f) << 12) | ((dict[i + 2]! & 0x3f) << 6) | (dict[i + 3]! & 0x3f);
          i += 4;
        }
        if (count === 0) first = c;
        else if (!vocabulary.hasPair(prev, c)) {
          keep = false;
          break;
        }
        prev = c;
        count++;
      }
      if (keep && count === 1) keep = vocabulary.hasChar(first);
      // The rest of the line: the frequency (needed only for a dropped line) and the tag.
      if (!keep) {
        while (i < n && dict[i] !== 32 && dict[i] !== 10) i++;
        while (i < n && dict[i] === 32) i++;
        let freq = 0;
        for (; i < n; i++) {
          const d = dict[i]! - 48;
          if (d < 0 || d > 9) break;
          freq = freq * 10 + d;
        }
        this.droppedFreq += freq;
      }
      while (i < n && dict[i] !== 10) i++;
      if (keep && count > 0) this.write(dict.subarray(start, i), true);
      i++; // past the newline
    }
  }

  /** The kept lines and the filler line. */
  finish(): Uint8Array {
    if (this.droppedFreq > 0) this.write(new TextEncoder().encode(`${FILLER_WORD} ${this.droppedFreq} x\n`), false);
    return this.out.subarray(0, this.written);
  }

  private write(bytes: Uint8Array, newline: boolean): void {
    const need = this.written + bytes.length + 1;
    if (need > this.out.length) {
      const grown = new Uint8Array(Math.max(need, this.out.length * 2));
      grown.set(this.out.subarray(0, this.written));
      this.out = grown;
    }
    this.out.set(bytes, this.written);
    this.written += bytes.length;
    if (newline) this.out[this.written++] = 10;
  }
}

// Read in pieces this size into one reused buffer: a fresh 5 MB buffer costs more in page faults than the
// copy itself, and the scan stays in cache.
const READ_CHUNK = 1 << 18;

/**
 * The lines of a jieba dictionary file whose word can occur in the vocabulary, plus the filler line; the file
 * is read a chunk of whole lines at a time.
 */
export function scopeDictionaryFile(path: string, vocabulary: Vocabulary, chunkBytes = READ_CHUNK): Uint8Array {
  const scope = new DictionaryScope(vocabulary);
  const fd = openSync(path, 'r');
  try {
    let buf = new Uint8Array(chunkBytes);
    let filled = 0;
    for (;;) {
      const got = readSync(fd, buf, filled, buf.length - filled, null);
      filled += got;
      // the complete lines read so far; at the end of the file, everything
      const end = got === 0 ? filled : buf.lastIndexOf(10, filled - 1) + 1;
      if (end === 0 && got > 0) {
        // a line longer than the buffer: read more of it
        if (filled === buf.length) {
          const grown = new Uint8Array(buf.length * 2);
          grown.set(buf);
          buf = grown;
        }
        continue;
      }
      scope.lines(buf, end);
      buf.copyWithin(0, end, filled);
      filled -= end;
      if (got === 0) break;
    }
  } finally {
    closeSync(fd);
  }
  return scope.finish();
}
