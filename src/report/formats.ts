/** The report formats by name (the CLI's --format), apart from the renderers so the CLI can list them cheaply. */
export const REPORT_FORMATS = ['json', 'md', 'csv', 'xlsx', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function isReportFormat(format: string): format is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(format);
}
