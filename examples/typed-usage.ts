// TypeScript usage: types come from the zod schemas, and JSON written by the CLI can be validated with them.
// Type-checked with the project (npm run typecheck); run it after `npm run build` with any TS runner.
import { readFileSync } from 'node:fs';
import {
  GapReportSchema,
  PolicyCascadeError,
  SCHEMA_VERSION,
  analyzeCascade,
  parseDocument,
  type GapReport,
  type TargetChange,
} from 'policy-cascade';

/** Raised targets (加码) per pair, as `metric: parent → child`. */
export function raisedTargets(report: GapReport): string[] {
  return report.pairs.flatMap((pair) =>
    pair.targetChanges
      .filter((c: TargetChange) => c.change === 'raised' && c.parentTarget && c.childTarget)
      .map((c) => `${c.parentTarget!.metric}: ${c.parentTarget!.value} → ${c.childTarget!.value} ${c.childTarget!.unit}`),
  );
}

/** Analyse files given from the highest level to the lowest; a bad file is reported by its stable code. */
export function analyzeFiles(files: string[]): GapReport | undefined {
  try {
    return analyzeCascade(files.map((f) => parseDocument(readFileSync(f), { name: f })));
  } catch (e) {
    if (e instanceof PolicyCascadeError) {
      console.error(`${e.code}: ${e.message}`);
      return undefined;
    }
    throw e;
  }
}

/** Load a report written by `policy-cascade analyze --format json` and check it against the schema. */
export function loadReport(path: string): GapReport {
  const report = GapReportSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  if (report.schemaVersion.split('.')[0] !== SCHEMA_VERSION.split('.')[0]) {
    throw new Error(`report schema ${report.schemaVersion} is not compatible with ${SCHEMA_VERSION}`);
  }
  return report;
}
