import { isChromeLine, isMetadataLine } from './chrome.js';
import type { Line } from './lines.js';
import { PART_RE, PART_WORD_RE } from './outline.js';
import { trimRange } from './scan.js';

/**
 * Decomposition tables (任务分解表 / 责任分工方案): a header row (序号 | 重点任务 | 具体措施 | 牵头单位 | 配合单位 |
 * 完成时限) and one row per task, as the io readers and portals flatten them:
 * - a row per line, cells separated by `|` (tabs and spaced headers are turned into `|` by prepareLayout);
 * - a cell per line, each ending in `|` or in nothing, rows starting at a row number alone on its line.
 */

export type ColumnRole =
  | 'id'
  | 'part'
  | 'heading'
  | 'text'
  | 'amount'
  | 'lead'
  | 'responsible'
  | 'support'
  | 'person'
  | 'deadline'
  | 'other';

/** A planned quantity with its unit in the header: 年度投资金额（万元）, 建设规模（公里）. */
const AMOUNT_HEADER_RE = /^(.{2,12}?)[（(](万元|亿元|元|万人|人|个|家|项|所|座|处|公里|千米|米|平方米|万平方米|亩|万亩|吨|万吨|千瓦|万千瓦|%)[）)]$/;

/** What a header cell names. Reports of progress (完成情况, 成效) and contact columns are `other`. */
export function columnRole(cell: string): ColumnRole | undefined {
  const c = cell.replace(/[|｜\s]/g, '');
  // a header cell is a short name: no sentence punctuation, no key and value, no task number
  if (c.length === 0 || c.length > 14 || /[：:。，；]/.test(c) || /^\d{1,3}[.、]/.test(c)) return undefined;
  if (/^(序号|编号|序|号)$/.test(c)) return 'id';
  if (AMOUNT_HEADER_RE.test(c) && !/情况|完成|累计|已|进度|截至|实际/.test(c)) return 'amount';
  if (/情况|成效|进展|进度|电话|备注|地点|投资|资金|金额|万元|说明/.test(c)) return 'other';
  if (/领导|负责人|联系人/.test(c)) return 'person';
  if (/(单位|部门)/.test(c)) {
    if (/牵头|主责|主办|主要责任/.test(c)) return 'lead';
    if (/配合|协同|参与|协办|其他/.test(c)) return 'support';
    if (/责任|负责|承办|实施/.test(c)) return 'responsible';
    return undefined;
  }
  if (/时限|时间|节点|期限|完成年限/.test(c)) return 'deadline';
  if (/^(类别|类型|领域|板块|部分|方面|分类|专项)$/.test(c)) return 'part';
  if (/(名称|事项)$|^(重点|主要|工作|具体)?(任务|工作)$|目标与任务|目标任务|任务内容|工作内容|重点工作任务/.test(c)) return 'heading';
  if (/措施|内容|目标|举措|要求|标准|规模|任务/.test(c)) return 'text';
  return undefined;
}

export interface TableRow {
  /** The row number as printed, when there is one. */
  id?: string;
  /** Section (part) the row belongs to. */
  section?: { id: string; title: string; range: [number, number] };
  range: [number, number];
  /** Cell ranges by role (normalised text). */
  heading?: [number, number];
  text: Array<[number, number]>;
  units: Array<{ role: 'lead' | 'responsible' | 'support'; range: [number, number] }>;
  /** Numbers under an amount column: the column's name, the number and the unit the header states. */
  amounts: Array<{ ranges: Array<[number, number]>; at: [number, number] }>;
}

export interface Table {
  /** Offset of the header row. */
  start: number;
  end: number;
  rows: TableRow[];
  /** Rows with neither a task nor a text cell, skipped. */
  skipped: Array<[number, number]>;
}

interface Cell {
  range: [number, number];
  text: string;
}

function cellOf(text: string, s: number, e: number): Cell {
  const range = trimRange(text, s, e);
  return { range, text: text.slice(...range) };
}

/** A page number between the parts of a table split over pages: — 3 —, -3-, 第3页. */
const PAGE_NUMBER_RE = /^(?:[—－\-–\s]*\d{1,4}[—－\-–\s]*|第\d{1,4}页(?:共\d{1,4}页)?)$/;

const ROW_NUMBER_RE = /^\d{1,4}[.、]?$/;

/** A part row (`一、深入实施创新驱动发展战略`) as a section. */
function sectionOf(cell: Cell, count: number): TableRow['section'] {
  const m = PART_RE.exec(cell.text) ?? PART_WORD_RE.exec(cell.text);
  const id = m ? m[1]! : String(count);
  const title = m ? cell.text.slice(m[0].length).trim() : cell.text;
  return { id, title, range: cell.range };
}

/** Find the first decomposition table in the lines and read its rows. */
export function readTable(text: string, lines: readonly Line[]): Table | undefined {
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (t.length === 0) continue;
    // a header on one line, cells separated by |
    if ((t.match(/\|/g)?.length ?? 0) >= 2) {
      const cells = splitRow(text, lines[i]!);
      if (cells.length >= 3 && headerRoles(cells.map((c) => c.text))) return readRowTable(text, lines, i, cells);
    }
    // a header cell per line
    const header: Line[] = [];
    for (let j = i; j < lines.length && header.length < 14; j++) {
      const c = lines[j]!.text.replace(/\|\s*$/, '').trim();
      if (c.length === 0 || /^\|*$/.test(c)) continue;
      if (columnRole(c) === undefined) break;
      header.push(lines[j]!);
    }
    if (header.length >= 3 && headerRoles(header.map((l) => l.text.replace(/\|\s*$/, '').trim()))) {
      return readCellTable(text, lines, header);
    }
  }
  return undefined;
}

function headerRoles(cells: string[]): ColumnRole[] | undefined {
  const roles = cells.map((c) => columnRole(c) ?? 'other');
  const task = roles.includes('heading') || roles.includes('text');
  const unit = roles.includes('lead') || roles.includes('responsible') || roles.includes('support');
  return task && (unit || roles.includes('id')) ? roles : undefined;
}

function splitRow(text: string, line: Line): Cell[] {
  const cells: Cell[] = [];
  let s = line.start;
  for (let i = line.start; i <= line.end; i++) {
    if (i === line.end || text[i] === '|') {
      cells.push(cellOf(text, s, i));
      s = i + 1;
    }
  }
  if (cells.length > 0 && cells[0]!.text === '' && text[line.start] === '|') cells.shift();
  while (cells.length > 0 && cells[cells.length - 1]!.text === '') cells.pop();
  return cells;
}

/** Rows one per line; cells fill the columns from the left unless leading merged cells are missing. */
function readRowTable(text: string, lines: readonly Line[], headerAt: number, headerCells: Cell[]): Table {
  const roles = headerRoles(headerCells.map((c) => c.text))!;
  const rows: TableRow[] = [];
  const skipped: Array<[number, number]> = [];
  let section: TableRow['section'];
  let sections = 0;
  let end = lines[headerAt]!.end;
  for (let i = headerAt + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.text.length === 0) continue;
    if (isChromeLine(line.text)) break;
    let cells = line.text.includes('|') ? splitRow(text, line) : [cellOf(text, line.start, line.end)];
    if (cells.length === 0) continue;
    if (isMetadataLine(cells[0]!.text)) break;
    const nonEmpty = cells.filter((c) => c.text.length > 0);
    if (nonEmpty.length === 1 && (PART_RE.test(nonEmpty[0]!.text) || PART_WORD_RE.test(nonEmpty[0]!.text))) {
      section = sectionOf(nonEmpty[0]!, ++sections);
      end = line.end;
      continue;
    }
    if (PAGE_NUMBER_RE.test(line.text)) continue;
    if (!line.text.includes('|')) break;
    // the header repeated (a table continued on the next page)
    if (cells.every((c) => c.text.length === 0 || columnRole(c.text) !== undefined)) continue;
    // a row whose first cell does not fit the first column lost leading merged cells (类别 spanning rows)
    const first = cells[0]!.text;
    const fits = roles[0] === 'part' ? PART_RE.test(first) || PART_WORD_RE.test(first) : roles[0] === 'id' ? ROW_NUMBER_RE.test(first) : true;
    if (!fits) {
      const missing = Math.max(1, roles.length - cells.length);
      cells = [...new Array<Cell>(missing).fill({ range: [line.start, line.start], text: '' }), ...cells];
    }
    const partCell = cells[roles.indexOf('part')];
    if (partCell && partCell.text.length > 0) section = sectionOf(partCell, ++sections);
    const row = rowOf(text, roles, headerCells.map((c) => c.range), cells, [line.start, line.end], section);
    if (row) rows.push(row);
    else skipped.push([line.start, line.end]);
    end = line.end;
  }
  return { start: lines[headerAt]!.start, end, rows, skipped };
}

/** A cell per line (or per `|`): rows start at their number, the next after the last. */
function readCellTable(text: string, lines: readonly Line[], header: Line[]): Table {
  const roles = headerRoles(header.map((l) => l.text.replace(/\|\s*$/, '').trim()))!;
  const barred = header.every((l) => /\|\s*$/.test(l.text));
  const headerRanges = header.map((l) => trimRange(text, l.start, l.end, '|'));
  const from = header[header.length - 1]!.end;
  let to = lines[lines.length - 1]!.end;
  const chrome = lines.find((l) => l.start > from && isChromeLine(l.text));
  if (chrome) to = chrome.start;
  // the cells after the header
  const cells: Cell[] = [];
  if (barred) {
    let s = from;
    for (let i = from; i <= to; i++) {
      if (i === to || text[i] === '|') {
        const c = cellOf(text, s, i);
        if (c.text.length > 0) cells.push(c);
        s = i + 1;
      }
    }
  } else {
    for (const l of lines) if (l.start >= from && l.end <= to && l.text.trim().length > 0) cells.push(cellOf(text, l.start, l.end));
  }
  const hasId = roles[0] === 'id';
  const rows: TableRow[] = [];
  const skipped: Array<[number, number]> = [];
  let section: TableRow['section'];
  let sections = 0;
  let k = 0;
  let expected: number | undefined;
  const isRowStart = (c: Cell | undefined): boolean =>
    c !== undefined && ROW_NUMBER_RE.test(c.text) && (expected === undefined ? parseInt(c.text, 10) < 1000 : parseInt(c.text, 10) === expected);
  while (k < cells.length) {
    const c = cells[k]!;
    if (PART_RE.test(c.text) || PART_WORD_RE.test(c.text)) {
      section = sectionOf(c, ++sections);
      k++;
      continue;
    }
    if (hasId && !isRowStart(c)) {
      k++;
      continue;
    }
    const start = k;
    k++;
    if (hasId) {
      expected = parseInt(c.text, 10) + 1;
      while (k < cells.length && !isRowStart(cells[k]) && !PART_RE.test(cells[k]!.text) && k - start < roles.length) k++;
    } else k = Math.min(cells.length, start + roles.length);
    const rowCells = cells.slice(start, k);
    const last = rowCells[rowCells.length - 1]!;
    const row = rowOf(text, roles, headerRanges, rowCells, [c.range[0], last.range[1]], section);
    if (row) rows.push(row);
    else skipped.push([c.range[0], last.range[1]]);
  }
  const end = rows.length > 0 ? rows[rows.length - 1]!.range[1] : from;
  return { start: header[0]!.start, end, rows, skipped };
}

const NUMBER_PREFIX_RE = /^(\d{1,3})[.、]/;

function rowOf(
  text: string,
  roles: ColumnRole[],
  header: ReadonlyArray<[number, number] | undefined>,
  cells: Cell[],
  range: [number, number],
  section: TableRow['section'],
): TableRow | undefined {
  const row: TableRow = { range, text: [], units: [], amounts: [] };
  if (section) row.section = section;
  cells.forEach((cell, i) => {
    const role = roles[i];
    if (cell.text.length === 0 || role === undefined) return;
    if (role === 'id' && ROW_NUMBER_RE.test(cell.text)) row.id = cell.text.replace(/[.、]$/, '');
    else if (role === 'heading') {
      let [s, e] = cell.range;
      const m = NUMBER_PREFIX_RE.exec(cell.text);
      if (m) {
        row.id ??= m[1]!;
        s += m[0].length;
      }
      if (row.heading) row.text.push([s, e]);
      else row.heading = [s, e];
    } else if (role === 'text') row.text.push(cell.range);
    else if (role === 'lead' || role === 'responsible' || role === 'support') row.units.push({ role, range: cell.range });
    else if (role === 'amount' && /^\d+(?:\.\d+)?$/.test(cell.text) && header[i]) {
      const m = AMOUNT_HEADER_RE.exec(text.slice(...header[i]!).replace(/\s/g, ''));
      const [hs, he] = header[i]!;
      const h = text.slice(hs, he);
      const open = Math.max(h.lastIndexOf('（'), h.lastIndexOf('('));
      if (m && open > 0) {
        const name = trimRange(text, hs, hs + open);
        row.amounts.push({ ranges: [name, cell.range, [hs + open + 1, he - 1]], at: cell.range });
      }
    }
  });
  if (!row.heading && row.text.length === 0) return undefined;
  if (!row.heading) {
    const [s, e] = row.text[0]!;
    const m = NUMBER_PREFIX_RE.exec(text.slice(s, e));
    if (m) {
      row.id ??= m[1]!;
      row.text[0] = [s + m[0].length, e];
    }
  }
  return row;
}
