/**
 * Encoding detection without the user's help: byte-order marks, then UTF-8, then GB18030 judged by how
 * much of the text falls on common characters. Every function here is one linear pass over the bytes.
 */

export type DetectedEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be' | 'gb18030';

/** The encoding a byte-order mark announces, and the mark's length. */
export function detectBom(bytes: Uint8Array): { encoding: DetectedEncoding; length: number } | undefined {
  const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe && c === 0x00 && d === 0x00) return { encoding: 'utf-32le', length: 4 };
  if (a === 0x00 && b === 0x00 && c === 0xfe && d === 0xff) return { encoding: 'utf-32be', length: 4 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * UTF-16 without a byte-order mark shows itself by NUL bytes (the high byte of ASCII characters) sitting
 * almost all on one parity. Returns the byte order, or undefined when the NULs do not follow that pattern.
 */
export function detectBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) evenNul++;
      else oddNul++;
    }
  }
  const units = bytes.length / 2;
  // ASCII-heavy UTF-16 text has a NUL in a large share of its code units, all on one side.
  if (oddNul >= units * 0.2 && evenNul <= oddNul * 0.02) return 'utf-16le';
  if (evenNul >= units * 0.2 && oddNul <= evenNul * 0.02) return 'utf-16be';
  return undefined;
}

/** How a byte sequence reads as GB18030, character class by character class. */
export interface Gb18030Profile {
  ascii: number;
  /** GB2312 symbols and punctuation (，。、（）) and GB2312 level-1 hanzi (the ~3,800 most common). */
  common: number;
  /** GB2312 level-2 hanzi and GBK extension hanzi: valid but rarer. */
  rare: number;
  /** Four-byte sequences: valid GB18030, seldom in Chinese prose. */
  fourByte: number;
  /** User-defined (private-use) areas and byte sequences GB18030 does not allow. */
  bad: number;
}

/** Walk the bytes as GB18030 and classify every character. */
export function profileGb18030(bytes: Uint8Array): Gb18030Profile {
  const p: Gb18030Profile = { ascii: 0, common: 0, rare: 0, fourByte: 0, bad: 0 };
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      p.ascii++;
      i++;
      continue;
    }
    if (lead === 0x80 || lead === 0xff || i + 1 >= bytes.length) {
      p.bad++;
      i++;
      continue;
    }
    const trail = bytes[i + 1]!;
    if (trail >= 0x30 && trail <= 0x39) {
      const b3 = bytes[i + 2];
      const b4 = bytes[i + 3];
      if (b3 !== undefined && b4 !== undefined && b3 >= 0x81 && b3 <= 0xfe && b4 >= 0x30 && b4 <= 0x39) {
        p.fourByte++;
        i += 4;
      } else {
        p.bad++;
        i++;
      }
      continue;
    }
    if (trail < 0x40 || trail === 0x7f || trail === 0xff) {
      p.bad++;
      i++;
      continue;
    }
    p[classifyDoubleByte(lead, trail)]++;
    i += 2;
  }
  return p;
}

function classifyDoubleByte(lead: number, trail: number): 'common' | 'rare' | 'bad' {
  const highTrail = trail >= 0xa1;
  if (highTrail && lead >= 0xa1 && lead <= 0xa9) return 'common'; // GB2312 symbols
  if (highTrail && lead >= 0xb0 && lead <= 0xd7) return 'common'; // GB2312 level 1
  if (highTrail && lead >= 0xd8 && lead <= 0xf7) return 'rare'; // GB2312 level 2
  if (highTrail && ((lead >= 0xaa && lead <= 0xaf) || lead >= 0xf8)) return 'bad'; // user-defined areas
  if (!highTrail && lead >= 0xa1 && lead <= 0xa7) return 'bad'; // user-defined area 3
  return 'rare'; // GBK extension
}

/**
 * Score in [0, 1]: the share of non-ASCII characters that are common Chinese characters or punctuation,
 * minus a heavy penalty for private-use and invalid sequences. Chinese prose in GB18030 scores above 0.8;
 * Big5, Shift-JIS, Latin-1 and random bytes read as GB18030 score far lower.
 */
export function scoreGb18030(p: Gb18030Profile): number {
  const nonAscii = p.common + p.rare + p.fourByte + p.bad;
  if (nonAscii === 0) return p.ascii > 0 ? 1 : 0;
  const score = (p.common + 0.5 * p.rare - 5 * p.bad) / nonAscii;
  return Math.max(0, Math.min(1, score));
}

/** Minimum GB18030 score to accept the bytes as GB18030 without being told. */
export const GB18030_MIN_SCORE = 0.6;

const FATAL_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const ASCII_RUNS = /[\u0000-\u007f]+/g;

/** Count invalid sequences when reading the bytes as UTF-8 (0 means valid UTF-8), and non-ASCII characters. */
export function utf8Damage(bytes: Uint8Array): { text: string; replaced: number; nonAscii: number } {
  // valid UTF-8 holding no U+FFFD (nearly every input): counted natively, without a loop per character
  try {
    const valid = FATAL_UTF8.decode(bytes);
    if (!valid.includes('\uFFFD')) return { text: valid, replaced: 0, nonAscii: valid.replace(ASCII_RUNS, '').length };
  } catch {
    // not valid UTF-8: count the damage below
  }
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
  let replaced = 0;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) nonAscii++;
    if (c === 0xfffd) replaced++;
  }
  return { text, replaced, nonAscii };
}
