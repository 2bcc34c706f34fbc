/**
 * Character classes used by normalisation. Every class here is invariant under normalisation itself
 * (a full-width letter is a word character before and after folding, a traditional ideograph stays an
 * ideograph), which is what makes normalizeText idempotent.
 */

/** CJK ideographs (and any surrogate unit: astral ideographs live in planes 2-3). */
export function isIdeograph(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xd800 && code <= 0xdfff) ||
    code === 0x3007 // 〇
  );
}

export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** ASCII or full-width digit. */
export function isAnyDigit(code: number): boolean {
  return isAsciiDigit(code) || (code >= 0xff10 && code <= 0xff19);
}

/** Letters and digits of Latin script, half- or full-width. */
export function isWordChar(code: number): boolean {
  return (
    isAnyDigit(code) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xff21 && code <= 0xff3a) ||
    (code >= 0xff41 && code <= 0xff5a) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
  );
}

/** Whitespace other than line breaks that normalisation drops or folds. */
export function isFoldableSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0b ||
    code === 0x0c ||
    code === 0xa0 ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x1680
  );
}

/** Invisible characters dropped wherever they occur. */
export function isZeroWidth(code: number): boolean {
  return code === 0xfeff || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xad;
}

export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029 || code === 0x85;
}

/**
 * Half-width punctuation that becomes its full-width form in Chinese context, and the full-width forms
 * that are canonical (kept as they are).
 */
export const TO_FULL_WIDTH: ReadonlyMap<number, string> = new Map([
  [0x28, '（'],
  [0x29, '）'],
  [0x3a, '：'],
  [0x3b, '；'],
  [0x2c, '，'],
  [0x21, '！'],
  [0x3f, '？'],
]);

const CANONICAL_FULL_WIDTH = new Set([0xff08, 0xff09, 0xff1a, 0xff1b, 0xff0c, 0xff01, 0xff1f]);

/** Full-width ASCII forms (U+FF01..U+FF5E) fold to ASCII, except the canonical punctuation above. */
export function foldFullWidth(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e && !CANONICAL_FULL_WIDTH.has(code)) return code - 0xfee0;
  return code;
}

export function isBracket(code: number): boolean {
  return code === 0x28 || code === 0x29;
}
