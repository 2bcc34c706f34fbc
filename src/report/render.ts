/** Dispatch a report to one of the output formats by name (the CLI's --format). */
import { ERROR_CODES, PolicyCascadeError } from '../errors.js';
import { REPORT_FORMATS } from './formats.js';
import type { GapReport } from '../model/index.js';
import { renderCsv, type CsvOptions } from './csv.js';
import { renderHtml, type HtmlOptions } from './html/render.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderXlsx } from './xlsx.js';

export type RenderReportOptions = CsvOptions & HtmlOptions;

/** Binary formats come back as Uint8Array (xlsx), text formats as string. */
export async function renderReport(report: GapReport, format: string, opts: RenderReportOptions = {}): Promise<string | Uint8Array> {
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'md':
      return renderMarkdown(report, opts);
    case 'csv':
      return renderCsv(report, opts);
    case 'xlsx':
      return renderXlsx(report, opts);
    case 'html':
      return renderHtml(report, opts);
    default:
      throw new PolicyCascadeError(ERROR_CODES.UNKNOWN_FORMAT, `unknown format "${format}"; use one of: ${REPORT_FORMATS.join(', ')}`, {
        messageZh: `未知的输出格式“${format}”；可用格式：${REPORT_FORMATS.join('、')}`,
      });
  }
}
