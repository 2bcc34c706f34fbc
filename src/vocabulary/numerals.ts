/**
 * Number reading at a position: Arabic (half- or full-width digits, decimals, 1,200) and Chinese
 * numerals (三, 两, 十五, 一百二十, 一百零六, 三十万). Readers return the value and where the number ends;
 * they never look further than the number itself. parseChineseNumeral reads a whole string (an outline
 * number, a date's year) with the same reader.
 */

export interface NumberToken {
  value: number;
  start: number;
  end: number;
  chinese: boolean;
}

/** ASCII digit value of a half- or full-width digit, or -1. */
export function digitValue(ch: string | undefined): number {
  if (ch === undefined) return -1;
  const code = ch.charCodeAt(0);
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return -1;
}

function isDecimalPoint(ch: string | undefined): boolean {
  return ch === '.' || ch === '．' || ch === '·';
}

/** Arabic number starting at `pos` (which must hold a digit). */
export function readArabic(text: string, pos: number): NumberToken | undefined {
  if (digitValue(text[pos]) < 0) return undefined;
  let at = pos;
  let digits = '';
  while (digitValue(text[at]) >= 0) {
    digits += String(digitValue(text[at]));
    at++;
    // thousands separator: exactly three digits follow, then a non-digit
    if (text[at] === ',' && digitValue(text[at + 1]) >= 0 && digitValue(text[at + 2]) >= 0 &&
      digitValue(text[at + 3]) >= 0 && digitValue(text[at + 4]) < 0) {
      at++;
    }
  }
  if (isDecimalPoint(text[at]) && text[at] !== '·' && digitValue(text[at + 1]) >= 0) {
    digits += '.';
    at++;
    while (digitValue(text[at]) >= 0) {
      digits += String(digitValue(text[at]));
      at++;
    }
  }
  return { value: Number(digits), start: pos, end: at, chinese: false };
}

const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CN_SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const CN_BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

// Char codes of every numeral character: the scanner asks about each character of each task, and `in` on
// three objects (a fresh string hashed per lookup, misses walking the prototype) dominated parse time.
const CN_NUMERAL_CODES = new Set(
  [...Object.keys(CN_DIGITS), ...Object.keys(CN_SMALL_UNITS), ...Object.keys(CN_BIG_UNITS)].map((c) => c.charCodeAt(0)),
);

// Position-based checks for scanning loops: `text[i]` makes a new string for every character outside Latin-1.

/** digitValue(text[i]): -1 outside the text. */
export function digitValueAt(text: string, i: number): number {
  const code = text.charCodeAt(i); // NaN outside the text
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return -1;
}

/** True when text[i] is a Chinese numeral character (false outside the text). */
export function isChineseNumeralAt(text: string, i: number): boolean {
  return CN_NUMERAL_CODES.has(text.charCodeAt(i));
}

/**
 * Chinese numeral starting at `pos`: 三 → 3, 十五 → 15, 二十 → 20, 一百二十 → 120, 三十万 → 300000.
 * A run must start with a digit or 十 (so 万/亿/千 alone are not numbers: 千兆, 万村). Digit strings
 * written without place words (二〇二三) are not read: they are years.
 */
export function readChinese(text: string, pos: number): NumberToken | undefined {
  const first = text[pos];
  if (first === undefined || !(first in CN_DIGITS || first === '十')) return undefined;
  let total = 0; // completed 万/亿 sections
  let section = 0; // current section below 万
  let digit = -1; // pending digit
  let at = pos;
  let lastWasDigit = false;
  for (; at < text.length; at++) {
    const ch = text[at]!;
    if (ch in CN_DIGITS) {
      if (lastWasDigit) return undefined; // 二〇二三-style digit strings
      if ((ch === '零' || ch === '〇') && section > 0) continue; // 一百零六: a zero only fills a place
      digit = CN_DIGITS[ch]!;
      lastWasDigit = true;
    } else if (ch in CN_SMALL_UNITS) {
      // 十万千瓦: 千 starts the unit 千瓦, it is not a place word here
      if (ch === '千' && digit < 0 && at > pos && /^千[瓦米伏克]/.test(text.slice(at, at + 2))) break;
      section += (digit < 0 ? 1 : digit) * CN_SMALL_UNITS[ch]!;
      digit = -1;
      lastWasDigit = false;
    } else if (ch in CN_BIG_UNITS) {
      if (digit < 0 && section === 0) break;
      section += digit < 0 ? 0 : digit;
      total = (total + section) * CN_BIG_UNITS[ch]!;
      section = 0;
      digit = -1;
      lastWasDigit = false;
    } else {
      break;
    }
  }
  const value = total + section + (digit < 0 ? 0 : digit);
  return { value, start: pos, end: at, chinese: true };
}

/**
 * A whole string as a number: Arabic digits, a Chinese numeral with place words (十二, 一百零六), or
 * Chinese digits one by one (二〇二三 → 2023); undefined when it is not one.
 */
export function parseChineseNumeral(s: string): number | undefined {
  if (s.length === 0) return undefined;
  if (/^[0-9]+$/.test(s)) return Number(s);
  if (!/[十百千]/.test(s)) {
    let v = 0;
    for (const ch of s) {
      const d = CN_DIGITS[ch];
      if (d === undefined) return undefined;
      v = v * 10 + d;
    }
    return v;
  }
  const n = readChinese(s, 0);
  return n !== undefined && n.end === s.length ? n.value : undefined;
}

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 21 → 二十一 (up to 99). */
export function toChineseNumeral(n: number): string {
  if (n < 10) return NUMERALS[n] ?? String(n);
  if (n < 100) {
    const tens = Math.floor(n / 10);
    return `${tens === 1 ? '' : NUMERALS[tens]}十${NUMERALS[n % 10]}`;
  }
  return String(n);
}
