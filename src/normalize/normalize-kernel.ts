import { endianness } from 'node:os';
import { NORMALIZE_WASM } from './normalize-wasm.js';
import { TRADITIONAL_CHARS } from './traditional-chars.js';

/** The output of normalizeText's two passes, before simplification. */
export interface NormalizedPasses {
  /** The normalised text. */
  text: string;
  /** Original offset where output character i starts, and where it ends; entry `text.length` is the original length. */
  starts: Int32Array;
  ends: Int32Array;
  /** False when no character of `text` is one OpenCC converts, so simplification can be skipped. */
  mayHaveTraditional: boolean;
}

interface NormalizeExports {
  memory: WebAssembly.Memory;
  startsAt: WebAssembly.Global;
  endsAt: WebAssembly.Global;
  outAt: WebAssembly.Global;
  normalize(n: number): number;
  mayHaveTraditional(len: number): number;
  markTraditional(n: number): void;
  kind(code: number): number;
}

// the layout of normalize.wat: the traditional table, then the text and the arrays, 16 bytes a code unit
const TEXT_AT = 0x10000;
const BYTES_PER_UNIT = 16;
const PAGE = 0x10000;
// an instance left holding more memory than this (a very large document) is dropped after the call
const KEEP_BYTES = 32 << 20;

let instance: NormalizeExports | undefined;

/** @internal the module instance (its memory starts with the traditional-character table) */
export function normalizeKernel(): NormalizeExports {
  if (!instance) {
    const exports = new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(NORMALIZE_WASM, 'base64'))).exports;
    instance = exports as unknown as NormalizeExports;
    // the table of traditional characters, marked by the module (a loop over 4,000 characters, run cold)
    if (instance.memory.buffer.byteLength < TEXT_AT + 2 * TRADITIONAL_CHARS.length) instance.memory.grow(1);
    Buffer.from(instance.memory.buffer).write(TRADITIONAL_CHARS, TEXT_AT, 'utf16le');
    instance.markTraditional(TRADITIONAL_CHARS.length);
  }
  return instance;
}

/**
 * normalizeText's two passes in WebAssembly (normalize.wat): the same output as normalizePassesJs, without
 * running JavaScript per character. Undefined on a big-endian host, whose typed arrays would read the
 * module's little-endian memory wrongly.
 */
export function normalizePassesWasm(original: string): NormalizedPasses | undefined {
  if (endianness() !== 'LE') return undefined;
  const k = normalizeKernel();
  const n = original.length;
  const needed = TEXT_AT + BYTES_PER_UNIT * (n + 1) + 8;
  if (needed > k.memory.buffer.byteLength) {
    try {
      k.memory.grow(Math.ceil((needed - k.memory.buffer.byteLength) / PAGE));
    } catch {
      // past what a module's memory can hold (4 GB, or what the host grants): the JavaScript passes
      return undefined;
    }
  }
  const bytes = Buffer.from(k.memory.buffer);
  // UTF-16 code units as they are, lone surrogates included
  bytes.write(original, TEXT_AT, 'utf16le');
  const len = k.normalize(n);
  const outAt = k.outAt.value as number;
  const startsAt = k.startsAt.value as number;
  const endsAt = k.endsAt.value as number;
  const result: NormalizedPasses = {
    text: bytes.toString('utf16le', outAt, outAt + 2 * len),
    starts: new Int32Array(k.memory.buffer.slice(startsAt, startsAt + 4 * (len + 1))),
    ends: new Int32Array(k.memory.buffer.slice(endsAt, endsAt + 4 * (len + 1))),
    mayHaveTraditional: k.mayHaveTraditional(len) === 1,
  };
  if (k.memory.buffer.byteLength > KEEP_BYTES) instance = undefined;
  return result;
}
