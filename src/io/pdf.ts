import { dirname, join } from 'node:path';
import { nodeRequire } from '../node-require.js';
import { wrapJoiner } from './layout.js';

/**
 * PDF with a text layer → the extracted text (see layout.ts), read with pdfjs-dist (legacy build; nothing is
 * compiled on install). Table rows are found from the content order (tableRows); the other text items are
 * grouped into visual lines. Running headers and footers (a line at the top or bottom of most pages, page
 * numbers such as `— 3 —`, `- 3 -`, `第3页`, `3/10`) are dropped. A line that runs to the right margin (or,
 * where paragraphs open indented, one three quarters full) is joined with the next unless that one is
 * indented or opens a numbered item: CJK text without a space, so a target broken over two lines is whole.
 */

export class PdfTextError extends Error {
  constructor(
    readonly kind: 'encrypted' | 'invalid' | 'no-text',
    message: string,
  ) {
    super(message);
  }
}

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  /** A table row: the left edge of each of its TAB-separated cells. */
  columns?: number[];
}

interface PdfjsModule {
  getDocument(src: Record<string, unknown>): { promise: Promise<PdfjsDocument>; destroy(): Promise<void> };
}
interface PdfjsDocument {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: Array<TextItem | { type: string }> }>; cleanup(): void }>;
  destroy(): Promise<void>;
}

let pdfjs: Promise<PdfjsModule> | undefined;
function loadPdfjs(): Promise<PdfjsModule> {
  // pdfjs-dist is an ES module: imported, not required, from both builds (the CJS build keeps the import())
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs') as Promise<PdfjsModule>;
  return pdfjs;
}

export async function pdfToText(bytes: Uint8Array): Promise<string> {
  const lib = await loadPdfjs();
  const root = dirname(nodeRequire().resolve('pdfjs-dist/package.json'));
  const task = lib.getDocument({
    // pdfjs takes the buffer over: give it a copy
    data: new Uint8Array(bytes),
    cMapUrl: join(root, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(root, 'standard_fonts') + '/',
    wasmUrl: join(root, 'wasm') + '/',
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: 0,
  });
  let doc: PdfjsDocument;
  try {
    doc = await task.promise;
  } catch (e) {
    const name = (e as { name?: string }).name;
    if (name === 'PasswordException') throw new PdfTextError('encrypted', 'the PDF is encrypted (password protected)');
    throw new PdfTextError('invalid', `not a readable PDF (${(e as Error).message ?? String(e)})`);
  }
  try {
    const pages: Line[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageLines(content.items.filter((i): i is TextItem => 'str' in i)));
      page.cleanup();
    }
    return assemble(pages);
  } finally {
    await doc.destroy();
  }
}

interface Glyph {
  str: string;
  x: number;
  y: number;
  w: number;
  size: number;
}

/** A run of text in content order: one line, or the wrapped lines of one table cell. */
interface Block {
  x0: number;
  top: number;
  lines: Glyph[][];
}

/**
 * A page's lines, top to bottom. Table rows are found first (below); the other text items are grouped into
 * visual lines by their baseline.
 */
function pageLines(items: TextItem[]): Line[] {
  const glyphs: Glyph[] = items
    .filter((i) => i.str !== '')
    .map((i) => ({ str: i.str, x: i.transform[4]!, y: i.transform[5]!, w: i.width, size: Math.hypot(i.transform[2]!, i.transform[3]!) || i.height || 10 }));
  const { rows, used } = tableRows(glyphs);
  const rest = glyphs.filter((g) => !used.has(g) && g.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Glyph[][] = [];
  for (const g of rest) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last[0]!.y - g.y) < Math.min(last[0]!.size, g.size) * 0.5) last.push(g);
    else lines.push([g]);
  }
  return [...rows, ...lines.map((parts) => lineOf(parts.sort((a, b) => a.x - b.x)))].sort((a, b) => b.y - a.y);
}

/** The text of glyphs on one baseline, left to right: a wide gap is a TAB, a small one between Latin letters or digits a space. */
function lineOf(parts: Glyph[]): Line {
  let text = '';
  let end = parts[0]!.x;
  for (const p of parts) {
    const gap = p.x - end;
    if (text !== '' && gap > p.size * 1.5) text += '\t';
    else if (text !== '' && gap > p.size * 0.2 && /[A-Za-z0-9]$/.test(text) && /^[A-Za-z0-9]/.test(p.str)) text += ' ';
    text += p.str;
    end = Math.max(end, p.x + p.w);
  }
  const size = Math.max(...parts.map((p) => p.size));
  return { text: unifyRadicals(text.replace(/\s+$/, '')), x0: parts[0]!.x, x1: end, y: parts[0]!.y, size };
}

/**
 * Table rows. Writers draw a table cell by cell, so in content order a cell's wrapped lines follow each other
 * at the cell's left edge: such a run is a block. Blocks whose first lines share a baseline are the cells of
 * one row, placed in the columns their left edges fall into (a column empty in a row, such as one merged
 * down from the row above, stays empty). A row of one block is left to the line reader.
 */
function tableRows(glyphs: readonly Glyph[]): { rows: Line[]; used: Set<Glyph> } {
  const blocks: Block[] = [];
  // a wide blank item (the gap a writer leaves between two cells) ends a block
  let broken = false;
  for (const g of glyphs) {
    if (g.str.trim() === '') {
      if (g.w >= g.size) broken = true;
      continue;
    }
    const b = blocks[blocks.length - 1];
    const line = b?.lines[b.lines.length - 1];
    const prev = line?.[line.length - 1];
    const sameLine = prev !== undefined && Math.abs(prev.y - g.y) < g.size * 0.5;
    const gap = prev ? g.x - (prev.x + prev.w) : 0;
    if (b && line && sameLine && !broken && gap >= -g.size * 0.5 && gap <= g.size) line.push(g);
    else if (b && prev && !sameLine && prev.y - g.y > 0 && prev.y - g.y < g.size * 2.2 && Math.abs(g.x - b.x0) < g.size * 0.6) b.lines.push([g]);
    else blocks.push({ x0: g.x, top: g.y, lines: [[g]] });
    broken = false;
  }
  // rows: blocks whose first lines start within a line's height (cells centred vertically start a little lower)
  const byTop: Block[][] = [];
  for (const b of [...blocks].sort((p, q) => q.top - p.top || p.x0 - q.x0)) {
    const row = byTop[byTop.length - 1];
    if (row && row[0]!.top - b.top < b.lines[0]![0]!.size * 0.8) row.push(b);
    else byTop.push([b]);
  }
  const used = new Set<Glyph>();
  if (byTop.filter((r) => r.length >= 2).length < 2) return { rows: [], used };
  const rows: Line[] = [];
  // runs of consecutive rows of several cells; a run's columns are the left edges of its cells, clustered
  for (let i = 0; i < byTop.length; i++) {
    if (byTop[i]!.length < 2) continue;
    let j = i;
    while (j + 1 < byTop.length && byTop[j + 1]!.length >= 2) j++;
    const run = byTop.slice(i, j + 1);
    const size = run[0]![0]!.lines[0]![0]!.size;
    // (a left edge met in one row only, such as a centred header, is no column of its own when the run is longer)
    const clusters: Array<{ x: number; rows: Set<Block[]> }> = [];
    for (const [x, row] of run.flatMap((r) => r.map((b) => [b.x0, r] as const)).sort((p, q) => p[0] - q[0])) {
      const last = clusters[clusters.length - 1];
      if (last && x - last.x <= size) last.rows.add(row);
      else clusters.push({ x, rows: new Set([row]) });
    }
    const supported = clusters.filter((c) => c.rows.size >= 2 || run.length <= 2);
    const columns = (supported.length >= 2 ? supported : clusters).map((c) => c.x);
    for (const row of run) {
      const cells = columns.map(() => '');
      let x1 = 0;
      for (const b of row.sort((p, q) => p.x0 - q.x0)) {
        let col = 0;
        while (col + 1 < columns.length && columns[col + 1]! <= b.x0 + size * 0.5) col++;
        const text = b.lines.map((l) => lineOf(l).text).reduce((acc, t) => (acc === '' ? t : acc + wrapJoiner(acc, t) + t), '');
        cells[col] = cells[col] === '' ? text : `${cells[col]} ${text}`;
        for (const l of b.lines) for (const g of l) (used.add(g), (x1 = Math.max(x1, g.x + g.w)));
      }
      rows.push({ text: cells.map((c) => c.replace(/\t/g, ' ')).join('\t'), x0: columns[0]!, x1, y: row[0]!.top, size, columns });
    }
    i = j;
  }
  return { rows, used };
}

/**
 * Fonts often map common ideographs to the look-alike Kangxi radicals (⼀ ⼈ ⼯ ⽣, U+2F00…) or CJK radical
 * supplements in their Unicode tables; NFKC gives the ideograph (一 人 工 生), one character for one.
 */
function unifyRadicals(text: string): string {
  return text.replace(/[\u2e80-\u2ef3\u2f00-\u2fd5]/g, (c) => {
    const n = c.normalize('NFKC');
    return n.length === 1 ? n : c;
  });
}

const PAGE_NUMBER = [
  /^[-—–－―_\s]*\d{1,4}[-—–－―_\s]*$/,
  /^第\s*\d{1,4}\s*页(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$/,
  /^共\s*\d{1,4}\s*页\s*[,，]?\s*第\s*\d{1,4}\s*页$/,
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/,
  /^(page|p\.)\s*\d{1,4}(\s*of\s*\d{1,4})?$/i,
];

/** How many lines at the top and at the bottom of a page may be running headers or footers. */
const EDGE_LINES = 2;

function runningKey(text: string): string {
  return text.replace(/\s+/g, '').replace(/\d+/g, '#');
}

/** Drop running headers and footers, then join wrapped lines. */
function assemble(pages: Line[][]): string {
  const edgeCount = new Map<string, number>();
  for (const lines of pages) {
    const keys = new Set(edges(lines).map((l) => runningKey(l.text)));
    for (const k of keys) edgeCount.set(k, (edgeCount.get(k) ?? 0) + 1);
  }
  const repeatsOn = Math.max(2, Math.ceil(pages.length * 0.5));
  const body: Line[] = [];
  for (const lines of pages) {
    const edge = new Set(edges(lines));
    let pageTop = true;
    for (const l of lines) {
      if (edge.has(l)) {
        const t = l.text.trim();
        if (PAGE_NUMBER.some((re) => re.test(t))) continue;
        if (pages.length >= 2 && (edgeCount.get(runningKey(t)) ?? 0) >= repeatsOn) continue;
      }
      // a table going on over the page: rows whose columns are some of the table's take its columns
      const last = body[body.length - 1];
      const row = last?.columns && l.columns ? (withColumns(l, last.columns) ?? l) : l;
      // a table row broken by the page: its rest at the top of the next page joins it
      const joined = pageTop && last?.columns ? continueRow(last, row) : undefined;
      if (joined) body[body.length - 1] = joined;
      else (body.push(row), (pageTop = false));
    }
  }
  const nonSpace = body.reduce((n, l) => n + l.text.replace(/\s+/g, '').length, 0);
  if (nonSpace < 20 * pages.length) {
    throw new PdfTextError('no-text', 'the PDF has no text layer (a scanned image?): run OCR on it or use the Word or web version');
  }
  const unmapped = body.reduce((n, l) => n + (l.text.match(/[\ue000-\uf8ff\ufffd]/g)?.length ?? 0), 0);
  if (unmapped > nonSpace * 0.3) {
    throw new PdfTextError('no-text', 'the PDF text layer cannot be read (its fonts map no characters to Unicode): use the Word or web version');
  }
  return joinWrapped(body);
}

/**
 * `line` continues table row `row` from the previous page when it lies in the row's columns and leaves the
 * row-number column empty (a row of cells), or sits inside the table right of its first column (a cell's
 * last lines alone). Returns the row with the text added, or undefined.
 */
function continueRow(row: Line, line: Line): Line | undefined {
  const columns = row.columns!;
  const cells = row.text.split('\t');
  const columnOf = (x: number): number => {
    let col = 0;
    while (col + 1 < columns.length && columns[col + 1]! <= x + row.size * 0.5) col++;
    return col;
  };
  let more: string[];
  if (line.columns) {
    const numberColumn = cells.findIndex((c) => /^\d{1,4}$/.test(c));
    const same = line.columns.length === columns.length && line.columns.every((x, i) => Math.abs(x - columns[i]!) <= row.size);
    more = line.text.split('\t');
    if (!same || numberColumn < 0 || more[numberColumn] !== '') return undefined;
  } else {
    if (line.x0 <= columns[0]! + row.size || line.x0 > row.x1 || line.text.includes('\t')) return undefined;
    more = columns.map((_, i) => (i === columnOf(line.x0) ? line.text : ''));
  }
  const text = cells.map((c, i) => (more[i] ? (c === '' ? more[i]! : c + wrapJoiner(c, more[i]!) + more[i]!) : c)).join('\t');
  return { ...row, text, x1: Math.max(row.x1, line.x1) };
}

/** The row with its cells placed in `columns`, when each of its own columns is one of them; else undefined. */
function withColumns(row: Line, columns: number[]): Line | undefined {
  const own = row.columns!;
  if (own.length >= columns.length) return undefined;
  const at = own.map((x) => columns.findIndex((c) => Math.abs(c - x) <= row.size));
  if (at.some((i) => i < 0) || at.some((i, k) => k > 0 && i <= at[k - 1]!)) return undefined;
  const cells = columns.map(() => '');
  row.text.split('\t').forEach((c, k) => (cells[at[k]!] = c));
  return { ...row, text: cells.join('\t'), x0: columns[0]!, columns };
}

function edges(lines: Line[]): Line[] {
  if (lines.length <= EDGE_LINES * 2) return lines;
  return [...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)];
}

/** The most common value of xs, rounded to `step`. */
function mode(xs: number[], step: number): number {
  const count = new Map<number, number>();
  let best = xs[0] ?? 0;
  let bestN = 0;
  for (const x of xs) {
    const k = Math.round(x / step) * step;
    const n = (count.get(k) ?? 0) + 1;
    count.set(k, n);
    if (n > bestN || (n === bestN && k < best)) (best = k), (bestN = n);
  }
  return best;
}

const OPENS_ITEM = /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,3}[.．、](?!\d)|[①-⑳]|第[一二三四五六七八九十\d]+[章节条部分])/;
const CLOSES_SENTENCE = /[。；;：:！!？?]$/;

function joinWrapped(lines: Line[]): string {
  if (lines.length === 0) return '';
  const size = mode(lines.map((l) => l.size), 0.5) || 10;
  const left = mode(lines.map((l) => l.x0), size / 2);
  // the right margin: the rightmost line end shared by a fair number of lines (wrapped lines all end there)
  const ends = new Map<number, number>();
  for (const l of lines) {
    const k = Math.round(l.x1 / (size / 2));
    ends.set(k, (ends.get(k) ?? 0) + 1);
  }
  const minShare = Math.max(2, lines.length * 0.05);
  let right = Math.max(...lines.map((l) => l.x1));
  const frequent = [...ends].filter(([, n]) => n >= minShare).map(([k]) => k * (size / 2));
  if (frequent.length > 0) right = Math.max(...frequent);

  // Where paragraphs open with an indent, the indent tells paragraphs apart, and a line may stop well short
  // of the margin and still run on (a browser carries 业、 or PM2.5、 over to the next line together);
  // without indents only a line reaching the margin runs on.
  const indentedShare = lines.filter((l) => l.x0 > left + size * 1.5 && l.x0 < left + size * 2.5).length / lines.length;
  const slack = indentedShare >= 0.05 ? Math.max(size * 1.5, (right - left) * 0.25) : size * 1.5;
  const out: string[] = [];
  let prev: Line | undefined;
  for (const l of lines) {
    const full = prev !== undefined && !prev.text.includes('\t') && prev.x1 >= right - slack;
    const indented = l.x0 > left + size * 0.8;
    // a numbered item starts a line unless the line before breaks off mid-sentence (an ideograph, a comma)
    const opens = OPENS_ITEM.test(l.text) && (CLOSES_SENTENCE.test(prev?.text ?? '') || !/[\u4e00-\u9fff，,、]$/.test(prev?.text ?? ''));
    if (full && !indented && !opens && !l.text.includes('\t') && out.length > 0) {
      const last = out[out.length - 1]!;
      out[out.length - 1] = last + wrapJoiner(last, l.text) + l.text;
    } else {
      // a blank line before and after a table
      if (out.length > 0 && out[out.length - 1]!.includes('\t') !== l.text.includes('\t')) out.push('');
      out.push(l.text);
    }
    prev = l;
  }
  return `${out.join('\n')}\n`;
}
