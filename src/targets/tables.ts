import { unitInfo, scale, type UnitInfo } from './units.js';

/**
 * Tables flattened to text, as portal pages and converted attachments carry them: either one row per
 * line (`a | b | c |`) or one cell per line (`a |`), rows then separated by a bare `|` line or simply
 * following one another. Two kinds of columns matter for targets:
 * - a progress column (`1-9月份工作完成情况`, `进展情况`): its cells report, they do not commit;
 * - a column whose header carries the unit (`年度投资金额（万元）`): its bare numbers are targets in that
 *   unit, measured by the header.
 */

export interface TableFacts {
  /** Cells of progress columns (offsets into the text). */
  progress: Array<{ start: number; end: number }>;
  /** Bare numbers under a unit header. */
  amounts: Array<{ start: number; end: number; value: number; info: UnitInfo; metric: string }>;
}

interface Cell {
  start: number;
  end: number;
  text: string;
}

interface Column {
  progress: boolean;
  unit?: { info: UnitInfo; metric: string };
}

const PROGRESS_HEADER = /完成情况|进展情况|取得成效|工作成效|完成进度|实际完成|落实情况/;
const UNIT_HEADER = /^(.{1,16}?)\s*[(（]([^()（）]{1,4})[)）]$/;
const BARE_NUMBER = /^[0-9]+(?:\.[0-9]+)?$/;
const HEADER_CELL_LENGTH = 20;

function columnOf(cell: string): Column {
  const m = UNIT_HEADER.exec(cell);
  const info = m ? unitInfo(m[2]!) : undefined;
  return { progress: PROGRESS_HEADER.test(cell), ...(m && info ? { unit: { info, metric: m[1]!.replace(/\s+/g, '') } } : {}) };
}

function isHeader(cells: Cell[]): boolean {
  if (cells.length < 3 || !cells.every((c) => c.text.length <= HEADER_CELL_LENGTH && !BARE_NUMBER.test(c.text))) return false;
  return cells.some((c) => {
    const col = columnOf(c.text);
    return col.progress || col.unit !== undefined;
  });
}

/** Cells of one line with offsets into the text; trailing empty cells dropped. */
function lineCells(text: string, start: number, end: number): Cell[] {
  const cells: Cell[] = [];
  let from = start;
  for (;;) {
    const bar = text.indexOf('|', from);
    const to = bar < 0 || bar > end ? end : bar;
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    cells.push({ start: from + lead, end: from + lead + raw.trim().length, text: raw.trim() });
    if (to === end) break;
    from = to + 1;
  }
  while (cells.length > 0 && cells[cells.length - 1]!.text === '') cells.pop();
  return cells;
}

/** Read the tables of `text`; linear in its length. Text without `|` is returned at once. */
export function readTables(text: string): TableFacts {
  const facts: TableFacts = { progress: [], amounts: [] };
  if (!text.includes('|')) return facts;
  const take = (cell: Cell | undefined, column: Column | undefined): void => {
    if (!cell || !column || cell.text === '') return;
    if (column.progress) facts.progress.push({ start: cell.start, end: cell.end });
    if (column.unit && BARE_NUMBER.test(cell.text)) {
      const { info, metric } = column.unit;
      facts.amounts.push({ start: cell.start, end: cell.end, value: scale(Number(cell.text), info.factor), info, metric });
    }
  };
  let rowHeader: Column[] = []; // one row per line: the columns, matched from the right
  let cellHeader: Column[] = []; // one cell per line: the columns, in order
  let pending: Cell[] = []; // a run of one-cell lines that may be a header
  let column = 0;
  const closeHeader = (): void => {
    if (pending.length >= 3 && isHeader(pending)) cellHeader = pending.map((c) => columnOf(c.text));
    pending = [];
    column = 0;
  };
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const hasBar = text.slice(start, end).includes('|');
    const cells = hasBar ? lineCells(text, start, end) : [];
    if (!hasBar) {
      rowHeader = [];
      cellHeader = [];
      pending = [];
      column = 0;
    } else if (cells.length === 0) {
      closeHeader(); // a bare `|` line separates rows
    } else if (cells.length >= 2) {
      if (isHeader(cells)) rowHeader = cells.map((c) => columnOf(c.text));
      else rowHeader.forEach((col, i) => take(cells[cells.length - (rowHeader.length - i)], col));
    } else if (cellHeader.length > 0) {
      take(cells[0], cellHeader[column % cellHeader.length]);
      column++;
    } else {
      const cell = cells[0]!;
      // a header run ends where the first data cell starts: a bare number or a long cell
      if (BARE_NUMBER.test(cell.text) || cell.text.length > HEADER_CELL_LENGTH) {
        closeHeader();
        if (cellHeader.length > 0) {
          take(cell, cellHeader[0]);
          column = 1;
        }
      } else pending.push(cell);
    }
    start = end + 1;
  }
  return facts;
}
