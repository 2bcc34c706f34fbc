/**
 * The plain-text layout every reader (HTML, DOCX, PDF, DOC) produces, so that the parser reads one form:
 * - a paragraph (or a PDF line joined with its continuation lines) is one line;
 * - a table is one line per row, cells separated by a TAB; a cell's own line breaks are folded (below);
 *   a horizontally merged cell appears once; a vertically merged cell (rowspan, vMerge) is REPEATED on every
 *   row it spans, so that each row carries its own lead units and part;
 * - a blank line stands before and after each table.
 */

/** Ideographs, CJK punctuation and full-width forms: text joined without a space on either side of these. */
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2014\u2026\u201c\u201d\u2018\u2019]/;

/** Characters that end a clause: a break after one of them folds to nothing. */
const CLAUSE_END = /[。；;，,、：:！!？?）)】」』”]$/;

/** A line that reads as a name in a list (a unit, a person): short, no clause punctuation. */
const NAME_LINE = /^[^。；;，,：:]{1,25}$/;

/**
 * Join the lines of one table cell: nothing after a clause end; `、` between lines that are all short names
 * (units typed one per line: 市科技局、市财政局 — a space would vanish in normalisation, which drops spaces
 * between ideographs); otherwise nothing between two wide characters and a space elsewhere.
 */
export function foldCellLines(lines: readonly string[]): string {
  const kept = lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l !== '');
  const names = kept.length > 1 && kept.every((l) => NAME_LINE.test(l));
  let out = '';
  for (const line of kept) {
    if (out === '') out = line;
    else if (names) out += `、${line}`;
    else out += (CLAUSE_END.test(out) ? '' : collapseSpace(out, line)) + line;
  }
  return out;
}

/** Separator for joining a wrapped line with its continuation: a space only between two Latin letters. */
export function wrapJoiner(before: string, after: string): string {
  const a = before.charAt(before.length - 1);
  const b = after.charAt(0);
  return /[A-Za-z]/.test(a) && /[A-Za-z]/.test(b) ? ' ' : '';
}

/** Collapse a run of white space met in flowing text (HTML source): dropped between wide characters. */
export function collapseSpace(before: string, after: string): string {
  const a = before.charAt(before.length - 1);
  const b = after.charAt(0);
  if (a === '' || b === '') return '';
  return WIDE.test(a) || WIDE.test(b) ? '' : ' ';
}

/** One line per row, TAB between cells; cell text must already be folded to one line. */
export function tableLines(rows: readonly (readonly string[])[]): string[] {
  return rows.map((cells) => cells.map((c) => c.replace(/[\t\r\n]+/g, ' ')).join('\t')).filter((l) => l.replace(/\t/g, '').trim() !== '');
}

/** Assemble blocks (lines, or tables as arrays of row lines) into the extracted text. */
export class TextBuilder {
  private readonly lines: string[] = [];

  line(text: string): void {
    const t = text.replace(/[ \t\u00a0]+$/g, '').replace(/^[ \t\u00a0]+/g, '');
    if (t !== '') this.lines.push(t);
  }

  table(rows: readonly string[]): void {
    if (rows.length === 0) return;
    this.blank();
    for (const r of rows) this.lines.push(r);
    this.lines.push('');
  }

  private blank(): void {
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== '') this.lines.push('');
  }

  toString(): string {
    while (this.lines.length > 0 && this.lines[this.lines.length - 1] === '') this.lines.pop();
    return this.lines.length === 0 ? '' : `${this.lines.join('\n')}\n`;
  }
}
