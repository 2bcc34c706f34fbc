import * as OpenCC from 'opencc-js';

type Convert = (text: string) => string;

// Built on first use: loading the dictionaries costs a few milliseconds we don't want at import time.
let toSimplified: Convert | undefined;

function converter(): Convert {
  toSimplified ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
  return toSimplified;
}

function hasHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400) return true;
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
  if (!hasHan(text)) return text;
  const convert = converter();
  const lines = text.split('\n');
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    if (!hasHan(line)) continue;
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
