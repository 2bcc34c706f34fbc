/** Markdown: documents, a summary per pair, then per pair its document goals, a table per parent section, dropped/added tasks, lead-unit changes. */
import { ChangeSchema, type GapReport, type Warning } from '../model/index.js';
import {
  changeNotes,
  formatDocRef,
  formatReference,
  formatShare,
  formatTarget,
  pairTitle,
  aside,
  changeSubject,
  changeValues,
  referenceRule,
  warningText,
} from './format.js';
import { reportLabels, type ReportLabels, type ReportOptions } from './labels.js';
import {
  checklists,
  groupRowsBySection,
  pairViews,
  targetRowsOf,
  taskLabel,
  taskWithPart,
  validateGapReport,
  type PairView,
  type TargetRow,
} from './view.js';

/**
 * Escape document text for Markdown: backslash-escape the characters that start markup (so a heading
 * holding `<script>` or `*` prints as text), and fold line breaks (to `<br>` inside table cells).
 */
export function mdText(s: string, inCell = false): string {
  const escaped = s.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
  return escaped.replace(/\r\n|\r|\n/g, inCell ? '<br>' : ' ');
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const cell = (s: string | number): string => mdText(String(s), true);

function summarySection(views: PairView[], L: ReportLabels): string {
  const changes = ChangeSchema.options;
  const header = [L.pair, L.linked, L.droppedTasks, L.addedTasks, ...changes.map((c) => L.changes[c]), L.referenceShare];
  const rows = views.map((v) => {
    const s = v.pair.summary;
    const name = pairTitle(v.pair.parent, v.pair.child, L) + (v.pair.skipLevel ? ` (${L.skipLevel})` : '');
    return [
      cell(name),
      cell(`${s.tasks.linked}/${s.tasks.child}`),
      cell(`${s.tasks.dropped}/${s.tasks.parent}`),
      cell(s.tasks.added),
      ...changes.map((c) => cell(s.targets[c] ?? 0)),
      cell(formatReference(v.pair.referenceShare, L)),
    ];
  });
  return `## ${L.summary}\n\n${table(header, rows)}`;
}

function pairSection(view: PairView, n: number, L: ReportLabels): string {
  const { pair } = view;
  const rows = targetRowsOf(view);
  const out: string[] = [];
  out.push(`## ${n}. ${mdText(pairTitle(pair.parent, pair.child, L))}`);
  out.push(
    [
      `- ${L.parentDocument}: ${mdText(formatDocRef(pair.parent, L))}`,
      `- ${L.childDocument}: ${mdText(formatDocRef(pair.child, L))}`,
      `- ${L.referenceShare}: ${mdText(formatReference(pair.referenceShare, L))}`,
      `- ${mdText(referenceRule(pair.referenceShare, rows, L))}`,
      ...(pair.skipLevel ? [`- ${L.skipLevelNote}`] : []),
    ].join('\n'),
  );

  const s = pair.summary;
  const changes = ChangeSchema.options;
  out.push(
    table(
      [L.tasks, L.linked, L.droppedTasks, L.addedTasks, ...changes.map((c) => L.changes[c])],
      [[cell(`${s.tasks.parent} → ${s.tasks.child}`), cell(s.tasks.linked), cell(s.tasks.dropped), cell(s.tasks.added), ...changes.map((c) => cell(s.targets[c] ?? 0))]],
    ),
  );

  if (pair.goalChanges.length) {
    out.push(`### ${L.documentGoals}`);
    out.push(
      table(
        [L.metric, L.parentValue, L.childValue, L.change, L.share, L.notes],
        pair.goalChanges.map((c) => [
          cell(c.parentTarget?.metric ?? c.childTarget?.metric ?? ''),
          cell(formatTarget(c.parentTarget)),
          cell(formatTarget(c.childTarget)),
          cell(L.changes[c.change]),
          cell(formatShare(c.share)),
          cell(changeNotes(c, L).join('; ')),
        ]),
      ),
    );
  }

  for (const group of groupRowsBySection(view, rows)) {
    if (group.rows.length === 0) continue;
    const local = group.local ? ` (${L.localSection})` : '';
    out.push(`### ${mdText(`${group.sectionId}、${group.title}`)}${local}`);
    out.push(
      table(
        [L.parentTask, L.childTask, L.metric, L.parentValue, L.childValue, L.change, L.share, L.versusReferenceHeader, L.notes],
        group.rows.map((r) => [
          cell(r.change.parent === null ? '' : taskLabel(r.parentTask, r.change.parent)),
          cell(r.change.child === null ? '' : taskLabel(r.childTask, r.change.child)),
          cell(r.metric),
          cell(formatTarget(r.change.parentTarget)),
          cell(formatTarget(r.change.childTarget)),
          cell(L.changes[r.change.change]),
          cell(formatShare(r.change.share)),
          cell(r.change.versusReference ? L.versusReference[r.change.versusReference] : ''),
          cell(changeNotes(r.change, L).join('; ')),
        ]),
      ),
    );
  }

  if (pair.droppedParents.length) {
    out.push(`### ${L.droppedTasks}`);
    out.push(pair.droppedParents.map((id) => taskLine(view, 'parent', id)).join('\n'));
  }
  if (pair.addedChildren.length) {
    out.push(`### ${L.addedTasks}`);
    out.push(pair.addedChildren.map((id) => taskLine(view, 'child', id)).join('\n'));
  }
  if (pair.leadUnitChanges.length) {
    out.push(`### ${L.leadUnitChanges}`);
    out.push(
      table(
        [L.parentTask, L.childTask, L.leadFrom, L.leadTo],
        pair.leadUnitChanges.map((c) => [
          cell(taskLabel(view.parentTask(c.parent), c.parent)),
          cell(taskLabel(view.childTask(c.child), c.child)),
          cell(c.from.join('、')),
          cell(c.to.join('、')),
        ]),
      ),
    );
  }
  return out.join('\n\n');
}

function targetLine(r: TargetRow, L: ReportLabels): string {
  const c = r.change;
  return `- ${L.changes[c.change]}: ${mdText(changeSubject(r, L))} ${mdText(changeValues(c))}`;
}

function taskLine(view: PairView, side: 'parent' | 'child', id: string): string {
  const { label, part } = taskWithPart(view, side, id);
  return `- ${mdText(label)}${part ? ` (${mdText(part)})` : ''}`;
}

/** The 对标对表 checklist: per adjacent pair, lowest first, what was not taken up, weakened, added. */
function checklistSection(report: GapReport, L: ReportLabels): string {
  const out: string[] = [`## ${L.checklist}`, L.checklistIntro];
  for (const list of checklists(report)) {
    const { view } = list;
    const task = (side: 'parent' | 'child', id: string): string => taskLine(view, side, id);
    const block = (title: string, lines: string[]): string => `**${aside(title, lines.length, L)}**\n\n${lines.length ? lines.join('\n') : `- ${L.none}`}`;
    out.push(`### ${mdText(pairTitle(view.pair.parent, view.pair.child, L))}`);
    out.push(block(L.notTakenUp, list.notTakenUp.map((id) => task('parent', id))));
    out.push(block(L.weakenedTargets, list.weakened.map((r) => targetLine(r, L))));
    out.push(block(L.addedLocally, [...list.addedTasks.map((id) => task('child', id)), ...list.addedTargets.map((r) => targetLine(r, L))]));
  }
  out.push(`## ${L.method}`, L.methodNotes.join('\n\n'));
  return out.join('\n\n');
}

function warningRows(report: GapReport): Warning[] {
  return [
    ...report.warnings,
    ...report.documents.flatMap((d) => d.warnings.map((w) => ({ ...w, source: w.source ?? d.name ?? d.title }))),
    ...report.pairs.flatMap((p) => p.warnings),
  ];
}

export function renderMarkdown(report: GapReport, opts: ReportOptions = {}): string {
  const r = validateGapReport(report);
  const L = reportLabels(opts.lang);
  const views = pairViews(r);
  const parts: string[] = [`# ${L.reportTitle}`, checklistSection(r, L), `## ${L.documents}`];
  parts.push(
    table(
      [L.level, L.title, L.taskCount, L.targetCount],
      r.documents.map((d) => [
        cell(L.levels[d.level]),
        cell(d.title),
        cell(d.tasks.length),
        cell(d.tasks.reduce((n, t) => n + t.targets.length, 0)),
      ]),
    ),
  );
  parts.push(summarySection(views, L));
  views.forEach((v, i) => parts.push(pairSection(v, i + 1, L)));
  const warnings = warningRows(r);
  if (warnings.length) {
    parts.push(`## ${L.warnings}`);
    parts.push(
      table(
        [L.code, L.message, L.source, L.position],
        warnings.map((w) => [cell(w.code), cell(warningText(w, L)), cell(w.source ?? ''), cell(w.line ? `${w.line}:${w.column ?? 1}` : '')]),
      ),
    );
  }
  parts.push(`_${L.generatedFrom}: ${mdText(r.schemaVersion)}_`);
  return `${parts.join('\n\n')}\n`;
}
