/**
 * Segmentation memoised by sentence piece. Lists at different levels repeat each other clause by clause
 * (a county list copies most of the city's wording, with its own numbers and names), so a batch against
 * one parent, or a county aligned with its city, cuts the same pieces again and again.
 *
 * Why the result is exactly the segmenter's: a text split just after each of BLOCK_BREAKS is cut into the
 * tokens of its pieces, one after another; and pieces that each end with one can be cut together, in one
 * call, for the same tokens. Only the last piece of a text may lack the punctuation, so it is always cut last.
 */
import { BLOCK_BREAKS } from './block-breaks.js';

const PIECE_END = new RegExp(`(?<=[${BLOCK_BREAKS}])`, 'u');

/**
 * Pieces per generation. Two generations are kept: a full young one becomes the old one, and a piece found
 * in the old one moves back to the young. So pieces that keep recurring (a batch parent's clauses) stay, and
 * memory stays bounded (at most twice this many pieces, ≈2 MB) in a long-running process.
 */
const GENERATION_SIZE = 2_500;

/**
 * A copy of `piece` that does not keep the text it was split from alive (V8 represents a substring as a
 * view of its parent string; a kept piece would otherwise hold a whole document).
 */
function detached(piece: string): string {
  return (' ' + piece).slice(1);
}

export type RawCut = (text: string) => string[];

export interface PieceMemo {
  cut(text: string, raw: RawCut): string[];
}

export function createPieceMemo(): PieceMemo {
  let young = new Map<string, readonly string[]>();
  let old = new Map<string, readonly string[]>();
  const lookup = (piece: string): readonly string[] | undefined => {
    const hit = young.get(piece);
    if (hit) return hit;
    const aged = old.get(piece);
    if (aged) store(detached(piece), aged);
    return aged;
  };
  const store = (piece: string, tokens: readonly string[]): void => {
    if (young.size >= GENERATION_SIZE) {
      old = young;
      young = new Map();
    }
    young.set(piece, tokens);
  };
  return {
    cut(text, raw) {
      const pieces = text.split(PIECE_END);
      const found: (readonly string[] | undefined)[] = pieces.map(lookup);
      // the distinct pieces not seen before, in text order, cut in one call
      const todo = new Set<string>();
      pieces.forEach((piece, k) => {
        if (!found[k]) todo.add(piece);
      });
      if (todo.size > 0) {
        const tokens = raw([...todo].join(''));
        // hand the tokens back to the pieces they came from
        const cutNow = new Map<string, readonly string[]>();
        let t = 0;
        for (const piece of todo) {
          const own: string[] = [];
          let length = 0;
          while (length < piece.length && t < tokens.length) {
            own.push(tokens[t]!);
            length += tokens[t++]!.length;
          }
          // a token across a piece boundary would break the premise above: fall back to the plain cut
          if (length !== piece.length) return raw(text);
          cutNow.set(piece, own);
          store(detached(piece), own);
        }
        pieces.forEach((piece, k) => (found[k] ??= cutNow.get(piece)));
      }
      const out: string[] = [];
      for (const tokens of found) for (const token of tokens!) out.push(token);
      return out;
    },
  };
}
