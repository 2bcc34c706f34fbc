import { nodeRequire } from '../node-require.js';
import { TRADITIONAL_CHARS } from './traditional-chars.js';

type Convert = (text: string) => string;

// Loaded and built on first use (≈30 ms): text with no traditional character never needs it.
let toSimplified: Convert | undefined;

function converter(): Convert {
  toSimplified ??= (nodeRequire()('opencc-js/t2cn') as typeof import('opencc-js')).Converter({ from: 'tw', to: 'cn' });
  return toSimplified;
}

// The characters OpenCC changes on their own: BMP ones as a bitmap, astral ones (surrogate pairs) in a set.
let bmpTraditional: Uint8Array | undefined;
let astralTraditional: Set<number> | undefined;

function traditionalBitmap(): Uint8Array {
  if (!bmpTraditional || !astralTraditional) {
    bmpTraditional = new Uint8Array(0x10000);
    astralTraditional = new Set();
    for (let i = 0; i < TRADITIONAL_CHARS.length; i++) {
      const c = TRADITIONAL_CHARS.codePointAt(i)!;
      if (c > 0xffff) i++;
      if (c < 0x10000) bmpTraditional[c] = 1;
      else astralTraditional.add(c);
    }
  }
  return bmpTraditional;
}

/**
 * True when the text holds a character OpenCC would change on its own. A line without one is left as it
 * is: OpenCC could still rewrite a phrase of such characters (a variant spelling), but simplified text
 * then stays as its authors wrote it, and the converter's dictionaries are never loaded for it.
 */
function hasTraditional(text: string): boolean {
  // the BMP test inline, not a call per character: this runs over every document, mostly unoptimised
  const bmp = traditionalBitmap();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400) continue;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      if (astralTraditional!.has(text.codePointAt(i)!)) return true;
      i++;
    } else if (bmp[c] === 1) return true;
  }
  return false;
}

/**
 * Convert, and convert again when the first pass changed something: OpenCC has chains such as 麼 → 么 → 幺
 * and 薴 → 苧 → 苎, and one pass would make normalisation non-idempotent.
 */
function settle(convert: Convert, text: string): string {
  const once = convert(text);
  return once === text ? once : convert(once);
}

const isSurrogate = (c: number): number => (c >= 0xd800 && c <= 0xdfff ? c & 0xfc00 : 0);

/**
 * Same length and surrogates in the same places, so every code point stays where it was. Equal length alone
 * is not enough: one BMP character turning astral and one astral character turning BMP cancel out.
 */
function sameShape(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (isSurrogate(a.charCodeAt(i)) !== isSurrogate(b.charCodeAt(i))) return false;
  return true;
}

/**
 * Traditional → simplified, keeping every UTF-16 offset: a line whose conversion changes length is
 * converted character by character instead (each character kept when its conversion would change length).
 */
export function toSimplifiedSameLength(text: string): string {
  if (!hasTraditional(text)) return text;
  const convert = converter();
  const lines = text.split('\n');
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    if (!hasTraditional(line)) continue;
    const converted = settle(convert, line);
    if (sameShape(converted, line)) {
      lines[li] = converted;
      continue;
    }
    let out = '';
    for (const ch of line) {
      const c = ch.codePointAt(0)! >= 0x3400 ? settle(convert, ch) : ch;
      out += c.length === ch.length ? c : ch;
    }
    lines[li] = out;
  }
  return lines.join('\n');
}
