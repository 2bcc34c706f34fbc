/**
 * Segmentation memoised by sentence piece. Lists at different levels repeat each other clause by clause
 * (a county list copies most of the city's wording, with its own numbers and names), so a batch against
 * one parent, or a county aligned with its city, cuts the same pieces again and again.
 *
 * Why the result is exactly the segmenter's: jieba cuts a text block by block, and a block never spans the
 * sentence punctuation below (it is not in jieba's word-character class, and each such character is a
 * token of its own). So a text split just after each such character is cut into the tokens of its pieces,
 * one after another; and pieces that each end with one can be cut together, in one call, for the same
 * tokens. Only the last piece of a text may lack the punctuation, so it is always cut last.
 */
const PIECE_END = /(?<=[，。；：！？、])/u;

/** Pieces kept per memo before it is cleared (bounded memory in long-running processes, ~10 MB). */
const PIECE_MEMO_LIMIT = 40_000;

export type RawCut = (text: string) => string[];

export interface PieceMemo {
  cut(text: string, raw: RawCut): string[];
}

export function createPieceMemo(): PieceMemo {
  const memo = new Map<string, readonly string[]>();
  return {
    cut(text, raw) {
      const pieces = text.split(PIECE_END);
      if (memo.size + pieces.length > PIECE_MEMO_LIMIT) memo.clear();
      // the distinct pieces not seen before, in text order, cut in one call
      const todo = new Set<string>();
      for (const piece of pieces) if (!memo.has(piece)) todo.add(piece);
      if (todo.size > 0) {
        const tokens = raw([...todo].join(''));
        // hand the tokens back to the pieces they came from
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
          memo.set(piece, own);
        }
      }
      const out: string[] = [];
      for (const piece of pieces) for (const token of memo.get(piece)!) out.push(token);
      return out;
    },
  };
}
