import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import './helpers/fast-check-seed.js';
import { kindOf, normalizePassesJs } from '../src/normalize/normalize.js';
import { normalizeKernel, normalizePassesWasm } from '../src/normalize/normalize-kernel.js';
import { toSimplifiedSameLength } from '../src/normalize/traditional.js';
import { TRADITIONAL_CHARS } from '../src/normalize/traditional-chars.js';

const DATA = join(import.meta.dirname, '..', 'data');

function expectSame(text: string): void {
  const wasm = normalizePassesWasm(text)!;
  const js = normalizePassesJs(text);
  expect(wasm.text).toBe(js.text);
  expect([...wasm.starts]).toEqual([...js.starts]);
  expect([...wasm.ends]).toEqual([...js.ends]);
  // the kernel's "nothing to simplify" is never wrong
  if (!wasm.mayHaveTraditional) expect(toSimplifiedSameLength(wasm.text)).toBe(wasm.text);
}

describe('normalizeText in WebAssembly (normalize.wat) equals the JavaScript passes', () => {
  it('classifies every UTF-16 code unit as kindOf does', () => {
    const k = normalizeKernel();
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (k.kind(c) !== kindOf(c)) wrong.push(c);
    expect(wrong).toEqual([]);
  });

  it('marks exactly the BMP characters OpenCC converts on their own', () => {
    const table = new Uint8Array(normalizeKernel().memory.buffer, 0, 0x10000);
    const bmp = new Set([...TRADITIONAL_CHARS].map((c) => c.codePointAt(0)!).filter((c) => c < 0x10000));
    const marked = new Set<number>();
    for (let c = 0; c < 0x10000; c++) if (table[c] === 1) marked.add(c);
    expect(marked).toEqual(bmp);
  });

  it('on every bundled document', () => {
    for (const f of readdirSync(DATA).filter((f) => f.endsWith('.txt'))) expectSame(readFileSync(join(DATA, f), 'utf8'));
  });

  it('on random text of the characters each rule looks at', () => {
    const unit = fc.constantFrom(
      ...'推进产业链發展國丽㐀豈〇'.split(''), // main block, traditional, extension A, compatibility, 〇
      '\n', '\r', '\r\n', '\u2028', '\u2029', '\u0085', // line breaks
      ' ', '\t', '\u000b', '\u000c', '\u00a0', '\u3000', '\u2003', '\u202f', '\u205f', '\u1680', // spaces
      '\ufeff', '\u200b', '\u200d', '\u2060', '\u00ad', // zero width
      '1', '9', '０', '９', 'a', 'Z', 'ｍ', 'Ｐ', 'é', '×', '÷', 'ſ', 'ɏ', // digits, letters
      '(', ')', ':', ';', ',', '!', '?', '.', '%', '（', '）', '：', '；', '，', '！', '？', '．', '％', '～', '、', '。', '-',
      '\ud842\udfb7', '\ud87e\udc00', '\ud800', '\udc00', // astral (a traditional one among them), lone surrogates
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }), (units) => expectSame(units.join(''))),
      { numRuns: 3000 },
    );
  });

  it('grows its memory for a long text, and lets go of it afterwards', () => {
    const long = readFileSync(join(DATA, 'liaocheng-2023-key-tasks.txt'), 'utf8').repeat(130); // ≈2.4 million units
    const before = normalizeKernel();
    expectSame(long);
    expect(normalizeKernel()).not.toBe(before); // more than 32 MB: a fresh instance next time
    expectSame('１、推进 PM 2.5 治理');
  });
});
