/**
 * One self-contained HTML page (inline CSS and JS, no network): summary cards per pair, a shares chart,
 * a section navigator, target-change tables filterable by change class, dropped/added tasks, lead-unit
 * changes and side-by-side task text. All document text goes through escapeHtml.
 */
import { ChangeSchema, type Change, type GapReport, type Warning } from '../../model/index.js';
import { aside, changeNotes, changeSubject, changeValues, formatDocRef, formatReference, formatShare, formatTarget, pairTitle, referenceRule, warningText } from '../format.js';
import { reportLabels, type ReportLabels, type ReportOptions } from '../labels.js';
import {
  checklists,
  goalRowsOf,
  groupRowsBySection,
  pairViews,
  targetRowsOf,
  taskLabel,
  taskWithPart,
  validateGapReport,
  type Checklist,
  type PairView,
  type TargetRow,
} from '../view.js';
import { sharesChart } from './chart.js';
import { sideBySide } from './diff.js';
import { escapeHtml as h, jsonForScript } from './escape.js';
import { SCRIPT } from './script.js';
import { STYLE } from './style.js';

export interface HtmlOptions extends ReportOptions {
  /** Embed the report as JSON in `<script type="application/json" id="policy-cascade-report">`. Default true. */
  embedData?: boolean;
}

const CHANGES = ChangeSchema.options;

/** A summary card: a count, optionally "of" a total printed smaller (88/106), and its label. */
function card(n: string | number, label: string, cls = '', of?: number): string {
  const total = of === undefined ? '' : `<span class="of">/${of}</span>`;
  return `<div class="card ${cls}"><div class="n">${h(String(n))}${total}</div><div class="k">${h(label)}</div></div>`;
}

function changeBadge(c: Change, L: ReportLabels): string {
  return `<span class="badge chg-${c}">${h(L.changes[c])}</span>`;
}

function targetRow(r: TargetRow, L: ReportLabels): string {
  const c = r.change;
  const evidence = [
    c.evidence.parentText ? `${L.parentText}${L.colon}${c.evidence.parentText}` : '',
    c.evidence.childText ? `${L.childText}${L.colon}${c.evidence.childText}` : '',
  ].filter(Boolean);
  const notes = changeNotes(c, L)
    .map((n) => `<span class="note">${h(n)}</span>`)
    .join('');
  return (
    `<tr data-change="${c.change}" class="chg-${c.change}">` +
    `<td>${h(c.parent === null ? '' : taskLabel(r.parentTask, c.parent))}</td>` +
    `<td>${h(c.child === null ? '' : taskLabel(r.childTask, c.child))}</td>` +
    `<td>${h(r.metric)}${evidence.map((e) => `<div class="evidence">${h(e)}</div>`).join('')}</td>` +
    `<td class="num">${h(formatTarget(c.parentTarget))}</td>` +
    `<td class="num">${h(formatTarget(c.childTarget))}</td>` +
    `<td>${changeBadge(c.change, L)}</td>` +
    `<td class="num">${h(formatShare(c.share))}</td>` +
    `<td>${c.versusReference ? h(L.versusReference[c.versusReference]) : ''}</td>` +
    `<td>${notes}</td>` +
    '</tr>'
  );
}

function targetTableHtml(rows: TargetRow[], L: ReportLabels): string {
  const head = [L.parentTask, L.childTask, L.metric, L.parentValue, L.childValue, L.change, L.share, L.versusReferenceHeader, L.notes]
    .map((x) => `<th>${h(x)}</th>`)
    .join('');
  const cols = ['task', 'task', 'metric', 'value', 'value', 'change', 'share', 'vs', 'notes'].map((c) => `<col class="${c}">`).join('');
  return `<table class="targets"><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>${rows.map((r) => targetRow(r, L)).join('')}</tbody></table>`;
}

function taskItem(view: PairView, side: 'parent' | 'child', id: string, L: ReportLabels): string {
  const { label, part } = taskWithPart(view, side, id);
  return `<li>${h(label)}${part ? ` <span class="muted">${h(aside('', part, L).trim())}</span>` : ''}</li>`;
}

function taskList(view: PairView, ids: string[], side: 'parent' | 'child', L: ReportLabels): string {
  return `<ul class="tasks">${ids.map((id) => taskItem(view, side, id, L)).join('')}</ul>`;
}

function sideBySideHtml(view: PairView, L: ReportLabels): string {
  const cells: string[] = [
    `<div class="head">${h(formatDocRef(view.pair.parent, L))}</div>`,
    `<div class="head">${h(formatDocRef(view.pair.child, L))}</div>`,
  ];
  for (const link of view.pair.links) {
    const parentIds = link.parents;
    const parent = view.parentTask(parentIds[0] ?? null);
    const child = view.childTask(link.child);
    const d = sideBySide(parent?.text ?? '', child?.text ?? '');
    const parentLabel = parentIds.map((id) => taskLabel(view.parentTask(id), id)).join(' + ');
    const meta = `${L.relations[link.relation]} · ${L.score} ${link.score.toFixed(2)}`;
    cells.push(`<div><span class="task">${h(parentLabel)}</span>${d.parentHtml}</div>`);
    cells.push(`<div><span class="task">${h(taskLabel(child, link.child))} <span class="muted">${h(meta)}</span></span>${d.childHtml}</div>`);
  }
  return `<div class="sbs">${cells.join('')}</div>`;
}

function pairSection(view: PairView, n: number, L: ReportLabels): { html: string; toc: string } {
  const { pair } = view;
  const id = `pair-${n}`;
  const title = `${n}. ${pairTitle(pair.parent, pair.child, L)}`;
  const s = pair.summary;
  const rows = targetRowsOf(view);
  const groups = groupRowsBySection(view, rows).filter((g) => g.rows.length > 0);
  const toc: string[] = [];
  const out: string[] = [];

  out.push(`<section class="pair" id="${id}">`);
  out.push(`<h2>${h(title)}${pair.skipLevel ? ` <span class="badge skip">${h(L.skipLevel)}</span>` : ''}</h2>`);
  out.push(
    `<p class="meta">${h(L.parentDocument + L.colon)}${h(formatDocRef(pair.parent, L))}<br>${h(L.childDocument + L.colon)}${h(formatDocRef(pair.child, L))}<br>${h(L.referenceShare + L.colon)}${h(formatReference(pair.referenceShare, L))}${pair.skipLevel ? `<br>${h(L.skipLevelNote)}` : ''}</p>`,
  );
  out.push('<div class="cards">');
  out.push(card(s.tasks.linked, L.linked, '', s.tasks.child));
  out.push(card(s.tasks.dropped, L.droppedTasks));
  out.push(card(s.tasks.added, L.addedTasks));
  for (const c of CHANGES) out.push(card(s.targets[c] ?? 0, L.changes[c], `chg-${c}`));
  out.push('</div>');

  if (pair.goalChanges.length) {
    // the documents' own goals (主要目标), compared like task targets
    out.push(`<h3 id="${id}-goals">${h(L.documentGoals)}</h3>`);
    out.push(targetTableHtml(goalRowsOf(view), L));
    toc.push(`<li><a href="#${id}-goals">${h(L.documentGoals)}</a></li>`);
  }

  out.push(`<h3 id="${id}-chart">${h(L.sharesChart)}</h3>`);
  toc.push(`<li><a href="#${id}-chart">${h(L.sharesChart)}</a></li>`);
  out.push(sharesChart(rows, pair.referenceShare, L));
  if (rows.some((r) => r.change.share !== undefined && r.change.share > 0)) {
    const dots = (['below', 'proportional', 'above'] as const).map((v) => `<span><i class="dot vs-${v}"></i>${h(L.versusReference[v])}</span>`);
    const marks = [`<span><i class="dot hollow"></i>${h(L.legendHollow)}</span>`, `<span><i class="line"></i>${h(L.legendLine)}</span>`, `<span><i class="band"></i>${h(L.legendBand)}</span>`];
    out.push(`<div class="legend"><p>${h(L.sharesChartNote)}</p><p class="keys">${[...dots, ...marks].join('')}</p><p>${h(referenceRule(pair.referenceShare, rows, L))}</p></div>`);
  }

  groups.forEach((g, k) => {
    const gid = `${id}-s${k + 1}`;
    const heading = g.local ? aside(`${g.sectionId}、${g.title}`, L.localSection, L) : `${g.sectionId}、${g.title}`;
    out.push(`<h3 id="${gid}">${h(heading)}</h3>`);
    out.push(targetTableHtml(g.rows, L));
    toc.push(`<li><a href="#${gid}">${h(heading)}</a></li>`);
  });
  if (groups.length === 0) out.push(`<p class="muted">${h(L.noTargetChanges)}</p>`);

  if (pair.droppedParents.length) {
    out.push(`<h3 id="${id}-dropped">${h(aside(L.droppedTasks, pair.droppedParents.length, L))}</h3>`);
    out.push(taskList(view, pair.droppedParents, 'parent', L));
    toc.push(`<li><a href="#${id}-dropped">${h(L.droppedTasks)}</a></li>`);
  }
  if (pair.addedChildren.length) {
    out.push(`<h3 id="${id}-added">${h(aside(L.addedTasks, pair.addedChildren.length, L))}</h3>`);
    out.push(taskList(view, pair.addedChildren, 'child', L));
    toc.push(`<li><a href="#${id}-added">${h(L.addedTasks)}</a></li>`);
  }
  if (pair.leadUnitChanges.length) {
    out.push(`<h3 id="${id}-lead">${h(L.leadUnitChanges)}</h3>`);
    const head = [L.parentTask, L.childTask, L.leadFrom, L.leadTo].map((x) => `<th>${h(x)}</th>`).join('');
    const body = pair.leadUnitChanges
      .map(
        (c) =>
          `<tr><td>${h(taskLabel(view.parentTask(c.parent), c.parent))}</td><td>${h(taskLabel(view.childTask(c.child), c.child))}</td><td>${h(c.from.join('、'))}</td><td>${h(c.to.join('、'))}</td></tr>`,
      )
      .join('');
    out.push(`<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`);
    toc.push(`<li><a href="#${id}-lead">${h(L.leadUnitChanges)}</a></li>`);
  }
  if (pair.links.length) {
    out.push(`<h3 id="${id}-text">${h(L.sideBySide)}</h3>`);
    out.push(sideBySideHtml(view, L));
    toc.push(`<li><a href="#${id}-text">${h(L.sideBySide)}</a></li>`);
  }
  out.push('</section>');
  return {
    html: out.join('\n'),
    toc: `<li><a href="#${id}"><strong>${h(title)}</strong></a><ul>${toc.join('')}</ul></li>`,
  };
}

function checklistItems(items: string[], L: ReportLabels): string {
  return items.length ? `<ul>${items.join('')}</ul>` : `<p class="muted">${h(L.none)}</p>`;
}

function targetItem(r: TargetRow, L: ReportLabels): string {
  const c = r.change;
  return `<li>${changeBadge(c.change, L)} ${h(changeSubject(r, L))} <span class="num">${h(changeValues(c))}</span></li>`;
}

function checklistBlock(list: Checklist, L: ReportLabels): string {
  const { view } = list;
  const task = (side: 'parent' | 'child', id: string): string => taskItem(view, side, id, L);
  const added = [...list.addedTasks.map((id) => task('child', id)), ...list.addedTargets.map((r) => targetItem(r, L))];
  const column = (title: string, n: number, body: string): string => `<div class="check"><h4>${h(title)} <span class="count">${n}</span></h4>${body}</div>`;
  return (
    `<h3>${h(pairTitle(view.pair.parent, view.pair.child, L))}</h3>` +
    `<div class="check-grid">` +
    column(L.notTakenUp, list.notTakenUp.length, checklistItems(list.notTakenUp.map((id) => task('parent', id)), L)) +
    column(L.weakenedTargets, list.weakened.length, checklistItems(list.weakened.map((r) => targetItem(r, L)), L)) +
    column(aside(L.addedLocally, `${L.tasks} ${list.addedTasks.length} · ${L.targets} ${list.addedTargets.length}`, L), added.length, checklistItems(added, L)) +
    `</div>`
  );
}

function checklistHtml(report: GapReport, L: ReportLabels): string {
  return `<section class="pair checklist" id="checklist"><h2>${h(L.checklist)}</h2><p class="meta">${h(L.checklistIntro)}</p>${checklists(report)
    .map((c) => checklistBlock(c, L))
    .join('')}</section>`;
}

function methodHtml(L: ReportLabels): string {
  return `<section class="pair method" id="method"><h2>${h(L.method)}</h2>${L.methodNotes.map((p) => `<p>${h(p)}</p>`).join('')}</section>`;
}

function warningsHtml(report: GapReport, L: ReportLabels): string {
  const warnings: Warning[] = [
    ...report.warnings,
    ...report.documents.flatMap((d) => d.warnings.map((w) => ({ ...w, source: w.source ?? d.name ?? d.title }))),
    ...report.pairs.flatMap((p) => p.warnings),
  ];
  if (warnings.length === 0) return '';
  const head = [L.code, L.message, L.source, L.position].map((x) => `<th>${h(x)}</th>`).join('');
  const body = warnings
    .map((w) => `<tr><td><code>${h(w.code)}</code></td><td>${h(warningText(w, L))}</td><td>${h(w.source ?? '')}</td><td>${w.line ? h(`${w.line}:${w.column ?? 1}`) : ''}</td></tr>`)
    .join('');
  return `<section class="pair" id="warnings"><h2>${h(L.warnings)}</h2><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></section>`;
}

function filterBar(report: GapReport, L: ReportLabels): string {
  const totals = Object.fromEntries(CHANGES.map((c) => [c, 0])) as Record<Change, number>;
  for (const p of report.pairs) for (const c of p.targetChanges) totals[c.change] += 1;
  const all = Object.values(totals).reduce((a, b) => a + b, 0);
  const chips = CHANGES.map(
    (c) =>
      `<span class="chip chg-${c}"><label><input type="checkbox" data-filter="${c}" checked> <span class="swatch"></span> ${h(L.changes[c])} <span class="muted">${totals[c]}</span></label><button type="button" data-only="${c}" title="${h(`${L.only}: ${L.changes[c]}`)}">${h(L.only)}</button></span>`,
  ).join('');
  return (
    `<div class="toolbar" role="toolbar" aria-label="${h(L.filter)}"><span class="title">${h(L.filter)}</span>${chips}` +
    `<button type="button" data-show-all>${h(L.showAll)}</button>` +
    `<span class="count">${h(L.visibleRows + L.colon)}<span data-visible-count>${all} / ${all}</span></span></div>`
  );
}

export function renderHtml(report: GapReport, opts: HtmlOptions = {}): string {
  const r = validateGapReport(report);
  const L = reportLabels(opts.lang);
  const views = pairViews(r);
  const pairs = views.map((v, i) => pairSection(v, i + 1, L));
  const docs = r.documents
    .map(
      (d) =>
        `<li><span class="level-tag">${h(L.levels[d.level])}</span>${h(d.title)} <span class="muted-light">· ${h(L.taskCount)} ${d.tasks.length} · ${h(L.targetCount)} ${d.tasks.reduce((n, t) => n + t.targets.length, 0)}</span></li>`,
    )
    .join('');
  const warnings = warningsHtml(r, L);
  const lead = `<li><a href="#checklist"><strong>${h(L.checklist)}</strong></a></li><li><a href="#method"><strong>${h(L.method)}</strong></a></li>`;
  const toc = `<nav class="toc" aria-label="${h(L.navigator)}"><h2>${h(L.navigator)}</h2><ul>${lead}${pairs.map((p) => p.toc).join('')}${warnings ? `<li><a href="#warnings"><strong>${h(L.warnings)}</strong></a></li>` : ''}</ul></nav>`;
  const data = opts.embedData === false ? '' : `<script type="application/json" id="policy-cascade-report">${jsonForScript(r)}</script>\n`;
  return `<!DOCTYPE html>
<html lang="${opts.lang === 'en' ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="policy-cascade">
<title>${h(L.reportTitle)}</title>
<style>${STYLE}</style>
</head>
<body>
<header class="top"><h1>${h(L.reportTitle)}</h1><ul class="docs">${docs}</ul></header>
${filterBar(r, L)}
<div class="layout">
${toc}
<main>
${checklistHtml(r, L)}
${methodHtml(L)}
${pairs.map((p) => p.html).join('\n')}
${warnings}
</main>
</div>
<footer>policy-cascade · ${h(L.generatedFrom)} ${h(r.schemaVersion)}</footer>
${data}<script>${SCRIPT}</script>
</body>
</html>
`;
}
