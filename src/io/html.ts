import type * as Htmlparser2 from 'htmlparser2';
import { nodeRequire } from '../node-require.js';
import { collapseSpace, foldCellLines, tableLines, TextBuilder } from './layout.js';

/**
 * HTML (a saved portal page) → the extracted text of its article (see layout.ts): page chrome dropped
 * (navigation, breadcrumbs, share bars, headers and footers, link lists), the portal metadata block kept as
 * `key：value` lines whether it is written as lines, pipes, a definition list or a table, and data tables
 * kept as rows of TAB-separated cells.
 */

interface DomNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
  parent?: DomNode | null;
}

/** Elements that never hold article text. */
const SKIP_TAGS = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'nav', 'aside',
  'button', 'select', 'option', 'textarea', 'input', 'map', 'audio', 'video',
]);

/** Elements that start and end a line. */
const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li',
  'dl', 'dt', 'dd', 'blockquote', 'pre', 'address', 'figure', 'figcaption', 'center', 'form', 'fieldset', 'hr', 'body',
  'table', 'tr', 'td', 'th', 'caption', 'thead', 'tbody', 'tfoot', 'html',
]);

/** Page chrome named by class, id or role. */
const CHROME_ATTR =
  /(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|crumbs?|bread|position|location|share|bdshare\w*|footer|foot|copyright|sidebar|friendlinks?|toolbar|qrcode|ewm|skip|banner|contentinfo)(?=$|[\s_\d-])/i;

/** Short blocks that are page chrome by what they say: a breadcrumb, a share bar, a footer. */
const CHROME_TEXT = /^(当前位置|您现在的位置|您的位置|所在位置|现在的位置)|分享到|版权所有|ICP备|网站标识码/;

/** A `key：value` portal metadata label: 2-8 ideographs, optionally ending with a colon. */
const LABEL = /^[\u4e00-\u9fff（）()]{2,8}[：:]?$/;
const KEY_VALUE = /^[\u4e00-\u9fff]{2,8}[：:]\s*\S/;

export function htmlToText(html: string): string {
  // loaded on first use: plain-text input, the common case, never needs it
  const { parseDocument: parseHtmlDom } = nodeRequire()('htmlparser2') as typeof Htmlparser2;
  const dom = parseHtmlDom(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }) as unknown as DomNode;
  const out = new TextBuilder();
  const flow = new Flow(out);
  const stats = new TextStats();
  walk(dom, flow, stats, false);
  flow.flush();
  return out.toString();
}

/** The inline text of the line being built, with collapsible white space resolved when the line ends. */
class Flow {
  private buf = '';
  constructor(private readonly out: Sink) {}

  table(rows: readonly string[]): void {
    this.flush();
    this.out.table(rows);
  }

  /** A line of its own. */
  line(text: string): void {
    this.flush();
    this.text(text);
    this.flush();
  }

  text(s: string): void {
    // a portal metadata item starting inside a line that already holds one starts a line of its own
    if (KEY_VALUE.test(s.trim()) && KEY_VALUE.test(this.buf.trim())) this.flush();
    // a run of white space holding a line break is a segment break (kept as \n until the line ends)
    this.buf += s.replace(/[ \t\r\n\f]+/g, (run) => (/[\r\n]/.test(run) ? '\n' : ' '));
  }

  flush(): void {
    // as browsers render it: spaces stay one space, a segment break between ideographs disappears
    const line = this.buf.replace(/[ \n]+/g, (run, at: number, all: string) =>
      run.includes('\n') ? collapseSpace(all.slice(0, at), all.slice(at + run.length)) : ' ',
    );
    this.buf = '';
    for (const l of splitMetadataLine(line.trim())) this.out.line(l);
  }
}

interface Sink {
  line(text: string): void;
  table(rows: readonly string[]): void;
}

/** Collects a cell's lines (a table met inside a cell is read row by row). */
class LineSink implements Sink {
  readonly lines: string[] = [];
  line(text: string): void {
    this.lines.push(text);
  }
  table(rows: readonly string[]): void {
    this.lines.push(...rows);
  }
}

/** `索引号：X | 发布机构：Y` or `索引号：X 发布机构：Y` → one line per item. Other lines pass unchanged. */
export function splitMetadataLine(line: string): string[] {
  if (!KEY_VALUE.test(line)) return [line];
  return line
    .split(/\s*[|｜]\s*|\s+(?=[\u4e00-\u9fff]{2,8}[：:])/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Text length and link-text length of each element, computed once. */
class TextStats {
  private readonly memo = new Map<DomNode, { text: number; link: number }>();

  of(node: DomNode): { text: number; link: number } {
    const hit = this.memo.get(node);
    if (hit) return hit;
    let text = 0;
    let link = 0;
    if (node.type === 'text') text = (node.data ?? '').replace(/\s+/g, '').length;
    else if (node.type === 'tag' || node.type === 'root') {
      if (!SKIP_TAGS.has(node.name ?? '')) {
        for (const c of node.children ?? []) {
          const s = this.of(c);
          text += s.text;
          link += s.link;
        }
        if (node.name === 'a') link = text;
      }
    }
    const r = { text, link };
    this.memo.set(node, r);
    return r;
  }
}

function textOf(node: DomNode): string {
  if (node.type === 'text') return node.data ?? '';
  if (node.type !== 'tag' && node.type !== 'root') return '';
  if (SKIP_TAGS.has(node.name ?? '')) return '';
  return (node.children ?? []).map(textOf).join('');
}

function isChrome(node: DomNode, stats: TextStats, inArticle: boolean): boolean {
  const name = node.name ?? '';
  if (SKIP_TAGS.has(name)) return true;
  if ((name === 'header' || name === 'footer') && !inArticle) return true;
  const a = node.attribs ?? {};
  if (CHROME_ATTR.test(`${a.class ?? ''} ${a.id ?? ''} ${a.role ?? ''}`)) return true;
  // not shown: hidden templates, collapsed menus
  if (a.hidden !== undefined || a['aria-hidden'] === 'true' || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(a.style ?? '')) return true;
  // (cells of data tables are read by cellText and never come here; those of layout tables do)
  if (name === 'p' || name === 'li' || name === 'span' || name === 'a' || name === 'font') return false;
  if (!BLOCK_TAGS.has(name)) return false;
  const s = stats.of(node);
  if (s.text === 0) return false;
  // menus, related-article and friendly-link lists: mostly link text
  if (s.text >= 4 && s.link / s.text > 0.6) return true;
  if (s.text < 200 && CHROME_TEXT.test(textOf(node).replace(/\s+/g, ''))) return true;
  return false;
}

function walk(node: DomNode, flow: Flow, stats: TextStats, inArticle: boolean): void {
  for (const child of node.children ?? []) {
    if (child.type === 'text') {
      flow.text(child.data ?? '');
      continue;
    }
    if (child.type !== 'tag') continue;
    const name = child.name ?? '';
    if (isChrome(child, stats, inArticle)) continue;
    if (name === 'br') {
      flow.flush();
      continue;
    }
    if (name === 'table' && emitTable(child, flow, stats)) continue;
    if (name === 'dl') {
      flow.flush();
      emitDefinitionList(child, flow, stats, inArticle);
      continue;
    }
    const block = BLOCK_TAGS.has(name);
    if (block) flow.flush();
    if (name === 'pre') {
      for (const l of textOf(child).split(/\r?\n/)) flow.line(l.replace(/ /g, '\u00a0'));
      continue;
    }
    walk(child, flow, stats, inArticle || name === 'article' || name === 'main');
    if (block) flow.flush();
  }
}

function emitDefinitionList(dl: DomNode, flow: Flow, stats: TextStats, inArticle: boolean): void {
  let label: string | undefined;
  for (const c of dl.children ?? []) {
    if (c.type !== 'tag') continue;
    const text = cellText(c, stats);
    if (c.name === 'dt') {
      if (label !== undefined) flow.line(label);
      label = text;
    } else if (c.name === 'dd' && label !== undefined) {
      flow.line(`${label.replace(/[：:]$/, '')}：${text}`);
      label = undefined;
    } else {
      walk({ type: 'root', children: [c] }, flow, stats, inArticle);
      flow.flush();
    }
  }
  if (label !== undefined) flow.line(label);
}

/** The text of an element folded to one line (a table cell, a dt/dd). */
function cellText(node: DomNode, stats: TextStats): string {
  const sink = new LineSink();
  const inner = new Flow(sink);
  walk(node, inner, stats, true);
  inner.flush();
  return foldCellLines(sink.lines);
}

function elementChildren(node: DomNode, names: ReadonlySet<string>): DomNode[] {
  const out: DomNode[] = [];
  for (const c of node.children ?? []) {
    if (c.type !== 'tag') continue;
    if (names.has(c.name ?? '')) out.push(c);
    else if (c.name === 'thead' || c.name === 'tbody' || c.name === 'tfoot') out.push(...elementChildren(c, names));
  }
  return out;
}

const ROW = new Set(['tr']);
const CELL = new Set(['td', 'th']);

function hasDescendant(node: DomNode, name: string): boolean {
  return (node.children ?? []).some((c) => c.type === 'tag' && (c.name === name || hasDescendant(c, name)));
}

/**
 * A data table becomes rows of TAB-separated cells (rowspan repeated, colspan once), or `key：value` lines
 * when it is a metadata block. A layout table (nested tables, or fewer than two rows of two cells) is not
 * handled here: its cells are read as blocks. Returns whether the table was emitted.
 */
function emitTable(table: DomNode, flow: Flow, stats: TextStats): boolean {
  const trs = elementChildren(table, ROW);
  if (hasDescendant(table, 'table')) return false;
  if (trs.filter((tr) => elementChildren(tr, CELL).length >= 2).length < 2 && !isMetadataRows(trs.map((tr) => elementChildren(tr, CELL).map((c) => cellText(c, stats))))) return false;
  const rows: string[][] = [];
  // pending rowspans: column → { text, rows left }
  const carry = new Map<number, { text: string; left: number }>();
  for (const tr of trs) {
    const row: string[] = [];
    let col = 0;
    const takeCarried = (): void => {
      let c = carry.get(col);
      while (c) {
        row.push(c.text);
        if (--c.left === 0) carry.delete(col);
        col++;
        c = carry.get(col);
      }
    };
    for (const td of elementChildren(tr, CELL)) {
      takeCarried();
      const text = cellText(td, stats);
      const rowspan = Math.max(1, Math.min(1000, parseInt(td.attribs?.rowspan ?? '1', 10) || 1));
      const colspan = Math.max(1, Math.min(100, parseInt(td.attribs?.colspan ?? '1', 10) || 1));
      row.push(text);
      if (rowspan > 1) carry.set(col, { text, left: rowspan - 1 });
      col += colspan;
    }
    takeCarried();
    rows.push(row);
  }
  flow.flush();
  if (isMetadataRows(rows)) {
    for (const line of metadataLines(rows)) flow.line(line);
  } else {
    flow.table(tableLines(rows));
  }
  return true;
}

/** Rows that are all `label | value` pairs (or cells holding `key：value`): a portal metadata table. */
function isMetadataRows(rows: readonly (readonly string[])[]): boolean {
  let pairs = 0;
  for (const row of rows) {
    const lines = pairLine(row);
    if (lines === undefined) return false;
    pairs += lines.length;
  }
  return pairs >= 2;
}

function pairLine(row: readonly string[]): string[] | undefined {
  const out: string[] = [];
  for (let i = 0; i < row.length; i++) {
    // labels are often spaced out to line up: 索　引　号：
    const c = row[i]!.trim().replace(/^([\u4e00-\u9fff][\s\u3000]+)+[\u4e00-\u9fff](?=[：:]|$)/, (label) => label.replace(/[\s\u3000]+/g, ''));
    if (c === '') continue;
    if (KEY_VALUE.test(c)) out.push(c);
    else if (LABEL.test(c) && i + 1 < row.length) {
      out.push(`${c.replace(/[：:]$/, '')}：${row[i + 1]!.trim()}`);
      i++;
    } else return undefined;
  }
  return out;
}

function metadataLines(rows: readonly (readonly string[])[]): string[] {
  return rows.flatMap((r) => pairLine(r) ?? []);
}
