/**
 * Read-only views over a GapReport shared by the renderers: validation, task lookup per pair, one
 * row per target change with its section, and rows grouped by section.
 */
import { ERROR_CODES, PolicyCascadeError } from '../errors.js';
import {
  GapReportSchema,
  type GapReport,
  type PairReport,
  type PolicyDocument,
  type Section,
  type Task,
  type TargetChange,
} from '../model/index.js';

/** Parse the report against the schema; a malformed report is a caller bug, reported as one error. */
export function validateGapReport(report: unknown): GapReport {
  const parsed = GapReportSchema.safeParse(report);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  const where = first ? first.path.join('.') || '(root)' : '(root)';
  const what = first ? first.message : 'invalid';
  throw new PolicyCascadeError(ERROR_CODES.INVALID_OPTIONS, `report does not match GapReportSchema at ${where}: ${what}`, {
    messageZh: `报告数据不符合 GapReportSchema（${where}）：${what}`,
    cause: parsed.error,
  });
}

export interface PairView {
  pair: PairReport;
  pairIndex: number;
  /** Stable pair key: document indexes, parent first ("1-2"). */
  key: string;
  parentDoc: PolicyDocument | undefined;
  childDoc: PolicyDocument | undefined;
  parentTask(id: string | null): Task | undefined;
  childTask(id: string | null): Task | undefined;
}

function indexTasks(doc: PolicyDocument | undefined): Map<string, Task> {
  return new Map((doc?.tasks ?? []).map((t) => [t.id, t]));
}

export function pairViews(report: GapReport): PairView[] {
  return report.pairs.map((pair, pairIndex) => {
    const parentDoc = report.documents[pair.parentIndex];
    const childDoc = report.documents[pair.childIndex];
    const parents = indexTasks(parentDoc);
    const children = indexTasks(childDoc);
    return {
      pair,
      pairIndex,
      key: `${pair.parentIndex}-${pair.childIndex}`,
      parentDoc,
      childDoc,
      parentTask: (id) => (id === null ? undefined : parents.get(id)),
      childTask: (id) => (id === null ? undefined : children.get(id)),
    };
  });
}

/** The top-level section holding a task. */
export function topSectionOf(doc: PolicyDocument | undefined, task: Task | undefined): Section | undefined {
  if (!doc || !task) return undefined;
  const top = task.sectionPath[0];
  return doc.sections.find((s) => s.path.length === 1 && s.id === top) ?? doc.sections.find((s) => s.id === top);
}

export interface TargetRow {
  view: PairView;
  change: TargetChange;
  parentTask: Task | undefined;
  childTask: Task | undefined;
  /** Grouping key: `p:<id>` for a parent section, `c:<id>` for a child-only (local) section, `-` when unknown. */
  sectionKey: string;
  sectionId: string;
  sectionTitle: string;
  /** The row sits in a child section because the parent task is unknown (a local task). */
  sectionIsLocal: boolean;
  /** What is measured: the parent target's metric, else the child's. */
  metric: string;
}

export function targetRowsOf(view: PairView): TargetRow[] {
  return view.pair.targetChanges.map((change) => {
    const parentTask = view.parentTask(change.parent);
    const childTask = view.childTask(change.child);
    const parentSection = topSectionOf(view.parentDoc, parentTask);
    const childSection = parentSection ? undefined : topSectionOf(view.childDoc, childTask);
    const section = parentSection ?? childSection;
    return {
      view,
      change,
      parentTask,
      childTask,
      sectionKey: parentSection ? `p:${parentSection.id}` : childSection ? `c:${childSection.id}` : '-',
      sectionId: section?.id ?? '',
      sectionTitle: section?.title ?? '',
      sectionIsLocal: !parentSection && !!childSection,
      metric: change.parentTarget?.metric ?? change.childTarget?.metric ?? '',
    };
  });
}

export function allTargetRows(report: GapReport): TargetRow[] {
  return pairViews(report).flatMap(targetRowsOf);
}

export interface SectionGroup {
  key: string;
  sectionId: string;
  title: string;
  local: boolean;
  rows: TargetRow[];
}

/**
 * Rows grouped by section: parent sections in document order (each listed even when empty, so a reader
 * sees the whole outline), then local child sections, then rows without a section.
 */
export function groupRowsBySection(view: PairView, rows: TargetRow[]): SectionGroup[] {
  const groups = new Map<string, SectionGroup>();
  for (const s of view.parentDoc?.sections ?? []) {
    if (s.path.length !== 1) continue;
    groups.set(`p:${s.id}`, { key: `p:${s.id}`, sectionId: s.id, title: s.title, local: false, rows: [] });
  }
  for (const row of rows) {
    let g = groups.get(row.sectionKey);
    if (!g) {
      g = { key: row.sectionKey, sectionId: row.sectionId, title: row.sectionTitle, local: row.sectionIsLocal, rows: [] };
      groups.set(row.sectionKey, g);
    }
    g.rows.push(row);
  }
  return [...groups.values()];
}

export function taskLabel(task: Task | undefined, id: string | null): string {
  if (!task) return id ?? '';
  // A label is repeated on every row of the task: cap it, or a damaged document whose "heading" is a
  // 150,000-character line with thousands of targets makes a report of gigabytes.
  const heading = task.heading.length > MAX_LABEL_HEADING ? task.heading.slice(0, MAX_LABEL_HEADING - 1) + '…' : task.heading;
  return `${task.id}. ${heading}`;
}

const MAX_LABEL_HEADING = 200;
