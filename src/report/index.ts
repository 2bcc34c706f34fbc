// Public surface of the report stage: pure renderers of a GapReport.
export { renderJson } from './json.js';
export { renderMarkdown } from './markdown.js';
export { renderCsv, type CsvOptions } from './csv.js';
export { renderXlsx } from './xlsx.js';
export { renderHtml, type HtmlOptions } from './html/render.js';
export { renderReport, type RenderReportOptions } from './render.js';
export { isReportFormat, REPORT_FORMATS, type ReportFormat } from './formats.js';
export { REPORT_LABELS, reportLabels, type ReportLabels, type ReportLang, type ReportOptions } from './labels.js';
export { TARGET_COLUMNS, TASK_COLUMNS, SUMMARY_COLUMNS, targetTable, taskTable, summaryTable } from './columns.js';
export type { Cell as ReportCell, Table as ReportTable, TargetColumn, TaskColumn, SummaryColumn } from './columns.js';
export { validateGapReport } from './view.js';
export { formatTarget, warningText } from './format.js';
