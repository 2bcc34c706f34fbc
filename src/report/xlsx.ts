/** XLSX via exceljs: summary, tasks and targets sheets with frozen, filterable headers; numbers stay numbers. */
// Type-only at the top: exceljs takes hundreds of milliseconds to load, so it is imported on first use
// (in renderXlsx) instead of at startup of every CLI command and every library import.
import type ExcelJS from 'exceljs';
import { nodeRequire } from '../node-require.js';
import type { GapReport } from '../model/index.js';
import { SHARE_COLUMNS, displayTable, summaryTable, targetTable, taskTable, type Cell, type Table } from './columns.js';
import { columnHeader, reportLabels, type ReportOptions } from './labels.js';
import { validateGapReport } from './view.js';

/** Display width of a string: CJK and other wide characters count twice. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += (ch.codePointAt(0) ?? 0) > 0x2e7f ? 2 : 1;
  return w;
}

function cellText(c: Cell): string {
  return c === null ? '' : String(c);
}

function addSheet<K extends string>(wb: ExcelJS.Workbook, name: string, table: Table<K>, opts: ReportOptions): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  const headers = table.columns.map((k) => columnHeader(k, opts.lang));
  ws.columns = table.columns.map((key, i) => {
    // Width from the header and the widest of the first rows, kept within readable bounds.
    const widest = table.rows.slice(0, 500).reduce((w, r) => Math.max(w, displayWidth(cellText(r[key]))), displayWidth(headers[i] ?? key));
    const width = Math.min(60, Math.max(8, widest + 2));
    // shares stay numbers (0.128) and show as percentages (12.8%)
    return SHARE_COLUMNS.has(key) ? { key, width: Math.max(width, 10), style: { numFmt: '0.0%' } } : { key, width };
  });
  ws.addRow(headers);
  for (const row of table.rows) {
    // exceljs writes JS numbers and booleans as native cells; null leaves the cell empty.
    ws.addRow(table.columns.map((k) => row[k]));
  }
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF6' } };
  header.alignment = { vertical: 'middle' };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  return ws;
}

export async function renderXlsx(report: GapReport, opts: ReportOptions = {}): Promise<Uint8Array> {
  const r = validateGapReport(report);
  const L = reportLabels(opts.lang);
  // required on first use (exceljs takes ~1 s to load), synchronously: the CLI bundle runs as a compiled script
  const Excel = nodeRequire()('exceljs') as typeof ExcelJS;
  const wb = new Excel.Workbook();
  wb.creator = 'policy-cascade';
  // Fixed dates keep the workbook metadata independent of the clock.
  wb.created = new Date(0);
  wb.modified = new Date(0);
  // values in the report's language (放宽, 以上, 县), each pair named by its documents
  addSheet(wb, L.sheetSummary, displayTable(summaryTable(r), r, L), opts);
  addSheet(wb, L.sheetTasks, displayTable(taskTable(r), r, L), opts);
  addSheet(wb, L.sheetTargets, displayTable(targetTable(r), r, L), opts);
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
