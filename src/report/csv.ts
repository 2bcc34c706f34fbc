/** CSV: one row per target change, RFC 4180 quoting, CRLF line ends, UTF-8 BOM so Excel reads Chinese. */
import type { GapReport } from '../model/index.js';
import { displayTable, targetTable, type Cell } from './columns.js';
import { columnHeader, reportLabels, type ReportOptions } from './labels.js';
import { validateGapReport } from './view.js';

export interface CsvOptions extends ReportOptions {
  /**
   * 'keys' (default): stable snake_case column keys, the same in every language — for R, Python, scripts.
   * 'labels': column headers and values in `lang` (Chinese by default: 放宽, 以上, 县; pairs named by their
   * documents) for people opening the file in Excel.
   */
  headers?: 'keys' | 'labels';
  /**
   * Prefix text cells that begin with = + - @ (or a tab / CR) with an apostrophe so spreadsheet programs do
   * not run them as formulas (CSV injection). Numbers are never touched. Default true.
   */
  formulaGuard?: boolean;
}

const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

/** Neutralise a text cell a spreadsheet would read as a formula. */
export function guardFormula(cell: Cell): Cell {
  return typeof cell === 'string' && FORMULA_START.has(cell.charAt(0)) ? `'${cell}` : cell;
}

/** RFC 4180: quote a field holding a comma, quote, CR or LF; double embedded quotes. */
export function csvField(cell: Cell): string {
  if (cell === null) return '';
  const s = typeof cell === 'boolean' ? (cell ? 'true' : 'false') : String(cell);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function csvLine(cells: readonly Cell[]): string {
  return cells.map(csvField).join(',');
}

export function renderCsv(report: GapReport, opts: CsvOptions = {}): string {
  const r = validateGapReport(report);
  const table = opts.headers === 'labels' ? displayTable(targetTable(r), r, reportLabels(opts.lang)) : targetTable(r);
  const header = table.columns.map((k) => (opts.headers === 'labels' ? columnHeader(k, opts.lang) : k));
  const guard = opts.formulaGuard !== false;
  const lines = [csvLine(header), ...table.rows.map((r) => csvLine(table.columns.map((k) => (guard ? guardFormula(r[k]) : r[k]))))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
