import type * as Htmlparser2 from 'htmlparser2';
import type JSZipType from 'jszip';
import { nodeRequire } from '../node-require.js';
import { foldCellLines, tableLines, TextBuilder } from './layout.js';
import { formatListNumber } from './list-number.js';

/**
 * DOCX (Office Open XML) → the extracted text (see layout.ts). The zip is read with JSZip and the XML with
 * htmlparser2 in XML mode. Paragraphs become lines, automatic numbering is written out as text per its
 * definition (numbering.xml, also when a paragraph style carries it), tables become rows of TAB-separated
 * cells with vMerge continuations repeating the cell above. Headers, footers, notes and deleted text
 * (w:delText) are not read.
 */

interface XNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: XNode[];
}

export class DocxFormatError extends Error {}

export async function docxToText(bytes: Uint8Array): Promise<string> {
  const JSZip = nodeRequire()('jszip') as typeof JSZipType;
  const zip = await JSZip.loadAsync(bytes);
  const main = zip.file('word/document.xml') ?? zip.file(await mainPartName(zip));
  if (!main) throw new DocxFormatError('no word/document.xml');
  const [documentXml, numberingXml, stylesXml] = await Promise.all([
    main.async('string'),
    zip.file('word/numbering.xml')?.async('string'),
    zip.file('word/styles.xml')?.async('string'),
  ]);
  const body = find(parseXml(documentXml), 'w:body');
  if (!body) throw new DocxFormatError('no w:body in word/document.xml');
  const numbering = new Numbering(numberingXml ? parseXml(numberingXml) : undefined, stylesXml ? parseXml(stylesXml) : undefined);
  const out = new TextBuilder();
  readBlocks(body, out, numbering);
  return out.toString();
}

/** The main document part as the package relationships name it (some writers call it other than document.xml). */
async function mainPartName(zip: JSZipType): Promise<string> {
  const rels = await zip.file('_rels/.rels')?.async('string');
  const target = rels ? /Type="[^"]*\/officeDocument"[^>]*Target="\/?([^"]+)"|Target="\/?([^"]+)"[^>]*Type="[^"]*\/officeDocument"/.exec(rels) : null;
  const name = target?.[1] ?? target?.[2];
  return name && /^word\/[^/]+\.xml$/.test(name) ? name : 'word/document.xml';
}

function parseXml(xml: string): XNode {
  const { parseDocument: parseXmlDom } = nodeRequire()('htmlparser2') as typeof Htmlparser2;
  return parseXmlDom(xml, { xmlMode: true, decodeEntities: true }) as unknown as XNode;
}

function elements(node: XNode | undefined): XNode[] {
  return (node?.children ?? []).filter((c) => c.type === 'tag');
}

function child(node: XNode | undefined, name: string): XNode | undefined {
  return elements(node).find((c) => c.name === name);
}

function find(node: XNode | undefined, name: string): XNode | undefined {
  for (const c of elements(node)) {
    if (c.name === name) return c;
    const f = find(c, name);
    if (f) return f;
  }
  return undefined;
}

function val(node: XNode | undefined): string | undefined {
  return node?.attribs?.['w:val'];
}

interface Sink {
  line(text: string): void;
  table(rows: readonly string[]): void;
}

/** Body-level content: paragraphs, tables, and the containers that hold them (sdt, customXml, ins). */
function readBlocks(container: XNode, out: Sink, numbering: Numbering): void {
  for (const el of elements(container)) {
    if (el.name === 'w:p') {
      for (const line of paragraphLines(el, numbering)) out.line(line);
    } else if (el.name === 'w:tbl') {
      out.table(tableLines(readTable(el, numbering)));
    } else if (el.name === 'w:sdt') {
      const content = child(el, 'w:sdtContent');
      if (content) readBlocks(content, out, numbering);
    } else if (el.name === 'w:customXml' || el.name === 'w:ins' || el.name === 'w:smartTag') {
      readBlocks(el, out, numbering);
    }
  }
}

/** A paragraph's text with its list number in front; a manual line break (w:br, w:cr) splits it into lines. */
function paragraphLines(p: XNode, numbering: Numbering): string[] {
  const parts: string[] = [];
  collectRunText(p, parts);
  const text = parts.join('');
  // Word shows the number of an empty numbered paragraph too (a 序号 cell holds nothing else)
  return (numbering.labelFor(child(p, 'w:pPr')) + text).split('\n');
}

function collectRunText(node: XNode, parts: string[]): void {
  for (const el of elements(node)) {
    switch (el.name) {
      case 'w:t':
        parts.push(textContent(el));
        break;
      case 'w:tab':
      case 'w:ptab':
        parts.push(' ');
        break;
      case 'w:br':
      case 'w:cr':
        parts.push('\n');
        break;
      case 'w:noBreakHyphen':
        parts.push('-');
        break;
      case 'w:pPr':
      case 'w:rPr':
      case 'w:del':
      case 'w:instrText':
      case 'w:delText':
      case 'mc:Fallback':
      case 'w:footnoteReference':
      case 'w:endnoteReference':
        break;
      default:
        collectRunText(el, parts);
    }
  }
}

function textContent(node: XNode): string {
  return (node.children ?? []).map((c) => (c.type === 'text' ? (c.data ?? '') : textContent(c))).join('');
}

/** Rows of cell texts; gridSpan cells once, vMerge continuations repeat the text of the cell above. */
function readTable(tbl: XNode, numbering: Numbering): string[][] {
  const rows: string[][] = [];
  let above = new Map<number, string>();
  for (const tr of elements(tbl).filter((e) => e.name === 'w:tr')) {
    const row: string[] = [];
    const here = new Map<number, string>();
    let col = Number(val(find(child(tr, 'w:trPr'), 'w:gridBefore')) ?? 0) || 0;
    for (const tc of cellsOf(tr)) {
      const tcPr = child(tc, 'w:tcPr');
      const span = Math.max(1, Number(val(child(tcPr, 'w:gridSpan')) ?? 1) || 1);
      const vMerge = child(tcPr, 'w:vMerge');
      const continues = vMerge !== undefined && val(vMerge) !== 'restart';
      const text = continues ? (above.get(col) ?? '') : cellText(tc, numbering);
      row.push(text);
      here.set(col, text);
      col += span;
    }
    rows.push(row);
    above = here;
  }
  return rows;
}

/** The w:tc of a row, also those wrapped in sdt or customXml. */
function cellsOf(tr: XNode): XNode[] {
  const out: XNode[] = [];
  for (const el of elements(tr)) {
    if (el.name === 'w:tc') out.push(el);
    else if (el.name === 'w:sdt') out.push(...cellsOf(child(el, 'w:sdtContent') ?? el));
    else if (el.name === 'w:customXml') out.push(...cellsOf(el));
  }
  return out;
}

function cellText(tc: XNode, numbering: Numbering): string {
  const lines: string[] = [];
  readBlocks(tc, { line: (t) => lines.push(t), table: (rows) => lines.push(...rows) }, numbering);
  return foldCellLines(lines);
}

interface Level {
  start: number;
  format: string;
  text: string;
  suffix: string;
  /** Restart after this (1-based) level; 0 = never; undefined = after any higher level. */
  restart?: number;
  legal: boolean;
}

/**
 * Word's list numbering: w:num instances point at an abstract definition; instances of one abstract
 * definition share their counters (that is how Word continues a list across instances), a startOverride
 * restarts them when the instance is first used.
 */
class Numbering {
  private readonly abstractLevels = new Map<string, Map<number, Level>>();
  private readonly nums = new Map<string, { abstractId: string; overrides: Map<number, { start?: number; level?: Level }> }>();
  private readonly styleNum = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>();
  private readonly counters = new Map<string, Map<number, number>>();
  private readonly started = new Set<string>();

  constructor(numberingDom: XNode | undefined, stylesDom: XNode | undefined) {
    const root = numberingDom ? child(numberingDom, 'w:numbering') : undefined;
    for (const el of elements(root)) {
      if (el.name === 'w:abstractNum') {
        const levels = new Map<number, Level>();
        for (const lvl of elements(el).filter((e) => e.name === 'w:lvl')) levels.set(Number(lvl.attribs?.['w:ilvl'] ?? 0), readLevel(lvl));
        this.abstractLevels.set(el.attribs?.['w:abstractNumId'] ?? '', levels);
      } else if (el.name === 'w:num') {
        const overrides = new Map<number, { start?: number; level?: Level }>();
        for (const o of elements(el).filter((e) => e.name === 'w:lvlOverride')) {
          const start = val(child(o, 'w:startOverride'));
          const lvl = child(o, 'w:lvl');
          overrides.set(Number(o.attribs?.['w:ilvl'] ?? 0), {
            ...(start !== undefined ? { start: Number(start) } : {}),
            ...(lvl ? { level: readLevel(lvl) } : {}),
          });
        }
        this.nums.set(el.attribs?.['w:numId'] ?? '', { abstractId: val(child(el, 'w:abstractNumId')) ?? '', overrides });
      }
    }
    const styles = stylesDom ? child(stylesDom, 'w:styles') : undefined;
    for (const st of elements(styles).filter((e) => e.name === 'w:style')) {
      const numPr = child(child(st, 'w:pPr'), 'w:numPr');
      const ilvl = val(child(numPr, 'w:ilvl'));
      this.styleNum.set(st.attribs?.['w:styleId'] ?? '', {
        numId: val(child(numPr, 'w:numId')),
        ...(ilvl !== undefined ? { ilvl: Number(ilvl) } : {}),
        basedOn: val(child(st, 'w:basedOn')),
      });
    }
  }

  /** The list label of a paragraph (its numbering advanced), or '' when it is not numbered. */
  labelFor(pPr: XNode | undefined): string {
    const ref = this.reference(pPr);
    if (!ref) return '';
    const num = this.nums.get(ref.numId);
    if (!num) return '';
    const levels = this.abstractLevels.get(num.abstractId);
    const levelOf = (i: number): Level | undefined => num.overrides.get(i)?.level ?? levels?.get(i);
    const level = levelOf(ref.ilvl);
    if (!level) return '';
    const key = num.abstractId;
    let counts = this.counters.get(key);
    if (!counts || !this.started.has(ref.numId)) {
      // first paragraph of this instance: its start overrides reset the shared counters
      counts ??= new Map();
      for (const [i, o] of num.overrides) if (o.start !== undefined) counts.set(i, o.start - 1);
      this.started.add(ref.numId);
      this.counters.set(key, counts);
    }
    counts.set(ref.ilvl, (counts.get(ref.ilvl) ?? level.start - 1) + 1);
    // deeper levels restart: by default after any higher level, else after the level lvlRestart names (0 = never)
    for (let i = ref.ilvl + 1; i < 9; i++) {
      const restart = levelOf(i)?.restart;
      if (restart === undefined || (restart !== 0 && ref.ilvl < restart)) counts.delete(i);
    }
    if (level.format === 'bullet' || level.format === 'none') return '';
    const label = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const i = Number(d) - 1;
      const l = levelOf(i);
      const n = counts.get(i) ?? l?.start ?? 1;
      return formatListNumber(n, level.legal && i !== ref.ilvl ? 'decimal' : (l?.format ?? 'decimal'));
    });
    if (label === '') return '';
    // a tab or space after a label without closing punctuation (`1` + tab) stays a space
    return level.suffix !== 'nothing' && !/[、.．:：)）\]】]$/.test(label) ? `${label} ` : label;
  }

  private reference(pPr: XNode | undefined): { numId: string; ilvl: number } | undefined {
    const numPr = child(pPr, 'w:numPr');
    let numId = val(child(numPr, 'w:numId'));
    let ilvl = val(child(numPr, 'w:ilvl')) !== undefined ? Number(val(child(numPr, 'w:ilvl'))) : undefined;
    // numbering from the paragraph style (and the styles it is based on)
    let styleId = val(child(pPr, 'w:pStyle'));
    for (let depth = 0; styleId && depth < 10 && (numId === undefined || ilvl === undefined); depth++) {
      const st = this.styleNum.get(styleId);
      if (!st) break;
      numId ??= st.numId;
      ilvl ??= st.ilvl;
      styleId = st.basedOn;
    }
    if (numId === undefined || numId === '0') return undefined;
    return { numId, ilvl: ilvl ?? 0 };
  }
}

function readLevel(lvl: XNode): Level {
  const restart = val(child(lvl, 'w:lvlRestart'));
  return {
    start: Number(val(child(lvl, 'w:start')) ?? 1),
    format: val(child(lvl, 'w:numFmt')) ?? 'decimal',
    text: val(child(lvl, 'w:lvlText')) ?? '',
    suffix: val(child(lvl, 'w:suff')) ?? 'tab',
    ...(restart !== undefined ? { restart: Number(restart) } : {}),
    legal: child(lvl, 'w:isLgl') !== undefined,
  };
}
