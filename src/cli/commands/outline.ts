import type { PolicyDocument, Task } from '../../model/index.js';
import { formatTarget, reportLabels, warningText } from '../../report/index.js';
import type { Lang } from '../errors.js';

const LABELS = {
  zh: { level: '层级', genre: '类型', number: '文号', issuer: '发文机关', date: '日期', region: '地区', sections: '部分', tasks: '任务', lead: '牵头', support: '配合', targets: '目标', warnings: '警告', declared: '声明', none: '无', untitled: '无标题' },
  en: { level: 'level', genre: 'genre', number: 'doc number', issuer: 'issuer', date: 'date', region: 'region', sections: 'sections', tasks: 'tasks', lead: 'lead', support: 'support', targets: 'targets', warnings: 'warnings', declared: 'declared', none: 'none', untitled: 'untitled' },
} as const;

function taskLine(t: Task, lang: Lang, indent: string): string[] {
  const L = { ...LABELS[lang], colon: reportLabels(lang).colon };
  const out = [`${indent}${t.id}  ${t.heading}`];
  if (t.leadUnits.length > 0) out.push(`${indent}    ${L.lead}${L.colon}${t.leadUnits.join('、')}`);
  if (t.supportUnits.length > 0) out.push(`${indent}    ${L.support}${L.colon}${t.supportUnits.join('、')}`);
  if (t.targets.length > 0) {
    const list = t.targets.map((g) => `${g.metric} ${formatTarget(g)}`);
    out.push(`${indent}    ${L.targets}${L.colon}${list.join(lang === 'zh' ? '；' : '; ')}`);
  }
  return out;
}

/** A readable outline of a parsed document: header, sections with their tasks, warnings with line:col. */
export function renderOutline(doc: PolicyDocument, lang: Lang): string {
  const R = reportLabels(lang);
  const L = { ...LABELS[lang], colon: R.colon };
  const out: string[] = [doc.title || `(${doc.name ?? L.untitled})`];
  const facts: string[] = [`${L.level}${L.colon}${R.levels[doc.level]}`, `${L.genre}${L.colon}${R.genres[doc.genre]}`];
  if (doc.docNumber) facts.push(`${L.number}${L.colon}${doc.docNumber}`);
  if (doc.issuer) facts.push(`${L.issuer}${L.colon}${doc.issuer}`);
  if (doc.date) facts.push(`${L.date}${L.colon}${doc.date}`);
  if (doc.region) facts.push(`${L.region}${L.colon}${doc.region}`);
  out.push(facts.join('  '));
  const top = doc.sections.filter((s) => s.path.length === 1).length;
  let counts = `${L.sections}${L.colon}${top}  ${L.tasks}${L.colon}${doc.tasks.length}`;
  if (doc.declared) {
    const d = [doc.declared.sections !== undefined ? `${doc.declared.sections} ${L.sections}` : '', doc.declared.tasks !== undefined ? `${doc.declared.tasks} ${L.tasks}` : '']
      .filter(Boolean)
      .join(lang === 'zh' ? '，' : ', ');
    counts += `  ${R.open.trim()}${L.declared}${L.colon}${d}${R.close}`;
  }
  out.push(counts, '');

  const byId = new Map(doc.tasks.map((t) => [t.id, t]));
  const printed = new Set<string>();
  for (const s of doc.sections) {
    const indent = '  '.repeat(s.path.length - 1);
    const declared = s.declaredCount !== undefined ? ` [${s.declaredCount}]` : '';
    out.push(`${indent}${s.id}${s.path.length === 1 ? '、' : ''}${s.title}${declared}`);
    // tasks directly in this section (not in a deeper subsection)
    for (const id of s.taskIds) {
      const t = byId.get(id);
      if (!t || printed.has(id) || t.sectionPath.length !== s.path.length) continue;
      printed.add(id);
      out.push(...taskLine(t, lang, indent + '  '));
    }
  }
  for (const t of doc.tasks) if (!printed.has(t.id)) out.push(...taskLine(t, lang, '  '));

  out.push('', `${L.warnings}${L.colon}${doc.warnings.length === 0 ? L.none : doc.warnings.length}`);
  for (const w of doc.warnings) {
    const where = w.line !== undefined ? `${w.line}:${w.column ?? 1} ` : '';
    out.push(`  ${where}[${w.code}] ${warningText(w, R)}`);
  }
  return out.join('\n') + '\n';
}
