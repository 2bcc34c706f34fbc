// A report generator of its own: a one-page 对标对表 checklist for the lowest level, in the generator's own
// layout, built from the typed GapReport, with the library's full HTML report embedded below it.
// Usage: node examples/county-checklist.mjs [out.html]
import { writeFileSync } from 'node:fs';
import { analyzeCascade, parseDocument, renderHtml } from 'policy-cascade';
import { bundledChain, readBundled } from './bundled-data.mjs';

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const files = bundledChain();
const docs = files.map((file) => parseDocument(readBundled(file), { name: file }));
const report = analyzeCascade(docs);

// the pair that ends at the lowest level, against its direct parent
const pair = report.pairs.find((p) => p.childIndex === docs.length - 1 && !p.skipLevel);
const parent = report.documents[pair.parentIndex];
const task = (id) => parent.tasks.find((t) => t.id === id);

const missing = pair.droppedParents.map((id) => task(id));
const cut = pair.targetChanges.filter((c) => c.change === 'relaxed' || c.change === 'dropped');

const rows = (items, cells) => items.map((x) => `<tr>${cells(x).map((c) => `<td>${esc(c ?? '')}</td>`).join('')}</tr>`).join('\n');
const value = (t) => (t ? `${t.comparator === '=' ? '' : t.comparator}${t.value}${t.unit}` : '—');

const page = `<!doctype html>
<html lang="zh-CN"><meta charset="utf-8"><title>对标对表清单</title>
<style>body{font-family:system-ui,"Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}iframe{width:100%;height:80vh;border:1px solid #ccc}</style>
<h1>对标对表清单：${esc(pair.child.title)}</h1>
<p>对照上级文件：${esc(pair.parent.title)}</p>
<h2>上级任务未承接（${missing.length} 项）</h2>
<table><tr><th>编号</th><th>任务</th><th>上级牵头单位</th></tr>
${rows(missing, (t) => [t.id, t.heading, t.leadUnits.join('、')])}
</table>
<h2>目标放宽或删去（${cut.length} 项）</h2>
<table><tr><th>上级任务</th><th>下级任务</th><th>指标</th><th>上级</th><th>下级</th><th>份额</th></tr>
${rows(cut, (c) => [c.parent, c.child, (c.parentTarget ?? c.childTarget).metric, value(c.parentTarget), value(c.childTarget), c.share?.toFixed(3)])}
</table>
<h2>完整分析报告</h2>
<iframe title="完整分析报告" srcdoc="${esc(renderHtml(report, { lang: 'zh' }))}"></iframe>
</html>
`;

const out = process.argv[2];
if (out) {
  writeFileSync(out, page);
  console.log(`wrote ${out}: ${missing.length} tasks not taken up, ${cut.length} targets relaxed or dropped`);
} else {
  console.log(`${missing.length} tasks not taken up, ${cut.length} targets relaxed or dropped (give a file name to write the page)`);
}
