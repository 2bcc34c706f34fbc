import type { Span } from '../model/index.js';
import {
  TO_FULL_WIDTH,
  foldFullWidth,
  isAnyDigit,
  isBracket,
  isFoldableSpace,
  isIdeograph,
  isLineBreak,
  isWordChar,
  isZeroWidth,
} from './char-class.js';
import { toSimplifiedSameLength } from './traditional.js';

export interface NormalizeOptions {
  /** Convert traditional characters to simplified (default true). */
  simplify?: boolean;
}

/** Normalised text and the way back to the original. */
export interface NormalizedText {
  readonly text: string;
  readonly original: string;
  /** Original offset where normalised character `i` starts (`i === text.length` → original.length). */
  toOriginal(i: number): number;
  /** Original offset just past normalised character `end - 1`, i.e. the original end of a span ending at `end`. */
  toOriginalEnd(end: number): number;
  /** A normalised half-open range as a span of the original. */
  toOriginalSpan(start: number, end: number): Span;
}

// Significant-neighbour classes.
const NONE = 0;
const HAN = 1;
const WORD = 2;

const enum Kind {
  Break,
  Space,
  Han,
  Digit,
  Word,
  Punct,
}

function kindOf(code: number): Kind {
  // the common case first: most characters of a document are in the main CJK block
  if (code >= 0x4e00 && code <= 0x9fff) return Kind.Han;
  if (isLineBreak(code)) return Kind.Break;
  if (isFoldableSpace(code) || isZeroWidth(code)) return Kind.Space;
  if (isIdeograph(code)) return Kind.Han;
  if (isAnyDigit(code)) return Kind.Digit;
  if (isWordChar(code)) return Kind.Word;
  return Kind.Punct;
}

/**
 * The class of the nearest significant character on one side within the line, as a running state: the
 * state after seeing a character of `kind`. `skipDigits`: digits don't count (used for brackets, so
 * `(1)加强` reads as Chinese). `skipPunct`: punctuation doesn't count (it may itself be converted, so it
 * must not decide anything).
 */
function nextClass(last: number, kind: Kind, skipDigits: boolean, skipPunct: boolean): number {
  if (kind === Kind.Break) return NONE;
  if (kind === Kind.Space) return last;
  if (kind === Kind.Han) return HAN;
  if (kind === Kind.Digit) return skipDigits ? last : WORD;
  if (kind === Kind.Word) return WORD;
  return skipPunct ? last : NONE;
}

/** The output of normalizeText's two passes, before simplification. */
interface NormalizedPasses {
  /** The normalised text. */
  text: string;
  /** Original offset where output character i starts, and where it ends; entry `text.length` is the original length. */
  starts: Int32Array;
  ends: Int32Array;
}

/** The two passes of normalizeText: character kinds right to left, then the output left to right. */
function normalizePasses(original: string): NormalizedPasses {
  const n = original.length;
  // One pass right to left for the character kinds and the classes of the nearest significant character
  // on the right; the classes on the left are carried along in the main pass (two passes over the text,
  // not eight: this runs on every document, mostly before V8 has optimised it).
  const kinds = new Uint8Array(n);
  const rightSig = new Uint8Array(n);
  const rightSigNoDigit = new Uint8Array(n);
  const rightSolid = new Uint8Array(n);
  for (let i = n - 1, sig = NONE, sigNoDigit = NONE, solid = NONE; i >= 0; i--) {
    const kind = kindOf(original.charCodeAt(i));
    kinds[i] = kind;
    rightSig[i] = sig;
    rightSigNoDigit[i] = sigNoDigit;
    rightSolid[i] = solid;
    if (kind === Kind.Han) sig = sigNoDigit = solid = HAN;
    else {
      sig = nextClass(sig, kind, false, true);
      sigNoDigit = nextClass(sigNoDigit, kind, true, true);
      solid = nextClass(solid, kind, false, false);
    }
  }

  const out = new Uint16Array(n);
  const starts = new Int32Array(n + 1);
  const ends = new Int32Array(n + 1);
  let len = 0;
  const push = (code: number, start: number, end: number): void => {
    out[len] = code;
    starts[len] = start;
    ends[len] = end;
    len++;
  };

  // Line prefix state for `1、` markers: 0 nothing yet, 1 digits only so far, 2 anything else.
  let prefix = 0;
  let sig = NONE;
  let sigNoDigit = NONE;
  let solid = NONE;
  for (let i = 0; i < n; i++) {
    const code = original.charCodeAt(i);
    const kind = kinds[i] as Kind;
    // classes on the left of i; then advanced past i (skipping the LF of a CRLF pair below changes nothing:
    // both characters are line breaks)
    const leftSig = sig;
    const leftSigNoDigit = sigNoDigit;
    const leftSolid = solid;
    if (kind === Kind.Han) {
      // an ideograph is pushed as it is (traditional ones are converted after this pass)
      sig = sigNoDigit = solid = HAN;
      prefix = 2;
      push(code, i, i + 1);
      continue;
    }
    sig = nextClass(sig, kind, false, true);
    sigNoDigit = nextClass(sigNoDigit, kind, true, true);
    solid = nextClass(solid, kind, false, false);
    if (kind === Kind.Break) {
      if (code === 0x0d && original.charCodeAt(i + 1) === 0x0a) {
        push(0x0a, i, i + 2);
        i++;
      } else push(0x0a, i, i + 1);
      prefix = 0;
      continue;
    }
    if (kind === Kind.Space) {
      if (isZeroWidth(code)) continue;
      const runStart = i === 0 || kinds[i - 1] !== Kind.Space;
      // one space between two Latin words survives; anything else is dropped
      if (runStart && leftSolid === WORD && rightSolid[i] === WORD) push(0x20, i, i + 1);
      continue;
    }
    if (kind === Kind.Digit) prefix = prefix === 2 ? 2 : 1;
    else if (!(code === 0x3001 && prefix === 1)) prefix = 2;

    const full = code < 0x40 ? TO_FULL_WIDTH.get(code) : undefined;
    if (full !== undefined) {
      const chinese = isBracket(code)
        ? leftSigNoDigit === HAN || rightSigNoDigit[i] === HAN
        : leftSig === HAN || rightSig[i] === HAN;
      push(chinese ? full.charCodeAt(0) : code, i, i + 1);
      continue;
    }
    if (code === 0x3001 && prefix === 1) {
      push(0x2e, i, i + 1); // 1、 → 1.
      prefix = 2;
      continue;
    }
    push(foldFullWidth(code), i, i + 1);
  }
  starts[len] = n;
  ends[len] = n;

  let text = '';
  const CHUNK = 8192;
  // apply() reads the typed array as array-like; a spread would run its iterator, one object per character
  for (let k = 0; k < len; k += CHUNK) {
    text += String.fromCharCode.apply(null, out.subarray(k, Math.min(len, k + CHUNK)) as unknown as number[]);
  }
  return { text, starts: starts.subarray(0, len + 1), ends: ends.subarray(0, len + 1) };
}

/**
 * Normalise a decoded document for analysis, keeping a map back to the original:
 * - BOM and zero-width characters dropped; CRLF / CR / U+2028 → LF;
 * - full-width ASCII letters, digits and symbols → ASCII (`１．` → `1.`, `％` → `%`);
 * - whitespace (ideographic space U+3000, NBSP, tabs, …): dropped, except one ASCII space kept between two
 *   Latin letters/digits (`PM 2.5`); so lines carry no indentation or trailing blanks;
 * - canonical punctuation in Chinese text is FULL-WIDTH: half-width `( ) : ; , ! ?` become `（ ） ： ； ， ！ ？`
 *   when the nearest letter on either side (skipping spaces and punctuation, and for brackets also digits)
 *   is a CJK ideograph; `1,000` and `8:30` stay as they are; `.` is never converted;
 * - list markers `1、` at the start of a line become `1.` (so `1.` / `1．` / `1、` all read `1.`);
 * - traditional characters → simplified (OpenCC tw → cn), one character for one character.
 * Every step maps one original character (or CRLF pair) to at most one output character, so offsets map
 * exactly. The result is idempotent: normalizeText(normalizeText(x).text).text === normalizeText(x).text.
 */
export function normalizeText(original: string, options: NormalizeOptions = {}): NormalizedText {
  const n = original.length;
  const { text: folded, starts, ends } = normalizePasses(original);
  const len = starts.length - 1;
  const text = options.simplify !== false ? toSimplifiedSameLength(folded) : folded;

  const clamp = (i: number): number => (i < 0 ? 0 : i > len ? len : i);
  const toOriginal = (i: number): number => starts[clamp(i)]!;
  const toOriginalEnd = (end: number): number => {
    const e = clamp(end);
    return e === 0 ? (len === 0 ? n : starts[0]!) : ends[e - 1]!;
  };
  return {
    text,
    original,
    toOriginal,
    toOriginalEnd,
    toOriginalSpan(start: number, end: number): Span {
      const s = toOriginal(start);
      return { start: s, end: end <= start ? s : toOriginalEnd(end) };
    },
  };
}
