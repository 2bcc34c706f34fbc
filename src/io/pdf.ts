import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { nodeRequire } from '../node-require.js';
import { wrapJoiner } from './layout.js';

/**
 * PDF with a text layer → the extracted text (see layout.ts), read with pdfjs-dist (legacy build, no
 * native code). Text items are grouped into visual lines; a wide gap inside a line becomes a TAB (table
 * columns). Running headers and footers (a line at the top or bottom of most pages, page numbers such as
 * `— 3 —`, `- 3 -`, `第3页`, `3/10`) are dropped. A line that runs to the right margin is joined with the
 * next one unless that one is indented or opens a numbered item after a closed sentence: CJK text without
 * a space, so a number or a target broken over two lines is whole again.
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
  // pdfjs-dist is an ES module: imported (not required) from both builds, through its resolved file URL
  pdfjs ??= import(pathToFileURL(nodeRequire().resolve('pdfjs-dist/legacy/build/pdf.mjs')).href) as Promise<PdfjsModule>;
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

/** Group a page's text items into lines, top to bottom. */
function pageLines(items: TextItem[]): Line[] {
  const glyphs = items
    .filter((i) => i.str.trim() !== '')
    .map((i) => ({ str: i.str, x: i.transform[4]!, y: i.transform[5]!, w: i.width, size: Math.hypot(i.transform[2]!, i.transform[3]!) || i.height || 10 }))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Array<typeof glyphs> = [];
  for (const g of glyphs) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last[0]!.y - g.y) < Math.min(last[0]!.size, g.size) * 0.5) last.push(g);
    else lines.push([g]);
  }
  return lines.map((parts) => {
    parts.sort((a, b) => a.x - b.x);
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
  });
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
    for (const l of lines) {
      if (edge.has(l)) {
        const t = l.text.trim();
        if (PAGE_NUMBER.some((re) => re.test(t))) continue;
        if (pages.length >= 2 && (edgeCount.get(runningKey(t)) ?? 0) >= repeatsOn) continue;
      }
      body.push(l);
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
    const opens = OPENS_ITEM.test(l.text) && CLOSES_SENTENCE.test(prev?.text ?? '');
    if (full && !indented && !opens && !l.text.includes('\t') && out.length > 0) {
      const last = out[out.length - 1]!;
      out[out.length - 1] = last + wrapJoiner(last, l.text) + l.text;
    } else {
      out.push(l.text);
    }
    prev = l;
  }
  return `${out.join('\n')}\n`;
}
