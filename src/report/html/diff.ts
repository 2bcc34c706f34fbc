/** Side-by-side character diff of two task texts, with changed numbers emphasised. */
import fastDiff from 'fast-diff';
import { escapeHtml } from './escape.js';

/** Digit runs with their decimal point, percent sign and 万/亿 multiplier (ASCII and full-width). */
const NUMBER_RUN = /[0-9０-９]+(?:[.．][0-9０-９]+)?[%％万亿千]?/g;

/** Escape a changed run, wrapping each number in <b class="num"> so changed figures stand out. */
function changedRun(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(NUMBER_RUN)) {
    const at = m.index ?? 0;
    out += escapeHtml(text.slice(last, at)) + `<b class="num">${escapeHtml(m[0])}</b>`;
    last = at + m[0].length;
  }
  return out + escapeHtml(text.slice(last));
}

export interface SideBySide {
  parentHtml: string;
  childHtml: string;
  /** Characters only in the parent / only in the child. */
  deleted: number;
  inserted: number;
}

/** Numbers are single tokens (so 100 → 10 reads as a changed number, not a deleted 0); other code points one each. */
function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let last = 0;
  for (const m of text.matchAll(NUMBER_RUN)) {
    const at = m.index ?? 0;
    pushChars(tokens, text, last, at); // no spread: a 150,000-character text would overflow the call stack
    tokens.push(m[0]);
    last = at + m[0].length;
  }
  pushChars(tokens, text, last, text.length);
  return tokens;
}

function pushChars(tokens: string[], text: string, from: number, to: number): void {
  for (const ch of text.slice(from, to)) tokens.push(ch);
}

/** Private-use code units stand for tokens while fast-diff runs; beyond this many distinct tokens, diff characters. */
const TOKEN_BASE = 0xe000;
const MAX_TOKENS = 0xf8ff - TOKEN_BASE;

/**
 * fast-diff over tokens: each distinct token is encoded as one private-use character, the encoded
 * strings are diffed (with semantic clean-up, so runs are words rather than scattered characters),
 * and the runs decoded back.
 */
export function tokenDiff(a: string, b: string): Array<[-1 | 0 | 1, string]> {
  const codes = new Map<string, string>();
  const tokens: string[] = [];
  const encode = (text: string): string | undefined => {
    let out = '';
    for (const t of tokenize(text)) {
      let c = codes.get(t);
      if (c === undefined) {
        if (tokens.length >= MAX_TOKENS) return undefined;
        c = String.fromCharCode(TOKEN_BASE + tokens.length);
        codes.set(t, c);
        tokens.push(t);
      }
      out += c;
    }
    return out;
  };
  const ea = encode(a);
  const eb = ea === undefined ? undefined : encode(b);
  if (ea === undefined || eb === undefined) return fastDiff(a, b, undefined, true);
  return fastDiff(ea, eb, undefined, true).map(([op, s]) => {
    let text = '';
    for (let i = 0; i < s.length; i++) text += tokens[s.charCodeAt(i) - TOKEN_BASE] ?? '';
    return [op, text];
  });
}

/** The parent column shows equal and deleted runs, the child column equal and inserted ones. */
export function sideBySide(parentText: string, childText: string): SideBySide {
  const ops = tokenDiff(parentText, childText);
  let parentHtml = '';
  let childHtml = '';
  let deleted = 0;
  let inserted = 0;
  for (const [op, text] of ops) {
    if (op === 0) {
      const e = escapeHtml(text);
      parentHtml += e;
      childHtml += e;
    } else if (op === -1) {
      parentHtml += `<del>${changedRun(text)}</del>`;
      deleted += text.length;
    } else {
      childHtml += `<ins>${changedRun(text)}</ins>`;
      inserted += text.length;
    }
  }
  return { parentHtml, childHtml, deleted, inserted };
}
