/** JSON: the validated report, keys in schema order (free-form maps sorted), 2-space indent. */
import type { GapReport } from '../model/index.js';
import { orderGapReport, validateGapReport } from './view.js';

function sortKeys(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export interface RenderJsonOptions {
  /**
   * Check the report against GapReportSchema (default true). `false` is for reports this library has just
   * built (the batch mode): keys are still put in schema order, so the bytes are the same.
   */
  validate?: boolean;
}

/**
 * Parsing with GapReportSchema drops unknown keys and emits known ones in schema order, so equal
 * reports serialise to equal bytes whatever order their objects were built in. The only free-form
 * map (summary.tasks.byRelation) is sorted explicitly.
 */
export function renderJson(report: GapReport, options: RenderJsonOptions = {}): string {
  const parsed = options.validate === false ? orderGapReport(report) : validateGapReport(report);
  const ordered: GapReport = {
    ...parsed,
    pairs: parsed.pairs.map((p) => ({
      ...p,
      summary: { ...p.summary, tasks: { ...p.summary.tasks, byRelation: sortKeys(p.summary.tasks.byRelation) } },
    })),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
