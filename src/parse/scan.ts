const OPENERS = '“‘《（「『【〔(';
const CLOSERS = '”’》）」』】〕)';

/**
 * Split text[from, to) at separator characters that stand outside quotes and brackets
 * (“两清零、一提标” stays whole). Returns [start, end) ranges, untrimmed. Linear.
 */
export function splitOutside(text: string, from: number, to: number, separators: string): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let depth = 0;
  let straightQuote = false;
  let partStart = from;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (ch === '"') straightQuote = !straightQuote;
    else if (OPENERS.includes(ch)) depth++;
    else if (CLOSERS.includes(ch)) depth = depth > 0 ? depth - 1 : 0;
    else if (depth === 0 && !straightQuote && separators.includes(ch)) {
      parts.push([partStart, i]);
      partStart = i + 1;
    }
  }
  parts.push([partStart, to]);
  return parts;
}

/** First index in [from, to) of one of `stops` outside quotes/brackets, or -1. */
export function indexOutside(text: string, from: number, to: number, stops: string): number {
  let depth = 0;
  let straightQuote = false;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (ch === '"') straightQuote = !straightQuote;
    else if (OPENERS.includes(ch)) depth++;
    else if (CLOSERS.includes(ch)) depth = depth > 0 ? depth - 1 : 0;
    else if (depth === 0 && !straightQuote && stops.includes(ch)) return i;
  }
  return -1;
}

const SPACE_RE = /\s/;

/** Shrink [start, end) past whitespace (and optional extra characters) on both sides. */
export function trimRange(text: string, start: number, end: number, extra = ''): [number, number] {
  let s = start;
  let e = end;
  while (s < e && (SPACE_RE.test(text[s]!) || extra.includes(text[s]!))) s++;
  while (e > s && (SPACE_RE.test(text[e - 1]!) || extra.includes(text[e - 1]!))) e--;
  return [s, e];
}

/** The first sentence of text[start, end): up to the first 。！？ outside quotes (exclusive); else up to ；; else all. */
export function firstSentence(text: string, start: number, end: number): [number, number] {
  let stop = indexOutside(text, start, end, '。！？');
  if (stop < 0) stop = indexOutside(text, start, end, '；');
  return trimRange(text, start, stop < 0 ? end : stop);
}
