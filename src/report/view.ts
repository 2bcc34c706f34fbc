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

/**
 * The report as `validateGapReport` would return it — keys in schema order, unknown keys dropped,
 * enum-keyed maps in enum order — without checking values. For reports this library has just built
 * (the batch mode writes thousands): the types already guarantee the shape, and the check costs several
 * times more than the reordering. Anything the reorderer does not understand falls back to validation.
 */
export function orderGapReport(report: GapReport): GapReport {
  return orderLikeSchema(GapReportSchema, report, validateGapReport);
}

type Reorder = (value: unknown) => unknown;
// Reorderers per schema, built on first use (schemas are module constants, so this stays small).
const reorderers = new WeakMap<object, Reorder | null>();

/**
 * `value` with its keys in the order `schema.parse` would emit them (unknown keys dropped), without
 * checking it; `fallback` (normally a validating parse) when the schema uses kinds this does not handle.
 */
export function orderLikeSchema<T>(schema: { _zod: { def: unknown } }, value: T, fallback: (value: T) => T): T {
  let reorder = reorderers.get(schema);
  if (reorder === undefined) {
    reorder = reordererOf(schema as { _zod: { def: SchemaDef } }) ?? null;
    reorderers.set(schema, reorder);
  }
  return reorder ? (reorder(value) as T) : fallback(value);
}

interface SchemaDef {
  type: string;
  shape?: Record<string, { _zod: { def: SchemaDef } }>;
  element?: { _zod: { def: SchemaDef } };
  items?: { _zod: { def: SchemaDef } }[];
  rest?: { _zod: { def: SchemaDef } } | null;
  innerType?: { _zod: { def: SchemaDef } };
  keyType?: { _zod: { def: SchemaDef } };
  valueType?: { _zod: { def: SchemaDef } };
  options?: { _zod: { def: SchemaDef } }[];
  entries?: Record<string, string | number>;
}

const PASS_THROUGH = new Set(['string', 'number', 'int', 'boolean', 'literal', 'enum', 'null', 'bigint', 'date']);
const identity: Reorder = (v) => v;

/** A function copying values of this schema in its key order; undefined for schema kinds it does not know. */
function reordererOf(schema: { _zod: { def: SchemaDef } }): Reorder | undefined {
  const def = schema._zod.def;
  if (PASS_THROUGH.has(def.type)) return identity;
  switch (def.type) {
    case 'optional':
    case 'nullable': {
      const inner = def.innerType && reordererOf(def.innerType);
      return inner && ((v) => (v === undefined || v === null ? v : inner(v)));
    }
    case 'array': {
      const element = def.element && reordererOf(def.element);
      return element && ((v) => (v as unknown[]).map(element));
    }
    case 'tuple': {
      if (def.rest) return undefined;
      const items = (def.items ?? []).map(reordererOf);
      if (items.some((f) => !f)) return undefined;
      return (v) => (v as unknown[]).map((x, i) => items[i]!(x));
    }
    case 'union':
      // only unions of plain values (literals, enums) can be copied as they are
      return (def.options ?? []).every((o) => PASS_THROUGH.has(o._zod.def.type)) ? identity : undefined;
    case 'record': {
      const value = def.valueType && reordererOf(def.valueType);
      const key = def.keyType?._zod.def;
      if (!value || !key) return undefined;
      // zod emits an enum-keyed record in enum order, any other in input order
      const keyOrder = key.type === 'enum' ? Object.values(key.entries ?? {}).map(String) : undefined;
      if (!keyOrder && key.type !== 'string') return undefined;
      return (v) => {
        const input = v as Record<string, unknown>;
        const out: Record<string, unknown> = {};
        for (const k of keyOrder ?? Object.keys(input)) if (Object.hasOwn(input, k)) out[k] = value(input[k]);
        return out;
      };
    }
    case 'object': {
      const fields: [string, Reorder][] = [];
      for (const [k, field] of Object.entries(def.shape ?? {})) {
        const f = reordererOf(field);
        if (!f) return undefined;
        fields.push([k, f]);
      }
      return (v) => {
        const input = v as Record<string, unknown>;
        const out: Record<string, unknown> = {};
        for (const [k, f] of fields) {
          const x = input[k];
          if (x !== undefined) out[k] = f(x);
        }
        return out;
      };
    }
    default:
      return undefined;
  }
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
  // a child part the alignment maps to a parent part belongs there, even for a target with no parent task
  const parentPartOf = new Map(view.pair.sections.filter((s) => s.parent !== null).map((s) => [s.child, s.parent!]));
  const parentPart = (id: string | undefined): Section | undefined => {
    const pid = id === undefined ? undefined : parentPartOf.get(id);
    return pid === undefined ? undefined : view.parentDoc?.sections.find((s) => s.path.length === 1 && s.id === pid);
  };
  return view.pair.targetChanges.map((change) => {
    const parentTask = view.parentTask(change.parent);
    const childTask = view.childTask(change.child);
    const ownChildSection = topSectionOf(view.childDoc, childTask);
    const parentSection = topSectionOf(view.parentDoc, parentTask) ?? parentPart(ownChildSection?.id);
    const childSection = parentSection ? undefined : ownChildSection;
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

/** The pair's document goals (goalChanges) as rows: no task, no section. */
export function goalRowsOf(view: PairView): TargetRow[] {
  return view.pair.goalChanges.map((change) => ({
    view,
    change,
    parentTask: undefined,
    childTask: undefined,
    sectionKey: '-',
    sectionId: '',
    sectionTitle: '',
    sectionIsLocal: false,
    metric: change.parentTarget?.metric ?? change.childTarget?.metric ?? '',
  }));
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

/** What a reader doing 对标对表 checks first, for one adjacent level pair. */
export interface Checklist {
  view: PairView;
  /** Parent task ids no child task takes up. */
  notTakenUp: string[];
  /** Document goals and task targets the child drops or relaxes. */
  weakened: TargetRow[];
  /** Child task ids with no counterpart at any higher level (tasks linked across a skipped level are not local). */
  addedTasks: string[];
  /** Document goals and task targets only the child states. */
  addedTargets: TargetRow[];
}

/** One checklist per adjacent pair, the lowest pair first (the list being checked is usually the lowest). */
export function checklists(report: GapReport): Checklist[] {
  const views = pairViews(report);
  return views
    .filter((v) => !v.pair.skipLevel)
    .map((view) => {
      const linkedHigher = new Set(
        views.filter((v) => v.pair.skipLevel && v.pair.childIndex === view.pair.childIndex).flatMap((v) => v.pair.links.map((l) => l.child)),
      );
      // the documents' own goals first, then the targets of the tasks
      const rows = [...goalRowsOf(view), ...targetRowsOf(view)];
      return {
        view,
        notTakenUp: view.pair.droppedParents,
        weakened: rows.filter((r) => r.change.change === 'dropped' || r.change.change === 'relaxed'),
        addedTasks: view.pair.addedChildren.filter((id) => !linkedHigher.has(id)),
        addedTargets: rows.filter((r) => r.change.change === 'added'),
      };
    })
    .reverse();
}

/** A task of either side of a pair with the top-level part it sits in (`二、…`), for lists of tasks. */
export function taskWithPart(view: PairView, side: 'parent' | 'child', id: string): { label: string; part: string | undefined } {
  const task = side === 'parent' ? view.parentTask(id) : view.childTask(id);
  const sec = topSectionOf(side === 'parent' ? view.parentDoc : view.childDoc, task);
  return { label: taskLabel(task, id), part: sec ? `${sec.id}、${sec.title}` : undefined };
}
