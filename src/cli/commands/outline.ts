import type { PolicyDocument, Task } from '../../model/index.js';
import type { Lang } from '../errors.js';

const LABELS = {
  zh: { level: '层级', genre: '类型', number: '文号', issuer: '发文机关', date: '日期', region: '地区', sections: '部分', tasks: '任务', lead: '牵头', support: '配合', targets: '目标', warnings: '警告', declared: '声明', none: '无' },
  en: { level: 'level', genre: 'genre', number: 'doc number', issuer: 'issuer', date: 'date', region: 'region', sections: 'sections', tasks: 'tasks', lead: 'lead', support: 'support', targets: 'targets', warnings: 'warnings', declared: 'declared', none: 'none' },
} as const;

function taskLine(t: Task, lang: Lang, indent: string): string[] {
  const L = LABELS[lang];
  const out = [`${indent}${t.id}  ${t.heading}`];
  if (t.leadUnits.length > 0) out.push(`${indent}    ${L.lead}: ${t.leadUnits.join('、')}`);
  if (t.supportUnits.length > 0) out.push(`${indent}    ${L.support}: ${t.supportUnits.join('、')}`);
  if (t.targets.length > 0) {
    const list = t.targets.map((g) => `${g.metric} ${g.comparator} ${g.value}${g.max !== undefined ? '–' + g.max : ''}${g.unit}`);
    out.push(`${indent}    ${L.targets}: ${list.join('; ')}`);
  }
  return out;
}

/** A readable outline of a parsed document: header, sections with their tasks, warnings with line:col. */
export function renderOutline(doc: PolicyDocument, lang: Lang): string {
  const L = LABELS[lang];
  const out: string[] = [doc.title || `(${doc.name ?? 'untitled'})`];
  const facts: string[] = [`${L.level}: ${doc.level}`, `${L.genre}: ${doc.genre}`];
  if (doc.docNumber) facts.push(`${L.number}: ${doc.docNumber}`);
  if (doc.issuer) facts.push(`${L.issuer}: ${doc.issuer}`);
  if (doc.date) facts.push(`${L.date}: ${doc.date}`);
  if (doc.region) facts.push(`${L.region}: ${doc.region}`);
  out.push(facts.join('  '));
  const top = doc.sections.filter((s) => s.path.length === 1).length;
  let counts = `${L.sections}: ${top}  ${L.tasks}: ${doc.tasks.length}`;
  if (doc.declared) {
    const d = [doc.declared.sections !== undefined ? `${doc.declared.sections} ${L.sections}` : '', doc.declared.tasks !== undefined ? `${doc.declared.tasks} ${L.tasks}` : '']
      .filter(Boolean)
      .join(', ');
    counts += `  (${L.declared}: ${d})`;
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

  out.push('', `${L.warnings}: ${doc.warnings.length === 0 ? L.none : doc.warnings.length}`);
  for (const w of doc.warnings) {
    const where = w.line !== undefined ? `${w.line}:${w.column ?? 1} ` : '';
    out.push(`  ${where}[${w.code}] ${w.message}`);
  }
  return out.join('\n') + '\n';
}
