/**
 * Tabular views of a report with stable snake_case column keys: targets (one row per target change,
 * the CSV and the XLSX targets sheet), tasks (every link, dropped and added task) and the per-pair summary.
 * Cells keep their types (numbers stay numbers) so XLSX can write them natively.
 */
import { ChangeSchema, type Comparator, type GapReport } from '../model/index.js';
import { aside, pairTitle } from './format.js';
import type { ReportLabels } from './labels.js';
import { pairViews, targetRowsOf, topSectionOf, type PairView, type TargetRow } from './view.js';

export type Cell = string | number | boolean | null;

export interface Table<K extends string> {
  columns: readonly K[];
  rows: Record<K, Cell>[];
}

export const TARGET_COLUMNS = [
  'pair',
  'parent_level',
  'parent_title',
  'child_level',
  'child_title',
  'skip_level',
  'section',
  'section_title',
  'parent_task',
  'child_task',
  'metric',
  'child_metric',
  'kind',
  'parent_value',
  'parent_max',
  'parent_unit',
  'parent_comparator',
  'child_value',
  'child_max',
  'child_unit',
  'child_comparator',
  'change',
  'share',
  'reference_share',
  'versus_reference',
  'share_is_one',
  'comparator_from',
  'comparator_to',
  'qualifier_from',
  'qualifier_to',
  'horizon_from',
  'horizon_to',
  'parent_text',
  'child_text',
  'note',
] as const;
export type TargetColumn = (typeof TARGET_COLUMNS)[number];

export const TASK_COLUMNS = [
  'pair',
  'skip_level',
  'status',
  'relation',
  'score',
  'parent_section',
  'parent_task',
  'parent_heading',
  'child_section',
  'child_task',
  'child_heading',
  'parent_lead_units',
  'child_lead_units',
] as const;
export type TaskColumn = (typeof TASK_COLUMNS)[number];

export const SUMMARY_COLUMNS = [
  'pair',
  'parent_level',
  'parent_title',
  'child_level',
  'child_title',
  'skip_level',
  'parent_tasks',
  'child_tasks',
  'linked',
  'dropped_tasks',
  'added_tasks',
  ...ChangeSchema.options,
  'reference_share',
  'reference_source',
  'reference_count',
  'tolerance',
] as const;
export type SummaryColumn = (typeof SUMMARY_COLUMNS)[number];

/**
 * Comparators in tables as letter codes: `>=` or `=` would need a spreadsheet formula guard (`'=`), which
 * turns a data value into something else. ge ≥ 以上, gt > 超过, approx ≈ 左右, le ≤ 以内, lt < 低于, eq = 达到/plain.
 */
export const COMPARATOR_CODES: Readonly<Record<Comparator, string>> = { '>=': 'ge', '>': 'gt', '~': 'approx', '<=': 'le', '<': 'lt', '=': 'eq' };
const comparatorCode = (c: Comparator | undefined): string | null => (c === undefined ? null : COMPARATOR_CODES[c]);

const joinList = (xs: readonly string[] | undefined): string | null => (xs && xs.length ? xs.join(';') : null);

function targetRecord(row: TargetRow): Record<TargetColumn, Cell> {
  const { pair } = row.view;
  const c = row.change;
  const p = c.parentTarget;
  const ch = c.childTarget;
  return {
    pair: row.view.key,
    parent_level: pair.parent.level,
    parent_title: pair.parent.title,
    child_level: pair.child.level,
    child_title: pair.child.title,
    skip_level: pair.skipLevel,
    section: row.sectionId || null,
    section_title: row.sectionTitle || null,
    parent_task: c.parent,
    child_task: c.child,
    metric: row.metric || null,
    child_metric: ch?.metric ?? null,
    kind: p?.kind ?? ch?.kind ?? null,
    parent_value: p?.value ?? null,
    parent_max: p?.max ?? null,
    parent_unit: p?.unit ?? null,
    parent_comparator: comparatorCode(p?.comparator),
    child_value: ch?.value ?? null,
    child_max: ch?.max ?? null,
    child_unit: ch?.unit ?? null,
    child_comparator: comparatorCode(ch?.comparator),
    change: c.change,
    share: c.share ?? null,
    reference_share: pair.referenceShare.value,
    versus_reference: c.versusReference ?? null,
    share_is_one: c.shareIsOne === true,
    comparator_from: comparatorCode(c.comparatorChanged?.from),
    comparator_to: comparatorCode(c.comparatorChanged?.to),
    qualifier_from: c.qualifierChanged ? (joinList(c.qualifierChanged.from) ?? '') : null,
    qualifier_to: c.qualifierChanged ? (joinList(c.qualifierChanged.to) ?? '') : null,
    horizon_from: c.horizonChanged?.from ?? null,
    horizon_to: c.horizonChanged?.to ?? null,
    parent_text: c.evidence.parentText ?? p?.text ?? null,
    child_text: c.evidence.childText ?? ch?.text ?? null,
    note: c.evidence.note ?? null,
  };
}

/** One row per target change across all pairs, in pair order then report order. */
export function targetTable(report: GapReport): Table<TargetColumn> {
  return { columns: TARGET_COLUMNS, rows: pairViews(report).flatMap((v) => targetRowsOf(v).map(targetRecord)) };
}

function taskRows(view: PairView): Record<TaskColumn, Cell>[] {
  const { pair } = view;
  const sectionTitle = (doc: PairView['parentDoc'], id: string | null): string | null => {
    const task = id === null ? undefined : doc?.tasks.find((t) => t.id === id);
    const s = topSectionOf(doc, task);
    return s ? `${s.id}、${s.title}` : null;
  };
  const base = (status: 'linked' | 'dropped' | 'added', parentIds: string[], childId: string | null): Record<TaskColumn, Cell> => {
    const parent = view.parentTask(parentIds[0] ?? null);
    const child = view.childTask(childId);
    return {
      pair: view.key,
      skip_level: pair.skipLevel,
      status,
      relation: null,
      score: null,
      parent_section: sectionTitle(view.parentDoc, parentIds[0] ?? null),
      parent_task: parentIds.length ? parentIds.join(';') : null,
      parent_heading: parentIds.length ? parentIds.map((id) => view.parentTask(id)?.heading ?? '').join(';') : null,
      child_section: sectionTitle(view.childDoc, childId),
      child_task: childId,
      child_heading: child?.heading ?? null,
      parent_lead_units: joinList(parent?.leadUnits),
      child_lead_units: joinList(child?.leadUnits),
    };
  };
  return [
    ...pair.links.map((l) => ({
      ...base('linked', l.parents, l.child),
      relation: l.relation,
      score: l.score,
      skip_level: pair.skipLevel || l.skipLevel === true,
    })),
    ...pair.droppedParents.map((id) => base('dropped', [id], null)),
    ...pair.addedChildren.map((id) => base('added', [], id)),
  ];
}

/** Every link, dropped parent task and added child task, per pair. */
export function taskTable(report: GapReport): Table<TaskColumn> {
  return { columns: TASK_COLUMNS, rows: pairViews(report).flatMap(taskRows) };
}

/** One row per level pair: task counts, target change counts, reference share. */
export function summaryTable(report: GapReport): Table<SummaryColumn> {
  const rows = pairViews(report).map((view): Record<SummaryColumn, Cell> => {
    const { pair } = view;
    const s = pair.summary;
    return {
      pair: view.key,
      parent_level: pair.parent.level,
      parent_title: pair.parent.title,
      child_level: pair.child.level,
      child_title: pair.child.title,
      skip_level: pair.skipLevel,
      parent_tasks: s.tasks.parent,
      child_tasks: s.tasks.child,
      linked: s.tasks.linked,
      dropped_tasks: s.tasks.dropped,
      added_tasks: s.tasks.added,
      kept: s.targets.kept ?? 0,
      relaxed: s.targets.relaxed ?? 0,
      raised: s.targets.raised ?? 0,
      dropped: s.targets.dropped ?? 0,
      added: s.targets.added ?? 0,
      deferred: s.targets.deferred ?? 0,
      reference_share: pair.referenceShare.value,
      reference_source: pair.referenceShare.source,
      reference_count: pair.referenceShare.count,
      tolerance: pair.referenceShare.tolerance,
    };
  });
  return { columns: SUMMARY_COLUMNS, rows };
}

const COMPARATOR_OF_CODE = new Map(Object.entries(COMPARATOR_CODES).map(([c, code]) => [code, c as Comparator]));

/**
 * A cell as people read it (XLSX, CSV with labelled headers): codes and enum values in the report's
 * language (relaxed → 放宽, ge → 以上, county → 县), the pair named by its documents. Numbers, booleans,
 * titles and document text are left as they are.
 */
export function displayCell(key: string, cell: Cell, L: ReportLabels, pairNames: ReadonlyMap<string, string>): Cell {
  if (typeof cell !== 'string') return cell;
  const pick = (table: Readonly<Record<string, string>>): string => table[cell] ?? cell;
  switch (key) {
    case 'pair':
      return pairNames.get(cell) ?? cell;
    case 'parent_level':
    case 'child_level':
      return pick(L.levels);
    case 'kind':
      return pick(L.kinds);
    case 'change':
      return pick(L.changes);
    case 'versus_reference':
      return pick(L.versusReference);
    case 'relation':
      return pick(L.relations);
    case 'status':
      return pick(L.taskStatus);
    case 'reference_source':
      return pick(L.referenceSource);
    case 'parent_comparator':
    case 'child_comparator':
    case 'comparator_from':
    case 'comparator_to': {
      const c = COMPARATOR_OF_CODE.get(cell);
      return c === undefined ? cell : L.comparators[c];
    }
    default:
      return cell;
  }
}

/** Pair keys ("1-2") to names made of the documents ("青河市 → 东岳县"), for display. */
export function pairNamesOf(report: GapReport, L: ReportLabels): Map<string, string> {
  return new Map(pairViews(report).map((v) => [v.key, pairTitle(v.pair.parent, v.pair.child, L) + (v.pair.skipLevel ? aside('', L.skipLevel, L) : '')]));
}

/** The table with every cell as `displayCell` shows it. */
export function displayTable<K extends string>(table: Table<K>, report: GapReport, L: ReportLabels): Table<K> {
  const names = pairNamesOf(report, L);
  return {
    columns: table.columns,
    rows: table.rows.map((row) => {
      const out = {} as Record<K, Cell>;
      for (const k of table.columns) out[k] = displayCell(k, row[k], L, names);
      return out;
    }),
  };
}

/** Columns holding shares (fractions): shown as percentages in XLSX. */
export const SHARE_COLUMNS: ReadonlySet<string> = new Set(['share', 'reference_share', 'tolerance']);
